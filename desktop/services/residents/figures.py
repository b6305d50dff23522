"""The residents room's figures: key groups (重点人群) and their follow-ups, counts only (no names leave here).

- 走访 per group: each membership's due dates form a chain — the first from its start (the group's rule), then
  the one each follow-up set. A due date counts in the period it falls in, while the membership runs; it is
  done once the follow-up after it is recorded (by the end of the period, or today). The first due date is
  recomputed from the rules with the risk level the first follow-up assessed (the level at joining is not
  kept); for groups without a risk level it is exact.
- 严重精神障碍 (groups with a risk level), as of the period's last day (today at most), over its year: on the
  register (在册), managed (在管: followed up at least once this year), managed to standard (规范管理: no gap
  longer than 3 months this year — from the year's start or joining to the first follow-up, between follow-ups,
  and from the last one to the day counted).
- Today: follow-ups overdue (the due list's overdue ones). A grid filter follows the person's address.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Address, FollowUp, KeyGroup, KeyGroupMembership, Person
from desktop.services.core.figures import Attention, Drill, FigureQuery, Figures, Span, figure_source
from desktop.services.residents.schedule import add_months, first_due

M = KeyGroupMembership
GAP_MONTHS = 3  # 规范管理: follow-ups at most three months apart


def _member_conditions(q: FigureQuery) -> list:
    conds = [M.voided_at.is_(None)]
    if q.grid_id is not None:
        conds.append(
            M.person_id.in_(
                select(Person.id)
                .join(Address, Address.id == Person.address_id)
                .where(Address.grid_id == q.grid_id)
            )
        )
    return conds


def _active(start: date, end: date | None, day: date) -> bool:
    return start <= day and (end is None or day <= end)


def standard(start: date, visits: list[date], until: date) -> bool:
    """规范管理 over ``until``'s year: every gap of at most three months, counted from the year's start (or
    joining) through each follow-up to ``until``."""
    points = [
        max(date(until.year, 1, 1), start),
        *(d for d in visits if date(until.year, 1, 1) <= d <= until),
    ]
    points.append(until)
    return all(add_months(a, GAP_MONTHS) >= b for a, b in zip(points, points[1:], strict=False))


@figure_source("key_groups")
class KeyGroupFigures:
    def figures(self, s: Session, q: FigureQuery) -> Figures:
        out = Figures()
        spans = q.spans
        first = min(sp.first for sp in spans)
        last = max(sp.last for sp in spans)
        groups = {g.id: g for g in s.scalars(select(KeyGroup).order_by(KeyGroup.id))}
        out.labels["key_groups.group"] = {g.code: g.name for g in groups.values()}
        members = s.execute(
            select(M.id, M.key_group_id, M.start_on, M.end_on, M.risk_level).where(
                *_member_conditions(q),
                M.start_on <= last,
                or_(M.end_on.is_(None), M.end_on >= date(first.year, 1, 1)),
            )
        ).all()
        visits: dict[int, list[tuple[date, int | None, date | None]]] = defaultdict(list)
        ids = [m.id for m in members]
        for chunk in range(0, len(ids), 5000):
            for mid, done_on, risk, next_due in s.execute(
                select(FollowUp.membership_id, FollowUp.done_on, FollowUp.risk_level, FollowUp.next_due_on)
                .where(FollowUp.membership_id.in_(ids[chunk : chunk + 5000]), FollowUp.voided_at.is_(None))
                .order_by(FollowUp.membership_id, FollowUp.done_on, FollowUp.id)
            ):
                visits[mid].append((done_on, risk, next_due))
        n = len(spans)
        due = {g.code: [0] * n for g in groups.values()}
        done = {g.code: [0] * n for g in groups.values()}
        on_register = {g.code: [0] * n for g in groups.values()}
        mental = {k: [0] * n for k in ("registered", "managed", "standard")}
        for m in members:
            g = groups[m.key_group_id]
            fus = visits.get(m.id, [])
            start_risk = fus[0][1] if fus else m.risk_level
            dues = [
                first_due(
                    m.start_on,
                    has_risk_level=g.has_risk_level,
                    risk_level=start_risk,
                    follow_up_days=g.follow_up_days,
                )
            ] + [f[2] for f in fus if f[2] is not None]
            answered = [f[0] for f in fus]
            for i, sp in enumerate(spans):
                cutoff = min(sp.last, q.today)
                for k, d in enumerate(dues):
                    if d in sp and _active(m.start_on, m.end_on, d):
                        due[g.code][i] += 1
                        if k < len(answered) and answered[k] <= cutoff:
                            done[g.code][i] += 1
                if cutoff >= sp.first and _active(m.start_on, m.end_on, cutoff):
                    on_register[g.code][i] += 1
                    if g.has_risk_level:
                        year = [d for d in answered if date(cutoff.year, 1, 1) <= d <= cutoff]
                        mental["registered"][i] += 1
                        mental["managed"][i] += bool(year)
                        mental["standard"][i] += standard(m.start_on, answered, cutoff)
        for code in due:
            out.counts[f"key_groups.due/{code}"] = tuple(due[code])
            out.counts[f"key_groups.done/{code}"] = tuple(done[code])
            out.counts[f"key_groups.members/{code}"] = tuple(on_register[code])
        for k, v in mental.items():
            out.counts[f"key_groups.mental_{k}"] = tuple(v)
        overdue = (
            s.scalar(
                select(func.count())
                .select_from(M)
                .join(Person, Person.id == M.person_id)
                .where(
                    *_member_conditions(q),
                    or_(M.end_on.is_(None), M.end_on >= q.today),
                    M.next_follow_up_on < q.today,
                    Person.moved_out_on.is_(None),
                )
            )
            or 0
        )
        out.now["follow_ups.overdue"] = overdue
        out.attention.append(
            Attention(
                "follow_ups.overdue",
                overdue,
                Drill("follow_ups", queue="overdue", title="follow_ups.overdue"),
            )
        )
        return out

    def records(self, s: Session, q: FigureQuery, measure: str, code: str | None, span: Span) -> Drill | None:
        # members of key groups are listed only where their worker and the police see them: the due list
        if measure.startswith("key_groups."):
            return Drill("follow_ups", queue="overdue", title=measure)
        return None
