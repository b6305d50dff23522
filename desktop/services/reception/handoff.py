"""首问负责: a visit hands its matter on once, in one unit of work with the visit's link — to a petition, to the
mediation room, or to the police station; only the visitor log writes visits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from desktop.models import Visit
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import record
from desktop.services.core.clock import day_start, local_day
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, mask_id_number, mask_phone, require
from desktop.services.core.validators import text_field
from desktop.services.mediation.dto import CaseInput, PartyInput
from desktop.services.reception.dto import (
    GROUP_SIZE,
    VisitDetail,
)
from desktop.services.reception.petition_dto import PetitionerInput, PetitionInput

DAY_CLOSES = time(
    17, 30
)  # when the end-of-day step says a forgotten visitor left (*unverified*: configurable)
_ID_CHARS = re.compile(r"^[0-9X]+$")
_REP_SPLIT = re.compile(r"[、,，;；\s]+")


def split_names(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """Representatives as typed ("张三、李四" or one a line) or as a list -> distinct names, in order."""
    if not text:
        return ()
    items = text if not isinstance(text, str) else _REP_SPLIT.split(text)
    return tuple(dict.fromkeys(n.strip() for n in items if n and n.strip()))


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = day_start(day)
    return start, start + timedelta(days=1)


def _visit_values(v: Visit) -> dict:
    """A visit for the audit log: ID number and phone masked (the audit reader is not entitled to them)."""
    return {
        "person_id": v.person_id,
        "visitor_name": v.visitor_name,
        "visitor_sex": v.visitor_sex,
        "visitor_id_type": v.visitor_id_type,
        "visitor_id_number": mask_id_number(v.visitor_id_number),
        "visitor_phone": mask_phone(v.visitor_phone),
        "visitor_address": v.visitor_address,
        "time_in": v.time_in,
        "time_out": v.time_out,
        "auto_closed": v.auto_closed,
        "people_count": v.people_count,
        "representatives": v.representatives,
        "purpose": v.purpose,
        "whom": v.whom,
        "content": v.content,
        "handled_by": v.handled_by,
        "outcome": v.outcome,
        "urgency": v.urgency,
        "notes": v.notes,
        "petition_id": v.petition_id,
        "dispute_case_id": v.dispute_case_id,
        "referral_note": v.referral_note,
    }


class HandOffMixin:
    def _check_not_handed_on(self, s: Session, visit_id: int, version: int) -> Visit:
        v = self._visit(s, visit_id, version)
        if v.petition_id or v.dispute_case_id or v.referral_note:
            raise ValidationError("visit", "already_handed_on")
        return v

    @staticmethod
    def _mark_handed_on(s: Session, actor: Actor, v: Visit, outcome: str, summary: str, **link) -> None:
        """The visit records where the matter went (首问负责), in the hand-off's own transaction."""
        before = {"outcome": v.outcome} | {k: getattr(v, k) for k in link}
        for k, value in link.items():
            setattr(v, k, value)
        v.outcome = outcome
        s.flush()
        record(s, actor, "handoff", "visit", v.id, summary, before=before, after={"outcome": outcome, **link})

    def hand_to_petition(
        self,
        actor: Actor,
        visit_id: int,
        version: int,
        *,
        category: str = "claim",
        request: str | None = None,
        facts: str | None = None,
        accept_on_the_spot: bool = False,
    ) -> VisitDetail:
        """转信访: a petition (channel 走访) with the visitor (and the representatives of a group visit) as
        petitioners and what they said as the request — in one unit of work with the visit's link."""
        require(actor, Perm.VISITS_EDIT)
        require(actor, Perm.PETITIONS_EDIT)

        def work(s: Session) -> VisitDetail:
            v = self._check_not_handed_on(s, visit_id, version)
            reps = split_names(v.representatives)
            petitioners = [
                PetitionerInput(
                    name=v.visitor_name,
                    person_id=v.person_id,
                    phone=v.visitor_phone,
                    address=v.visitor_address,
                    is_representative=v.visitor_name in reps,
                )
            ]
            petitioners += [
                PetitionerInput(name=r, is_representative=True) for r in reps if r != v.visitor_name
            ]
            inp = PetitionInput(
                channel="visit",
                category=category,
                received_on=local_day(v.time_in),
                petitioners=tuple(petitioners),
                request=(request if request is not None else v.content) or "",
                facts=facts or "",
                is_collective=(v.people_count or 1) >= GROUP_SIZE or len(petitioners) > 1,
                accept_on_the_spot=accept_on_the_spot,
            )
            p = self.petitions.register_petition(s, actor, inp)
            self._mark_handed_on(
                s, actor, v, "to_petition", f"来访转信访事项{p.petition_no}", petition_id=p.id
            )
            return self._detail(s, v)

        return unit_of_work.write(self._sessions, work, "visit", numbered=True)

    def hand_to_mediation(
        self,
        actor: Actor,
        visit_id: int,
        version: int,
        *,
        facts: str,
        dispute_type: str = "other",
        parties: Sequence[PartyInput] = (),
        claims: str = "",
    ) -> VisitDetail:
        """转矛盾纠纷: a case of the mediation room (来访转入, status new: it appears in that room's queue) with the
        visitor as applicant and ``facts`` — what the dispute is about, asked at the hand-off (prefilled from
        what the visitor said; never empty: it is printed on the agreement as 纠纷主要事实). One unit of work:
        the case, its parties, and the visit's outcome and link."""
        require(actor, Perm.VISITS_EDIT)
        facts = text_field(facts, "facts", required=True, limit=20000)

        def work(s: Session) -> VisitDetail:
            v = self._check_not_handed_on(s, visit_id, version)
            applicant = PartyInput(
                role="applicant",
                name=v.visitor_name,
                person_id=v.person_id,
                sex=v.visitor_sex,
                phone=v.visitor_phone,
                address=v.visitor_address,
            )
            inp = CaseInput(
                source="from_visit",
                dispute_type=dispute_type,
                facts=facts,
                claims=claims,
                parties=(applicant, *parties),
                accepted_on=min(local_day(v.time_in), self._today()),
                people_involved=max(v.people_count or 1, 1 + len(parties)),
            )
            c = self.mediation.register_case(s, actor, inp)
            self._mark_handed_on(
                s, actor, v, "to_mediation", f"来访转矛盾纠纷{c.case_no}", dispute_case_id=c.id
            )
            return self._detail(s, v)

        return unit_of_work.write(self._sessions, work, "visit", numbered=True)

    def refer_to_police(self, actor: Actor, visit_id: int, version: int, note: str) -> VisitDetail:
        """转派出所: which station, whom, how (the referral note); the visit shows it."""
        require(actor, Perm.VISITS_EDIT)
        note = text_field(note, "referral_note", required=True, limit=2000)

        def work(s: Session) -> VisitDetail:
            v = self._check_not_handed_on(s, visit_id, version)
            self._mark_handed_on(
                s, actor, v, "to_police", f"来访转派出所：{v.visitor_name}", referral_note=note
            )
            return self._detail(s, v)

        return self._write(work)
