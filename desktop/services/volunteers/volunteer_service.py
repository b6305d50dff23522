"""平安志愿者: the roster, activities and their shifts, the check-in desk, hours and their approval, certificates.

Each public method is one unit of work returning frozen DTOs (dto.py). The rules it keeps (DOMAIN §6):
- A volunteer is a person of the register: enrolled from the register, or entered on the spot and registered in
  the same transaction through the residents room's ``ResidentService.register_in``. Name, ID and phone are the
  person's; lists and exports mask ID numbers and phones.
- Two shifts of one volunteer may not overlap; one ending when the next begins (21:00 / 21:00) is allowed. A shift
  with no place left refuses a sign-up with the count. A series (every Friday, every working day on the mainland
  calendar) generates its shifts; cancelling one occurrence leaves the series.
- The desk finds a volunteer by number (typed, or the card's QR code from a keyboard-wedge scanner), ID number,
  the last digits of ID or phone, or name; a check-in never closed is closed at the day's end and flagged for a
  leader to confirm.
- Hours exclude travel (the time between arriving and leaving, or what the leader enters); they count once
  approved, one by one or in bulk; every change of hours keeps its history (``HoursChange``) and is audited.
  Star levels at 100 / 300 / 600 / 1000 / 1500 approved hours.
- A 志愿服务证明 takes the next number of its year (no gaps: a void keeps its number) and is audited.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Activity,
    Address,
    Attendance,
    CertificateIssue,
    CertificateItem,
    CodeItem,
    Community,
    Grid,
    HoursChange,
    Person,
    Shift,
    StaffUser,
    Volunteer,
    VolunteerSkill,
)
from desktop.models.residents import PersonNameGram
from desktop.services.core import attachments, unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.clock import CST, day_start, local_day
from desktop.services.core.clock import now as clock_now
from desktop.services.core.dto import Actor, Choice, StaffChoice
from desktop.services.core.errors import NotFound, ValidationError
from desktop.services.core.id_numbers import normalize, stored_forms
from desktop.services.core.permissions import Perm, Role, mask_id_number, mask_phone, require
from desktop.services.core.queries import starts_with
from desktop.services.core.validators import check_phone, optional_field, text_field
from desktop.services.core.vocabulary import ACTIVITY_KIND, HOURS_STATUS, RECURRENCE, VOLUNTEER_STATUS
from desktop.services.residents.dto import PersonInput
from desktop.services.residents.resident_service import ResidentService
from desktop.services.volunteers import rules
from desktop.services.volunteers.dto import (
    ActivityDTO,
    ActivityFilter,
    ActivityInput,
    ActivityRow,
    ApprovalResult,
    AttendanceRow,
    CertificateDTO,
    CertificateDue,
    DeskMatch,
    DeskShift,
    DeskToday,
    HoursChangeDTO,
    HoursRow,
    PersonChoice,
    RosterFilter,
    ScanResult,
    ShiftRow,
    SkillDTO,
    StarReached,
    TeamFigure,
    VolunteerDTO,
    VolunteerFigures,
    VolunteerInput,
    VolunteerOptions,
    VolunteerRow,
    next_star,
    star_level,
)

TEAMS, SKILLS = "volunteer_team", "volunteer_skill"
REMIND_DAYS = (
    30  # a certificate expiring within this many days is on the reminder list (*unverified*: a default)
)
EARLY_CHECK_IN = timedelta(hours=1)  # the desk checks a volunteer in to a shift starting within this time
DESK_MATCHES = 8
CERT_PREFIX = "ZYZM"  # 志愿服务证明 numbers: ZYZM2026-0001
_MAX_ROSTER = 20_000


def _cert_no(year: int, seq: int) -> str:
    return f"{CERT_PREFIX}{year}-{seq:04d}"


class VolunteerService:
    """``residents`` registers people entered on the spot (made here when not given); ``now`` and ``clock`` give
    the time and today's date (tests)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        residents: ResidentService | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        clock: Callable[[], date] | None = None,
        remind_days: int = REMIND_DAYS,
    ):
        self._sessions = sessions
        self._now = now or clock_now
        self._today = clock or (lambda: local_day(self._now()))
        self._residents = residents or ResidentService(sessions, clock=self._today)
        self.remind_days = remind_days

    def _write(self, fn, entity: str = "volunteer", *, numbered: bool = False):
        return unit_of_work.write(self._sessions, fn, entity, numbered=numbered)

    @property
    def _dialect(self) -> str:
        return self._sessions.kw["bind"].dialect.name

    # -- lists for the forms ---------------------------------------------------------------------------------------
    @staticmethod
    def _labels(s: Session, list_name: str) -> dict[str, str]:
        return dict(
            s.execute(select(CodeItem.code, CodeItem.label).where(CodeItem.list_name == list_name)).all()
        )

    @staticmethod
    def _check_code(s: Session, list_name: str, code: str | None, field: str) -> str | None:
        if not code:
            return None
        ok = s.scalar(
            select(func.count())
            .select_from(CodeItem)
            .where(CodeItem.list_name == list_name, CodeItem.code == code, CodeItem.active.is_(True))
        )
        if not ok:
            raise ValidationError(field, f"unknown_{field}")
        return code

    def options(self, actor: Actor) -> VolunteerOptions:
        require(actor, Perm.VOLUNTEERS_READ)
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

            grids = tuple(Choice(str(g.id), g.name) for g in s.scalars(select(Grid).order_by(Grid.code)))
            staff = tuple(
                StaffChoice(u.id, u.full_name, u.role)
                for u in s.scalars(
                    select(StaffUser)
                    .where(StaffUser.active.is_(True), StaffUser.role != Role.ADMIN.value)
                    .order_by(StaffUser.full_name)
                )
            )
            return VolunteerOptions(codes(TEAMS), codes(SKILLS), grids, staff)

    # -- the roster ------------------------------------------------------------------------------------------------
    def _text_condition(self, text: str):
        """Volunteers whose number, ID or phone (last digits), name (start, or two characters in it) or pinyin
        initials match ``text``; None for an empty text."""
        raw = " ".join((text or "").split())
        if not raw:
            return None
        compact = normalize(raw)
        p = Person
        conds = [
            Volunteer.volunteer_no == compact,
            starts_with(Volunteer.volunteer_no, compact, self._dialect),
        ]
        if compact.replace("X", "").isdigit():
            if len(compact) in (15, 18):
                conds.append(p.id_number.in_(stored_forms(compact)))
            elif 4 <= len(compact) <= 6:
                rev = compact[::-1]
                conds += [
                    starts_with(p.id_number_rev, rev, self._dialect),
                    starts_with(p.phone_rev, rev, self._dialect),
                ]
            elif len(compact) == 11:
                conds.append(p.phone == compact)
        elif raw.isascii() and raw.replace(" ", "").isalpha():
            conds.append(starts_with(p.name_initials, raw.replace(" ", "").lower(), self._dialect))
        else:
            folded = "".join(raw.casefold().split())
            conds.append(starts_with(p.name, raw, self._dialect))
            grams = {folded[i : i + 2] for i in range(len(folded) - 1)}
            if grams:
                conds.append(
                    p.id.in_(
                        select(PersonNameGram.person_id)
                        .where(PersonNameGram.gram.in_(grams))
                        .group_by(PersonNameGram.person_id)
                        .having(func.count() == len(grams))
                    )
                )
        return or_(*conds)

    @staticmethod
    def _status_condition(status: str | None):
        if status is None:
            return None
        if status == "current":
            return Volunteer.status != "left"
        return Volunteer.status == status

    def _due_counts(self, s: Session, ids: list[int] | None) -> dict[int, int]:
        """Certificates expired or expiring within the reminder window, per volunteer (of ``ids``, or all)."""
        if ids is not None and not ids:
            return {}
        horizon = self._today() + timedelta(days=self.remind_days)
        q = (
            select(VolunteerSkill.volunteer_id, func.count())
            .where(
                VolunteerSkill.voided_at.is_(None),
                VolunteerSkill.expires_on.is_not(None),
                VolunteerSkill.expires_on <= horizon,
            )
            .group_by(VolunteerSkill.volunteer_id)
        )
        if ids is not None:
            q = q.where(VolunteerSkill.volunteer_id.in_(ids))
        return dict(s.execute(q).all())

    def _roster_query(self, filt: RosterFilter, *columns):
        q = select(*columns).join(Person, Person.id == Volunteer.person_id)
        for cond in (self._text_condition(filt.text), self._status_condition(filt.status)):
            if cond is not None:
                q = q.where(cond)
        if filt.team:
            q = q.where(Volunteer.team == filt.team)
        return q

    def count_roster(self, actor: Actor, filt: RosterFilter = RosterFilter()) -> int:
        require(actor, Perm.VOLUNTEERS_READ)
        with self._sessions() as s:
            return s.scalar(self._roster_query(filt, func.count()).select_from(Volunteer))

    def roster(
        self,
        actor: Actor,
        filt: RosterFilter = RosterFilter(),
        *,
        after_no: str | None = None,
        before_no: str | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[VolunteerRow]:
        """The 花名册 in volunteer-number order, with approved hours and star level: all of it, or a window (keyset:
        the rows after ``after_no`` skipping ``offset``, or before ``before_no`` counting back; ``before_no=""``
        from the end). A window reads the hours of its own rows only (a covering index per volunteer)."""
        require(actor, Perm.VOLUNTEERS_READ)
        q = self._roster_query(filt, Volunteer, Person.name, Person.sex, Person.phone)
        backwards = before_no is not None
        if backwards:
            if before_no:
                q = q.where(Volunteer.volunteer_no < before_no)
            q = q.order_by(Volunteer.volunteer_no.desc())
        else:
            if after_no is not None:
                q = q.where(Volunteer.volunteer_no > after_no)
            q = q.order_by(Volunteer.volunteer_no)
        q = q.offset(offset).limit(limit if limit is not None else _MAX_ROSTER)
        with self._sessions() as s:
            found = s.execute(q).all()
            if backwards:
                found.reverse()
            ids = [v.id for v, *_ in found]
            few = ids if len(ids) < 900 else None  # a window: its own rows; the whole roster: all at once
            hours = rules.approved_hours(s, few)
            due = self._due_counts(s, few)
            teams = self._labels(s, TEAMS)
        return [
            VolunteerRow(
                v.id,
                v.version,
                v.person_id,
                v.volunteer_no,
                name,
                sex,
                mask_phone(phone),
                v.team,
                teams.get(v.team or "", v.team or ""),
                v.status,
                v.joined_on,
                v.left_on,
                hours.get(v.id, Decimal(0)),
                star_level(hours.get(v.id, 0)),
                due.get(v.id, 0),
            )
            for v, name, sex, phone in found
        ]

    def _skill_dtos(self, s: Session, volunteer_id: int) -> tuple[SkillDTO, ...]:
        today = self._today()
        horizon = today + timedelta(days=self.remind_days)
        labels = self._labels(s, SKILLS)
        return tuple(
            SkillDTO(
                k.id,
                k.version,
                k.skill,
                labels.get(k.skill, k.skill),
                k.certificate_no,
                k.issued_on,
                k.expires_on,
                k.expires_on is not None and k.expires_on < today,
                k.expires_on is not None and today <= k.expires_on <= horizon,
            )
            for k in s.scalars(
                select(VolunteerSkill)
                .where(VolunteerSkill.volunteer_id == volunteer_id, VolunteerSkill.voided_at.is_(None))
                .order_by(VolunteerSkill.id)
            )
        )

    def _dto(self, s: Session, v: Volunteer) -> VolunteerDTO:
        p = s.get(Person, v.person_id)
        address = (
            s.scalar(select(Address.full_text).where(Address.id == p.address_id)) if p.address_id else ""
        )
        sums = dict(
            s.execute(
                select(Attendance.hours_status, func.coalesce(func.sum(Attendance.hours), 0))
                .where(Attendance.volunteer_id == v.id, Attendance.cancelled_at.is_(None))
                .group_by(Attendance.hours_status)
            ).all()
        )
        approved = Decimal(sums.get("approved", 0))
        services = s.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.volunteer_id == v.id, Attendance.hours_status == "approved")
        )
        return VolunteerDTO(
            id=v.id,
            version=v.version,
            person_id=v.person_id,
            volunteer_no=v.volunteer_no,
            name=p.name,
            sex=p.sex,
            birth_date=p.birth_date,
            id_type=p.id_type,
            id_number=mask_id_number(p.id_number),
            phone=mask_phone(p.phone),
            address=address or p.hukou_address or "",
            team=v.team,
            team_label=self._labels(s, TEAMS).get(v.team or "", v.team or ""),
            status=v.status,
            joined_on=v.joined_on,
            left_on=v.left_on,
            left_reason=v.left_reason,
            emergency_contact=v.emergency_contact,
            emergency_phone=mask_phone(v.emergency_phone),
            photo_id=v.photo_id,
            notes=v.notes,
            skills=self._skill_dtos(s, v.id),
            hours_approved=approved,
            hours_pending=Decimal(sums.get("pending", 0)) + Decimal(sums.get("flagged", 0)),
            services=services,
            star=star_level(approved),
            next_star_hours=next_star(approved),
        )

    def get_volunteer(self, actor: Actor, volunteer_id: int) -> VolunteerDTO:
        require(actor, Perm.VOLUNTEERS_READ)
        with self._sessions() as s:
            v = s.get(Volunteer, volunteer_id)
            if v is None:
                raise NotFound("volunteer")
            return self._dto(s, v)

    def candidates(self, actor: Actor, query: str, limit: int = 20) -> list[PersonChoice]:
        """People of the register to enrol, as the residents search finds them; those already volunteers say so."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        rows = self._residents.search(actor, query, limit=limit)
        if not rows:
            return []
        with self._sessions() as s:
            taken = dict(
                s.execute(
                    select(Volunteer.person_id, Volunteer.id).where(
                        Volunteer.person_id.in_([r.id for r in rows])
                    )
                ).all()
            )
        return [
            PersonChoice(r.id, r.name, r.sex, r.birth_date, r.id_number, r.address, taken.get(r.id))
            for r in rows
        ]

    # -- enrolling and changing ------------------------------------------------------------------------------------
    def _values(self, s: Session, inp: VolunteerInput) -> dict:
        return {
            "team": self._check_code(s, TEAMS, inp.team, "team"),
            "joined_on": inp.joined_on or self._today(),
            "emergency_contact": optional_field(inp.emergency_contact, "emergency_contact", 100),
            "emergency_phone": check_phone(inp.emergency_phone, "emergency_phone"),
            "notes": optional_field(inp.notes, "notes", 2000),
        }

    @staticmethod
    def _audit_values(v: Volunteer) -> dict:
        return {
            "volunteer_no": v.volunteer_no,
            "team": v.team,
            "status": v.status,
            "joined_on": v.joined_on,
            "left_on": v.left_on,
            "left_reason": v.left_reason,
            "emergency_contact": v.emergency_contact,
            "emergency_phone": mask_phone(v.emergency_phone),
            "notes": v.notes,
        }

    def _enrol(
        self,
        s: Session,
        actor: Actor,
        person_id: int | None,
        inp: VolunteerInput,
        register: PersonInput | None,
        allow_likely_duplicate: bool,
        *,
        audit: bool = True,
    ) -> Volunteer:
        if inp.joined_on and inp.joined_on > self._today():
            raise ValidationError("joined_on", "in_future")
        values = self._values(s, inp)
        number = rules.volunteer_number(inp.volunteer_no)
        if number and s.scalar(select(Volunteer.id).where(Volunteer.volunteer_no == number)) is not None:
            raise ValidationError("volunteer_no", "volunteer_no_taken")
        if register is not None:
            person_id = self._residents.register_in(
                s, actor, register, allow_likely_duplicate=allow_likely_duplicate
            )
        elif person_id is None or s.get(Person, person_id) is None:
            raise ValidationError("person_id", "required")
        if s.scalar(select(Volunteer.id).where(Volunteer.person_id == person_id)) is not None:
            raise ValidationError("person_id", "already_volunteer")
        v = Volunteer(
            person_id=person_id,
            volunteer_no=number or rules.next_number(s),
            status="active",
            created_by=actor.id,
            **values,
        )
        s.add(v)
        s.flush()
        if audit:
            name = s.scalar(select(Person.name).where(Person.id == person_id))
            record(
                s,
                actor,
                "create",
                "volunteer",
                v.id,
                f"登记志愿者{name}（{v.volunteer_no}）",
                after=self._audit_values(v),
            )
        return v

    def enrol(
        self,
        actor: Actor,
        inp: VolunteerInput,
        *,
        person_id: int | None = None,
        register: PersonInput | None = None,
        allow_likely_duplicate: bool = False,
    ) -> VolunteerDTO:
        """A person of the register becomes a volunteer (``person_id``); or one entered on the spot (``register``)
        is put on the register and enrolled in the same transaction — both or neither. A blank volunteer number
        takes the centre's next one."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        auto_number = rules.volunteer_number(inp.volunteer_no) is None

        def work(s: Session) -> VolunteerDTO:
            v = self._enrol(s, actor, person_id, inp, register, allow_likely_duplicate)
            return self._dto(s, v)

        return self._write(work, numbered=auto_number)

    def update_volunteer(
        self, actor: Actor, volunteer_id: int, version: int, inp: VolunteerInput
    ) -> VolunteerDTO:
        """Team, volunteer number (a national one given later), joined date, emergency contact, notes. A blank
        emergency phone keeps the stored one (it is shown masked)."""
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> VolunteerDTO:
            v = unit_of_work.load(s, Volunteer, volunteer_id, version)
            before = self._audit_values(v)
            values = self._values(s, inp)
            if values["emergency_phone"] is None:  # shown masked: a blank one keeps the stored number
                values["emergency_phone"] = v.emergency_phone
            number = rules.volunteer_number(inp.volunteer_no) or v.volunteer_no
            if number != v.volunteer_no and s.scalar(
                select(Volunteer.id).where(Volunteer.volunteer_no == number)
            ):
                raise ValidationError("volunteer_no", "volunteer_no_taken")
            v.volunteer_no = number
            for k, val in values.items():
                setattr(v, k, val)
            s.flush()
            b, a = changes(before, self._audit_values(v))
            if a:
                record(
                    s, actor, "update", "volunteer", v.id, f"修改志愿者{v.volunteer_no}", before=b, after=a
                )
            return self._dto(s, v)

        return self._write(work)

    def set_status(
        self,
        actor: Actor,
        volunteer_id: int,
        version: int,
        status: str,
        on: date | None = None,
        reason: str = "",
    ) -> VolunteerDTO:
        """Pause, resume, or leave (退出: the date and the reason are kept; signed-up shifts to come are
        withdrawn). A volunteer who left may come back (active again, the date of leaving cleared)."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        if status not in VOLUNTEER_STATUS:
            raise ValidationError("status", "unknown_status")
        on = on or self._today()
        reason_text = optional_field(reason, "reason", 200)
        if status == "left" and not reason_text:
            raise ValidationError("reason", "required")

        def work(s: Session) -> VolunteerDTO:
            v = unit_of_work.load(s, Volunteer, volunteer_id, version)
            before = self._audit_values(v)
            if status == "left":
                if on < v.joined_on:
                    raise ValidationError("left_on", "before_joined")
                v.left_on, v.left_reason = on, reason_text
                for a in s.scalars(
                    select(Attendance)
                    .join(Shift, Shift.id == Attendance.shift_id)
                    .where(
                        Attendance.volunteer_id == v.id,
                        Attendance.cancelled_at.is_(None),
                        Attendance.check_in_at.is_(None),
                        Shift.starts_at >= day_start(on + timedelta(days=1)),
                    )
                ):
                    a.cancelled_at, a.cancel_reason = self._now(), "志愿者已退出"
            elif v.status == "left":
                v.left_on, v.left_reason = None, None
            v.status = status
            s.flush()
            b, a = changes(before, self._audit_values(v))
            if a:
                verb = {"left": "退出", "paused": "暂停服务", "active": "恢复服务"}[status]
                record(
                    s,
                    actor,
                    "update",
                    "volunteer",
                    v.id,
                    f"志愿者{v.volunteer_no}{verb}",
                    before=b,
                    after=a,
                    reason=reason_text,
                )
            return self._dto(s, v)

        return self._write(work)

    def set_photo(
        self, actor: Actor, volunteer_id: int, version: int, filename: str, data: bytes
    ) -> VolunteerDTO:
        """The photo for the card (an image; kept in the one attachments store, the earlier one stays there)."""
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> VolunteerDTO:
            v = unit_of_work.load(s, Volunteer, volunteer_id, version)
            accept = attachments.IMAGES_AND_PDF - {"application/pdf"}
            row = attachments.store(
                s, actor, "volunteer.photo", v.id, filename, data, accept=accept, field="photo"
            )
            before = v.photo_id
            v.photo_id = row.id
            s.flush()
            record(
                s,
                actor,
                "update",
                "volunteer",
                v.id,
                f"更新志愿者{v.volunteer_no}照片",
                before={"photo_id": before},
                after={"photo_id": row.id},
            )
            return self._dto(s, v)

        return self._write(work)

    def photo(self, actor: Actor, volunteer_id: int) -> bytes | None:
        require(actor, Perm.VOLUNTEERS_READ)
        with self._sessions() as s:
            v = s.get(Volunteer, volunteer_id)
            if v is None:
                raise NotFound("volunteer")
            return attachments.load(s, v.photo_id, {"volunteer"}).data if v.photo_id else None

    def card_sheet(self, actor: Actor, volunteer_ids: Sequence[int]):
        """The cards of the volunteers chosen, for the A4 sheet (``PrintService.render_document(data=...)``)."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        from desktop.printing.form_data import VolunteerCardSheetData
        from desktop.services.core.auth_service import community_dto
        from desktop.services.volunteers.print_loaders import card_data

        with self._sessions() as s:
            c = s.scalar(select(Community).order_by(Community.id).limit(1))
            return VolunteerCardSheetData(card_data(s, volunteer_ids, community_dto(c)))

    # -- skills and certificates -----------------------------------------------------------------------------------
    def add_skill(
        self,
        actor: Actor,
        volunteer_id: int,
        skill: str,
        certificate_no: str | None = None,
        issued_on: date | None = None,
        expires_on: date | None = None,
    ) -> VolunteerDTO:
        require(actor, Perm.VOLUNTEERS_EDIT)
        if issued_on and expires_on and expires_on < issued_on:
            raise ValidationError("expires_on", "before_issue")

        def work(s: Session) -> VolunteerDTO:
            v = unit_of_work.load(s, Volunteer, volunteer_id)
            code = self._check_code(s, SKILLS, skill, "skill")
            if code is None:
                raise ValidationError("skill", "required")
            k = VolunteerSkill(
                volunteer_id=v.id,
                skill=code,
                certificate_no=optional_field(certificate_no, "certificate_no", 64),
                issued_on=issued_on,
                expires_on=expires_on,
                created_by=actor.id,
            )
            s.add(k)
            s.flush()
            label = self._labels(s, SKILLS).get(code, code)
            record(
                s,
                actor,
                "create",
                "volunteer_skill",
                k.id,
                f"志愿者{v.volunteer_no}增加技能{label}",
                after={"skill": code, "certificate_no": k.certificate_no, "expires_on": expires_on},
            )
            return self._dto(s, v)

        return self._write(work)

    def remove_skill(self, actor: Actor, skill_id: int, version: int, reason: str = "") -> VolunteerDTO:
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> VolunteerDTO:
            k = unit_of_work.load(s, VolunteerSkill, skill_id, version)
            k.voided_at, k.void_reason = self._now(), optional_field(reason, "reason", 500) or "删除"
            s.flush()
            v = s.get(Volunteer, k.volunteer_id)
            record(
                s,
                actor,
                "void",
                "volunteer_skill",
                k.id,
                f"志愿者{v.volunteer_no}删除技能{k.skill}",
                reason=k.void_reason,
            )
            return self._dto(s, v)

        return self._write(work)

    def certificates_due(self, actor: Actor, within_days: int | None = None) -> list[CertificateDue]:
        """The reminder: certificates of current volunteers expired or expiring within ``within_days``."""
        require(actor, Perm.VOLUNTEERS_READ)
        today = self._today()
        horizon = today + timedelta(days=self.remind_days if within_days is None else within_days)
        with self._sessions() as s:
            labels = self._labels(s, SKILLS)
            rows = s.execute(
                select(VolunteerSkill, Volunteer.volunteer_no, Person.name, Volunteer.id)
                .join(Volunteer, Volunteer.id == VolunteerSkill.volunteer_id)
                .join(Person, Person.id == Volunteer.person_id)
                .where(
                    VolunteerSkill.voided_at.is_(None),
                    VolunteerSkill.expires_on.is_not(None),
                    VolunteerSkill.expires_on <= horizon,
                    Volunteer.status != "left",
                )
                .order_by(VolunteerSkill.expires_on)
            ).all()
        return [
            CertificateDue(
                vid,
                no,
                name,
                labels.get(k.skill, k.skill),
                k.certificate_no,
                k.expires_on,
                k.expires_on < today,
            )
            for k, no, name, vid in rows
        ]

    # -- the roster as a workbook ----------------------------------------------------------------------------------
    def export_xlsx(self, actor: Actor, filt: RosterFilter = RosterFilter()) -> bytes:
        """The 花名册 as .xlsx, ID numbers and phones masked; audited as an export."""
        require(actor, Perm.VOLUNTEERS_READ)
        rows = self.roster(actor, filt)
        from openpyxl import Workbook
        from openpyxl.styles import Font

        with self._sessions() as s:
            ids = {
                vid: (mask_id_number(n), t)
                for vid, n, t in s.execute(
                    select(Volunteer.id, Person.id_number, Person.id_type).join(
                        Person, Person.id == Volunteer.person_id
                    )
                )
            }
        wb = Workbook()
        ws = wb.active
        ws.title = "志愿者花名册"
        head = [
            "志愿者编号",
            "姓名",
            "性别",
            "证件号码",
            "联系电话",
            "所属队伍",
            "状态",
            "加入日期",
            "已审核时长",
            "星级",
        ]
        ws.append(head)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        from desktop.services.core.vocabulary import SEX, STAR_LEVEL

        for r in rows:
            ws.append(
                [
                    r.volunteer_no,
                    r.name,
                    SEX.zh(r.sex),
                    ids.get(r.id, ("", ""))[0],
                    r.phone,
                    r.team_label,
                    VOLUNTEER_STATUS.zh(r.status),
                    r.joined_on,
                    float(r.hours),
                    STAR_LEVEL.zh(str(r.star)),
                ]
            )
        for i, w in enumerate((14, 10, 6, 22, 14, 14, 10, 12, 12, 14), start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = w
        buf = io.BytesIO()
        wb.save(buf)
        with self._sessions.begin() as s:
            record(
                s, actor, "export", "volunteer", None, f"导出志愿者花名册（{len(rows)} 人，证件号码已遮盖）"
            )
        return buf.getvalue()

    def import_lookup(self, actor: Actor) -> tuple[dict[str, str], dict[str, str]]:
        """What a roster's cells may say for team and skill: label or code -> code, of the configured lists."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        with self._sessions() as s:
            teams, skills = self._labels(s, TEAMS), self._labels(s, SKILLS)
        return (
            {**{v: k for k, v in teams.items()}, **{k: k for k in teams}},
            {**{v: k for k, v in skills.items()}, **{k: k for k in skills}},
        )

    def enrolled(self, actor: Actor, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of these (ID type, ID number) are volunteers already (an import's duplicate check)."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        found: set[tuple[str, str]] = set()
        by_type: dict[str, list[str]] = {}
        for id_type, number in keys:
            by_type.setdefault(id_type, []).append(number)
        with self._sessions() as s:
            for id_type, numbers in by_type.items():
                for j in range(0, len(numbers), 900):
                    found.update(
                        (id_type, n)
                        for n in s.scalars(
                            select(Person.id_number)
                            .join(Volunteer, Volunteer.person_id == Person.id)
                            .where(Person.id_type == id_type, Person.id_number.in_(numbers[j : j + 900]))
                        )
                    )
        return found

    def bulk_enrol(
        self,
        actor: Actor,
        rows: Sequence[tuple[PersonInput, VolunteerInput, tuple[str, ...]]],
        *,
        summary: str = "导入志愿者",
        progress: Callable[[int, str], None] | None = None,
    ) -> int:
        """Enrol many at once (the roster import): each row is (the person, the volunteer, skill codes). A person
        found on the register by ID number is linked; one who is not is registered in the same transaction. All of
        them or none: the first refusal raises ValidationError with ``row`` (its index) and nothing is written."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        report = progress or (lambda _p, _m: None)

        def work(s: Session) -> int:
            skill_codes = set(self._labels(s, SKILLS))
            for i, (person, inp, skills) in enumerate(rows):
                try:
                    pid = s.scalar(
                        select(Person.id).where(
                            Person.id_type == person.id_type, Person.id_number == person.id_number
                        )
                    )
                    v = self._enrol(s, actor, pid, inp, None if pid else person, True, audit=False)
                    for code in skills:
                        if code not in skill_codes:
                            raise ValidationError("skill", "unknown_skill")
                        s.add(VolunteerSkill(volunteer_id=v.id, skill=code, created_by=actor.id))
                except ValidationError as exc:
                    exc.params["row"] = i
                    raise
                if i % 50 == 0:
                    report(5 + int(90 * i / max(1, len(rows))), f"已写入 {i}/{len(rows)}")
            s.flush()
            record(
                s,
                actor,
                "import",
                "volunteer",
                None,
                f"{summary}：{len(rows)} 人",
                after={"count": len(rows)},
            )
            report(100, "完成")
            return len(rows)

        return self._write(work, numbered=True)

    # -- activities and shifts -------------------------------------------------------------------------------------
    def _check_activity(self, s: Session, inp: ActivityInput) -> dict:
        title = text_field(inp.title, "title", required=True, limit=200)
        if inp.kind not in ACTIVITY_KIND:
            raise ValidationError("kind", "unknown_kind")
        if inp.recurrence not in RECURRENCE:
            raise ValidationError("recurrence", "unknown_recurrence")
        if inp.starts_at.tzinfo is None or inp.ends_at.tzinfo is None:
            raise ValidationError("starts_at", "bad_time")
        if inp.ends_at <= inp.starts_at:
            raise ValidationError("ends_at", "ends_before_start")
        if inp.ends_at - inp.starts_at > timedelta(hours=rules.MAX_SHIFT_HOURS):
            raise ValidationError("ends_at", "too_long_shift", limit=rules.MAX_SHIFT_HOURS)
        if not isinstance(inp.capacity, int) or not 1 <= inp.capacity <= 1000:
            raise ValidationError("capacity", "bad_capacity")
        weekdays = tuple(sorted(set(inp.weekdays)))
        first = local_day(inp.starts_at)
        last = first
        if inp.recurrence != "once":
            if inp.last_day is None:
                raise ValidationError("last_day", "required")
            if inp.last_day < first:
                raise ValidationError("last_day", "before_first")
            if (inp.last_day - first).days >= rules.MAX_SERIES_DAYS:
                raise ValidationError("last_day", "series_too_long", limit=rules.MAX_SERIES_DAYS)
            last = inp.last_day
            if inp.recurrence == "weekly" and (not weekdays or any(not 1 <= d <= 7 for d in weekdays)):
                raise ValidationError("weekdays", "required")
        if inp.grid_id is not None and s.get(Grid, inp.grid_id) is None:
            raise ValidationError("grid_id", "unknown_grid")
        if inp.leader_id is not None:
            lead = s.get(Volunteer, inp.leader_id)
            if lead is None or lead.status != "active":
                raise ValidationError("leader_id", "not_active")
        return {
            "title": title,
            "kind": inp.kind,
            "place": text_field(inp.place, "place", required=True, limit=200),
            "grid_id": inp.grid_id,
            "starts_at": inp.starts_at,
            "ends_at": inp.ends_at,
            "capacity": inp.capacity,
            "content": text_field(inp.content, "content", limit=20000),
            "leader_id": inp.leader_id,
            "recurrence": inp.recurrence,
            "weekdays": ",".join(map(str, weekdays)) if inp.recurrence == "weekly" else None,
            "first_day": first if inp.recurrence != "once" else None,
            "last_day": last if inp.recurrence != "once" else None,
        }

    def _generate(self, s: Session, a: Activity, actor: Actor, from_day: date | None = None) -> int:
        """The activity's shifts on its days (from ``from_day``), the ones there already left as they are."""
        calendar = CalendarService.calendar_in(s)
        weekdays = [int(x) for x in (a.weekdays or "").split(",") if x]
        first = local_day(a.starts_at)
        last = a.last_day or first
        have = set(s.scalars(select(Shift.starts_at).where(Shift.activity_id == a.id)))
        n = 0
        for day in rules.series_days(first, last, a.recurrence, weekdays, calendar):
            if from_day is not None and day < from_day:
                continue
            start, end = rules.occurrence(a.starts_at, a.ends_at, day)
            if start in have:
                continue
            s.add(
                Shift(
                    activity_id=a.id, starts_at=start, ends_at=end, capacity=a.capacity, created_by=actor.id
                )
            )
            n += 1
        if n == 0 and not have:
            raise ValidationError("weekdays", "no_days")
        s.flush()
        return n

    def create_activity(self, actor: Actor, inp: ActivityInput) -> ActivityDTO:
        """One activity with its shift, or a series with all its shifts (a series over the working days follows
        the mainland calendar as the administrator keeps it: 调休 weekends are in, holidays out)."""
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> ActivityDTO:
            values = self._check_activity(s, inp)
            organizer = inp.organizer_id or actor.id
            a = Activity(**values, organizer_id=organizer, created_by=actor.id)
            s.add(a)
            s.flush()
            n = self._generate(s, a, actor)
            what = RECURRENCE.zh(a.recurrence)
            record(
                s,
                actor,
                "create",
                "activity",
                a.id,
                f"新建志愿活动{a.title}（{what}，{n}个班次）",
                after={**values, "shifts": n},
            )
            return self._activity_dto(s, a)

        return self._write(work, "activity")

    def update_activity(
        self,
        actor: Actor,
        activity_id: int,
        version: int,
        *,
        title: str,
        place: str,
        content: str = "",
        grid_id: int | None = None,
        leader_id: int | None = None,
        capacity: int | None = None,
    ) -> ActivityDTO:
        """What the activity is about; a new capacity applies to its shifts to come, and is refused where more have
        signed up already (with the count)."""
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> ActivityDTO:
            a = unit_of_work.load(s, Activity, activity_id, version)
            before = {
                "title": a.title,
                "place": a.place,
                "content": a.content,
                "grid_id": a.grid_id,
                "leader_id": a.leader_id,
                "capacity": a.capacity,
            }
            a.title = text_field(title, "title", required=True, limit=200)
            a.place = text_field(place, "place", required=True, limit=200)
            a.content = text_field(content, "content", limit=20000)
            if grid_id is not None and s.get(Grid, grid_id) is None:
                raise ValidationError("grid_id", "unknown_grid")
            a.grid_id = grid_id
            if leader_id is not None and s.get(Volunteer, leader_id) is None:
                raise ValidationError("leader_id", "not_active")
            a.leader_id = leader_id
            if capacity is not None and capacity != a.capacity:
                if not isinstance(capacity, int) or not 1 <= capacity <= 1000:
                    raise ValidationError("capacity", "bad_capacity")
                for sh in s.scalars(
                    select(Shift).where(
                        Shift.activity_id == a.id,
                        Shift.cancelled_at.is_(None),
                        Shift.starts_at >= self._now(),
                    )
                ):
                    n = rules.signed_up(s, sh.id)
                    if n > capacity:
                        raise ValidationError("capacity", "below_signed_up", count=n, capacity=capacity)
                    sh.capacity = capacity
                a.capacity = capacity
            s.flush()
            after = {
                "title": a.title,
                "place": a.place,
                "content": a.content,
                "grid_id": a.grid_id,
                "leader_id": a.leader_id,
                "capacity": a.capacity,
            }
            b, af = changes(before, after)
            if af:
                record(s, actor, "update", "activity", a.id, f"修改志愿活动{a.title}", before=b, after=af)
            return self._activity_dto(s, a)

        return self._write(work, "activity")

    def cancel_shift(self, actor: Actor, shift_id: int, version: int, reason: str) -> ShiftRow:
        """Cancel one occurrence (a storm, a holiday): its sign-ups are withdrawn; the series and its other shifts
        stay. A shift someone checked in to cannot be cancelled."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        why = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> ShiftRow:
            sh = unit_of_work.load(s, Shift, shift_id, version)
            if sh.cancelled_at is not None:
                raise NotFound("activity_shift")
            present = s.scalar(
                select(func.count())
                .select_from(Attendance)
                .where(Attendance.shift_id == sh.id, Attendance.check_in_at.is_not(None))
            )
            if present:
                raise ValidationError("shift_id", "checked_in_already", count=present)
            now = self._now()
            sh.cancelled_at, sh.cancel_reason = now, why
            withdrawn = 0
            for a in s.scalars(
                select(Attendance).where(Attendance.shift_id == sh.id, Attendance.cancelled_at.is_(None))
            ):
                a.cancelled_at, a.cancel_reason = now, f"班次取消：{why}"
                withdrawn += 1
            s.flush()
            title = s.scalar(select(Activity.title).where(Activity.id == sh.activity_id))
            record(
                s,
                actor,
                "cancel",
                "activity_shift",
                sh.id,
                f"取消{title} {sh.starts_at.astimezone(CST):%Y-%m-%d %H:%M}班次（已报名{withdrawn}人）",
                after={"withdrawn": withdrawn},
                reason=why,
            )
            return self._shift_rows(s, select(Shift).where(Shift.id == sh.id))[0]

        return self._write(work, "activity_shift")

    def end_series(
        self, actor: Actor, activity_id: int, version: int, from_day: date, reason: str
    ) -> ActivityDTO:
        """A series stops: its shifts from ``from_day`` on are cancelled (those served before stay)."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        why = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> ActivityDTO:
            a = unit_of_work.load(s, Activity, activity_id, version)
            now = self._now()
            n = 0
            for sh in s.scalars(
                select(Shift).where(
                    Shift.activity_id == a.id,
                    Shift.cancelled_at.is_(None),
                    Shift.starts_at >= day_start(from_day),
                )
            ):
                sh.cancelled_at, sh.cancel_reason = now, why
                for att in s.scalars(
                    select(Attendance).where(Attendance.shift_id == sh.id, Attendance.cancelled_at.is_(None))
                ):
                    if att.check_in_at is None:
                        att.cancelled_at, att.cancel_reason = now, f"活动结束：{why}"
                n += 1
            a.last_day = min(a.last_day or from_day, from_day - timedelta(days=1))
            s.flush()
            record(
                s,
                actor,
                "update",
                "activity",
                a.id,
                f"志愿活动{a.title}自{from_day.isoformat()}起停止（{n}个班次取消）",
                after={"from_day": from_day, "cancelled": n},
                reason=why,
            )
            return self._activity_dto(s, a)

        return self._write(work, "activity")

    def _shift_rows(self, s: Session, q) -> list[ShiftRow]:
        shifts = list(s.scalars(q))
        if not shifts:
            return []
        ids = [sh.id for sh in shifts]
        counts: dict[int, tuple[int, int]] = {
            sid: (n, inn)
            for sid, n, inn in s.execute(
                select(
                    Attendance.shift_id,
                    func.count(),
                    func.count(Attendance.check_in_at),
                )
                .where(Attendance.shift_id.in_(ids), Attendance.cancelled_at.is_(None))
                .group_by(Attendance.shift_id)
            )
        }
        acts = {
            a.id: a
            for a in s.scalars(select(Activity).where(Activity.id.in_({sh.activity_id for sh in shifts})))
        }
        return [
            ShiftRow(
                sh.id,
                sh.version,
                sh.activity_id,
                acts[sh.activity_id].title,
                acts[sh.activity_id].kind,
                acts[sh.activity_id].place,
                sh.starts_at,
                sh.ends_at,
                sh.capacity,
                counts.get(sh.id, (0, 0))[0],
                counts.get(sh.id, (0, 0))[1],
                sh.cancelled_at is not None,
                sh.cancel_reason,
            )
            for sh in shifts
        ]

    def _names(self, s: Session, volunteer_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        ids = [i for i in set(volunteer_ids) if i is not None]
        if not ids:
            return {}
        return {
            vid: (no, name)
            for vid, no, name in s.execute(
                select(Volunteer.id, Volunteer.volunteer_no, Person.name)
                .join(Person, Person.id == Volunteer.person_id)
                .where(Volunteer.id.in_(ids))
            )
        }

    def _activity_dto(self, s: Session, a: Activity) -> ActivityDTO:
        shifts = self._shift_rows(s, select(Shift).where(Shift.activity_id == a.id).order_by(Shift.starts_at))
        grid = s.scalar(select(Grid.name).where(Grid.id == a.grid_id)) if a.grid_id else ""
        leader = self._names(s, [a.leader_id]).get(a.leader_id, ("", ""))[1] if a.leader_id else ""
        organizer = (
            s.scalar(select(StaffUser.full_name).where(StaffUser.id == a.organizer_id))
            if a.organizer_id
            else ""
        )
        return ActivityDTO(
            a.id,
            a.version,
            a.title,
            a.kind,
            a.place,
            a.grid_id,
            grid or "",
            a.starts_at,
            a.ends_at,
            a.capacity,
            a.content,
            a.leader_id,
            leader,
            organizer or "",
            a.recurrence,
            tuple(int(x) for x in (a.weekdays or "").split(",") if x),
            a.first_day,
            a.last_day,
            tuple(shifts),
        )

    def get_activity(self, actor: Actor, activity_id: int) -> ActivityDTO:
        require(actor, Perm.VOLUNTEERS_READ)
        with self._sessions() as s:
            a = s.get(Activity, activity_id)
            if a is None or a.voided_at is not None:
                raise NotFound("activity")
            return self._activity_dto(s, a)

    def activities(self, actor: Actor, filt: ActivityFilter = ActivityFilter()) -> list[ActivityRow]:
        """Activities with a shift in the window (default: from today on), the next shift first."""
        require(actor, Perm.VOLUNTEERS_READ)
        start = day_start(filt.day_from or self._today())
        q = select(Shift.activity_id).where(Shift.ends_at > start)
        if filt.day_to is not None:
            q = q.where(Shift.starts_at < day_start(filt.day_to + timedelta(days=1)))
        with self._sessions() as s:
            ids = set(s.scalars(q.distinct()))
            if not ids:
                return []
            aq = select(Activity).where(Activity.id.in_(ids), Activity.voided_at.is_(None))
            if filt.kind:
                aq = aq.where(Activity.kind == filt.kind)
            text = " ".join((filt.text or "").split())
            if text:
                aq = aq.where(
                    or_(
                        Activity.title.contains(text, autoescape=True),
                        Activity.place.contains(text, autoescape=True),
                    )
                )
            acts = list(s.scalars(aq))
            stats = {
                aid: (n, nxt)
                for aid, n, nxt in s.execute(
                    select(
                        Shift.activity_id,
                        func.count(),
                        func.min(Shift.starts_at).filter(Shift.ends_at > self._now()),
                    )
                    .where(Shift.activity_id.in_([a.id for a in acts]), Shift.cancelled_at.is_(None))
                    .group_by(Shift.activity_id)
                )
            }
            grids = dict(s.execute(select(Grid.id, Grid.name)).all())
            leaders = self._names(s, [a.leader_id for a in acts])
        rows = []
        for a in acts:
            n, nxt = stats.get(a.id, (0, None))
            if isinstance(nxt, str):  # SQLite's min() over the stored text
                nxt = datetime.fromisoformat(nxt)
            if nxt is not None and nxt.tzinfo is None:
                nxt = nxt.replace(tzinfo=UTC)
            rows.append(
                ActivityRow(
                    a.id,
                    a.version,
                    a.title,
                    a.kind,
                    a.place,
                    grids.get(a.grid_id, ""),
                    a.recurrence,
                    a.starts_at,
                    a.ends_at,
                    a.capacity,
                    n,
                    nxt,
                    leaders.get(a.leader_id, ("", ""))[1],
                )
            )
        far = datetime.max.replace(tzinfo=UTC)
        rows.sort(key=lambda r: (r.next_shift_at or far, r.id))
        return rows

    def shifts_between(self, actor: Actor, day_from: date, day_to: date) -> list[ShiftRow]:
        require(actor, Perm.VOLUNTEERS_READ)
        with self._sessions() as s:
            return self._shift_rows(
                s,
                select(Shift)
                .where(
                    Shift.starts_at >= day_start(day_from),
                    Shift.starts_at < day_start(day_to + timedelta(days=1)),
                )
                .order_by(Shift.starts_at, Shift.id),
            )

    def _attendance_rows(self, s: Session, q) -> list[AttendanceRow]:
        atts = list(s.scalars(q))
        names = self._names(s, [a.volunteer_id for a in atts])
        return [
            AttendanceRow(
                a.id,
                a.version,
                a.shift_id,
                a.activity_id,
                a.volunteer_id,
                names.get(a.volunteer_id, ("", ""))[0],
                names.get(a.volunteer_id, ("", ""))[1],
                a.how,
                a.cancelled_at is not None,
                a.check_in_at,
                a.check_out_at,
                a.auto_closed,
                a.hours,
                a.hours_status,
                a.role,
            )
            for a in atts
        ]

    def shift_attendance(
        self, actor: Actor, shift_id: int, include_cancelled: bool = False
    ) -> list[AttendanceRow]:
        require(actor, Perm.VOLUNTEERS_READ)
        q = select(Attendance).where(Attendance.shift_id == shift_id).order_by(Attendance.id)
        if not include_cancelled:
            q = q.where(Attendance.cancelled_at.is_(None))
        with self._sessions() as s:
            return self._attendance_rows(s, q)

    # -- sign-ups --------------------------------------------------------------------------------------------------
    def _place(
        self, s: Session, actor: Actor, sh: Shift, v: Volunteer, how: str, *, past_ok: bool = False
    ) -> Attendance:
        """The volunteer on the shift: refused when cancelled, over, full or overlapping another of theirs."""
        if sh.cancelled_at is not None:
            raise ValidationError("shift_id", "shift_cancelled")
        if v.status != "active":
            raise ValidationError("volunteer_id", "not_active", status=v.status)
        if not past_ok and sh.ends_at <= self._now():
            raise ValidationError("shift_id", "shift_over")
        existing = s.scalar(
            select(Attendance).where(Attendance.shift_id == sh.id, Attendance.volunteer_id == v.id)
        )
        if existing is not None and existing.cancelled_at is None:
            raise ValidationError("volunteer_id", "signed_up_already")
        rules.check_free(s, v.id, sh)
        rules.check_room(s, sh)
        if existing is not None:  # withdrawn before, back again
            existing.cancelled_at, existing.cancel_reason, existing.how = None, None, how
            a = existing
        else:
            a = Attendance(
                activity_id=sh.activity_id, shift_id=sh.id, volunteer_id=v.id, how=how, created_by=actor.id
            )
            s.add(a)
        s.flush()
        return a

    def sign_up(
        self, actor: Actor, shift_id: int, volunteer_id: int, *, assigned: bool = False
    ) -> AttendanceRow:
        """A volunteer signs up for a shift (or a leader assigns them). Refused: overlapping another shift of theirs
        (``overlap``: which and when), no place left (``full``: the count), a cancelled or finished shift."""
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> AttendanceRow:
            sh = s.get(Shift, shift_id, with_for_update=True)  # two desks taking the last place: one waits
            if sh is None:
                raise NotFound("activity_shift")
            v = unit_of_work.load(s, Volunteer, volunteer_id)
            a = self._place(s, actor, sh, v, "assigned" if assigned else "signed_up")
            name = self._names(s, [v.id])[v.id][1]
            title = s.scalar(select(Activity.title).where(Activity.id == sh.activity_id))
            record(
                s,
                actor,
                "create",
                "attendance",
                a.id,
                f"{name}{'被安排' if assigned else '报名'}{title} {sh.starts_at.astimezone(CST):%m-%d %H:%M}",
            )
            return self._attendance_rows(s, select(Attendance).where(Attendance.id == a.id))[0]

        return self._write(work, "attendance")

    def withdraw(self, actor: Actor, attendance_id: int, version: int, reason: str = "") -> AttendanceRow:
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> AttendanceRow:
            a = unit_of_work.load(s, Attendance, attendance_id, version)
            if a.cancelled_at is not None:
                raise NotFound("attendance")
            if a.check_in_at is not None:
                raise ValidationError("attendance_id", "checked_in_already", count=1)
            a.cancelled_at, a.cancel_reason = self._now(), optional_field(reason, "reason", 500) or "取消报名"
            s.flush()
            record(s, actor, "cancel", "attendance", a.id, "取消报名", reason=a.cancel_reason)
            return self._attendance_rows(s, select(Attendance).where(Attendance.id == a.id))[0]

        return self._write(work, "attendance")

    # -- the check-in desk -----------------------------------------------------------------------------------------
    def _today_bounds(self) -> tuple[datetime, datetime]:
        d = self._today()
        return day_start(d), day_start(d + timedelta(days=1))

    def _desk_shifts(self, s: Session, volunteer_ids: list[int]) -> dict[int, list[DeskShift]]:
        start, end = self._today_bounds()
        out: dict[int, list[DeskShift]] = {vid: [] for vid in volunteer_ids}
        if not volunteer_ids:
            return out
        for a, sh, title in s.execute(
            select(Attendance, Shift, Activity.title)
            .join(Shift, Shift.id == Attendance.shift_id)
            .join(Activity, Activity.id == Shift.activity_id)
            .where(
                Attendance.volunteer_id.in_(volunteer_ids),
                Attendance.cancelled_at.is_(None),
                Shift.cancelled_at.is_(None),
                Shift.starts_at < end,
                Shift.ends_at > start,
            )
            .order_by(Shift.starts_at)
        ):
            out[a.volunteer_id].append(
                DeskShift(
                    sh.id, title, sh.starts_at, sh.ends_at, a.id, a.version, a.check_in_at, a.check_out_at
                )
            )
        return out

    def _desk_matches(self, s: Session, found: list[tuple[Volunteer, Person, str]]) -> list[DeskMatch]:
        teams = self._labels(s, TEAMS)
        shifts = self._desk_shifts(s, [v.id for v, _p, _m in found])
        return [
            DeskMatch(
                v.id,
                v.volunteer_no,
                p.name,
                teams.get(v.team or "", ""),
                mask_id_number(p.id_number),
                mask_phone(p.phone),
                v.status,
                match,
                any(d.check_in_at and not d.check_out_at for d in shifts[v.id]),
                tuple(shifts[v.id]),
            )
            for v, p, match in found
        ]

    def desk_lookup(self, actor: Actor, text: str, limit: int = DESK_MATCHES) -> list[DeskMatch]:
        """Who this is, as the desk types: the volunteer number, the ID number (any stored form), the last 4-6
        digits of ID or phone, the name or its start, pinyin initials. Volunteers who left are not offered."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        cond = self._text_condition(text)
        if cond is None:
            return []
        compact = normalize(text or "")
        with self._sessions() as s:
            rows = s.execute(
                select(Volunteer, Person)
                .join(Person, Person.id == Volunteer.person_id)
                .where(cond, Volunteer.status != "left")
                .order_by(Volunteer.volunteer_no)
                .limit(limit)
            ).all()

            def kind(v: Volunteer, p: Person) -> str:
                if v.volunteer_no == compact:
                    return "number"
                if p.id_number and p.id_number in stored_forms(compact):
                    return "id"
                if compact.replace("X", "").isdigit() and len(compact) <= 6:
                    return "id_tail" if (p.id_number or "").endswith(compact) else "phone_tail"
                return "name"

            found = sorted(((v, p, kind(v, p)) for v, p in rows), key=lambda t: t[2] != "number")
            return self._desk_matches(s, found)

    def _attendance_row(self, s: Session, a: Attendance) -> AttendanceRow:
        return self._attendance_rows(s, select(Attendance).where(Attendance.id == a.id))[0]

    def _history(
        self, s: Session, actor: Actor, a: Attendance, action: str, before: tuple, reason: str | None = None
    ):
        s.add(
            HoursChange(
                attendance_id=a.id,
                action=action,
                hours_before=before[0],
                hours_after=a.hours,
                status_before=before[1],
                status_after=a.hours_status,
                reason=reason,
                created_by=actor.id,
            )
        )

    def check_in(self, actor: Actor, volunteer_id: int, shift_id: int | None = None) -> AttendanceRow:
        """Check a volunteer in now: to ``shift_id``, or to their signed-up shift under way or starting within the
        hour. Checking in to a shift they did not sign up for signs them up (a walk-in), by the same rules."""
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> AttendanceRow:
            v = unit_of_work.load(s, Volunteer, volunteer_id)
            now = self._now()
            if s.scalar(
                select(Attendance.id).where(
                    Attendance.volunteer_id == v.id,
                    Attendance.check_in_at.is_not(None),
                    Attendance.check_out_at.is_(None),
                    Attendance.cancelled_at.is_(None),
                )
            ):
                raise ValidationError("volunteer_id", "present_already")
            a = None
            if shift_id is None:
                a = s.scalar(
                    select(Attendance)
                    .join(Shift, Shift.id == Attendance.shift_id)
                    .where(
                        Attendance.volunteer_id == v.id,
                        Attendance.cancelled_at.is_(None),
                        Attendance.check_in_at.is_(None),
                        Shift.cancelled_at.is_(None),
                        Shift.starts_at <= now + EARLY_CHECK_IN,
                        Shift.ends_at > now,
                    )
                    .order_by(Shift.starts_at)
                    .limit(1)
                )
                if a is None:
                    raise ValidationError("shift_id", "no_shift_now")
            else:
                sh = s.get(Shift, shift_id, with_for_update=True)
                if sh is None:
                    raise NotFound("activity_shift")
                a = s.scalar(
                    select(Attendance).where(
                        Attendance.shift_id == sh.id,
                        Attendance.volunteer_id == v.id,
                        Attendance.cancelled_at.is_(None),
                    )
                )
                if a is None:
                    a = self._place(s, actor, sh, v, "walk_in")
                elif a.check_in_at is not None:
                    raise ValidationError("shift_id", "served_already")
            a.check_in_at = now
            s.flush()
            name = self._names(s, [v.id])[v.id][1]
            record(s, actor, "check_in", "attendance", a.id, f"{name}签到（{now.astimezone(CST):%H:%M}）")
            return self._attendance_row(s, a)

        return self._write(work, "attendance")

    def check_out(self, actor: Actor, attendance_id: int) -> AttendanceRow:
        """Check out now: the hours on site (to the quarter hour) wait for approval."""
        require(actor, Perm.VOLUNTEERS_EDIT)

        def work(s: Session) -> AttendanceRow:
            a = unit_of_work.load(s, Attendance, attendance_id)
            if a.check_in_at is None or a.check_out_at is not None or a.cancelled_at is not None:
                raise ValidationError("attendance_id", "not_present")
            before = (a.hours, a.hours_status)
            a.check_out_at = max(self._now(), a.check_in_at)
            a.hours = rules.hours_between(a.check_in_at, a.check_out_at)
            a.hours_status = "pending"
            s.flush()
            self._history(s, actor, a, "check_out", before)
            name = self._names(s, [a.volunteer_id])[a.volunteer_id][1]
            record(
                s,
                actor,
                "check_out",
                "attendance",
                a.id,
                f"{name}签退（{a.check_out_at.astimezone(CST):%H:%M}，{a.hours}小时待审核）",
                after={"hours": a.hours},
            )
            return self._attendance_row(s, a)

        return self._write(work, "attendance")

    def scan(self, actor: Actor, text: str) -> ScanResult:
        """The volunteer number typed at the desk or read from the card's QR code: checked in to their shift under
        way or starting within the hour, or out when they are in."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        number = normalize(text or "")
        with self._sessions() as s:
            found = s.execute(
                select(Volunteer, Person)
                .join(Person, Person.id == Volunteer.person_id)
                .where(Volunteer.volunteer_no == number)
            ).first()
            if found is None:
                return ScanResult("unknown")
            match = self._desk_matches(s, [(found[0], found[1], "number")])[0]
        if match.status != "active":
            return ScanResult("not_active", match)
        open_ = next((d for d in match.shifts if d.check_in_at and not d.check_out_at), None)
        if open_ is not None:
            row = self.check_out(actor, open_.attendance_id)
            return ScanResult("checked_out", match, row)
        try:
            row = self.check_in(actor, match.volunteer_id)
        except ValidationError as exc:
            if exc.code == "no_shift_now":
                return ScanResult("choose_shift", match)
            raise
        return ScanResult("checked_in", match, row)

    def desk_today(self, actor: Actor) -> DeskToday:
        """Today's shifts, who is in now, and how many check-ins of earlier days were never closed."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        start, end = self._today_bounds()
        with self._sessions() as s:
            shifts = self._shift_rows(
                s,
                select(Shift)
                .where(Shift.starts_at < end, Shift.ends_at > start, Shift.cancelled_at.is_(None))
                .order_by(Shift.starts_at, Shift.id),
            )
            open_ = (
                Attendance.check_in_at.is_not(None),
                Attendance.check_out_at.is_(None),
                Attendance.cancelled_at.is_(None),
            )
            present = self._attendance_rows(
                s,
                select(Attendance)
                .where(*open_, Attendance.check_in_at >= start)
                .order_by(Attendance.check_in_at),
            )
            stale = s.scalar(
                select(func.count()).select_from(Attendance).where(*open_, Attendance.check_in_at < start)
            )
        return DeskToday(tuple(shifts), tuple(present), stale)

    def close_day(self, actor: Actor, day: date | None = None) -> list[AttendanceRow]:
        """The day's end: every check-in of ``day`` (and before) never checked out is closed at its shift's end (or
        now, if earlier), its hours flagged for a leader to confirm; audited one by one, returned for the desk."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        end = day_start((day or self._today()) + timedelta(days=1))

        def work(s: Session) -> list[int]:
            now = self._now()
            closed = []
            for a, sh in s.execute(
                select(Attendance, Shift)
                .join(Shift, Shift.id == Attendance.shift_id)
                .where(
                    Attendance.check_in_at.is_not(None),
                    Attendance.check_out_at.is_(None),
                    Attendance.cancelled_at.is_(None),
                    Attendance.check_in_at < end,
                )
                .order_by(Attendance.check_in_at)
            ):
                before = (a.hours, a.hours_status)
                a.check_out_at = max(min(sh.ends_at, now), a.check_in_at)
                a.auto_closed = True
                a.hours = rules.hours_between(a.check_in_at, a.check_out_at)
                a.hours_status = "flagged"
                s.flush()
                self._history(s, actor, a, "auto_close", before, "未签退，日终按班次结束时间关闭")
                name = self._names(s, [a.volunteer_id])[a.volunteer_id][1]
                record(
                    s,
                    actor,
                    "auto_close",
                    "attendance",
                    a.id,
                    f"日终：{name}未签退，按{a.check_out_at.astimezone(CST):%H:%M}结束，{a.hours}小时待负责人确认",
                    before={"check_out_at": None},
                    after={"check_out_at": a.check_out_at, "hours": a.hours},
                )
                closed.append(a.id)
            return closed

        ids = self._write(work, "attendance")
        with self._sessions() as s:
            return self._attendance_rows(s, select(Attendance).where(Attendance.id.in_(ids))) if ids else []

    # -- hours -----------------------------------------------------------------------------------------------------
    def enter_hours(
        self, actor: Actor, shift_id: int, volunteer_id: int, hours, reason: str = ""
    ) -> AttendanceRow:
        """The leader enters a volunteer's hours on a shift (travel excluded), when there was no check-in at the
        desk; a volunteer not on the shift is put on it (the overlap and capacity rules hold). Waits for approval."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        value = rules.check_hours(hours)

        def work(s: Session) -> AttendanceRow:
            sh = s.get(Shift, shift_id)
            if sh is None:
                raise NotFound("activity_shift")
            if sh.starts_at > self._now():
                raise ValidationError("shift_id", "shift_not_started")
            v = unit_of_work.load(s, Volunteer, volunteer_id)
            a = s.scalar(
                select(Attendance).where(Attendance.shift_id == sh.id, Attendance.volunteer_id == v.id)
            )
            if a is None or a.cancelled_at is not None:
                a = self._place(s, actor, sh, v, "entered", past_ok=True)
            if a.hours_status == "approved":
                raise ValidationError("hours", "approved_already")
            before = (a.hours, a.hours_status)
            a.hours, a.hours_status = value, "pending"
            s.flush()
            why = optional_field(reason, "reason", 500)
            self._history(s, actor, a, "enter", before, why)
            name = self._names(s, [v.id])[v.id][1]
            record(
                s,
                actor,
                "update",
                "attendance",
                a.id,
                f"录入{name}服务时长{value}小时",
                before={"hours": before[0]},
                after={"hours": value},
                reason=why,
            )
            return self._attendance_row(s, a)

        return self._write(work, "attendance")

    def hours_queue(self, actor: Actor, status: str = "pending", limit: int = 2000) -> list[HoursRow]:
        """Hours waiting for a decision (``pending``), day-end closes to confirm (``flagged``), or any status."""
        require(actor, Perm.VOLUNTEERS_READ)
        if status not in HOURS_STATUS:
            raise ValidationError("status", "unknown_status")
        with self._sessions() as s:
            rows = s.execute(
                select(Attendance, Shift, Activity.title)
                .join(Shift, Shift.id == Attendance.shift_id)
                .join(Activity, Activity.id == Shift.activity_id)
                .where(Attendance.hours_status == status, Attendance.cancelled_at.is_(None))
                .order_by(Shift.starts_at, Attendance.id)
                .limit(limit)
            ).all()
            names = self._names(s, [a.volunteer_id for a, _sh, _t in rows])
        return [
            HoursRow(
                a.id,
                a.version,
                a.volunteer_id,
                names[a.volunteer_id][0],
                names[a.volunteer_id][1],
                sh.activity_id,
                title,
                sh.starts_at,
                sh.ends_at,
                a.check_in_at,
                a.check_out_at,
                a.auto_closed,
                a.hours,
                a.hours_status,
            )
            for a, sh, title in rows
        ]

    def _stars_reached(self, s: Session, before: dict[int, Decimal]) -> tuple[StarReached, ...]:
        after = rules.approved_hours(s, before)
        names = self._names(s, before)
        return tuple(
            StarReached(vid, names[vid][1], star_level(after.get(vid, 0)), after.get(vid, Decimal(0)))
            for vid in sorted(before)
            if star_level(after.get(vid, 0)) > star_level(before[vid])
        )

    def approve(self, actor: Actor, items: Sequence[tuple[int, int]], reason: str = "") -> ApprovalResult:
        """Approve hours: one, or many at once (``items``: (attendance id, version) as the screen showed them). All
        of them or none; a day-end close is approved as it stands (its hours confirmed). Returns the volunteers who
        reached a new star level with it."""
        require(actor, Perm.VOLUNTEERS_APPROVE)
        if not items:
            raise ValidationError("items", "required")

        def work(s: Session) -> ApprovalResult:
            atts = [unit_of_work.load(s, Attendance, aid, ver) for aid, ver in items]
            for a in atts:
                if (
                    a.hours_status not in ("pending", "flagged")
                    or a.hours is None
                    or a.cancelled_at is not None
                ):
                    raise ValidationError("items", "not_pending", attendance_id=a.id)
            vids = {a.volunteer_id for a in atts}
            before = dict.fromkeys(vids, Decimal(0)) | rules.approved_hours(s, vids)
            now = self._now()
            why = optional_field(reason, "reason", 500)
            for a in atts:
                prev = (a.hours, a.hours_status)
                a.hours_status, a.approved_by, a.approved_at = "approved", actor.id, now
                self._history(s, actor, a, "approve", prev, why)
            s.flush()
            total = sum((a.hours for a in atts), Decimal(0))
            record(
                s,
                actor,
                "approve",
                "attendance",
                atts[0].id if len(atts) == 1 else None,
                f"审核通过服务时长 {len(atts)} 条，共 {total} 小时",
                after={"attendance_ids": [a.id for a in atts], "hours": total},
                reason=why,
            )
            return ApprovalResult(len(atts), self._stars_reached(s, before))

        return self._write(work, "attendance")

    def reject(self, actor: Actor, attendance_id: int, version: int, reason: str) -> AttendanceRow:
        require(actor, Perm.VOLUNTEERS_APPROVE)
        why = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> AttendanceRow:
            a = unit_of_work.load(s, Attendance, attendance_id, version)
            if a.hours_status not in ("pending", "flagged"):
                raise ValidationError("items", "not_pending", attendance_id=a.id)
            prev = (a.hours, a.hours_status)
            a.hours_status, a.approved_by, a.approved_at = "rejected", actor.id, self._now()
            s.flush()
            self._history(s, actor, a, "reject", prev, why)
            record(s, actor, "reject", "attendance", a.id, f"服务时长{a.hours}小时审核不通过", reason=why)
            return self._attendance_row(s, a)

        return self._write(work, "attendance")

    def correct(self, actor: Actor, attendance_id: int, version: int, hours, reason: str) -> AttendanceRow:
        """Correct hours (a day-end close confirmed at other hours, a mistake found later): the new hours count as
        approved; the old ones stay in the history with the reason, and the audit log says before -> after."""
        require(actor, Perm.VOLUNTEERS_APPROVE)
        value = rules.check_hours(hours)
        why = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> AttendanceRow:
            a = unit_of_work.load(s, Attendance, attendance_id, version)
            if a.cancelled_at is not None:
                raise NotFound("attendance")
            prev = (a.hours, a.hours_status)
            a.hours, a.hours_status, a.approved_by, a.approved_at = value, "approved", actor.id, self._now()
            s.flush()
            self._history(s, actor, a, "correct", prev, why)
            name = self._names(s, [a.volunteer_id])[a.volunteer_id][1]
            record(
                s,
                actor,
                "update",
                "attendance",
                a.id,
                f"更正{name}服务时长：{prev[0]} → {value}小时",
                before={"hours": prev[0], "hours_status": prev[1]},
                after={"hours": value, "hours_status": "approved"},
                reason=why,
            )
            return self._attendance_row(s, a)

        return self._write(work, "attendance")

    def hours_history(self, actor: Actor, attendance_id: int) -> list[HoursChangeDTO]:
        require(actor, Perm.VOLUNTEERS_READ)
        with self._sessions() as s:
            rows = s.execute(
                select(HoursChange, StaffUser.full_name)
                .outerjoin(StaffUser, StaffUser.id == HoursChange.created_by)
                .where(HoursChange.attendance_id == attendance_id)
                .order_by(HoursChange.id)
            ).all()
        return [
            HoursChangeDTO(
                h.created_at,
                name or "系统",
                h.action,
                h.hours_before,
                h.hours_after,
                h.status_before,
                h.status_after,
                h.reason,
            )
            for h, name in rows
        ]

    # -- certificates ----------------------------------------------------------------------------------------------
    def _served(self, s: Session, volunteer_id: int, period_from: date, period_to: date):
        """(attendance id, start, title, place, hours) of the approved services in the period, in order."""
        return s.execute(
            select(Attendance.id, Shift.starts_at, Activity.title, Activity.place, Attendance.hours)
            .join(Shift, Shift.id == Attendance.shift_id)
            .join(Activity, Activity.id == Shift.activity_id)
            .where(
                Attendance.volunteer_id == volunteer_id,
                Attendance.hours_status == "approved",
                Shift.starts_at >= day_start(period_from),
                Shift.starts_at < day_start(period_to + timedelta(days=1)),
            )
            .order_by(Shift.starts_at)
        ).all()

    def issue_certificate(
        self,
        actor: Actor,
        volunteer_id: int,
        period_from: date,
        period_to: date,
        *,
        person_in_charge: str,
        handler_phone: str | None = None,
        purpose: str | None = None,
    ) -> CertificateDTO:
        """A 志愿服务证明 of the approved services in the period: the next number of the year (taken only when the
        issue commits, so numbers have no gaps), the hours as they stand today, audited. Printing it reads this
        record, so every reprint says the same."""
        require(actor, Perm.VOLUNTEERS_EDIT)
        if period_to < period_from:
            raise ValidationError("period_to", "before_first")
        if period_to > self._today():
            raise ValidationError("period_to", "in_future")
        chief = text_field(person_in_charge, "person_in_charge", required=True, limit=100)
        phone = check_phone(handler_phone, "handler_phone")
        use = optional_field(purpose, "purpose", 200)

        def work(s: Session) -> CertificateDTO:
            v = unit_of_work.load(s, Volunteer, volunteer_id)
            served = self._served(s, v.id, period_from, period_to)
            if not served:
                raise ValidationError("period_from", "no_service_in_period")
            today = self._today()
            seq = (
                s.scalar(select(func.max(CertificateIssue.seq)).where(CertificateIssue.year == today.year))
                or 0
            ) + 1
            hours = sum((Decimal(h) for *_x, h in served), Decimal(0))
            c = CertificateIssue(
                year=today.year,
                seq=seq,
                cert_no=_cert_no(today.year, seq),
                volunteer_id=v.id,
                period_from=period_from,
                period_to=period_to,
                hours=hours,
                services=len(served),
                purpose=use,
                person_in_charge=chief,
                handler_id=actor.id,
                handler_phone=phone,
                issued_on=today,
                created_by=actor.id,
            )
            s.add(c)
            s.flush()
            s.add_all(
                CertificateItem(certificate_id=c.id, attendance_id=aid, hours=h) for aid, *_x, h in served
            )
            name = self._names(s, [v.id])[v.id][1]
            record(
                s,
                actor,
                "create",
                "volunteer_certificate",
                c.id,
                f"出具志愿服务证明{c.cert_no}：{name}，{period_from.isoformat()}至{period_to.isoformat()}，{hours}小时",
                after={"cert_no": c.cert_no, "volunteer_id": v.id, "hours": hours, "services": len(served)},
            )
            return self._certificate_dto(s, c)

        return self._write(work, "volunteer_certificate", numbered=True)

    def _certificate_dto(self, s: Session, c: CertificateIssue) -> CertificateDTO:
        handler = (
            s.scalar(select(StaffUser.full_name).where(StaffUser.id == c.handler_id)) if c.handler_id else ""
        )
        return CertificateDTO(
            c.id,
            c.version,
            c.cert_no,
            c.volunteer_id,
            self._names(s, [c.volunteer_id])[c.volunteer_id][1],
            c.period_from,
            c.period_to,
            c.hours,
            c.services,
            c.purpose,
            c.issued_on,
            handler or "",
            c.voided_at is not None,
        )

    def certificates(self, actor: Actor, volunteer_id: int | None = None) -> list[CertificateDTO]:
        require(actor, Perm.VOLUNTEERS_READ)
        q = select(CertificateIssue).order_by(CertificateIssue.year.desc(), CertificateIssue.seq.desc())
        if volunteer_id is not None:
            q = q.where(CertificateIssue.volunteer_id == volunteer_id)
        with self._sessions() as s:
            return [self._certificate_dto(s, c) for c in s.scalars(q.limit(500))]

    def void_certificate(
        self, actor: Actor, certificate_id: int, version: int, reason: str
    ) -> CertificateDTO:
        """A certificate issued in error is voided with the reason; its number stays taken (no gap, no reuse)."""
        require(actor, Perm.VOLUNTEERS_APPROVE)
        why = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> CertificateDTO:
            c = unit_of_work.load(s, CertificateIssue, certificate_id, version)
            c.voided_at, c.void_reason = self._now(), why
            s.flush()
            record(
                s, actor, "void", "volunteer_certificate", c.id, f"作废志愿服务证明{c.cert_no}", reason=why
            )
            return self._certificate_dto(s, c)

        return self._write(work, "volunteer_certificate")

    # -- the director's figures ------------------------------------------------------------------------------------
    def figures(self, actor: Actor, period_from: date, period_to: date) -> VolunteerFigures:
        """Volunteers and hours of a period for the director's charts: approved hours served in it (by team, by kind
        of activity), who joined, what waits for approval, and how many volunteers are at each star level."""
        require(actor, Perm.VOLUNTEERS_READ, Perm.STATS_READ)
        if period_to < period_from:
            raise ValidationError("period_to", "before_first")
        start, end = day_start(period_from), day_start(period_to + timedelta(days=1))
        in_period = and_(Shift.starts_at >= start, Shift.starts_at < end, Attendance.cancelled_at.is_(None))
        with self._sessions() as s:
            on_roster = and_(
                Volunteer.joined_on <= period_to,
                or_(Volunteer.left_on.is_(None), Volunteer.left_on > period_to),
            )
            volunteers = s.scalar(select(func.count()).select_from(Volunteer).where(on_roster))
            joined = s.scalar(
                select(func.count())
                .select_from(Volunteer)
                .where(Volunteer.joined_on.between(period_from, period_to))
            )
            served = (
                select(
                    Attendance.volunteer_id,
                    Attendance.hours,
                    Attendance.hours_status,
                    Activity.kind,
                    Volunteer.team,
                )
                .join(Shift, Shift.id == Attendance.shift_id)
                .join(Activity, Activity.id == Shift.activity_id)
                .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
                .where(in_period)
            ).subquery()
            approved = served.c.hours_status == "approved"
            services, hours = s.execute(
                select(func.count(), func.coalesce(func.sum(served.c.hours), 0)).where(approved)
            ).one()
            pending = s.scalar(
                select(func.coalesce(func.sum(served.c.hours), 0)).where(
                    served.c.hours_status.in_(("pending", "flagged"))
                )
            )
            team_hours = dict(
                s.execute(
                    select(served.c.team, func.coalesce(func.sum(served.c.hours), 0))
                    .where(approved)
                    .group_by(served.c.team)
                ).all()
            )
            team_people = dict(
                s.execute(
                    select(Volunteer.team, func.count()).where(on_roster).group_by(Volunteer.team)
                ).all()
            )
            by_kind = tuple(
                (k, Decimal(h))
                for k, h in s.execute(
                    select(served.c.kind, func.coalesce(func.sum(served.c.hours), 0))
                    .where(approved)
                    .group_by(served.c.kind)
                    .order_by(served.c.kind)
                )
            )
            labels = self._labels(s, TEAMS)
            totals = rules.approved_hours(s)
        stars: dict[int, int] = {}
        for total in totals.values():
            level = star_level(total)
            if level:
                stars[level] = stars.get(level, 0) + 1
        teams = sorted(set(team_hours) | set(team_people), key=lambda t: (t is None, t or ""))
        return VolunteerFigures(
            period_from,
            period_to,
            volunteers,
            joined,
            services,
            Decimal(hours),
            Decimal(pending),
            tuple(
                TeamFigure(
                    t, labels.get(t or "", t or ""), team_people.get(t, 0), Decimal(team_hours.get(t, 0))
                )
                for t in teams
            ),
            by_kind,
            tuple(sorted(stars.items())),
        )
