"""The rooms' figures for the director's desk and the periodic reports: one registry, each room plugs its own in.

Every figure is a view over records already entered: a room registers a source with ``@figure_source("name")``
on a class in its own package (``desktop/services/<room>/figures.py``, imported by the room's ``__init__``), and
the dashboard only composes what the sources answer. A source answers a ``FigureQuery`` (the periods asked for,
today, the grid) with ``Figures``:

- ``counts[measure]``: one number per span of the query (a count, or a sum such as hours or an amount);
  a breakdown by a code is the measure name, "/", the code: ``petitions.received/claim``;
- ``now[measure]``: the state of today, whatever the period (open cases by stage, overdue follow-ups);
- ``profile[measure]``: counts over ``query.profile`` only (visits per weekday and hour);
- ``attention``: what needs the director today, each with the room's list that shows it (``Drill``);
- ``labels``: the labels of codes from the administrator's lists (dispute types), by measure; codes of the
  fixed vocabulary are labelled by whoever shows them.

``records(s, q, measure, code, span)`` answers which records are behind one figure (a bar, a tile), as the
ids the room's own list can show; None when the room has no list for it.

Measures a room has not registered are simply absent: the desk shows "—" and the reports leave the cell "—".
The names the dashboard reads from rooms still being built (they add the sources in their own packages):
- volunteers: ``volunteers.registered``, ``volunteers.active`` (served in the span), ``volunteers.hours`` (approved
  service hours in the span), ``now["volunteers.stars/<level>"]`` (1-5 stars: 100/300/600/1000/1500 h);
- cameras: ``cameras.checked`` and ``cameras.online`` (camera-checks in the span, and those found online: the
  online rate is their ratio).
The working rhythm answers ``rhythm.screening_rounds`` (集中排查 rounds signed, by their due day:
``services/rhythm/desk_figures.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol

from sqlalchemy import and_, case, func
from sqlalchemy.orm import Session

from desktop.services.core.clock import day_start

CST_OFFSET = timedelta(hours=8)  # China Standard Time, no daylight saving

Number = int | float


@dataclass(frozen=True, order=True)
class Span:
    """A period of whole days, both ends included."""

    first: date
    last: date

    def __post_init__(self):
        if self.last < self.first:
            raise ValueError(f"a span ends on or after it starts: {self.first} .. {self.last}")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


@dataclass(frozen=True)
class FigureQuery:
    spans: tuple[Span, ...]
    today: date
    grid_id: int | None = None  # None: the whole community
    profile: Span | None = None  # the span of the weekday x hour profiles
    settings: Mapping[str, int] = field(
        default_factory=dict
    )  # e.g. evaluation_days (the desk's configuration)


@dataclass(frozen=True)
class Drill:
    """Where the records behind a figure are listed: a room's list (``target``) on one of its queues, or
    showing exactly ``ids``; ``title`` says on the list what it shows."""

    target: str  # petitions / cases / follow_ups / footage / ...
    queue: str = ""
    ids: tuple[int, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class Attention:
    """Something that needs the director today: how many, and the list that shows them."""

    key: str  # petitions.overdue, cases.overdue, cases.bounced, footage.pending, follow_ups.overdue
    count: int
    drill: Drill


@dataclass
class Figures:
    counts: dict[str, tuple[Number, ...]] = field(default_factory=dict)
    now: dict[str, Number] = field(default_factory=dict)
    profile: dict[str, int] = field(default_factory=dict)
    attention: list[Attention] = field(default_factory=list)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def merge(self, other: Figures) -> Figures:
        self.counts.update(other.counts)
        self.now.update(other.now)
        self.profile.update(other.profile)
        self.attention.extend(other.attention)
        for k, v in other.labels.items():
            self.labels.setdefault(k, {}).update(v)
        return self


class FigureSource(Protocol):
    def figures(self, s: Session, q: FigureQuery) -> Figures: ...

    def records(
        self, s: Session, q: FigureQuery, measure: str, code: str | None, span: Span
    ) -> Drill | None: ...


SOURCES: dict[str, FigureSource] = {}


def figure_source(name: str) -> Callable[[type], type]:
    """Class decorator: one instance of the class answers for room ``name``."""

    def register(cls: type) -> type:
        SOURCES[name] = cls()
        return cls

    return register


def collect(s: Session, q: FigureQuery) -> Figures:
    out = Figures()
    for src in SOURCES.values():
        out.merge(src.figures(s, q))
    return out


def records(s: Session, q: FigureQuery, measure: str, code: str | None, span: Span) -> Drill | None:
    """The records behind ``measure`` (``/code``) in ``span``: asked of the room the measure is named after."""
    for src in SOURCES.values():
        found = src.records(s, q, measure, code, span)
        if found is not None:
            return found
    return None


def per_span(spans: Sequence[Span], values: Mapping[int, Number] | None = None) -> tuple[Number, ...]:
    """A tuple of zeros, one per span, with ``values`` (index -> number) filled in."""
    out = [0] * len(spans)
    for i, v in (values or {}).items():
        out[i] = v
    return tuple(out)


# -- SQL pieces every source counts with -----------------------------------------------------------------------


def in_span(day, span: Span, *, moments: bool = False):
    """``day`` (a date column; ``moments``: a UTC timestamp column, read as mainland days) falls in ``span``."""
    if moments:
        return and_(day >= day_start(span.first), day < day_start(span.last + timedelta(days=1)))
    return day.between(span.first, span.last)


def in_any(day, spans: Sequence[Span], *, moments: bool = False):
    """What narrows the rows read to the days any span covers (one range: the spans are few and close)."""
    return in_span(day, Span(min(s.first for s in spans), max(s.last for s in spans)), moments=moments)


def shifted(span: Span, days: int) -> Span:
    """The span moved ``days`` earlier: "a window of N days that ends in the span" starts in it, shifted by N."""
    return Span(span.first - timedelta(days=days), span.last - timedelta(days=days))


def local_date(moment, dialect: str):
    """The mainland day of a stored UTC timestamp, in SQL (China has one fixed offset)."""
    if dialect == "sqlite":
        return func.date(moment, "+8 hours")
    return func.date(func.timezone("Asia/Shanghai", moment))


def utc_hour(moment, dialect: str):
    """The stored UTC hour of a timestamp as text 'YYYY-MM-DD HH' (cheap on both engines: no time-zone
    arithmetic per row); ``hours`` turns the groups into mainland days and hours."""
    if dialect == "sqlite":
        return func.substr(moment, 1, 13)
    return func.to_char(func.timezone("UTC", moment), "YYYY-MM-DD HH24")


def hours(s: Session, base, moment, first: date, last: date, *cols):
    """(mainland hour as a datetime, *cols) of the rows of ``base`` between the days ``first`` and ``last``,
    grouped by hour in SQL (a year of visits is a few thousand groups)."""
    key = utc_hour(moment, s.get_bind().dialect.name)
    stmt = (
        base.with_only_columns(key, *cols)
        .where(in_span(moment, Span(first, last), moments=True))
        .group_by(key)
    )
    for hour, *rest in s.execute(stmt):
        yield datetime.strptime(hour, "%Y-%m-%d %H") + CST_OFFSET, rest


def day_index(spans: Sequence[Span]) -> dict[date, list[int]]:
    """Every day any span covers -> the indexes of the spans it falls in (a dict lookup per record)."""
    out: dict[date, list[int]] = {}
    for i, sp in enumerate(spans):
        d = sp.first
        while d <= sp.last:
            out.setdefault(d, []).append(i)
            d += timedelta(days=1)
    return out


def whole_months(spans: Sequence[Span]) -> bool:
    """Every span runs from the first of a month to the last day of a month (the desk's and the reports')."""
    return all(sp.first.day == 1 and (sp.last + timedelta(days=1)).day == 1 for sp in spans)


def _month_key(day, dialect: str):
    return func.substr(day, 1, 7) if dialect == "sqlite" else func.to_char(day, "YYYY-MM")


def _by_day(s: Session, base, day, spans: Sequence[Span], cols: list, group: list, moments: bool):
    """Rows of (day, *group, *cols) grouped by day (and ``group``) — by month when every span is whole months
    (a year is then a dozen groups, not hundreds): the spans are added up here, so the SQL does not grow with
    the number of periods asked for."""
    dialect = s.get_bind().dialect.name
    monthly = not moments and whole_months(spans)
    key = local_date(day, dialect) if moments else _month_key(day, dialect) if monthly else day
    stmt = (
        base.with_only_columns(key, *group, *cols)
        .where(in_any(day, spans, moments=moments))
        .group_by(key, *group)
    )
    hits: dict = {}
    for d, *rest in s.execute(stmt):
        if d not in hits:
            first = (
                date.fromisoformat(d + "-01")
                if monthly
                else date.fromisoformat(d)
                if isinstance(d, str)
                else d
            )
            hits[d] = [i for i, sp in enumerate(spans) if first in sp]
        yield hits[d], rest


def count_group(
    s: Session, base, day, spans: Sequence[Span], measures: Mapping[str, object], *, moments: bool = False
) -> dict[str, tuple[Number, ...]]:
    """Several measures over one set of rows in one read: ``base`` (a select whose FROM and WHERE give the
    rows), ``day`` (what places a row in a span; ``moments``: a UTC timestamp read as mainland days) and per
    measure its condition (None: every row) or a ``(condition, weight)`` pair for a sum."""
    names = list(measures)
    cols = []
    for name in names:
        spec = measures[name]
        cond, weight = spec if isinstance(spec, tuple) else (spec, 1)
        cols.append(func.sum(weight if cond is None else case((cond, weight), else_=0)))
    totals = [[0.0] * len(spans) for _ in names]
    for hit, values in _by_day(s, base, day, spans, cols, [], moments):
        for k, v in enumerate(values):
            for i in hit:
                totals[k][i] += float(v or 0)
    return {name: tuple(_number(v) for v in totals[k]) for k, name in enumerate(names)}


def count_grouped(
    s: Session, base, day, spans: Sequence[Span], columns: Sequence, measures: Mapping[str, object]
) -> dict[tuple, dict[str, list[float]]]:
    """Like ``count_group``, per combination of ``columns`` (codes): {codes: {measure: [value per span]}} — one
    read serves a measure's total and its breakdown by any of the columns."""
    names = list(measures)
    cols = []
    for name in names:
        spec = measures[name]
        cond, weight = spec if isinstance(spec, tuple) else (spec, 1)
        cols.append(func.sum(weight if cond is None else case((cond, weight), else_=0)))
    out: dict[tuple, dict[str, list[float]]] = {}
    k = len(columns)
    for hit, values in _by_day(s, base, day, spans, cols, list(columns), False):
        codes, sums = tuple(values[:k]), values[k:]
        slot = out.setdefault(codes, {name: [0.0] * len(spans) for name in names})
        for name, v in zip(names, sums, strict=True):
            for i in hit:
                slot[name][i] += float(v or 0)
    return out


def numbers(values: Sequence[float]) -> tuple[Number, ...]:
    return tuple(_number(v) for v in values)


def _number(v) -> Number:
    f = float(v or 0)
    return int(f) if f.is_integer() else round(f, 2)
