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
from functools import lru_cache

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Address, FollowUp, KeyGroup, KeyGroupMembership, Person
from desktop.services.core.figures import (
    Attention,
    Drill,
    FigureQuery,
    Figures,
    Span,
    day_index,
    figure_source,
)
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


@lru_cache(maxsize=4096)
def _gap_end(d: date) -> date:
    return add_months(d, GAP_MONTHS)


def standard(start: date, visits: list[date], until: date) -> bool:
    """规范管理 over ``until``'s year: every gap of at most three months, counted from the year's start (or
    joining) through each follow-up to ``until``."""
    year = date(until.year, 1, 1)
    prev = max(year, start)
    for d in visits:
        if year <= d <= until:
            if _gap_end(prev) < d:
                return False
            prev = d
    return _gap_end(prev) >= until


@figure_source("key_groups")
class KeyGroupFigures:
    def figures(self, s: Session, q: FigureQuery) -> Figures:
        out = Figures()
        spans = q.spans
        first = min(sp.first for sp in spans)
        last = max(sp.last for sp in spans)
        groups = {
            g.id: g
            for g in s.execute(
                select(
                    KeyGroup.id,
                    KeyGroup.code,
                    KeyGroup.name,
                    KeyGroup.has_risk_level,
                    KeyGroup.follow_up_days,
                ).order_by(KeyGroup.id)
            )
        }
        out.labels["key_groups.group"] = {g.code: g.name for g in groups.values()}
        conds = [
            *_member_conditions(q),
            M.start_on <= last,
            or_(M.end_on.is_(None), M.end_on >= date(first.year, 1, 1)),
        ]
        # every membership that runs in the spans, with its follow-ups in order: one read (Core rows)
        f = FollowUp.__table__.c
        rows = s.connection().execute(
            select(
                M.id,
                M.key_group_id,
                M.start_on,
                M.end_on,
                M.risk_level,
                f.done_on,
                f.risk_level,
                f.next_due_on,
            )
            .outerjoin(FollowUp.__table__, (f.membership_id == M.id) & f.voided_at.is_(None))
            .where(*conds)
            .order_by(M.id, f.done_on, f.id)
        )
        members: dict[int, tuple] = {}
        visits: dict[int, list[tuple[date, int | None, date | None]]] = defaultdict(list)
        for mid, gid, start_on, end_on, risk, done_on, f_risk, next_due in rows:
            members.setdefault(mid, (mid, gid, start_on, end_on, risk))
            if done_on is not None:
                visits[mid].append((done_on, f_risk, next_due))
        n = len(spans)
        due = {g.code: [0] * n for g in groups.values()}
        done = {g.code: [0] * n for g in groups.values()}
        on_register = {g.code: [0] * n for g in groups.values()}
        mental = {k: [0] * n for k in ("registered", "managed", "standard")}
        spans_of = day_index(spans)  # day -> the spans it falls in (a dict lookup per due date)
        cutoffs = [
            (i, min(sp.last, q.today)) for i, sp in enumerate(spans) if min(sp.last, q.today) >= sp.first
        ]
        for mid, gid, start_on, end_on, risk in members.values():
            g = groups[gid]
            fus = visits.get(mid, ())
            start_risk = fus[0][1] if fus else risk
            dues = [
                first_due(
                    start_on,
                    has_risk_level=g.has_risk_level,
                    risk_level=start_risk,
                    follow_up_days=g.follow_up_days,
                )
            ] + [x[2] for x in fus if x[2] is not None]
            answered = [x[0] for x in fus]
            counted, met = due[g.code], done[g.code]
            for k, d in enumerate(dues):
                hits = spans_of.get(d)
                if not hits or d < start_on or (end_on is not None and d > end_on):
                    continue
                for i in hits:
                    counted[i] += 1
                    if k < len(answered) and answered[k] <= min(spans[i].last, q.today):
                        met[i] += 1
            if not g.has_risk_level:
                continue
            for i, cutoff in cutoffs:
                if cutoff < start_on or (end_on is not None and cutoff > end_on):
                    continue
                mental["registered"][i] += 1
                mental["managed"][i] += any(date(cutoff.year, 1, 1) <= d <= cutoff for d in answered)
                mental["standard"][i] += standard(start_on, answered, cutoff)
        # members on the register on each span's last day (today at most): counted in SQL
        on = [
            func.sum(
                case((and_(M.start_on <= cutoff, or_(M.end_on.is_(None), M.end_on >= cutoff)), 1), else_=0)
            )
            for _i, cutoff in cutoffs
        ]
        for gid, *values in s.execute(select(M.key_group_id, *on).where(*conds).group_by(M.key_group_id)):
            for (i, _cutoff), v in zip(cutoffs, values, strict=True):
                on_register[groups[gid].code][i] = int(v or 0)
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
