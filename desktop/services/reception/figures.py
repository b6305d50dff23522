"""The reception room's figures for the director's desk and the reports: petitions (信访三率) and visits.

Which period a petition counts in depends on the figure, as the 三率 are defined:
- 及时受理: the period in which its 15-day date falls (the written notice's due date, moved off a rest day by
  the work calendar with its 调休 workdays); in time when the notice (受理 or 不予受理) went out by then;
- 按期办结: the period in which its handling period ends (art. 34, extensions included): on time, late, open
  not overdue, open overdue;
- 参评 / 满意: the period in which its evaluation window ends (``evaluation_days`` after the answer, *unverified*
  default 30): evaluated, or not evaluated once the window has passed; 满意 counts 满意 + 基本满意;
- received, by category and channel, collective (集体访), repeat (the same registered person petitioned
  before): the period it was received in.
Voided petitions count nowhere. A grid filter follows the (first) petitioner's address in the register.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.models import Address, Person, Petition, PetitionStep, Visit
from desktop.services.core.figures import (
    Attention,
    Drill,
    FigureQuery,
    Figures,
    Span,
    count_group,
    count_grouped,
    day_index,
    figure_source,
    hours,
    in_span,
    numbers,
    shifted,
)
from desktop.services.reception.petition_dto import CATEGORIES, CHANNELS
from desktop.services.reception.petition_records import OFFICE_KINDS

EVALUATION_DAYS = (
    30  # *unverified*: how long the petitioner may evaluate the answer (configurable on the desk)
)
NOTICE_KINDS = ("acceptance_notice", "transfer_notice")
SATISFIED = ("satisfied", "basically")

P = Petition
_Earlier = aliased(Petition)


def _petitions_in_grid(grid_id: int | None):
    if grid_id is None:
        return None
    return P.person_id.in_(
        select(Person.id).join(Address, Address.id == Person.address_id).where(Address.grid_id == grid_id)
    )


def _repeat():
    """The same registered person petitioned before (an earlier day, or earlier the same day)."""
    return exists().where(
        _Earlier.person_id == P.person_id,
        _Earlier.voided_at.is_(None),
        or_(
            _Earlier.received_on < P.received_on,
            and_(_Earlier.received_on == P.received_on, _Earlier.id < P.id),
        ),
    )


class _Measures:
    """Each measure once, as SQL: the rows it counts (``base``), the day that places a row in a period, and the
    condition; counting and listing the records behind a figure read the same definition."""

    def __init__(self, q: FigureQuery):
        self.q = q
        self.days = q.settings.get("evaluation_days", EVALUATION_DAYS)
        self.notice = aliased(PetitionStep, name="notice")
        self.handle = aliased(PetitionStep, name="handle")
        today = q.today
        n, h = self.notice, self.handle
        self.received = {
            "petitions.received": None,
            "petitions.collective": P.is_collective.is_(True),
            "petitions.repeat": and_(P.person_id.is_not(None), _repeat()),
        }
        self.notices = {
            "petitions.notice_due": None,
            "petitions.notice_in_time": n.done_on <= n.due_on,
        }
        self.handles = {
            "petitions.handle_due": None,
            "petitions.handle_on_time": h.done_on <= h.due_on,
            "petitions.handle_late": h.done_on > h.due_on,
            "petitions.handle_open": and_(h.done_on.is_(None), h.due_on >= today),
            "petitions.handle_overdue": and_(h.done_on.is_(None), h.due_on < today),
        }
        window_passed = P.answered_on < today - timedelta(days=self.days)
        self.evaluations = {
            "petitions.evaluation_due": or_(P.evaluation.is_not(None), window_passed),
            "petitions.evaluated": P.evaluation.is_not(None),
            "petitions.satisfied": P.evaluation.in_(SATISFIED),
        }

    def base(self, measure: str):
        """(select of petition ids, the day column, the span shift) for a measure's group."""
        conds = [P.voided_at.is_(None)]
        grid = _petitions_in_grid(self.q.grid_id)
        if grid is not None:
            conds.append(grid)
        if measure in self.notices:
            n = self.notice
            return (
                select(P.id).join(n, and_(n.petition_id == P.id, n.kind.in_(NOTICE_KINDS))).where(*conds),
                n.due_on,
                0,
            )
        if measure in self.handles:
            h = self.handle
            return (
                select(P.id).join(h, and_(h.petition_id == P.id, h.kind == "handle")).where(*conds),
                h.due_on,
                0,
            )
        if measure in self.evaluations:
            return select(P.id).where(*conds, P.answered_on.is_not(None)), P.answered_on, self.days
        return select(P.id).where(*conds), P.received_on, 0

    def condition(self, measure: str, code: str | None):
        for group in (self.received, self.notices, self.handles, self.evaluations):
            if measure in group:
                return group[measure]
        if measure == "petitions.by_category":
            return P.category == code
        if measure == "petitions.by_channel":
            return P.channel == code
        raise KeyError(measure)


@figure_source("petitions")
class PetitionFigures:
    def figures(self, s: Session, q: FigureQuery) -> Figures:
        m = _Measures(q)
        out = Figures()
        for group in (m.notices, m.handles, m.evaluations):
            stmt, day, shift = m.base(next(iter(group)))
            moved = [shifted(sp, shift) for sp in q.spans]
            out.counts.update(count_group(s, stmt, day, moved, group))
        # received, and by category and channel, in the period received: one read
        stmt, day, _ = m.base("petitions.received")
        grouped = count_grouped(s, stmt, day, q.spans, [P.category, P.channel], m.received)
        n = len(q.spans)
        for name in m.received:
            out.counts[name] = numbers([sum(g[name][i] for g in grouped.values()) for i in range(n)])
        for k, (measure, codes) in enumerate(
            (("petitions.by_category", CATEGORIES), ("petitions.by_channel", CHANNELS))
        ):
            for code in codes:
                values = [
                    sum(g["petitions.received"][i] for key, g in grouped.items() if key[k] == code)
                    for i in range(n)
                ]
                out.counts[f"{measure}/{code}"] = numbers(values)
        overdue = self._overdue_count(s, q)
        out.now["petitions.overdue"] = overdue
        out.attention.append(
            Attention(
                "petitions.overdue", overdue, Drill("petitions", queue="overdue", title="petitions.overdue")
            )
        )
        return out

    @staticmethod
    def _overdue_count(s: Session, q: FigureQuery) -> int:
        """Petitions with one of the office's own duties past its due date (the petitions list's overdue queue)."""
        conds = [P.voided_at.is_(None)]
        grid = _petitions_in_grid(q.grid_id)
        if grid is not None:
            conds.append(grid)
        late = (
            select(PetitionStep.petition_id)
            .where(
                PetitionStep.done_on.is_(None),
                PetitionStep.kind.in_(OFFICE_KINDS),
                PetitionStep.due_on < q.today,
            )
            .distinct()
        )
        return s.scalar(select(func.count()).select_from(P).where(*conds, P.id.in_(late))) or 0

    def records(self, s: Session, q: FigureQuery, measure: str, code: str | None, span: Span) -> Drill | None:
        if not measure.startswith("petitions."):
            return None
        m = _Measures(q)
        try:
            cond = m.condition(measure, code)
        except KeyError:
            return None
        stmt, day, shift = m.base(measure)
        stmt = stmt.where(in_span(day, shifted(span, shift)))
        if cond is not None:
            stmt = stmt.where(cond)
        ids = tuple(sorted(set(s.scalars(stmt))))
        return Drill("petitions", ids=ids, title=measure)


# -- visits ---------------------------------------------------------------------------------------------------


def _visits_in_grid(grid_id: int | None):
    if grid_id is None:
        return None
    return Visit.person_id.in_(
        select(Person.id).join(Address, Address.id == Person.address_id).where(Address.grid_id == grid_id)
    )


@figure_source("visits")
class VisitFigures:
    def figures(self, s: Session, q: FigureQuery) -> Figures:
        out = Figures()
        conds = [Visit.voided_at.is_(None)]
        grid = _visits_in_grid(q.grid_id)
        if grid is not None:
            conds.append(grid)
        spans, profile = q.spans, q.profile
        first = min([sp.first for sp in spans] + ([profile.first] if profile else []))
        last = max([sp.last for sp in spans] + ([profile.last] if profile else []))
        spans_of = day_index(spans)
        count, people = [0] * len(spans), [0] * len(spans)
        at: dict[str, int] = {}
        base = select(Visit.id).where(*conds)
        for local, (n, ppl) in hours(
            s, base, Visit.time_in, first, last, func.count(), func.sum(Visit.people_count)
        ):
            for i in spans_of.get(local.date(), ()):
                count[i] += int(n)
                people[i] += int(ppl or 0)
            if profile is not None and local.date() in profile:
                key = f"visits.at/{local.weekday()}-{local.hour:02d}"
                at[key] = at.get(key, 0) + int(n)
        out.counts["visits.count"], out.counts["visits.people"] = tuple(count), tuple(people)
        out.profile.update(at)
        return out

    def records(self, s: Session, q: FigureQuery, measure: str, code: str | None, span: Span) -> Drill | None:
        return None  # the visitor log lists one day; the desk does not open visits by period
