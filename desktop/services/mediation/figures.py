"""The mediation room's figures for the director's desk and the reports (矛盾纠纷排查 and 人民调解统计).

A case counts in the period it was accepted (受理) in: 排查 (every dispute registered), 调处 (the parties agreed
and mediation began or ended: mediating, or an outcome of mediation — success, failure, termination), 成功
(an agreement, written or oral), by dispute type, source and outcome; 重大 (risk assessed high); 防止民转刑 (a
case flagged to the police under art. 25 that ended in an agreement); the people and the amount involved, and
bands of people involved. 协议履行 counts the return visits done in the period by what they found (full /
partial / none). Today's state: open cases by stage with the overdue ones, the overdue queue, and open cases
an outside body sent back twice or more (退回 ≥ 2). Voided cases count nowhere.
"""

from __future__ import annotations

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import CaseTransfer, CodeItem, DisputeCase, ReturnVisit
from desktop.services.core.figures import (
    Attention,
    Drill,
    FigureQuery,
    Figures,
    Span,
    count_group,
    count_grouped,
    figure_source,
    in_span,
    numbers,
)
from desktop.services.core.vocabulary import CASE_OUTCOME, CASE_SOURCE, PERFORMANCE
from desktop.services.mediation.dto import DEADLINE_STATUSES, OPEN_STATUSES

C = DisputeCase
SUCCESS = ("success_written", "success_oral")
MEDIATION_OUTCOMES = (*SUCCESS, "failed", "terminated")
BOUNCED = 2  # returned by outside bodies this many times or more
# bands of people involved (涉及人数), as the 排查情况表 reports them: (code, lowest, highest or None)
PEOPLE_BANDS = (("1-4", 1, 4), ("5-9", 5, 9), ("10-29", 10, 29), ("30+", 30, None))

MEDIATED = and_(C.consent == "agreed", or_(C.status == "mediating", C.outcome.in_(MEDIATION_OUTCOMES)))
SUCCEEDED = C.outcome.in_(SUCCESS)


def _band(low: int, high: int | None):
    return C.people_involved >= low if high is None else C.people_involved.between(low, high)


def _case_conditions(q: FigureQuery) -> list:
    conds = [C.voided_at.is_(None)]
    if q.grid_id is not None:
        conds.append(C.grid_id == q.grid_id)
    return conds


def _returns():
    return (
        select(CaseTransfer.case_id)
        .where(CaseTransfer.returned_on.is_not(None))
        .group_by(CaseTransfer.case_id)
        .having(func.count() >= BOUNCED)
    )


# measure -> condition over cases accepted in the span (None: every case), or (condition, weight) for a sum
CASE_MEASURES = {
    "cases.screened": None,
    "cases.mediated": MEDIATED,
    "cases.succeeded": SUCCEEDED,
    "cases.major": C.risk_level == "high",
    "cases.police_prevented": and_(C.police_flag.is_(True), SUCCEEDED),
    "cases.people": (None, C.people_involved),
    "cases.amount": (None, func.coalesce(C.amount, 0)),
    "cases.major_mediated": and_(C.risk_level == "high", MEDIATED),
    **{f"cases.people_band/{code}": _band(lo, hi) for code, lo, hi in PEOPLE_BANDS},
    **{f"cases.people_band_mediated/{code}": and_(_band(lo, hi), MEDIATED) for code, lo, hi in PEOPLE_BANDS},
}
# broken down by a column: measure -> (the column, the measure counted)
COLUMNS = {"type": C.dispute_type, "source": C.source, "outcome": C.outcome}
CASE_BREAKDOWNS = {
    "cases.screened_by_type": ("type", "cases.screened"),
    "cases.mediated_by_type": ("type", "cases.mediated"),
    "cases.succeeded_by_type": ("type", "cases.succeeded"),
    "cases.screened_by_source": ("source", "cases.screened"),
    "cases.succeeded_by_source": ("source", "cases.succeeded"),
    "cases.by_outcome": ("outcome", "cases.screened"),
}
RV = ReturnVisit
VISIT_MEASURES = {
    "cases.return_visits": RV.performed.is_not(None),
    **{f"cases.performed/{code}": RV.performed == code for code in PERFORMANCE.codes()},
}


@figure_source("cases")
class CaseFigures:
    def figures(self, s: Session, q: FigureQuery) -> Figures:
        out = Figures()
        conds = _case_conditions(q)
        base = select(C.id).where(*conds)
        n = len(q.spans)
        # one read: every measure per (type, source, outcome), added up here into totals and breakdowns
        grouped = count_grouped(s, base, C.accepted_on, q.spans, list(COLUMNS.values()), CASE_MEASURES)
        for name in CASE_MEASURES:
            out.counts[name] = numbers([sum(g[name][i] for g in grouped.values()) for i in range(n)])
        types = _dispute_types(s)
        out.labels["cases.type"] = types
        codes = {"type": list(types), "source": CASE_SOURCE.codes(), "outcome": CASE_OUTCOME.codes()}
        position = {whose: k for k, whose in enumerate(COLUMNS)}
        for measure, (whose, counted) in CASE_BREAKDOWNS.items():
            by = {code: [0.0] * n for code in codes[whose]}
            for key, g in grouped.items():
                code = key[position[whose]]
                if code in by:
                    by[code] = [a + b for a, b in zip(by[code], g[counted], strict=True)]
            for code, values in by.items():
                out.counts[f"{measure}/{code}"] = numbers(values)
        visits = select(RV.id).join(C, C.id == RV.case_id).where(*conds, RV.voided_at.is_(None))
        out.counts.update(count_group(s, visits, RV.done_on, q.spans, VISIT_MEASURES))
        self._today(s, q, out, conds)
        return out

    @staticmethod
    def _today(s: Session, q: FigureQuery, out: Figures, conds: list) -> None:
        overdue = and_(C.status.in_(DEADLINE_STATUSES), C.due_on < q.today)
        for status, n, late in s.execute(
            select(C.status, func.count(), func.coalesce(func.sum(case((overdue, 1), else_=0)), 0))
            .where(*conds, C.status.in_(OPEN_STATUSES))
            .group_by(C.status)
        ):
            out.now[f"cases.open/{status}"] = int(n)
            out.now[f"cases.open_overdue/{status}"] = int(late)
        n_overdue = sum(v for k, v in out.now.items() if k.startswith("cases.open_overdue/"))
        out.now["cases.overdue"] = n_overdue
        out.attention.append(
            Attention("cases.overdue", n_overdue, Drill("cases", queue="overdue", title="cases.overdue"))
        )
        bounced = tuple(
            s.scalars(
                select(C.id).where(*conds, C.status.in_(OPEN_STATUSES), C.id.in_(_returns())).order_by(C.id)
            )
        )
        out.now["cases.bounced"] = len(bounced)
        out.attention.append(
            Attention("cases.bounced", len(bounced), Drill("cases", ids=bounced, title="cases.bounced"))
        )

    def records(self, s: Session, q: FigureQuery, measure: str, code: str | None, span: Span) -> Drill | None:
        conds = _case_conditions(q)
        name = f"{measure}/{code}" if code is not None else measure
        if name in CASE_MEASURES or measure in CASE_BREAKDOWNS:
            if measure in CASE_BREAKDOWNS:
                whose, counted = CASE_BREAKDOWNS[measure]
                when = CASE_MEASURES[counted]
                cond = COLUMNS[whose] == code if when is None else and_(COLUMNS[whose] == code, when)
            else:
                spec = CASE_MEASURES[name]
                cond = spec[0] if isinstance(spec, tuple) else spec
            stmt = select(C.id).where(*conds, in_span(C.accepted_on, span))
        elif name in VISIT_MEASURES:
            cond = VISIT_MEASURES[name]
            stmt = (
                select(C.id)
                .join(RV, RV.case_id == C.id)
                .where(*conds, RV.voided_at.is_(None), in_span(RV.done_on, span))
            )
        elif measure in ("cases.open", "cases.open_overdue"):
            cond = C.status == code
            if measure == "cases.open_overdue":
                cond = and_(cond, C.status.in_(DEADLINE_STATUSES), C.due_on < q.today)
            stmt = select(C.id).where(*conds)
        else:
            return None
        if cond is not None:
            stmt = stmt.where(cond)
        return Drill("cases", ids=tuple(sorted(set(s.scalars(stmt)))), title=name)


def _dispute_types(s: Session) -> dict[str, str]:
    """The administrator's list of dispute types (code -> label), in its order, inactive ones too (old cases)."""
    return dict(
        s.execute(
            select(CodeItem.code, CodeItem.label)
            .where(CodeItem.list_name == "dispute_type")
            .order_by(CodeItem.sort, CodeItem.id)
        ).all()
    )
