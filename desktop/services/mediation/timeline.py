"""The mediation room's entries of a person's timeline: each case they are party to, and how it ended."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Agreement, CaseParty, DisputeCase
from desktop.services.core.dto import Actor, TimelineEntry
from desktop.services.core.timeline import short, timeline_source
from desktop.services.core.vocabulary import CASE_OUTCOME, PARTY_ROLE


@timeline_source("dispute")
def _disputes(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    q = (
        select(
            DisputeCase.id, DisputeCase.accepted_on, DisputeCase.case_no, CaseParty.role, DisputeCase.facts
        )
        .join(CaseParty, CaseParty.case_id == DisputeCase.id)
        .where(CaseParty.person_id == person_id, DisputeCase.voided_at.is_(None))
    )
    for cid, on, no, role, facts in s.execute(q):
        title = f"矛盾纠纷 {no}（{PARTY_ROLE.zh(role)}）"
        yield TimelineEntry(on, None, "dispute", title, short(facts), cid)


@timeline_source("dispute_outcome")
def _dispute_outcomes(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    """The residents room already shows the case's intake ("dispute"); this adds how it ended."""
    q = (
        select(
            DisputeCase.id,
            DisputeCase.case_no,
            DisputeCase.outcome,
            DisputeCase.closed_on,
            DisputeCase.status,
        )
        .join(CaseParty, CaseParty.case_id == DisputeCase.id)
        .where(
            CaseParty.person_id == person_id,
            DisputeCase.voided_at.is_(None),
            DisputeCase.outcome.is_not(None),
        )
    )
    for cid, no, outcome, closed_on, status in s.execute(q):
        if outcome in ("success_written", "success_oral"):
            signed = s.scalar(
                select(func.min(Agreement.signed_on)).where(
                    Agreement.case_id == cid, Agreement.voided_at.is_(None)
                )
            )
            on = signed or closed_on
        else:
            on = closed_on
        if on is None:
            continue
        closed = "，已结案" if status == "closed" else ""
        yield TimelineEntry(
            on, None, "dispute", f"矛盾纠纷 {no}：{CASE_OUTCOME.zh(outcome)}{closed}", "", cid
        )
