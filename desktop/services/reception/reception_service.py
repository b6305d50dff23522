"""群众接待室: the visitor log — check-in at a busy desk, who is in the building, the end of the day, the daily log
(printed and exported), and the 首问负责 hand-off of a visit to a petition, the mediation room or the police.

Each public method is one unit of work returning frozen DTOs (reception_dto.py). The rules it keeps:
- A returning visitor is found by ID number, phone or name as the desk types (the residents register, then earlier
  visits of non-residents). Lists and forms show ID numbers and phones masked; the full values are copied from the
  register or the earlier visit inside the service, never through the screen.
- A visit of 5 or more people is a group visit and names its representatives (at most 5, 信访工作条例 art. 20).
- The end-of-day step closes visits never checked out at the closing time and flags them (``auto_closed``),
  listed and audited, not silently.
- A visit hands its matter on once, in one unit of work with the visit's link: to a petition
  (``PetitionService.register_petition``), to the mediation room (a new case in its queue, through
  ``MediationService.register_case``, with the facts the desk confirms) or to the police station (a referral
  note); the visit shows where it went. Only this service writes visits.
- Every create / change / void / export is audited (ID numbers and phones masked in the audit too).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Address, CodeItem, DisputeCase, Person, Petition, StaffUser, Visit
from desktop.models.reception import ON_SITE
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.clock import CST, day_bounds, local_day
from desktop.services.core.dto import Actor, Choice, StaffChoice
from desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.core.id_numbers import ID_TYPES, check_id, id_facts
from desktop.services.core.permissions import Perm, Role, can, mask_id_number, mask_phone, require
from desktop.services.core.validators import check_phone, optional_field, text_field
from desktop.services.mediation.mediation_service import MediationService
from desktop.services.reception.dto import (
    GROUP_SIZE,
    MAX_REPRESENTATIVES,
    OUTCOMES,
    URGENCIES,
    ReceptionOptions,
    VisitDetail,
    VisitInput,
    VisitRow,
)
from desktop.services.reception.handoff import HandOffMixin
from desktop.services.reception.petition_service import PetitionService
from desktop.services.reception.visit_log import build_visit_log, visit_rows_xlsx
from desktop.services.reception.visitor_lookup import VisitorLookupMixin
from desktop.services.residents.dto import PersonInput
from desktop.services.residents.resident_service import ResidentService

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


class ReceptionService(HandOffMixin, VisitorLookupMixin):
    """``residents`` registers new visitors as persons; ``petitions`` and ``mediation`` take the hand-offs (made
    here when not given). ``now`` and ``clock`` give the time and today's date (tests)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        residents=None,
        petitions=None,
        mediation=None,
        *,
        now: Callable[[], datetime] | None = None,
        clock: Callable[[], date] | None = None,
        day_closes: time = DAY_CLOSES,
    ):
        self._sessions = sessions
        self._now = now or (lambda: datetime.now(UTC))
        self._today = clock or (lambda: local_day(self._now()))
        self._residents = residents
        self._petitions = petitions
        self._mediation = mediation
        self.day_closes = day_closes

    # -- collaborators -------------------------------------------------------------------------------------------
    @property
    def residents(self):
        if self._residents is None:
            self._residents = ResidentService(self._sessions, clock=self._today)
        return self._residents

    @property
    def petitions(self):
        if self._petitions is None:
            self._petitions = PetitionService(self._sessions, clock=self._today)
        return self._petitions

    @property
    def mediation(self):
        if self._mediation is None:
            self._mediation = MediationService(self._sessions, clock=self._today)
        return self._mediation

    # -- permissions and helpers -----------------------------------------------------------------------------------

    def _write(self, fn):
        return unit_of_work.write(self._sessions, fn, "visit")

    @staticmethod
    def _visit(s: Session, visit_id: int, version: int | None = None) -> Visit:
        return unit_of_work.load(s, Visit, visit_id, version)

    # -- lists for the form ----------------------------------------------------------------------------------------
    def options(self, actor: Actor) -> ReceptionOptions:
        require(actor, Perm.VISITS_EDIT)
        with self._sessions() as s:

            def codes(list_name: str) -> tuple[Choice, ...]:
                return tuple(
                    Choice(c, label)
                    for c, label in s.execute(
                        select(CodeItem.code, CodeItem.label)
                        .where(CodeItem.list_name == list_name, CodeItem.active.is_(True))
                        .order_by(CodeItem.sort, CodeItem.id)
                    )
                )

            staff = tuple(
                StaffChoice(u.id, u.full_name, u.role)
                for u in s.scalars(
                    select(StaffUser)
                    .where(StaffUser.active.is_(True), StaffUser.role != Role.ADMIN.value)
                    .order_by(StaffUser.full_name)
                )
            )
            return ReceptionOptions(codes("visit_purpose"), staff, codes("dispute_type"))

    # -- finding a returning visitor -------------------------------------------------------------------------------
    # -- check-in ----------------------------------------------------------------------------------------------------
    def _fill(self, s: Session, actor: Actor, inp: VisitInput, v: Visit | None) -> dict:
        """The visit's columns from the desk's input, validated, with the stored numbers where masked."""
        person = s.get(Person, inp.person_id) if inp.person_id is not None else None
        if inp.person_id is not None and person is None:
            raise ValidationError("person_id", "unknown_person")
        earlier = None
        if inp.from_visit_id is not None and person is None:
            earlier = s.get(Visit, inp.from_visit_id)
            if earlier is None:
                raise ValidationError("from_visit_id", "unknown_visit")
        name = text_field(inp.visitor_name, "visitor_name", limit=100) or (person.name if person else "")
        if not name:
            raise ValidationError("visitor_name", "required")
        # ID: blank or masked keeps what the register (or the earlier visit, or this visit) holds
        raw_id = (inp.visitor_id_number or "").strip()
        id_type = inp.visitor_id_type or "resident_id"
        if not raw_id or "*" in raw_id:
            source = person or earlier
            if source is not None:
                id_type = source.id_type if person else source.visitor_id_type
                number = source.id_number if person else source.visitor_id_number
            elif v is not None and "*" in raw_id:
                id_type, number = v.visitor_id_type, v.visitor_id_number
            elif "*" in raw_id:
                raise ValidationError("visitor_id_number", "id_bad_format")
            else:
                number = None
        else:
            if id_type not in ID_TYPES:
                raise ValidationError("visitor_id_type", "id_bad_type")
            try:
                number = check_id(id_type, raw_id)
            except ValidationError as exc:
                raise ValidationError("visitor_id_number", exc.code) from None
        raw_phone = (inp.visitor_phone or "").strip()
        if not raw_phone or "*" in raw_phone:
            if person is not None:
                phone = person.phone
            elif earlier is not None:
                phone = earlier.visitor_phone
            elif v is not None and "*" in raw_phone:
                phone = v.visitor_phone
            elif "*" in raw_phone:
                raise ValidationError("visitor_phone", "bad_phone")
            else:
                phone = None
        else:
            phone = check_phone(raw_phone, "visitor_phone")
        sex = inp.visitor_sex if inp.visitor_sex in ("1", "2") else None
        facts = id_facts(id_type or "", number or "")
        if facts is not None:
            sex = facts.sex
        elif sex is None and person is not None:
            sex = person.sex
        elif sex is None and earlier is not None:
            sex = earlier.visitor_sex
        address = optional_field(inp.visitor_address, "visitor_address", 200)
        if address is None and person is not None:
            address = (
                s.scalar(select(Address.full_text).where(Address.id == person.address_id))
                if person.address_id
                else None
            ) or person.hukou_address
        elif address is None and earlier is not None:
            address = earlier.visitor_address
        count = int(inp.people_count or 1)
        if not 1 <= count <= 10000:
            raise ValidationError("people_count", "bad_people_count")
        reps = split_names(inp.representatives)
        if len(reps) > MAX_REPRESENTATIVES:
            raise ValidationError("representatives", "too_many_representatives", limit=MAX_REPRESENTATIVES)
        if any(len(r) > 100 for r in reps):
            raise ValidationError("representatives", "too_long", limit=100)
        if count >= GROUP_SIZE and not reps:
            raise ValidationError("representatives", "representatives_needed")
        ok = s.scalar(
            select(func.count())
            .select_from(CodeItem)
            .where(CodeItem.list_name == "visit_purpose", CodeItem.code == (inp.purpose or ""))
        )
        if not ok:
            raise ValidationError("purpose", "unknown_purpose")
        if inp.outcome is not None and inp.outcome not in OUTCOMES:
            raise ValidationError("outcome", "unknown_outcome")
        if inp.urgency not in URGENCIES:
            raise ValidationError("urgency", "unknown_urgency")
        handled_by = inp.handled_by or actor.id
        if handled_by is not None:
            u = s.get(StaffUser, handled_by)
            if u is None or not u.active:
                raise ValidationError("handled_by", "unknown_staff")
        now = self._now()
        time_in = inp.time_in or (v.time_in if v is not None else now)
        if time_in.tzinfo is None:
            raise ValidationError("time_in", "bad_time")
        if time_in > now + timedelta(minutes=5):
            raise ValidationError("time_in", "in_future")
        return {
            "person_id": person.id if person else None,
            "visitor_name": name,
            "visitor_sex": sex,
            "visitor_id_type": id_type if number else None,
            "visitor_id_number": number,
            "visitor_phone": phone,
            "visitor_id_rev": number[::-1] if number else None,
            "visitor_phone_rev": phone[::-1] if phone else None,
            "visitor_address": address,
            "time_in": time_in,
            "people_count": count,
            "representatives": "、".join(reps) or None,
            "purpose": inp.purpose,
            "whom": optional_field(inp.whom, "whom", 100),
            "content": text_field(inp.content, "content"),
            "handled_by": handled_by,
            "outcome": inp.outcome,
            "urgency": inp.urgency,
            "notes": optional_field(inp.notes, "notes", 20000),
        }

    def check_in(self, actor: Actor, inp: VisitInput, *, register: PersonInput | None = None) -> VisitDetail:
        """Log a visitor in. ``register``: a new visitor who lives here is put on the residents register first
        (the residents room's rules: unique ID number, likely duplicates) and the visit linked to the person."""
        require(actor, Perm.VISITS_EDIT)
        if register is not None:
            with (
                self._sessions() as s
            ):  # the visit's own faults first: no person is registered for a bad visit
                self._fill(s, actor, replace(inp, person_id=None, from_visit_id=None), None)
            person = self.residents.create_person(actor, register)
            inp = replace(
                inp, person_id=person.id, from_visit_id=None, visitor_id_number=None, visitor_phone=None
            )

        def work(s: Session) -> VisitDetail:
            values = self._fill(s, actor, inp, None)
            v = Visit(**values, created_by=actor.id)
            s.add(v)
            s.flush()
            after = _visit_values(v)
            group = "（集体访）" if v.people_count >= GROUP_SIZE else ""
            record(s, actor, "create", "visit", v.id, f"来访登记{v.visitor_name}{group}", after=after)
            return self._detail(s, v)

        return self._write(work)

    def update_visit(self, actor: Actor, visit_id: int, version: int, inp: VisitInput) -> VisitDetail:
        require(actor, Perm.VISITS_EDIT)

        def work(s: Session) -> VisitDetail:
            v = self._visit(s, visit_id, version)
            before = _visit_values(v)
            values = self._fill(s, actor, inp, v)
            if v.person_id is not None and inp.person_id is None:
                values["person_id"] = v.person_id
            for k, val in values.items():
                setattr(v, k, val)
            s.flush()
            b, a = changes(before, _visit_values(v))
            if a:
                record(s, actor, "update", "visit", v.id, f"修改来访登记{v.visitor_name}", before=b, after=a)
            return self._detail(s, v)

        return self._write(work)

    def check_out(
        self,
        actor: Actor,
        visit_id: int,
        version: int,
        *,
        at: datetime | None = None,
        outcome: str | None = None,
        notes: str | None = None,
    ) -> VisitDetail:
        """The visitor leaves: time out, and the outcome if the desk gives it now."""
        require(actor, Perm.VISITS_EDIT)

        def work(s: Session) -> VisitDetail:
            v = self._visit(s, visit_id, version)
            if v.time_out is not None:
                raise ValidationError("time_out", "already_left")
            when = at or self._now()
            if when < v.time_in:
                raise ValidationError("time_out", "before_time_in")
            if outcome is not None and outcome not in OUTCOMES:
                raise ValidationError("outcome", "unknown_outcome")
            before = _visit_values(v)
            v.time_out = when
            if outcome is not None:
                v.outcome = outcome
            if notes:
                v.notes = text_field(notes, "notes")
            s.flush()
            b, a = changes(before, _visit_values(v))
            record(s, actor, "check_out", "visit", v.id, f"{v.visitor_name}离开", before=b, after=a)
            return self._detail(s, v)

        return self._write(work)

    def void_visit(self, actor: Actor, visit_id: int, version: int, reason: str) -> None:
        require(actor, Perm.VISITS_EDIT)

        def work(s: Session) -> None:
            v = self._visit(s, visit_id, version)
            if v.petition_id or v.dispute_case_id:
                raise ValidationError("visit", "already_handed_on")
            why = text_field(reason, "reason", required=True, limit=500)
            v.voided_at, v.void_reason = self._now(), why
            s.flush()
            record(s, actor, "void", "visit", v.id, f"作废来访登记{v.visitor_name}", reason=why)

        self._write(work)

    # -- who is here, the end of the day, the day's log ---------------------------------------------------------------
    def _rows(self, s: Session, q) -> list[VisitRow]:
        today = self._today()
        visits = list(s.scalars(q))
        staff = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
        purposes = dict(
            s.execute(
                select(CodeItem.code, CodeItem.label).where(CodeItem.list_name == "visit_purpose")
            ).all()
        )
        pids = [v.petition_id for v in visits if v.petition_id]
        cids = [v.dispute_case_id for v in visits if v.dispute_case_id]
        pnos = (
            dict(s.execute(select(Petition.id, Petition.petition_no).where(Petition.id.in_(pids))).all())
            if pids
            else {}
        )
        cnos = (
            dict(s.execute(select(DisputeCase.id, DisputeCase.case_no).where(DisputeCase.id.in_(cids))).all())
            if cids
            else {}
        )
        return [
            VisitRow(
                v.id,
                v.version,
                v.time_in,
                v.time_out,
                v.auto_closed,
                v.visitor_name,
                v.person_id,
                mask_id_number(v.visitor_id_number),
                mask_phone(v.visitor_phone),
                v.people_count or 1,
                v.representatives or "",
                v.purpose,
                purposes.get(v.purpose, v.purpose),
                v.whom or "",
                v.content or "",
                staff.get(v.handled_by, "") if v.handled_by else "",
                v.outcome,
                v.urgency or "normal",
                pnos.get(v.petition_id),
                cnos.get(v.dispute_case_id),
                v.referral_note,
                v.time_out is None and local_day(v.time_in) < today,
            )
            for v in visits
        ]

    def on_site(self, actor: Actor) -> list[VisitRow]:
        """Who is in the building now: checked in, not checked out (those left open from an earlier day first,
        flagged ``stale``)."""
        require(actor, Perm.VISITS_EDIT)
        with self._sessions() as s:
            q = select(Visit).where(text(ON_SITE)).order_by(Visit.time_in).limit(1000)
            return self._rows(s, q)

    def visits_of_day(self, actor: Actor, day: date | None = None) -> list[VisitRow]:
        require(actor, Perm.VISITS_EDIT)
        start, end = day_bounds(day or self._today())
        with self._sessions() as s:
            q = (
                select(Visit)
                .where(Visit.time_in >= start, Visit.time_in < end, Visit.voided_at.is_(None))
                .order_by(Visit.time_in, Visit.id)
            )
            return self._rows(s, q)

    def close_day(self, actor: Actor, day: date | None = None) -> list[VisitRow]:
        """End of the day: every visit of ``day`` (and earlier) never checked out is closed at the closing time
        (or now, if earlier), flagged as closed by the system, audited one by one, and returned for the desk to see."""
        require(actor, Perm.VISITS_EDIT)
        day = day or self._today()
        now = self._now()

        def work(s: Session) -> list[int]:
            _start, end = day_bounds(day)
            closed = []
            for v in s.scalars(
                select(Visit)
                .where(Visit.time_out.is_(None), Visit.voided_at.is_(None), Visit.time_in < end)
                .order_by(Visit.time_in)
            ):
                closing = datetime.combine(local_day(v.time_in), self.day_closes, CST)
                v.time_out = min(now, max(closing, v.time_in))
                v.auto_closed = True
                s.flush()
                record(
                    s,
                    actor,
                    "auto_close",
                    "visit",
                    v.id,
                    f"日终：{v.visitor_name}未登记离开，系统按{v.time_out.astimezone(CST):%H:%M}结束来访",
                    before={"time_out": None, "auto_closed": False},
                    after={"time_out": v.time_out, "auto_closed": True},
                )
                closed.append(v.id)
            return closed

        ids = self._write(work)
        with self._sessions() as s:
            return (
                self._rows(s, select(Visit).where(Visit.id.in_(ids)).order_by(Visit.time_in)) if ids else []
            )

    def visit_log_data(self, actor: Actor, day: date | None = None):
        """The 来访登记簿 of a day as the printing layer fills it (masked)."""
        require(actor, Perm.VISITS_EDIT)
        with self._sessions() as s:
            return build_visit_log(s, day or self._today())

    def export_xlsx(self, actor: Actor, day_from: date, day_to: date | None = None) -> bytes:
        """The visits of a day (or of days) as an Excel workbook, ID numbers and phones masked; audited as an
        export. The desk keeps its own log: VISITS_EDIT suffices (the data leaves masked)."""
        if not (can(actor.role, Perm.VISITS_EDIT) or can(actor.role, Perm.EXPORT)):
            raise PermissionDenied(Perm.EXPORT.value)
        day_to = day_to or day_from
        if day_to < day_from:
            raise ValidationError("day_to", "before_day_from")
        if (day_to - day_from).days > 366:
            raise ValidationError("day_to", "range_too_long")
        rows: list[VisitRow] = []
        d = day_from
        while d <= day_to:
            rows.extend(self.visits_of_day(actor, d))
            d += timedelta(days=1)
        data = visit_rows_xlsx(rows, day_from, day_to)
        with self._sessions.begin() as s:
            span = (
                day_from.isoformat()
                if day_to == day_from
                else f"{day_from.isoformat()}至{day_to.isoformat()}"
            )
            record(
                s,
                actor,
                "export",
                "visit",
                None,
                f"导出来访登记簿（{span}，{len(rows)}条，证件号码和电话已遮蔽）[xlsx]",
                after={"rows": len(rows), "from": day_from, "to": day_to, "masked": True},
            )
        return data

    # -- reading ---------------------------------------------------------------------------------------------------------
    def get_visit(self, actor: Actor, visit_id: int) -> VisitDetail:
        require(actor, Perm.VISITS_EDIT)
        with self._sessions() as s:
            v = s.get(Visit, visit_id)
            if v is None:
                raise NotFound("visit")
            return self._detail(s, v)

    def _detail(self, s: Session, v: Visit) -> VisitDetail:
        p = s.get(Petition, v.petition_id) if v.petition_id else None
        c = s.get(DisputeCase, v.dispute_case_id) if v.dispute_case_id else None
        purpose = s.scalar(
            select(CodeItem.label).where(CodeItem.list_name == "visit_purpose", CodeItem.code == v.purpose)
        )
        handler = (
            s.scalar(select(StaffUser.full_name).where(StaffUser.id == v.handled_by)) if v.handled_by else ""
        )
        return VisitDetail(
            id=v.id,
            version=v.version,
            person_id=v.person_id,
            visitor_name=v.visitor_name,
            visitor_sex=v.visitor_sex,
            visitor_id_type=v.visitor_id_type,
            visitor_id_number=mask_id_number(v.visitor_id_number),
            visitor_phone=mask_phone(v.visitor_phone),
            visitor_address=v.visitor_address or "",
            time_in=v.time_in,
            time_out=v.time_out,
            auto_closed=v.auto_closed,
            people_count=v.people_count or 1,
            representatives=split_names(v.representatives),
            purpose=v.purpose,
            purpose_label=purpose or v.purpose,
            whom=v.whom or "",
            content=v.content or "",
            handled_by=v.handled_by,
            handled_by_name=handler or "",
            outcome=v.outcome,
            urgency=v.urgency or "normal",
            notes=v.notes or "",
            petition_id=p.id if p is not None and p.voided_at is None else None,
            petition_no=p.petition_no if p is not None and p.voided_at is None else None,
            petition_status=p.status if p is not None and p.voided_at is None else None,
            dispute_case_id=c.id if c is not None and c.voided_at is None else None,
            case_no=c.case_no if c is not None and c.voided_at is None else None,
            case_status=c.status if c is not None and c.voided_at is None else None,
            referral_note=v.referral_note,
            voided=v.voided_at is not None,
        )

    # -- 首问负责: handing the matter on ---------------------------------------------------------------------------------
