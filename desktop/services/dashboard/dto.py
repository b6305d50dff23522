"""What the dashboard hands to the desk page and the reports: frozen, no SQLAlchemy."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from desktop.services.core.figures import Attention, Number, Span


def month_span(month: date) -> Span:
    """The whole month of ``month``."""
    first = month.replace(day=1)
    return Span(first, first.replace(day=calendar.monthrange(first.year, first.month)[1]))


def add_months(month: date, n: int) -> date:
    m = month.year * 12 + month.month - 1 + n
    return date(m // 12, m % 12 + 1, 1)


@dataclass(frozen=True)
class Periods:
    """The spans one desk or report reads, by name: the month, January to the month (年度累计), the month
    before (环比), the same month a year before (同比), and the twelve months up to the month (the lines)."""

    month: date  # its first day

    @property
    def this(self) -> Span:
        return month_span(self.month)

    @property
    def ytd(self) -> Span:
        return Span(date(self.month.year, 1, 1), self.this.last)

    @property
    def previous(self) -> Span:
        return month_span(add_months(self.month, -1))

    @property
    def last_year(self) -> Span:
        return month_span(add_months(self.month, -12))

    @property
    def months(self) -> tuple[date, ...]:
        return tuple(add_months(self.month, k) for k in range(-11, 1))

    def spans(self) -> tuple[Span, ...]:
        """Every span asked of the rooms, each once: the twelve months, then the year to date, then last year's."""
        return (*(month_span(m) for m in self.months), self.ytd, self.last_year)

    # indexes into spans()
    THIS, PREVIOUS, YTD, LAST_YEAR = 11, 10, 12, 13


@dataclass(frozen=True)
class DashboardSettings:
    """Thresholds (per cent) per rate indicator as (lo, hi), the success rate's denominator, and the evaluation
    window of a petition's answer (days, *unverified* default)."""

    thresholds: dict[str, tuple[float, float]] = field(default_factory=dict)
    success_over: str = "mediated"  # or "screened" (化解率 over every dispute screened)
    evaluation_days: int = 30


@dataclass(frozen=True)
class Reading:
    """One indicator over one span: the value (a rate 0-1, or a count) and what it was computed from."""

    value: float | None
    numerator: Number | None = None
    denominator: Number | None = None


@dataclass(frozen=True)
class Tile:
    key: str
    kind: str  # rate / count / now
    month: Reading
    ytd: Reading | None
    mom: float | None  # 环比: percentage points (rate) or per cent (count)
    yoy: float | None  # 同比
    level: str | None  # red / yellow / green
    lo: float = 0.0
    hi: float = 0.0
    better: str = "higher"


@dataclass(frozen=True)
class BarSet:
    """A chart of bars: ``codes`` along the axis, a series of numbers per name; ``drill`` names the measure a
    bar of each series opens (with its code and the span ``span_index`` of Periods.spans(), or -1 for today)."""

    key: str
    codes: tuple[str, ...]
    series: dict[str, tuple[Number | None, ...]]
    drill: dict[str, str] = field(default_factory=dict)
    span_index: int = Periods.THIS
    labels: dict[str, str] = field(default_factory=dict)  # configured labels of codes (dispute types, groups)


@dataclass(frozen=True)
class Desk:
    month: date
    grid_id: int | None
    today: date
    months: tuple[date, ...]
    tiles: tuple[Tile, ...]
    lines: dict[str, tuple[float | None, ...]]  # indicator -> its value in each of the twelve months
    bars: dict[str, BarSet]
    profile: dict[tuple[int, int], int]  # (weekday 0-6, hour) -> visits over the twelve months
    attention: tuple[Attention, ...]
    grids: tuple[tuple[int, str], ...]
    available: frozenset[
        str
    ]  # rooms whose figures are there (volunteers, cameras: once their rooms add them)

    def tile(self, key: str) -> Tile:
        return next(t for t in self.tiles if t.key == key)
