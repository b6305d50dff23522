"""归口调处 and consent: whether the parties agree to mediation (art. 17), to whom the case goes — a mediator of the centre
or an outside body that signs for it or sends it back —, and extensions of its deadline with their consent."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseParty,
    CaseTransfer,
    DisputeCase,
)
from desktop.services.core.audit_service import changes, record
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.validators import optional_field, text_field
from desktop.services.mediation.dto import (
    DEADLINE_STATUSES,
    WORKING_STATUSES,
    CaseDetail,
)
from desktop.services.mediation.records import (
    case_values,
)


class RoutingMixin:
    def record_consent(
        self,
        actor: Actor,
        case_id: int,
        version: int,
        agreed: bool,
        note: str = "",
        remedies: str = "",
        on: date | None = None,
    ) -> CaseDetail:
        """The parties agree to mediation, or one refuses: a refusal closes the case, the remedies told
        (arbitration, administrative, court: arts. 17, 26) recorded."""
        require(actor, Perm.CASES_EDIT)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.consent != "pending" or c.status not in WORKING_STATUSES:
                raise ValidationError("consent", "consent_recorded")
            before = case_values(c)
            if agreed:
                sides = s.scalar(
                    select(func.count())
                    .select_from(CaseParty)
                    .where(CaseParty.case_id == c.id, CaseParty.role != "third_party")
                )
                if sides < 2:
                    raise ValidationError("parties", "two_sides_needed")
                c.consent = "agreed"
                c.consent_note = optional_field(note, "note", 2000)
                summary = f"{c.case_no}当事人同意调解"
            else:
                c.consent = "refused"
                c.consent_note = text_field(note, "note", required=True, limit=2000)
                c.remedies_told = text_field(remedies, "remedies", required=True, limit=2000)
                c.outcome = "terminated"
                c.status = "closed"
                c.closed_on = self._day(on, c)
                summary = f"{c.case_no}当事人拒绝调解，不予调解并已告知救济途径"
            s.flush()
            b, a = changes(before, case_values(c))
            record(s, actor, "consent", "dispute_case", c.id, summary, before=b, after=a)
            return self._detail(s, actor, c)

        return self._write(work)

    def _day(self, on: date | None, c: DisputeCase, field: str = "on") -> date:
        today = self._today()
        day = on or today
        if day > today:
            raise ValidationError(field, "in_future")
        if day < c.accepted_on:
            raise ValidationError(field, "before_accepted")
        return day

    def assign(self, actor: Actor, case_id: int, version: int, mediator_id: int) -> CaseDetail:
        require(actor, Perm.CASES_EDIT, Perm.CASES_ASSIGN)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.status not in WORKING_STATUSES:
                raise ValidationError("status", "not_routable")
            u = self._check_mediator(s, actor, mediator_id, unassigned=c.mediator_id is None)
            before = case_values(c)
            c.mediator_id = mediator_id
            if c.status in ("new", "returned"):
                c.status = "assigned"
            s.flush()
            b, a = changes(before, case_values(c))
            record(
                s,
                actor,
                "assign",
                "dispute_case",
                c.id,
                f"{c.case_no}指派人民调解员{u.full_name}",
                before=b,
                after=a,
            )
            return self._detail(s, actor, c)

        return self._write(work)

    def transfer(
        self, actor: Actor, case_id: int, version: int, body: str, sent_on: date | None = None, note: str = ""
    ) -> CaseDetail:
        """Send the case to an outside body (派出所, 司法所, 法院, 劳动监察 ...); it waits for its 签收."""
        require(actor, Perm.CASES_ASSIGN)
        body = text_field(body, "body", required=True, limit=100)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.status not in WORKING_STATUSES:
                raise ValidationError("status", "not_routable")
            before = case_values(c)
            t = CaseTransfer(
                case_id=c.id, body=body, sent_on=self._day(sent_on, c, "sent_on"), created_by=actor.id
            )
            s.add(t)
            c.status = "transferred"
            s.flush()
            b, a = changes(before, case_values(c))
            record(
                s,
                actor,
                "transfer",
                "dispute_case",
                c.id,
                f"{c.case_no}移交{body}",
                before=b,
                after=a | {"transfer_id": t.id, "body": body},
                reason=optional_field(note, "note", 500),
            )
            return self._detail(s, actor, c)

        return self._write(work)

    def sign_transfer(
        self, actor: Actor, transfer_id: int, version: int, signed_on: date | None = None
    ) -> CaseDetail:
        """The outside body signed for it (签收): the case is 转交 and closed here."""
        require(actor, Perm.CASES_EDIT)

        def work(s: Session) -> CaseDetail:
            t = self._row(s, CaseTransfer, transfer_id, version)
            c = self._case(s, t.case_id)
            if t.signed_on or t.returned_on or c.status != "transferred":
                raise ValidationError("transfer", "transfer_answered")
            day = self._day(signed_on, c, "signed_on")
            if day < t.sent_on:
                raise ValidationError("signed_on", "before_sent")
            before = case_values(c)
            t.signed_on = day
            c.outcome, c.status, c.closed_on = "transferred", "closed", day
            s.flush()
            b, a = changes(before, case_values(c))
            record(
                s,
                actor,
                "sign",
                "case_transfer",
                t.id,
                f"{t.body}签收{c.case_no}",
                before=b,
                after=a | {"signed_on": day},
            )
            return self._detail(s, actor, c)

        return self._write(work, "case_transfer")

    def return_transfer(
        self, actor: Actor, transfer_id: int, version: int, reason: str, returned_on: date | None = None
    ) -> CaseDetail:
        """The outside body sent it back (退回) with a reason: the director decides where it belongs."""
        require(actor, Perm.CASES_EDIT)
        reason = text_field(reason, "return_reason", required=True, limit=2000)

        def work(s: Session) -> CaseDetail:
            t = self._row(s, CaseTransfer, transfer_id, version)
            c = self._case(s, t.case_id)
            if t.signed_on or t.returned_on or c.status != "transferred":
                raise ValidationError("transfer", "transfer_answered")
            day = self._day(returned_on, c, "returned_on")
            if day < t.sent_on:
                raise ValidationError("returned_on", "before_sent")
            before = case_values(c)
            t.returned_on, t.return_reason = day, reason
            c.status = "returned"
            s.flush()
            b, a = changes(before, case_values(c))
            record(
                s,
                actor,
                "return",
                "case_transfer",
                t.id,
                f"{t.body}退回{c.case_no}",
                before=b,
                after=a | {"returned_on": day},
                reason=reason,
            )
            return self._detail(s, actor, c)

        return self._write(work, "case_transfer")

    def extend_deadline(
        self,
        actor: Actor,
        case_id: int,
        version: int,
        new_due_on: date,
        reason: str,
        *,
        parties_consent: bool,
    ) -> CaseDetail:
        """A later due date only with the parties' consent, recorded with its reason."""
        require(actor, Perm.CASES_EDIT)
        reason = text_field(reason, "extension_reason", required=True, limit=2000)
        if not parties_consent:
            raise ValidationError("parties_consent", "parties_consent_needed")

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.status not in DEADLINE_STATUSES:
                raise ValidationError("status", "no_deadline")
            if new_due_on <= c.due_on:
                raise ValidationError("due_on", "not_later")
            before = case_values(c)
            c.due_on = new_due_on
            c.extension_reason = reason
            c.extended_on = self._today()
            s.flush()
            b, a = changes(before, case_values(c))
            record(
                s,
                actor,
                "extend",
                "dispute_case",
                c.id,
                f"{c.case_no}经当事人同意延长调解期限至{new_due_on.isoformat()}",
                before=b,
                after=a,
                reason=reason,
            )
            return self._detail(s, actor, c)

        return self._write(work)
