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
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Address, Attachment, Person, Petition, Petitioner, PetitionStep, StaffUser, Visit
from desktop.services.core import attachments, unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.clock import now
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, AttachmentDTO, StaffChoice
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, can, mask_phone, require
from desktop.services.core.validators import optional_field, text_field
from desktop.services.core.vocabulary import PETITION_CATEGORY, PETITION_CHANNEL
from desktop.services.reception import petition_deadlines as rules
from desktop.services.reception.petition_dto import (
    CATEGORIES,
    CHANNELS,
    MAX_REPRESENTATIVES,
    OPEN_STATUSES,
    PetitionChanges,
    PetitionDetail,
    PetitionerInput,
    PetitionInput,
)
from desktop.services.reception.petition_reading import PetitionReadingMixin
from desktop.services.reception.petition_records import (
    HANDLER_ROLES,
    OWNER,
    _petition_values,
    _summary_name,
)
from desktop.services.reception.petition_steps import PetitionStepsMixin


class PetitionService(PetitionStepsMixin, PetitionReadingMixin):
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
    # -- handling (art. 34) --------------------------------------------------------------------------------------
    # -- 复查 / 复核 (arts. 35, 36) -------------------------------------------------------------------------------------
    # -- 网上信访代理 ---------------------------------------------------------------------------------------------------
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
    # -- lists and the badge -----------------------------------------------------------------------------------------
