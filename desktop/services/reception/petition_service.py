"""信访: petitions from every channel of art. 17, on the statutory deadlines of the 信访工作条例 (2022).

Each public method is one unit of work returning frozen DTOs (petition_dto.py). The rules it keeps:
- Intake (arts. 17-20): channel, category (建议意见类 / 检举控告类 / 申诉求决类), petitioners (persons of the
  register or names given at the desk; a collective petition names at most 5 representatives), request, facts
  and reasons, scanned letters as attachments. The number is ``XF<year><5 digits>``, the next of the year.
- Deadlines (petition_deadlines.py): every step gets its due date when it starts, on the shared work calendar
  (holidays, 调休 workdays and the administrator's corrections); an extension (art. 34) needs the director's
  approval, a reason, at most 30 days, and the petitioner told; 复查 / 复核 windows follow the answer's date.
- Art. 30: the content of a 检举控告 petition is visible only to its handler and the director. Everyone else sees
  its number, dates and deadlines, never the petitioner, the request or the files; every view of the content by
  those entitled is written to the audit log, and the audit copies of its changes leave the content out.
- Every create / change / void is audited with before -> after (phones masked); optimistic locking by version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Address, Attachment, Person, Petition, Petitioner, PetitionStep, StaffUser, Visit
from desktop.models.base import utcnow
from desktop.services.core import attachments, unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.calendar_service import CalendarService, provisional_note
from desktop.services.core.clock import now
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, AttachmentDTO, StaffChoice
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, Role, can, mask_phone, require
from desktop.services.core.timeline import short
from desktop.services.core.validators import optional_field, text_field
from desktop.services.core.vocabulary import PETITION_CATEGORY, PETITION_CHANNEL, PETITION_DECISION
from desktop.services.reception import petition_deadlines as rules
from desktop.services.reception.petition_dto import (
    CATEGORIES,
    CHANNELS,
    DECISIONS,
    HIDDEN,
    MAX_REPRESENTATIVES,
    OPEN_STATUSES,
    QUEUES,
    DeadlineCounts,
    PetitionChanges,
    PetitionDetail,
    PetitionerDTO,
    PetitionerInput,
    PetitionInput,
    PetitionRow,
    StepDTO,
)

OWNER = "petition"  # attachments: owner_kind
# steps that are the office's own duties with a deadline (what "due soon" and "overdue" count)
OFFICE_KINDS = tuple(
    k for k, r in rules.RULES.items() if r.owner == rules.OFFICE and r.timed and k != "extension"
)
# what a petition's handler may be: staff who may handle petitions
HANDLER_ROLES = (Role.RECEPTION.value, Role.DIRECTOR.value)
APPROVER_ROLES = (Role.DIRECTOR.value,)  # art. 34: 经本机关、单位负责人批准


def _summary_name(names: Sequence[str]) -> str:
    """The petitioner column: one name, or the first ones and how many (it holds 100 characters)."""
    text = "、".join(names)
    if len(text) <= 100:
        return text
    head = ""
    for i, n in enumerate(names):
        tail = f"等{len(names)}人"
        if len(head) + len(n) + 1 + len(tail) > 100:
            return f"{head}{tail}" if head else names[0][:90] + tail
        head = f"{head}、{n}" if i else n
    return head


def _petition_values(p: Petition, *, hide: bool) -> dict:
    values = {
        "petition_no": p.petition_no,
        "channel": p.channel,
        "category": p.category,
        "received_on": p.received_on,
        "person_id": p.person_id,
        "petitioner_name": p.petitioner_name,
        "is_collective": p.is_collective,
        "representatives": p.representatives,
        "request": p.request,
        "facts": p.facts,
        "status": p.status,
        "handler_id": p.handler_id,
        "accepted_on": p.accepted_on,
        "decision": p.decision,
        "decision_text": p.decision_text,
        "legal_basis": p.legal_basis,
        "answered_on": p.answered_on,
        "reject_reason": p.reject_reason,
        "refer_to": p.refer_to,
        "national_ref_no": p.national_ref_no,
        "national_filed_on": p.national_filed_on,
    }
    if hide:  # art. 30: the audit reader is not entitled to an accusation's content or its author
        for k in ("petitioner_name", "representatives", "request", "facts", "decision_text", "person_id"):
            if values.get(k):
                values[k] = "<保密>"
    return values


@dataclass(frozen=True)
class PetitionFilter:
    queue: str = "open"
    text: str = ""  # number, or the start of a petitioner's name
    limit: int = 500


class PetitionService:
    """``clock`` gives today's date (tests)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], date] = local_today):
        self._sessions = sessions
        self._today = clock

    def today(self) -> date:
        """The service's today (what dialogs default to; tests move it)."""
        return self._today()

    # -- permissions -------------------------------------------------------------------------------------------
    @staticmethod
    def _require_read(actor: Actor) -> None:
        require(actor, Perm.PETITIONS_EDIT, Perm.PETITIONS_ACCUSATION_READ)

    @staticmethod
    def may_read_content(actor: Actor, category: str, handler_id: int | None) -> bool:
        """Art. 30: an accusation's content only for its handler and the director (whoever may read them all)."""
        if category != "accusation":
            return can(actor.role, Perm.PETITIONS_EDIT) or can(actor.role, Perm.PETITIONS_ACCUSATION_READ)
        return can(actor.role, Perm.PETITIONS_ACCUSATION_READ) or (
            actor.id is not None and actor.id == handler_id
        )

    def _require_edit(self, actor: Actor, p: Petition) -> None:
        require(actor, Perm.PETITIONS_EDIT)
        if not self.may_read_content(actor, p.category, p.handler_id):
            raise PermissionDenied(Perm.PETITIONS_ACCUSATION_READ.value)

    # -- helpers -----------------------------------------------------------------------------------------------
    def _write(self, fn):
        return unit_of_work.write(self._sessions, fn, "petition")

    @staticmethod
    def _petition(s: Session, petition_id: int, version: int | None = None) -> Petition:
        return unit_of_work.load(s, Petition, petition_id, version)

    def _day(self, on: date | None, field: str = "on", *, not_before: date | None = None) -> date:
        on = on or self._today()
        if on > self._today():
            raise ValidationError(field, "in_future")
        if not_before is not None and on < not_before:
            raise ValidationError(field, "too_early", not_before=not_before)
        return on

    @staticmethod
    def _steps(s: Session, petition_id: int) -> list[PetitionStep]:
        return list(
            s.scalars(
                select(PetitionStep).where(PetitionStep.petition_id == petition_id).order_by(PetitionStep.id)
            )
        )

    @staticmethod
    def _open_step(steps: Iterable[PetitionStep], *kinds: str) -> PetitionStep | None:
        for st in reversed(list(steps)):
            if st.kind in kinds and st.done_on is None:
                return st
        return None

    @staticmethod
    def _add_step(
        s: Session, actor: Actor, p: Petition, kind: str, start: date, due: date, **kw
    ) -> PetitionStep:
        st = PetitionStep(
            petition_id=p.id, kind=kind, started_on=start, due_on=due, created_by=actor.id, **kw
        )
        s.add(st)
        return st

    @staticmethod
    def _check_staff(s: Session, user_id: int, roles: Sequence[str], field: str) -> StaffUser:
        u = s.get(StaffUser, user_id)
        if u is None or not u.active or u.role not in roles:
            raise ValidationError(field, f"not_{field.removesuffix('_id')}")
        return u

    def _audit(self, s: Session, actor: Actor, p: Petition, action: str, summary: str, before: dict, **kw):
        hide = p.category == "accusation"
        b, a = changes(before, _petition_values(p, hide=hide))
        record(s, actor, action, "petition", p.id, summary, before=b, after=a, **kw)

    # -- staff choices -----------------------------------------------------------------------------------------
    def staff(self, actor: Actor) -> list[StaffChoice]:
        """Who may handle a petition (reception, director) and approve an extension (the director)."""
        self._require_read(actor)
        with self._sessions() as s:
            return [
                StaffChoice(u.id, u.full_name, u.role)
                for u in s.scalars(
                    select(StaffUser)
                    .where(StaffUser.active.is_(True), StaffUser.role.in_(HANDLER_ROLES))
                    .order_by(StaffUser.role.desc(), StaffUser.full_name)
                )
            ]

    # -- intake --------------------------------------------------------------------------------------------------
    def _petitioners(self, s: Session, items: Sequence[PetitionerInput]) -> list[Petitioner]:
        if not items:
            raise ValidationError("petitioners", "no_petitioners")
        out = []
        for item in items:
            name = (item.name or "").strip()
            phone = optional_field(item.phone, "phone", 32)
            address = optional_field(item.address, "address", 200)
            if item.person_id is not None:
                person = s.get(Person, item.person_id)
                if person is None:
                    raise ValidationError("person_id", "unknown_person")
                name = name or person.name
                if not phone or "*" in phone:
                    phone = person.phone
                if not address:
                    address = (
                        s.scalar(select(Address.full_text).where(Address.id == person.address_id))
                        if person.address_id
                        else None
                    ) or person.hukou_address
            elif phone and "*" in phone:
                raise ValidationError("phone", "bad_phone")
            if not name:
                raise ValidationError("petitioner_name", "required")
            if len(name) > 100:
                raise ValidationError("petitioner_name", "too_long", limit=100)
            out.append(
                Petitioner(
                    person_id=item.person_id,
                    name=name,
                    phone=phone,
                    address=address,
                    is_representative=item.is_representative,
                )
            )
        return out

    def _validate(self, s: Session, actor: Actor, inp: PetitionInput) -> None:
        if inp.channel not in CHANNELS:
            raise ValidationError("channel", "unknown_channel")
        if inp.category not in CATEGORIES:
            raise ValidationError("category", "unknown_category")
        self._day(inp.received_on, "received_on")
        text_field(inp.request, "request", required=True)
        text_field(inp.facts, "facts")
        reps = sum(1 for p in inp.petitioners if p.is_representative)
        if reps > MAX_REPRESENTATIVES:
            raise ValidationError("representatives", "too_many_representatives", limit=MAX_REPRESENTATIVES)
        if inp.is_collective and inp.channel == "visit" and len(inp.petitioners) > 1 and reps == 0:
            raise ValidationError("representatives", "representatives_needed")
        if inp.handler_id is not None:
            self._check_staff(s, inp.handler_id, HANDLER_ROLES, "handler_id")
        if inp.national_ref_no is not None:
            text_field(inp.national_ref_no, "national_ref_no", limit=64)
        if inp.national_filed_on is not None and inp.national_filed_on < inp.received_on:
            raise ValidationError("national_filed_on", "too_early", not_before=inp.received_on)

    def create(self, actor: Actor, inp: PetitionInput) -> PetitionDetail:
        """Register a petition; its number is the next of the year."""
        return unit_of_work.write(
            self._sessions,
            lambda s: self._detail(s, actor, self.register_petition(s, actor, inp)),
            "petition",
            numbered=True,
        )

    def register_petition(self, s: Session, actor: Actor, inp: PetitionInput) -> Petition:
        """Registration inside the caller's unit of work (the visit log hands a visit on this way); the caller's
        unit is ``numbered``."""
        require(actor, Perm.PETITIONS_EDIT)
        self._validate(s, actor, inp)
        petitioners = self._petitioners(s, inp.petitioners)
        year = inp.received_on.year
        prefix = f"XF{year}"
        last = s.scalar(select(func.max(Petition.petition_no)).where(Petition.petition_no.like(f"{prefix}%")))
        seq = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
        reps = [p.name for p in petitioners if p.is_representative]
        first = petitioners[0]
        p = Petition(
            petition_no=f"{prefix}{seq:05d}",
            channel=inp.channel,
            category=inp.category,
            received_on=inp.received_on,
            person_id=first.person_id,
            petitioner_name=_summary_name([x.name for x in petitioners]),
            is_collective=inp.is_collective or len(petitioners) > 1,
            representatives="、".join(reps) or None,
            request=text_field(inp.request, "request", required=True),
            facts=text_field(inp.facts, "facts"),
            status="registered",
            handler_id=inp.handler_id or actor.id,
            national_ref_no=optional_field(inp.national_ref_no, "national_ref_no", 64),
            national_filed_on=(inp.national_filed_on or (inp.received_on if inp.national_ref_no else None)),
            created_by=actor.id,
        )
        s.add(p)
        s.flush()
        for x in petitioners:
            x.petition_id, x.created_by = p.id, actor.id
        s.add_all(petitioners)
        cal = CalendarService.calendar_in(s)
        plan = rules.intake_plan(
            cal,
            inp.received_on,
            registered_on=self._today(),
            transferred=bool(inp.transferred_from),
            transferred_from=inp.transferred_from,
        )
        for st in plan:
            self._add_step(s, actor, p, st.kind, st.started_on, st.due_on, done_on=st.done_on, note=st.note)
        s.flush()
        hide = p.category == "accusation"
        after = _petition_values(p, hide=hide) | {
            "petitioners": [
                {
                    "name": "<保密>" if hide else x.name,
                    "person_id": None if hide else x.person_id,
                    "phone": "<保密>" if hide and x.phone else mask_phone(x.phone),
                    "is_representative": x.is_representative,
                }
                for x in petitioners
            ],
            "transferred_from": inp.transferred_from,
        }
        summary = f"登记信访事项{p.petition_no}（{PETITION_CHANNEL.zh(p.channel)}，{PETITION_CATEGORY.zh(p.category)}）"
        record(s, actor, "create", "petition", p.id, summary, after=after)
        if inp.accept_on_the_spot:
            self._accept(s, actor, p, inp.received_on, on_the_spot=True)
        return p

    # -- acceptance (art. 23) --------------------------------------------------------------------------------------
    def accept(self, actor: Actor, petition_id: int, version: int, on: date | None = None) -> PetitionDetail:
        """受理: the written notice goes out (受理告知书) and the 60 days of handling start (art. 34)."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            self._accept(s, actor, p, self._day(on, not_before=p.received_on))
            return self._detail(s, actor, p)

        return self._write(work)

    def _accept(self, s: Session, actor: Actor, p: Petition, on: date, *, on_the_spot: bool = False) -> None:
        if p.status != "registered":
            raise ValidationError("status", "not_registered")
        before = _petition_values(p, hide=p.category == "accusation")
        steps = self._steps(s, p.id)
        notice = self._open_step(steps, "acceptance_notice", "transfer_notice")
        if notice is not None:
            notice.done_on = on
            notice.note = "当场书面告知（受理告知书）" if on_the_spot else "已出具受理告知书"
        objection = self._open_step(steps, "transfer_objection")
        if objection is not None:
            objection.done_on = on
            objection.note = "属本单位职权范围，未提出异议"
        p.status, p.accepted_on = "handling", on
        cal = CalendarService.calendar_in(s)
        self._add_step(s, actor, p, "handle", on, rules.handle_due(cal, p.category, on))
        s.flush()
        self._audit(s, actor, p, "accept", f"受理信访事项{p.petition_no}", before)

    def reject(
        self,
        actor: Actor,
        petition_id: int,
        version: int,
        reason: str,
        refer_to: str = "",
        on: date | None = None,
    ) -> PetitionDetail:
        """不予受理 (art. 23): not in the centre's remit; the petitioner is told where to turn (不予受理告知书)."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            if p.status != "registered":
                raise ValidationError("status", "not_registered")
            day = self._day(on, not_before=p.received_on)
            before = _petition_values(p, hide=p.category == "accusation")
            p.reject_reason = text_field(reason, "reason", required=True, limit=2000)
            p.refer_to = optional_field(refer_to, "refer_to", 200)
            p.status = "rejected"
            steps = self._steps(s, p.id)
            for st in steps:
                if st.done_on is None and st.kind in (
                    "acceptance_notice",
                    "transfer_notice",
                    "transfer_objection",
                ):
                    st.done_on = day
                    st.note = "已出具不予受理告知书" if st.kind != "transfer_objection" else st.note
            s.flush()
            self._audit(s, actor, p, "reject", f"信访事项{p.petition_no}不予受理", before)
            return self._detail(s, actor, p)

        return self._write(work)

    def object_to_transfer(
        self, actor: Actor, petition_id: int, version: int, reason: str, on: date | None = None
    ) -> PetitionDetail:
        """Art. 23 ¶3: a transferred matter outside the centre's remit is objected to within 5 working days,
        with the reasons; once the sender agrees, the petition is rejected with where it belongs."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            st = self._open_step(self._steps(s, p.id), "transfer_objection")
            if st is None:
                raise ValidationError("status", "no_transfer")
            st.done_on = self._day(on, not_before=p.received_on)
            st.reason = text_field(reason, "reason", required=True, limit=2000)
            st.note = "已向转送、交办单位提出异议"
            s.flush()
            record(
                s,
                actor,
                "update",
                "petition",
                p.id,
                f"信访事项{p.petition_no}对转送提出异议",
                after={"objection_on": st.done_on, "reason": st.reason},
            )
            self._touch(p)
            return self._detail(s, actor, p)

        return self._write(work)

    @staticmethod
    def _touch(p: Petition) -> None:
        """A change of a petition's steps is a change of the petition: its version moves (optimistic locking)."""
        p.updated_at = utcnow()

    # -- handling (art. 34) --------------------------------------------------------------------------------------
    def extend(
        self,
        actor: Actor,
        petition_id: int,
        version: int,
        *,
        days: int,
        approver_id: int,
        reason: str,
        told_how: str,
        on: date | None = None,
    ) -> PetitionDetail:
        """延期 (art. 34): approved by the director, at most 30 days, the reason told to the petitioner."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            steps = self._steps(s, p.id)
            handle = self._open_step(steps, "handle")
            if p.status != "handling" or handle is None:
                raise ValidationError("status", "not_handling")
            if any(st.kind == "extension" for st in steps):
                raise ValidationError("days", "already_extended")
            if not 1 <= int(days) <= rules.MAX_EXTENSION_DAYS:
                raise ValidationError("days", "extension_too_long", limit=rules.MAX_EXTENSION_DAYS)
            approver = self._check_staff(s, approver_id, APPROVER_ROLES, "approver_id")
            why = text_field(reason, "reason", required=True, limit=2000)
            told = text_field(told_how, "told_how", required=True, limit=200)
            day = self._day(on, not_before=p.accepted_on)
            if day > handle.due_on:
                raise ValidationError("on", "after_due", until=handle.due_on)
            cal = CalendarService.calendar_in(s)
            old_due = handle.due_on
            new_due = rules.extended_due(cal, old_due, int(days))
            self._add_step(
                s,
                actor,
                p,
                "extension",
                day,
                new_due,
                done_on=day,
                approver_id=approver.id,
                reason=why,
                note=f"原办理期限{old_due.isoformat()}，延长{int(days)}日；已{told}告知信访人延期理由",
            )
            handle.due_on = new_due
            self._touch(p)
            s.flush()
            record(
                s,
                actor,
                "extend",
                "petition",
                p.id,
                f"信访事项{p.petition_no}延长办理期限至{new_due.isoformat()}（{approver.full_name}批准）",
                before={"handle_due": old_due},
                after={
                    "handle_due": new_due,
                    "days": int(days),
                    "approver_id": approver.id,
                    "told_how": told,
                },
                reason=why,
            )
            return self._detail(s, actor, p)

        return self._write(work)

    def answer(
        self,
        actor: Actor,
        petition_id: int,
        version: int,
        *,
        decision: str,
        decision_text: str,
        legal_basis: str,
        on: date | None = None,
    ) -> PetitionDetail:
        """办结答复 (arts. 31(6), 32): 信访事项处理意见书 with the decision, the facts found and the legal basis; the
        petitioner's 30 days to ask for 复查 (art. 35) start from it."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            handle = self._open_step(self._steps(s, p.id), "handle")
            if p.status != "handling" or handle is None:
                raise ValidationError("status", "not_handling")
            if decision not in DECISIONS:
                raise ValidationError("decision", "unknown_decision")
            day = self._day(on, not_before=p.accepted_on)
            before = _petition_values(p, hide=p.category == "accusation")
            p.decision = decision
            p.decision_text = text_field(decision_text, "decision_text", required=True)
            p.legal_basis = text_field(legal_basis, "legal_basis", required=True, limit=4000)
            p.answered_on, p.status = day, "answered"
            handle.done_on = day
            late = (day - handle.due_on).days
            handle.note = f"逾期{late}日答复" if late > 0 else "按期答复"
            cal = CalendarService.calendar_in(s)
            self._add_step(s, actor, p, "review_request", day, rules.due_on(cal, "review_request", day))
            s.flush()
            self._audit(
                s,
                actor,
                p,
                "answer",
                f"信访事项{p.petition_no}出具处理意见书（{PETITION_DECISION.zh(decision)}）",
                before,
            )
            return self._detail(s, actor, p)

        return self._write(work)

    # -- 复查 / 复核 (arts. 35, 36) -------------------------------------------------------------------------------------
    def request_review(
        self, actor: Actor, petition_id: int, version: int, *, body: str, on: date | None = None
    ) -> PetitionDetail:
        """The petitioner asked the next higher body for 复查 (``body``); it answers within 30 days."""
        return self._escalate(actor, petition_id, version, body, on, "review_request", "review", "复查")

    def request_recheck(
        self, actor: Actor, petition_id: int, version: int, *, body: str, on: date | None = None
    ) -> PetitionDetail:
        """The petitioner asked for 复核 of the 复查 opinion; the body answers within 30 days."""
        return self._escalate(actor, petition_id, version, body, on, "recheck_request", "recheck", "复核")

    def _escalate(self, actor, petition_id, version, body, on, window_kind, kind, word) -> PetitionDetail:
        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            window = self._open_step(self._steps(s, p.id), window_kind)
            if p.status != "answered" or window is None:
                raise ValidationError("status", f"no_{window_kind}")
            day = self._day(on, not_before=window.started_on)
            if day > window.due_on:
                raise ValidationError("on", "window_closed", until=window.due_on)
            where = text_field(body, "body", required=True, limit=200)
            before = _petition_values(p, hide=p.category == "accusation")
            window.done_on, window.note = day, f"信访人向{where}请求{word}"
            cal = CalendarService.calendar_in(s)
            self._add_step(s, actor, p, kind, day, rules.due_on(cal, kind, day), note=where)
            p.status = "review"
            s.flush()
            self._audit(
                s, actor, p, "update", f"信访事项{p.petition_no}：信访人请求{word}（{where}）", before
            )
            return self._detail(s, actor, p)

        return self._write(work)

    def record_review_result(
        self, actor: Actor, petition_id: int, version: int, *, result: str, on: date | None = None
    ) -> PetitionDetail:
        """The 复查 opinion arrived: the petitioner has 30 days from it to ask for 复核 (art. 36)."""
        return self._opinion(actor, petition_id, version, result, on, "review", "复查")

    def record_recheck_result(
        self, actor: Actor, petition_id: int, version: int, *, result: str, on: date | None = None
    ) -> PetitionDetail:
        """The 复核 opinion arrived: the matter is concluded (art. 36: the same request is not accepted again)."""
        return self._opinion(actor, petition_id, version, result, on, "recheck", "复核")

    def _opinion(self, actor, petition_id, version, result, on, kind, word) -> PetitionDetail:
        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            st = self._open_step(self._steps(s, p.id), kind)
            if p.status != "review" or st is None:
                raise ValidationError("status", f"no_{kind}")
            day = self._day(on, not_before=st.started_on)
            text = text_field(result, "result", required=True, limit=4000)
            before = _petition_values(p, hide=p.category == "accusation")
            st.done_on = day
            st.note = f"{st.note or ''}；{word}意见：{text}".lstrip("；")
            if kind == "review":
                cal = CalendarService.calendar_in(s)
                self._add_step(s, actor, p, "recheck_request", day, rules.due_on(cal, "recheck_request", day))
                p.status = "answered"
            else:
                p.status = "closed"
            s.flush()
            self._audit(s, actor, p, "update", f"信访事项{p.petition_no}{word}意见已收到", before)
            return self._detail(s, actor, p)

        return self._write(work)

    def close(
        self, actor: Actor, petition_id: int, version: int, note: str = "", on: date | None = None
    ) -> PetitionDetail:
        """办结归档 after the answer: the petitioner did not ask for 复查 / 复核 (or said they are satisfied)."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            if p.status != "answered":
                raise ValidationError("status", "not_answered")
            day = self._day(on, not_before=p.answered_on)
            before = _petition_values(p, hide=p.category == "accusation")
            why = text_field(note, "note", limit=2000)
            for st in self._steps(s, p.id):
                if st.done_on is None and st.kind in ("review_request", "recheck_request"):
                    st.done_on = day
                    lapsed = day > st.due_on
                    st.note = why or ("期满未请求" if lapsed else "信访人表示不再请求")
            p.status = "closed"
            s.flush()
            self._audit(s, actor, p, "close", f"信访事项{p.petition_no}办结", before, reason=why or None)
            return self._detail(s, actor, p)

        return self._write(work)

    # -- 网上信访代理 ---------------------------------------------------------------------------------------------------
    def record_national_filing(
        self, actor: Actor, petition_id: int, version: int, ref_no: str, filed_on: date | None = None
    ) -> PetitionDetail:
        """Staff filed the petition on the national system on the petitioner's behalf: its number and date."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            before = _petition_values(p, hide=p.category == "accusation")
            p.national_ref_no = text_field(ref_no, "national_ref_no", required=True, limit=64)
            p.national_filed_on = self._day(filed_on, "national_filed_on", not_before=p.received_on)
            s.flush()
            self._audit(s, actor, p, "update", f"信访事项{p.petition_no}网上信访代理登记", before)
            return self._detail(s, actor, p)

        return self._write(work)

    def record_progress(
        self, actor: Actor, petition_id: int, version: int, note: str, on: date | None = None
    ) -> PetitionDetail:
        """A line of progress read from the national system (or told by the body handling it)."""

        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            day = self._day(on, not_before=p.received_on)
            text = text_field(note, "note", required=True, limit=2000)
            self._add_step(s, actor, p, "progress", day, day, done_on=day, note=text)
            self._touch(p)
            s.flush()
            hide = p.category == "accusation"
            record(
                s,
                actor,
                "update",
                "petition",
                p.id,
                f"信访事项{p.petition_no}办理进展",
                after={"progress_on": day, "note": "<保密>" if hide else text},
            )
            return self._detail(s, actor, p)

        return self._write(work)

    # -- corrections and voiding ------------------------------------------------------------------------------------
    def update(self, actor: Actor, petition_id: int, version: int, ch: PetitionChanges) -> PetitionDetail:
        def work(s: Session) -> PetitionDetail:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            if p.status not in OPEN_STATUSES:
                raise ValidationError("status", "petition_closed")
            before = _petition_values(p, hide=p.category == "accusation")
            if ch.request is not None:
                p.request = text_field(ch.request, "request", required=True)
            if ch.facts is not None:
                p.facts = text_field(ch.facts, "facts")
            if ch.category is not None and ch.category != p.category:
                if ch.category not in CATEGORIES:
                    raise ValidationError("category", "unknown_category")
                if p.status != "registered":
                    raise ValidationError("category", "category_fixed")
                p.category = ch.category
            if ch.handler_id is not None and ch.handler_id != p.handler_id:
                self._check_staff(s, ch.handler_id, HANDLER_ROLES, "handler_id")
                p.handler_id = ch.handler_id
            s.flush()
            hide = p.category == "accusation" or before["category"] == "accusation"
            b, a = changes(before, _petition_values(p, hide=hide))
            if a:
                record(
                    s, actor, "update", "petition", p.id, f"修改信访事项{p.petition_no}", before=b, after=a
                )
            return self._detail(s, actor, p)

        return self._write(work)

    def void(self, actor: Actor, petition_id: int, version: int, reason: str) -> None:
        def work(s: Session) -> None:
            p = self._petition(s, petition_id, version)
            self._require_edit(actor, p)
            why = text_field(reason, "reason", required=True, limit=500)
            p.voided_at, p.void_reason = now(), why
            for v in s.scalars(select(Visit).where(Visit.petition_id == p.id)):
                v.petition_id = None
            s.flush()
            record(s, actor, "void", "petition", p.id, f"作废信访事项{p.petition_no}", reason=why)

        self._write(work)

    # -- attachments (scanned letters) -------------------------------------------------------------------------------
    def add_attachment(self, actor: Actor, petition_id: int, filename: str, data: bytes) -> AttachmentDTO:
        """A scanned letter, photo or PDF, kept in the database with the petition (every room PC sees it)."""

        def work(s: Session) -> AttachmentDTO:
            p = self._petition(s, petition_id)
            self._require_edit(actor, p)
            a = attachments.store(s, actor, OWNER, p.id, filename, data)
            self._touch(p)
            s.flush()
            record(
                s,
                actor,
                "create",
                "attachment",
                a.id,
                f"信访事项{p.petition_no}添加附件",
                after={
                    "petition_id": p.id,
                    "filename": a.filename,
                    "mime_type": a.mime_type,
                    "size": a.size,
                    "sha256": a.sha256,
                },
            )
            return attachments.dto(a)

        return self._write(work)

    def _attachment(self, s: Session, actor: Actor, attachment_id: int) -> tuple[Attachment, Petition]:
        a = attachments.load(s, attachment_id, (OWNER,))
        p = self._petition(s, a.owner_id)
        self._require_read(actor)
        if not self.may_read_content(actor, p.category, p.handler_id):
            raise PermissionDenied(Perm.PETITIONS_ACCUSATION_READ.value)
        return a, p

    def attachment_data(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        """(filename, mime type, bytes); opening an accusation's file is audited as a view."""
        with self._sessions.begin() as s:
            a, p = self._attachment(s, actor, attachment_id)
            if p.category == "accusation":
                record(
                    s,
                    actor,
                    "view",
                    "petition",
                    p.id,
                    f"查看检举控告类信访事项{p.petition_no}附件{a.filename}",
                )
            return a.filename, a.mime_type, a.data

    def thumbnail(self, actor: Actor, attachment_id: int, px: int = attachments.THUMB_PX) -> bytes:
        """A PNG thumbnail (Pillow) of an image, or of the scanned page inside a PDF; a card for other PDFs."""
        with self._sessions() as s:
            a, _p = self._attachment(s, actor, attachment_id)
            return attachments.thumbnail(a, px)

    # -- reading -----------------------------------------------------------------------------------------------
    def get(self, actor: Actor, petition_id: int) -> PetitionDetail:
        """One petition; the content of an accusation is read only by those entitled, and every such read is
        written to the audit log (art. 30)."""
        self._require_read(actor)
        with self._sessions() as s:
            p = self._petition(s, petition_id)
            needs_audit = p.category == "accusation" and self.may_read_content(
                actor, p.category, p.handler_id
            )
            if not needs_audit:
                return self._detail(s, actor, p)
        with self._sessions.begin() as s:
            p = self._petition(s, petition_id)
            record(s, actor, "view", "petition", p.id, f"查看检举控告类信访事项{p.petition_no}")
            return self._detail(s, actor, p)

    def _detail(self, s: Session, actor: Actor, p: Petition) -> PetitionDetail:
        today = self._today()
        cal = CalendarService.calendar_in(s)
        staff = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
        may = self.may_read_content(actor, p.category, p.handler_id)
        hidden = not may
        steps = tuple(
            StepDTO(
                st.id,
                st.version,
                st.kind,
                rules.RULES[st.kind].title if st.kind in rules.RULES else st.kind,
                rules.RULES[st.kind].owner if st.kind in rules.RULES else rules.OFFICE,
                rules.RULES[st.kind].article if st.kind in rules.RULES else "",
                st.started_on,
                st.due_on,
                st.done_on,
                st.approver_id,
                staff.get(st.approver_id, "") if st.approver_id else "",
                None if hidden and st.kind == "progress" else st.reason,
                None if hidden and st.kind == "progress" else st.note,
                rules.state(st.due_on, st.done_on, today, rules.RULES[st.kind].owner)
                if st.kind in rules.RULES and rules.RULES[st.kind].timed
                else "done",
                st.done_on is None and cal.provisional(st.due_on),
            )
            for st in self._steps(s, p.id)
        )
        petitioners = ()
        files = ()
        if not hidden:
            petitioners = tuple(
                PetitionerDTO(
                    x.id, x.person_id, x.name, mask_phone(x.phone), x.address or "", x.is_representative
                )
                for x in s.scalars(
                    select(Petitioner).where(Petitioner.petition_id == p.id).order_by(Petitioner.id)
                )
            )
            files = tuple(
                attachments.dto(a)
                for a in s.execute(
                    select(*attachments.LISTED)
                    .where(Attachment.owner_kind == OWNER, Attachment.owner_id == p.id)
                    .order_by(Attachment.id)
                )
            )
        open_office = [
            st for st in steps if st.owner == rules.OFFICE and st.kind in OFFICE_KINDS and not st.done_on
        ]
        nxt = min(open_office, key=lambda st: st.due_on) if open_office else None
        ext = [st for st in steps if st.kind == "extension"]
        visit_id = s.scalar(select(Visit.id).where(Visit.petition_id == p.id).limit(1))
        return PetitionDetail(
            id=p.id,
            version=p.version,
            petition_no=p.petition_no,
            channel=p.channel,
            category=p.category,
            received_on=p.received_on,
            person_id=None if hidden else p.person_id,
            petitioner_name=HIDDEN if hidden else p.petitioner_name,
            is_collective=p.is_collective,
            representatives="" if hidden else (p.representatives or ""),
            request="" if hidden else p.request,
            facts="" if hidden else p.facts,
            status=p.status,
            handler_id=p.handler_id,
            handler=staff.get(p.handler_id, "") if p.handler_id else "",
            accepted_on=p.accepted_on,
            decision=p.decision,
            decision_text="" if hidden else (p.decision_text or ""),
            legal_basis=p.legal_basis or "",
            answered_on=p.answered_on,
            reject_reason="" if hidden else (p.reject_reason or ""),
            refer_to=p.refer_to or "",
            national_ref_no=p.national_ref_no,
            national_filed_on=p.national_filed_on,
            petitioners=petitioners,
            steps=steps,
            attachments=files,
            visit_id=visit_id,
            hidden=hidden,
            can_edit=can(actor.role, Perm.PETITIONS_EDIT) and may,
            extended_to=ext[-1].due_on if ext else None,
            next_due=nxt.due_on if nxt else None,
            deadline_state=nxt.state if nxt else "none",
        )

    # -- lists and the badge -----------------------------------------------------------------------------------------
    def _next_due_subquery(self):
        return (
            select(PetitionStep.petition_id.label("pid"), func.min(PetitionStep.due_on).label("next_due"))
            .where(PetitionStep.done_on.is_(None), PetitionStep.kind.in_(OFFICE_KINDS))
            .group_by(PetitionStep.petition_id)
            .subquery()
        )

    def petitions(self, actor: Actor, filt: PetitionFilter = PetitionFilter()) -> list[PetitionRow]:
        """The petitions of a queue: open (by next due date), due soon (3 days), overdue, registered (awaiting
        the decision to accept), handling, answered, all, closed — newest first where no deadline runs."""
        self._require_read(actor)
        if filt.queue not in QUEUES:
            raise ValidationError("queue", "unknown_queue")
        today = self._today()
        nd = self._next_due_subquery()
        q = (
            select(Petition, nd.c.next_due)
            .outerjoin(nd, nd.c.pid == Petition.id)
            .where(Petition.voided_at.is_(None))
        )
        queue = filt.queue
        if queue == "open":
            q = q.where(Petition.status.in_(OPEN_STATUSES))
        elif queue == "due_soon":
            q = q.where(nd.c.next_due >= today, nd.c.next_due <= today + timedelta(days=rules.DUE_SOON_DAYS))
        elif queue == "overdue":
            q = q.where(nd.c.next_due < today)
        elif queue == "closed":
            q = q.where(Petition.status.in_(("closed", "rejected")))
        elif queue in ("registered", "handling", "answered"):
            statuses = ("handling", "accepted") if queue == "handling" else (queue,)
            q = q.where(Petition.status.in_(statuses))
        text = " ".join((filt.text or "").split())
        if text:
            like = text.upper().replace("%", "").replace("_", "")
            by_name = Petition.petitioner_name.like(f"{text.replace('%', '').replace('_', '')}%")
            if not can(actor.role, Perm.PETITIONS_ACCUSATION_READ):
                # a name matches only where the name may be seen (art. 30)
                by_name = by_name & or_(
                    Petition.category != "accusation", Petition.handler_id == (actor.id or -1)
                )
            q = q.where(
                or_(
                    Petition.petition_no.like(f"%{like}%"), Petition.national_ref_no.like(f"{like}%"), by_name
                )
            )
        if queue in ("open", "due_soon", "overdue", "registered", "handling"):
            q = q.order_by(nd.c.next_due.is_(None), nd.c.next_due, Petition.id)
        else:
            q = q.order_by(Petition.received_on.desc(), Petition.id.desc())
        q = q.limit(max(1, min(filt.limit, 5000)))
        with self._sessions() as s:
            rows = s.execute(q).all()
            ids = [p.id for p, _ in rows]
            kinds: dict[int, str] = {}
            if ids:
                for pid, kind, _due in s.execute(
                    select(PetitionStep.petition_id, PetitionStep.kind, PetitionStep.due_on)
                    .where(
                        PetitionStep.petition_id.in_(ids),
                        PetitionStep.done_on.is_(None),
                        PetitionStep.kind.in_(OFFICE_KINDS),
                    )
                    .order_by(PetitionStep.due_on.desc())
                ):
                    kinds[pid] = kind  # the earliest due wins (ordered latest first)
            staff = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
            cal = CalendarService.calendar_in(s)
            out = []
            for p, next_due in rows:
                hidden = not self.may_read_content(actor, p.category, p.handler_id)
                st = rules.state(next_due, None, today) if next_due else "none"
                out.append(
                    PetitionRow(
                        p.id,
                        p.version,
                        p.petition_no,
                        p.received_on,
                        p.channel,
                        p.category,
                        HIDDEN if hidden else p.petitioner_name,
                        p.is_collective,
                        "" if hidden else short(p.request, 80),
                        p.status,
                        p.handler_id,
                        staff.get(p.handler_id, "") if p.handler_id else "",
                        kinds.get(p.id),
                        next_due,
                        st,
                        p.national_ref_no,
                        hidden,
                        cal.provisional(next_due),
                    )
                )
            return out

    def deadline_counts(self, actor: Actor) -> DeadlineCounts:
        """The main window's badge: petitions with an office duty due within 3 days, and overdue ones. Counts carry
        no content, so everyone who works with petitions sees them."""
        if not (can(actor.role, Perm.PETITIONS_EDIT) or can(actor.role, Perm.PETITIONS_ACCUSATION_READ)):
            return DeadlineCounts()
        today = self._today()
        nd = self._next_due_subquery()
        base = (
            select(func.count())
            .select_from(Petition)
            .join(nd, nd.c.pid == Petition.id)
            .where(Petition.voided_at.is_(None))
        )
        with self._sessions() as s:
            overdue = s.scalar(base.where(nd.c.next_due < today)) or 0
            soon = (
                s.scalar(
                    base.where(
                        nd.c.next_due >= today, nd.c.next_due <= today + timedelta(days=rules.DUE_SOON_DAYS)
                    )
                )
                or 0
            )
            return DeadlineCounts(soon, overdue)

    def progress_text(self, actor: Actor, petition_id: int) -> str:
        """What the desk tells a petitioner who asks how their petition is going (arts. 18, 21): the dates, the
        deadline, an extension with its reason (art. 34), the answer and the remedy. No content."""
        self._require_read(actor)
        with self._sessions() as s:
            return progress_sentence(self._detail(s, actor, self._petition(s, petition_id)))


def _d(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


_WEEKDAYS = "一二三四五六日"


def _dw(day: date) -> str:
    return f"{_d(day)}（星期{_WEEKDAYS[day.weekday()]}）"


def progress_sentence(d: PetitionDetail) -> str:
    parts = [
        f"您于{_d(d.received_on)}通过{PETITION_CHANNEL.zh(d.channel)}提出的信访事项（编号{d.petition_no}）"
    ]
    if d.status == "registered":
        notice = d.step("acceptance_notice") or d.step("transfer_notice")
        due = f"，将于{_dw(notice.due_on)}前书面告知是否受理" if notice and not notice.done_on else ""
        parts.append(f"已登记{due}。")
    elif d.status == "rejected":
        where = f"，请向{d.refer_to}提出" if d.refer_to else ""
        parts.append(f"不属于本单位职权范围，已出具不予受理告知书{where}。")
    else:
        parts.append(f"已于{_d(d.accepted_on)}受理" if d.accepted_on else "已受理")
        handle = d.step("handle")
        if d.status in ("handling", "accepted") and handle is not None:
            parts.append(f"，正在办理，办理期限至{_dw(handle.due_on)}")
            ext = d.step("extension")
            if ext is not None:
                parts.append(f"（经本单位负责人批准延长，延期理由：{ext.reason}）")
            parts.append("。")
        elif d.answered_on:
            parts.append(f"，已于{_d(d.answered_on)}作出书面答复（{PETITION_DECISION.zh(d.decision)}）。")
            window = d.step("review_request")
            if window is not None and not window.done_on:
                parts.append(f"如不服，可于{_dw(window.due_on)}前向上一级机关请求复查。")
            review = d.step("review")
            if review is not None and not review.done_on:
                parts.append(
                    f"复查请求已于{_d(review.started_on)}提出，复查机关应于{_dw(review.due_on)}前答复。"
                )
            recheck_window = d.step("recheck_request")
            if recheck_window is not None and not recheck_window.done_on:
                parts.append(f"对复查意见不服的，可于{_dw(recheck_window.due_on)}前请求复核。")
            recheck = d.step("recheck")
            if recheck is not None and not recheck.done_on:
                parts.append(
                    f"复核请求已于{_d(recheck.started_on)}提出，复核机关应于{_dw(recheck.due_on)}前答复。"
                )
        else:
            parts.append("。")
        if d.status == "closed":
            parts.append("该事项已办结。")
    years = [st.due_on.year for st in d.steps if st.provisional]
    if years:
        parts.append(provisional_note(years))
    return "".join(parts)
