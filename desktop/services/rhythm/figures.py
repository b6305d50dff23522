"""The figures of a period the minutes carry, filled by the program (排查 results, open cases, petitions due,
key-group follow-ups due, hazards). This room's own figures are read here; another room's through its service,
with the meeting's author as the reader: a figure the author may not read stays None (printed as —), never 0.

Read before the minutes' own write (the other rooms' reads open their own sessions; the key-group list audits
the view), so no write transaction waits on another.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import GridReport
from desktop.services.core.clock import day_start
from desktop.services.core.dto import Actor
from desktop.services.core.errors import PermissionDenied
from desktop.services.core.permissions import Perm, can
from desktop.services.mediation.dto import QueueFilter
from desktop.services.rhythm.dto import Figures

FOLLOW_UPS_WITHIN = 7  # days ahead a key-group follow-up counts as due (the residents room's list)


def own_figures(s: Session, start: date, end: date, *, rounds, safety) -> dict:
    """This room's figures in the caller's session."""
    signed, due, found, zero = rounds.period_counts(s, start, end)
    reports = s.scalar(
        select(func.count())
        .select_from(GridReport)
        .where(
            GridReport.voided_at.is_(None),
            GridReport.reported_at >= day_start(start),
            GridReport.reported_at < day_start(end + timedelta(days=1)),
        )
    )
    unrouted = s.scalar(
        select(func.count())
        .select_from(GridReport)
        .where(GridReport.route.is_(None), GridReport.voided_at.is_(None))
    )
    hazards_open, hazards_overdue = safety.counts(s)
    return {
        "rounds": signed,
        "rounds_due": due,
        "findings": found,
        "zero_areas": zero,
        "grid_reports": reports or 0,
        "unrouted": unrouted or 0,
        "hazards_open": hazards_open,
        "hazards_overdue": hazards_overdue,
    }


def period_figures(
    sessions: sessionmaker[Session],
    actor: Actor,
    start: date,
    end: date,
    *,
    rounds,
    safety,
    mediation,
    petitions,
    key_groups,
) -> Figures:
    with sessions() as s:
        own = own_figures(s, start, end, rounds=rounds, safety=safety)
    other: dict = {}
    try:
        other["open_cases"] = mediation.count_queue(actor, QueueFilter(queue="open"))
        other["overdue_cases"] = mediation.queue_counts(actor).overdue
    except PermissionDenied:
        pass
    if can(actor.role, Perm.PETITIONS_EDIT) or can(actor.role, Perm.PETITIONS_ACCUSATION_READ):
        counts = petitions.deadline_counts(actor)
        other["petitions_due"], other["petitions_overdue"] = counts.due_soon, counts.overdue
    if can(actor.role, Perm.KEY_GROUPS_READ):  # the centre's list, not only the author's own members
        other["follow_ups_due"] = len(key_groups.due_follow_ups(actor, within_days=FOLLOW_UPS_WITHIN))
    return Figures(start, end, **own, **other)
