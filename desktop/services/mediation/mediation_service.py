"""矛盾纠纷调处室: dispute cases from intake to archive (人民调解法 2010; 人民调解工作若干规定 2002).

Each public method is one unit of work returning frozen DTOs (mediation_dto.py). The rules it keeps:
- 统一受理: one intake for every source, a number per committee and year in the configured format. Another room
  hands a matter over through ``register_case`` inside its own unit of work (reception owns its visits).
- Mediation needs consent (art. 17): no session, agreement or failure before the parties agreed; a refusal
  is recorded with the remedies explained (art. 26) and closes the case. Two sides at least before consent.
- 归口调处: a mediator of the centre (the director, CASES_ASSIGN, decides; a mediator may take an
  unassigned case), or an outside body that signs for it (签收, which closes the case here as 转交) or
  sends it back with a reason (退回: visible as such until the director routes it again).
- The deadline is ``due_days`` (30) "日内" after acceptance on the shared work calendar, extended only with
  the parties' consent recorded; the 司法确认 window is 30 days from the agreement taking effect (art. 33).
- Art. 25: a case flagged as possibly turning into a public-order or criminal case stays an alert until
  someone records that the police were told.
- Every create / change / void is audited with before -> after; optimistic locking through ``version``.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, fields, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Address,
    Agreement,
    Attachment,
    AuditEntry,
    CaseParty,
    CaseTransfer,
    CodeItem,
    Community,
    DisputeCase,
    Grid,
    MediationSession,
    Person,
    ReturnVisit,
    StaffUser,
    Visit,
)
from desktop.models.base import utcnow
from desktop.services.core import attachments, unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.clock import CST, local_day
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor, AttachmentDTO, Choice, StaffChoice
from desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, Role, can, mask_phone, require
from desktop.services.core.validators import optional_field, text_field
from desktop.services.core.vocabulary import CASE_OUTCOME, CASE_SOURCE, PARTY_ROLE
from desktop.services.mediation import queue as mediation_queue
from desktop.services.mediation.dto import (
    AGREEMENT_KINDS,
    ATTACHMENT_CATEGORIES,
    CONFIRMATION_DAYS,
    DEADLINE_STATUSES,
    PARTY_ROLES,
    RISK_LEVELS,
    SATISFACTION,
    SOURCES,
    WORKING_STATUSES,
    AgreementDTO,
    AgreementInput,
    CaseChanges,
    CaseDetail,
    CaseDTO,
    CaseEvent,
    CaseInput,
    CaseRow,
    DossierDTO,
    GridOption,
    MediationOptions,
    MediationSettings,
    PartyDTO,
    PartyInput,
    QueueCounts,
    QueueFilter,
    Reminder,
    ReturnVisitDTO,
    ReturnVisitInput,
    SessionDTO,
    SessionInput,
    TransferDTO,
)

SETTINGS_LIST = "mediation_setting"  # code_item rows: code = setting name, label = its value
CASE_OWNER = "dispute_case"  # attachments: owner_kind "dispute_case.<category>", owner_id = case id
SESSION_OWNER = "mediation_session"
DOSSIER_OWNER = "dispute_case.dossier"
MEDIATOR_ROLES = (Role.MEDIATOR.value, Role.DIRECTOR.value)


# -- helpers ---------------------------------------------------------------------------------------------


def _amount(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise ValidationError("amount", "bad_amount") from exc
    if amount < 0 or amount >= Decimal("1e12"):
        raise ValidationError("amount", "bad_amount")
    return amount


def _abbr(community_name: str) -> str:
    """华侨路社区 -> 华侨路: the committee's short name in case numbers when none is configured."""
    name = community_name.strip()
    for tail in ("社区居民委员会", "居民委员会", "村民委员会", "社区", "居委会", "村委会", "村"):
        if name.endswith(tail) and len(name) > len(tail):
            return name[: -len(tail)]
    return name


def _format_no(pattern: str, year: int, abbr: str, seq: int) -> str:
    return pattern.format(year=year, abbr=abbr, seq=seq)


NUMBER_FIELDS = ("year", "abbr", "seq")
NUMBER_LENGTH = 64  # case_no and agreement_no columns; an agreement may add "-2"
_LONGEST_SEQ = 99999


def _check_number_format(name: str, pattern: str, abbr: str) -> None:
    """A case or agreement number pattern: ``{year}`` and ``{seq}`` both in it (the number restarts every
    year and must stay unique: without the year, the next year's 第1号 collides with this year's), no other
    placeholder, and room in the column for the longest number."""
    try:
        fields_used = {f for _lit, f, _spec, _conv in string.Formatter().parse(pattern) if f is not None}
        if not fields_used <= set(NUMBER_FIELDS) or not {"year", "seq"} <= fields_used:
            raise ValidationError(name, "bad_number_format")
        _format_no(pattern, 2026, abbr, _LONGEST_SEQ)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
        raise ValidationError(name, "bad_number_format") from exc
    _check_number_length(name, pattern, abbr)


def _check_number_length(name: str, pattern: str, abbr: str) -> None:
    try:
        sample = _format_no(pattern, 2026, abbr, _LONGEST_SEQ)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return  # a pattern stored before it was checked: its own field says so when it is changed
    if len(sample) + 3 > NUMBER_LENGTH:
        raise ValidationError(name, "number_too_long", limit=NUMBER_LENGTH - 3)


def _case_values(c: DisputeCase) -> dict:
    return {
        "source": c.source,
        "dispute_type": c.dispute_type,
        "grid_id": c.grid_id,
        "facts": c.facts,
        "claims": c.claims,
        "amount": c.amount,
        "people_involved": c.people_involved,
        "risk_level": c.risk_level,
        "police_flag": c.police_flag,
        "police_flag_ack_at": c.police_flag_ack_at,
        "consent": c.consent,
        "consent_note": c.consent_note,
        "status": c.status,
        "accepted_on": c.accepted_on,
        "due_on": c.due_on,
        "mediator_id": c.mediator_id,
        "outcome": c.outcome,
        "remedies_told": c.remedies_told,
        "closed_on": c.closed_on,
        "extension_reason": c.extension_reason,
        "extended_on": c.extended_on,
    }


def _party_values(p: CaseParty) -> dict:
    return {
        "role": p.role,
        "name": p.name,
        "person_id": p.person_id,
        "sex": p.sex,
        "ethnic_code": p.ethnic_code,
        "birth_date": p.birth_date,
        "occupation": p.occupation,
        "phone": mask_phone(p.phone),  # the audit reader is not entitled to the number
        "address": p.address,
        "agent_name": p.agent_name,
    }


def _flag_provisional(s: Session, rows: list[CaseRow]) -> list[CaseRow]:
    """Mark the open cases whose deadline lies in a year whose holiday schedule is not published."""
    cal = CalendarService.calendar_in(s)
    return [
        r._replace(due_provisional=True) if r.status != "closed" and cal.provisional(r.due_on) else r
        for r in rows
    ]


class MediationService:
    """``printing`` (the print service) renders the dossier; ``clock`` gives today's date (tests)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        printing=None,
        clock: Callable[[], date] = local_today,
    ):
        self._sessions = sessions
        self._printing = printing
        self._today = clock

    # -- permissions -------------------------------------------------------------------------------------

    def _require_read(self, actor: Actor) -> None:
        require(actor, Perm.CASES_EDIT, Perm.CASES_ASSIGN)

    # -- settings and lists ------------------------------------------------------------------------------
    @staticmethod
    def _settings_in(s: Session) -> MediationSettings:
        kinds = {f.name: f.type for f in fields(MediationSettings)}
        stored = {}
        for code, label in s.execute(
            select(CodeItem.code, CodeItem.label).where(
                CodeItem.list_name == SETTINGS_LIST, CodeItem.active.is_(True)
            )
        ):
            if code in kinds:
                stored[code] = int(label) if kinds[code] in ("int", int) else label
        settings = replace(MediationSettings(), **stored)
        if not settings.committee_abbr:
            name = s.scalar(select(Community.name).order_by(Community.id).limit(1)) or ""
            settings = replace(settings, committee_abbr=_abbr(name))
        return settings

    def settings(self, actor: Actor) -> MediationSettings:
        if not can(actor.role, Perm.SETTINGS_ADMIN):  # who may change them may read them
            self._require_read(actor)
        with self._sessions() as s:
            return self._settings_in(s)

    def update_settings(self, actor: Actor, **values) -> MediationSettings:
        """The director (or the administrator) configures numbering and periods; audited."""
        require(actor, Perm.CASES_ASSIGN, Perm.SETTINGS_ADMIN)
        kinds = {f.name: f.type for f in fields(MediationSettings)}
        for name, value in values.items():
            if name not in kinds:
                raise ValidationError(name, "unknown_setting")
            if kinds[name] in ("int", int):
                if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 365:
                    raise ValidationError(name, "bad_days")
            elif name.endswith("_format"):
                _check_number_format(name, str(value), "华")
            elif len(str(value)) > 100:
                raise ValidationError(name, "too_long", limit=100)
        with self._sessions.begin() as s:
            before = asdict(self._settings_in(s))
            rows = {r.code: r for r in s.scalars(select(CodeItem).where(CodeItem.list_name == SETTINGS_LIST))}
            for name, value in values.items():
                row = rows.get(name)
                if row is None:
                    s.add(CodeItem(list_name=SETTINGS_LIST, code=name, label=str(value), sort=0, active=True))
                else:
                    row.label, row.active = str(value), True
            s.flush()
            after = self._settings_in(s)
            # the numbers as they will be made, with the committee's short name in them (blank: the community's)
            for name in ("case_no_format", "agreement_no_format"):
                if name in values:
                    _check_number_format(name, getattr(after, name), after.committee_abbr)
                elif "committee_abbr" in values:
                    _check_number_length("committee_abbr", getattr(after, name), after.committee_abbr)
            b, a = changes(before, asdict(after))
            if a:
                record(s, actor, "update", SETTINGS_LIST, None, "修改人民调解设置", before=b, after=a)
            return after

    def options(self, actor: Actor) -> MediationOptions:
        """Dispute types, outside bodies, grids, mediators and settings: what every form of the room offers."""
        require(actor, Perm.CASES_EDIT, Perm.CASES_ASSIGN, Perm.VISITS_EDIT)
        with self._sessions() as s:
            return self._options(s)

    def open_room(
        self, actor: Actor, filt: QueueFilter, limit: int = 100
    ) -> tuple[MediationOptions, int, list[CaseRow], QueueCounts]:
        """What the room's page needs to paint, in one read: the lists, and the queue's first page, size and
        badges."""
        self._require_read(actor)
        with self._sessions() as s:
            options = self._options(s)
            return (options, *self._queue_first(s, actor, filt, options.settings, limit))

    def _options(self, s: Session) -> MediationOptions:
        lists: dict[str, list[Choice]] = {"dispute_type": [], "outside_body": []}
        for list_name, code, label in s.execute(
            select(CodeItem.list_name, CodeItem.code, CodeItem.label)
            .where(CodeItem.list_name.in_(list(lists)), CodeItem.active.is_(True))
            .order_by(CodeItem.sort, CodeItem.id)
        ):
            lists[list_name].append(Choice(code, label))
        grids = tuple(GridOption(i, n) for i, n in s.execute(select(Grid.id, Grid.name).order_by(Grid.code)))
        staff = tuple(
            StaffChoice(*row)
            for row in s.execute(
                select(StaffUser.id, StaffUser.full_name, StaffUser.role)
                .where(StaffUser.active.is_(True), StaffUser.role.in_(MEDIATOR_ROLES))
                .order_by(StaffUser.role.desc(), StaffUser.id)
            )
        )
        return MediationOptions(
            tuple(lists["dispute_type"]), tuple(lists["outside_body"]), grids, staff, self._settings_in(s)
        )

    # -- loading -----------------------------------------------------------------------------------------
    @staticmethod
    def _case(s: Session, case_id: int, version: int | None = None) -> DisputeCase:
        return unit_of_work.load(s, DisputeCase, case_id, version)

    @staticmethod
    def _row(s: Session, model, row_id: int, version: int | None = None):
        return unit_of_work.load(s, model, row_id, version)

    def _write(self, fn, entity: str = "dispute_case"):
        return unit_of_work.write(self._sessions, fn, entity)

    # -- intake (统一受理) ---------------------------------------------------------------------------------
    def create_case(self, actor: Actor, inp: CaseInput) -> CaseDetail:
        """Register a case from any source; the number is the next of the acceptance year."""
        require(actor, Perm.CASES_EDIT)
        return unit_of_work.write(
            self._sessions,
            lambda s: self._detail(s, actor, self.register_case(s, actor, inp)),
            "dispute_case",
            numbered=True,
        )

    def _validate_case(self, s: Session, actor: Actor, inp: CaseInput) -> None:
        if inp.source not in SOURCES:
            raise ValidationError("source", "unknown_source")
        self._check_code(s, "dispute_type", inp.dispute_type)
        text_field(inp.facts, "facts", required=True, limit=20000)
        if inp.risk_level not in RISK_LEVELS:
            raise ValidationError("risk_level", "unknown_risk_level")
        if inp.consent not in ("pending", "agreed"):
            raise ValidationError("consent", "bad_consent")
        if not 1 <= inp.people_involved <= 100000:
            raise ValidationError("people_involved", "bad_people_involved")
        if not inp.parties:
            raise ValidationError("parties", "no_parties")
        if inp.consent == "agreed" and sum(1 for p in inp.parties if p.role != "third_party") < 2:
            raise ValidationError("parties", "two_sides_needed")
        if inp.grid_id is not None and s.get(Grid, inp.grid_id) is None:
            raise ValidationError("grid_id", "unknown_grid")
        if inp.mediator_id is not None:
            self._check_mediator(s, actor, inp.mediator_id, unassigned=True)

    @staticmethod
    def _check_code(s: Session, list_name: str, code: str | None, kept: str | None = None) -> None:
        """An active entry of the list; ``kept``, the value the record already holds, stays valid after the
        administrator deactivated it (the case keeps its type; new cases cannot choose it)."""
        if code is not None and code == kept:
            return
        ok = s.scalar(
            select(func.count())
            .select_from(CodeItem)
            .where(CodeItem.list_name == list_name, CodeItem.code == (code or ""), CodeItem.active.is_(True))
        )
        if not ok:
            raise ValidationError(list_name, f"unknown_{list_name}")

    @staticmethod
    def _check_mediator(s: Session, actor: Actor, mediator_id: int, *, unassigned: bool) -> StaffUser:
        u = s.get(StaffUser, mediator_id)
        if u is None or not u.active or u.role not in MEDIATOR_ROLES:
            raise ValidationError("mediator_id", "not_a_mediator")
        # 归口调处 is the director's decision; a mediator may take an unassigned case themselves
        if not can(actor.role, Perm.CASES_ASSIGN) and not (unassigned and mediator_id == actor.id):
            raise PermissionDenied(Perm.CASES_ASSIGN.value)
        return u

    def _party_row(self, s: Session, p: PartyInput) -> CaseParty:
        if p.role not in PARTY_ROLES:
            raise ValidationError("role", "unknown_party_role")
        values = {
            "sex": p.sex,
            "ethnic_code": p.ethnic_code,
            "birth_date": p.birth_date,
            "occupation": optional_field(p.occupation, "occupation", 100),
            "phone": optional_field(p.phone, "phone", 32),
            "address": optional_field(p.address, "address", 200),
        }
        name = (p.name or "").strip()
        if p.person_id is not None:
            person = s.get(Person, p.person_id)
            if person is None:
                raise ValidationError("person_id", "unknown_person")
            address = (
                s.scalar(select(Address.full_text).where(Address.id == person.address_id))
                if person.address_id
                else None
            )
            register = {
                "sex": person.sex,
                "ethnic_code": person.ethnic_code,
                "birth_date": person.birth_date,
                "occupation": person.employer,
                "phone": person.phone,
                "address": address or person.hukou_address,
            }
            values = {k: v if v not in (None, "") else register[k] for k, v in values.items()}
            name = name or person.name
        if not name:
            raise ValidationError("name", "required")
        if len(name) > 100:
            raise ValidationError("name", "too_long", limit=100)
        return CaseParty(
            person_id=p.person_id,
            role=p.role,
            name=name,
            agent_name=optional_field(p.agent_name, "agent_name", 100),
            **values,
        )

    def register_case(self, s: Session, actor: Actor, inp: CaseInput) -> DisputeCase:
        """The mediation room's intake, inside the caller's unit of work — how another room hands a matter over
        (reception: a visit; the grid reports): the case, its parties and the audit entry. The caller's unit is
        ``numbered`` (the case takes the next number of its year). The desk may hand a visit over (首问负责)."""
        require(actor, Perm.CASES_EDIT, *((Perm.VISITS_EDIT,) if inp.source == "from_visit" else ()))
        today = self._today()
        accepted = inp.accepted_on or today
        if accepted > today:
            raise ValidationError("accepted_on", "in_future")
        amount = _amount(inp.amount)
        self._validate_case(s, actor, inp)
        settings = self._settings_in(s)
        year = accepted.year
        seq = (s.scalar(select(func.max(DisputeCase.seq)).where(DisputeCase.year == year)) or 0) + 1
        c = DisputeCase(
            case_no=_format_no(settings.case_no_format, year, settings.committee_abbr, seq),
            year=year,
            seq=seq,
            source=inp.source,
            dispute_type=inp.dispute_type,
            grid_id=inp.grid_id,
            facts=inp.facts.strip(),
            claims=(inp.claims or "").strip(),
            amount=amount,
            people_involved=inp.people_involved,
            risk_level=inp.risk_level,
            police_flag=inp.police_flag,
            consent=inp.consent,
            status="assigned" if inp.mediator_id else "new",
            accepted_on=accepted,
            due_on=CalendarService.calendar_in(s).period_end(accepted, settings.due_days),
            mediator_id=inp.mediator_id,
            created_by=actor.id,
        )
        s.add(c)
        s.flush()
        parties = [self._party_row(s, p) for p in inp.parties]
        for p in parties:
            p.case_id, p.created_by = c.id, actor.id
        s.add_all(parties)
        s.flush()
        after = _case_values(c) | {"case_no": c.case_no, "parties": [_party_values(p) for p in parties]}
        summary = f"受理矛盾纠纷{c.case_no}（{CASE_SOURCE.zh(c.source)}）"
        record(s, actor, "create", "dispute_case", c.id, summary, after=after)
        if inp.police_flag:
            self._police_audit(s, actor, c)
        return c

    @staticmethod
    def _police_audit(s: Session, actor: Actor, c: DisputeCase) -> None:
        record(
            s,
            actor,
            "police_flag",
            "dispute_case",
            c.id,
            f"{c.case_no}可能激化为治安、刑事案件，应及时报告公安机关（人民调解法第二十五条）",
            after={"police_flag": True},
        )

    # -- editing -----------------------------------------------------------------------------------------
    def update_case(self, actor: Actor, case_id: int, version: int, ch: CaseChanges) -> CaseDetail:
        require(actor, Perm.CASES_EDIT)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.status == "closed":
                raise ValidationError("status", "case_closed")
            self._check_code(s, "dispute_type", ch.dispute_type, kept=c.dispute_type)
            if ch.risk_level not in RISK_LEVELS:
                raise ValidationError("risk_level", "unknown_risk_level")
            if ch.grid_id is not None and s.get(Grid, ch.grid_id) is None:
                raise ValidationError("grid_id", "unknown_grid")
            if not 1 <= ch.people_involved <= 100000:
                raise ValidationError("people_involved", "bad_people_involved")
            before = _case_values(c)
            raised = ch.police_flag and not c.police_flag
            c.dispute_type = ch.dispute_type
            c.facts = text_field(ch.facts, "facts", required=True, limit=20000)
            c.claims = text_field(ch.claims, "claims", limit=20000)
            c.grid_id = ch.grid_id
            c.amount = _amount(ch.amount)
            c.people_involved = ch.people_involved
            c.risk_level = ch.risk_level
            if ch.police_flag != c.police_flag:
                c.police_flag = ch.police_flag
                c.police_flag_ack_at = None
            s.flush()
            b, a = changes(before, _case_values(c))
            if a:
                record(s, actor, "update", "dispute_case", c.id, f"修改{c.case_no}", before=b, after=a)
            if raised:
                self._police_audit(s, actor, c)
            return self._detail(s, actor, c)

        return self._write(work)

    def acknowledge_police_flag(self, actor: Actor, case_id: int, version: int, note: str) -> CaseDetail:
        """Record that the police were told (art. 25): the alert stops shouting."""
        require(actor, Perm.CASES_EDIT)
        note = text_field(note, "note", required=True, limit=500)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if not c.police_flag or c.police_flag_ack_at is not None:
                raise ValidationError("police_flag", "nothing_to_acknowledge")
            c.police_flag_ack_at = utcnow()
            s.flush()
            record(
                s,
                actor,
                "police_ack",
                "dispute_case",
                c.id,
                f"{c.case_no}已报告公安机关：{note}",
                before={"police_flag_ack_at": None},
                after={"police_flag_ack_at": c.police_flag_ack_at},
                reason=note,
            )
            return self._detail(s, actor, c)

        return self._write(work)

    def add_party(self, actor: Actor, case_id: int, version: int, party: PartyInput) -> CaseDetail:
        require(actor, Perm.CASES_EDIT)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.status == "closed":
                raise ValidationError("status", "case_closed")
            p = self._party_row(s, party)
            p.case_id, p.created_by = c.id, actor.id
            s.add(p)
            c.updated_at = utcnow()  # the case changed: its version moves on
            s.flush()
            record(
                s,
                actor,
                "create",
                "case_party",
                p.id,
                f"{c.case_no}增加{PARTY_ROLE.zh(p.role)}{p.name}",
                after=_party_values(p),
            )
            return self._detail(s, actor, c)

        return self._write(work)

    def update_party(self, actor: Actor, party_id: int, version: int, party: PartyInput) -> CaseDetail:
        require(actor, Perm.CASES_EDIT)

        def work(s: Session) -> CaseDetail:
            p = self._row(s, CaseParty, party_id, version)
            c = self._case(s, p.case_id)
            if c.status == "closed":
                raise ValidationError("status", "case_closed")
            fresh = self._party_row(s, party)
            before = _party_values(p)
            for k in (
                "person_id",
                "role",
                "name",
                "sex",
                "ethnic_code",
                "birth_date",
                "occupation",
                "address",
                "agent_name",
            ):
                setattr(p, k, getattr(fresh, k))
            if party.phone or party.person_id != before["person_id"]:
                p.phone = fresh.phone  # a blank phone keeps the stored one (it was shown masked)
            s.flush()
            b, a = changes(before, _party_values(p))
            if a:
                record(
                    s,
                    actor,
                    "update",
                    "case_party",
                    p.id,
                    f"{c.case_no}修改当事人{p.name}",
                    before=b,
                    after=a,
                )
            return self._detail(s, actor, c)

        return self._write(work, "case_party")

    def remove_party(self, actor: Actor, party_id: int, version: int, reason: str) -> CaseDetail:
        """Only before the parties agreed to mediation (a party entered by mistake); audited."""
        require(actor, Perm.CASES_EDIT)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> CaseDetail:
            p = self._row(s, CaseParty, party_id, version)
            c = self._case(s, p.case_id)
            if c.consent != "pending":
                raise ValidationError("consent", "parties_fixed")
            if c.status == "closed":
                raise ValidationError("status", "case_closed")
            others = s.scalar(
                select(func.count())
                .select_from(CaseParty)
                .where(CaseParty.case_id == c.id, CaseParty.id != p.id)
            )
            if not others:
                raise ValidationError("party_id", "last_party")
            before = _party_values(p) | {"party_id": party_id}
            s.delete(p)
            c.updated_at = utcnow()
            s.flush()
            # recorded against the case: the party's row is gone, and the case's story shows the removal
            record(
                s,
                actor,
                "remove_party",
                "dispute_case",
                c.id,
                f"{c.case_no}删除当事人{before['name']}",
                before=before,
                reason=reason,
            )
            return self._detail(s, actor, c)

        return self._write(work, "case_party")

    def void_case(self, actor: Actor, case_id: int, version: int, reason: str) -> None:
        """A case registered by mistake (twice, wrong room): voided with a reason, never deleted."""
        require(actor, Perm.CASES_ASSIGN)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> None:
            c = self._case(s, case_id, version)
            c.voided_at, c.void_reason = utcnow(), reason
            s.flush()
            record(s, actor, "void", "dispute_case", c.id, f"作废{c.case_no}", reason=reason)

        self._write(work)

    # -- consent (art. 17) ---------------------------------------------------------------------------------
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
            before = _case_values(c)
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
            b, a = changes(before, _case_values(c))
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

    # -- routing (归口调处) ----------------------------------------------------------------------------------
    def assign(self, actor: Actor, case_id: int, version: int, mediator_id: int) -> CaseDetail:
        require(actor, Perm.CASES_EDIT, Perm.CASES_ASSIGN)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.status not in WORKING_STATUSES:
                raise ValidationError("status", "not_routable")
            u = self._check_mediator(s, actor, mediator_id, unassigned=c.mediator_id is None)
            before = _case_values(c)
            c.mediator_id = mediator_id
            if c.status in ("new", "returned"):
                c.status = "assigned"
            s.flush()
            b, a = changes(before, _case_values(c))
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
            before = _case_values(c)
            t = CaseTransfer(
                case_id=c.id, body=body, sent_on=self._day(sent_on, c, "sent_on"), created_by=actor.id
            )
            s.add(t)
            c.status = "transferred"
            s.flush()
            b, a = changes(before, _case_values(c))
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
            before = _case_values(c)
            t.signed_on = day
            c.outcome, c.status, c.closed_on = "transferred", "closed", day
            s.flush()
            b, a = changes(before, _case_values(c))
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
            before = _case_values(c)
            t.returned_on, t.return_reason = day, reason
            c.status = "returned"
            s.flush()
            b, a = changes(before, _case_values(c))
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

    # -- deadline ------------------------------------------------------------------------------------------
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
            before = _case_values(c)
            c.due_on = new_due_on
            c.extension_reason = reason
            c.extended_on = self._today()
            s.flush()
            b, a = changes(before, _case_values(c))
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

    # -- sessions ------------------------------------------------------------------------------------------
    def _check_working(self, c: DisputeCase) -> None:
        if c.consent != "agreed":
            raise ValidationError("consent", "consent_needed")
        if c.status not in WORKING_STATUSES:
            raise ValidationError("status", "not_mediating")

    @staticmethod
    def _session_values(inp: SessionInput) -> dict:
        if inp.held_at.tzinfo is None:
            raise ValidationError("held_at", "bad_time")
        return {
            "held_at": inp.held_at,
            "place": text_field(inp.place, "place", required=True, limit=200),
            "mediators": text_field(inp.mediators, "mediators", required=True, limit=200),
            "recorder": text_field(inp.recorder, "recorder", required=True, limit=100),
            "attendees": text_field(inp.attendees, "attendees", limit=5000),
            "rights_told": bool(inp.rights_told),
            "statements": text_field(inp.statements, "statements", limit=50000),
            "facts_verified": text_field(inp.facts_verified, "facts_verified", limit=20000),
            "risk_warning": text_field(inp.risk_warning, "risk_warning", limit=5000),
            "result": text_field(inp.result, "result", limit=5000),
        }

    def record_session(self, actor: Actor, case_id: int, version: int, inp: SessionInput) -> CaseDetail:
        require(actor, Perm.CASES_EDIT)
        values = self._session_values(inp)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            self._check_working(c)
            self._check_session_time(c, inp.held_at)
            m = MediationSession(case_id=c.id, created_by=actor.id, **values)
            s.add(m)
            before = _case_values(c)
            c.status = "mediating"
            s.flush()
            record(
                s,
                actor,
                "create",
                "mediation_session",
                m.id,
                f"{c.case_no}调解记录（{m.place}）",
                before=changes(before, _case_values(c))[0],
                after=values | {"case_id": c.id, "status": c.status},
            )
            return self._detail(s, actor, c)

        return self._write(work)

    def _check_session_time(self, c: DisputeCase, held_at: datetime) -> None:
        day = held_at.astimezone(CST).date()
        if day < c.accepted_on:
            raise ValidationError("held_at", "before_accepted")
        if day > self._today():
            raise ValidationError("held_at", "in_future")

    def update_session(self, actor: Actor, session_id: int, version: int, inp: SessionInput) -> CaseDetail:
        require(actor, Perm.CASES_EDIT)
        values = self._session_values(inp)

        def work(s: Session) -> CaseDetail:
            m = self._row(s, MediationSession, session_id, version)
            c = self._case(s, m.case_id)
            if c.status == "closed":
                raise ValidationError("status", "case_closed")
            self._check_session_time(c, inp.held_at)
            before = {k: getattr(m, k) for k in values}
            for k, v in values.items():
                setattr(m, k, v)
            s.flush()
            b, a = changes(before, values)
            if a:
                record(
                    s,
                    actor,
                    "update",
                    "mediation_session",
                    m.id,
                    f"修改{c.case_no}调解记录",
                    before=b,
                    after=a,
                )
            return self._detail(s, actor, c)

        return self._write(work, "mediation_session")

    def void_session(self, actor: Actor, session_id: int, version: int, reason: str) -> CaseDetail:
        require(actor, Perm.CASES_EDIT)
        reason = text_field(reason, "reason", required=True, limit=500)

        def work(s: Session) -> CaseDetail:
            m = self._row(s, MediationSession, session_id, version)
            c = self._case(s, m.case_id)
            if c.status == "closed":
                raise ValidationError("status", "case_closed")
            m.voided_at, m.void_reason = utcnow(), reason
            s.flush()
            record(s, actor, "void", "mediation_session", m.id, f"作废{c.case_no}调解记录", reason=reason)
            return self._detail(s, actor, c)

        return self._write(work, "mediation_session")

    # -- outcomes --------------------------------------------------------------------------------------------
    def record_agreement(self, actor: Actor, case_id: int, version: int, inp: AgreementInput) -> CaseDetail:
        """调解成功: a written agreement (协议书, art. 29) or an oral one whose content is recorded (art. 28).
        Schedules the return visit and opens the 司法确认 window (art. 33)."""
        require(actor, Perm.CASES_EDIT)
        if inp.kind not in AGREEMENT_KINDS:
            raise ValidationError("kind", "unknown_agreement_kind")
        terms = text_field(inp.terms, "terms", required=True, limit=20000)
        performance = text_field(inp.performance, "performance", required=inp.kind == "written", limit=5000)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            self._check_working(c)
            if not self._has_session(s, c.id):
                raise ValidationError("sessions", "no_session")
            signed = self._day(inp.signed_on, c, "signed_on")
            effective = inp.effective_on or signed
            if effective < signed:
                raise ValidationError("effective_on", "before_signed")
            settings = self._settings_in(s)
            cal = CalendarService.calendar_in(s)
            number = _format_no(settings.agreement_no_format, c.year, settings.committee_abbr, c.seq)
            taken = set(
                s.scalars(select(Agreement.agreement_no).where(Agreement.agreement_no.startswith(number)))
            )
            k = 1
            while (number if k == 1 else f"{number}-{k}") in taken:
                k += 1
            a = Agreement(
                case_id=c.id,
                agreement_no=number if k == 1 else f"{number}-{k}",
                kind=inp.kind,
                terms=terms,
                performance=performance,
                signed_on=signed,
                effective_on=effective,
                created_by=actor.id,
            )
            s.add(a)
            before = _case_values(c)
            c.outcome = "success_written" if inp.kind == "written" else "success_oral"
            c.status = "agreed"
            s.flush()
            rv = ReturnVisit(
                case_id=c.id,
                agreement_id=a.id,
                due_on=cal.period_end(signed, settings.return_visit_days),
                visitor_id=c.mediator_id,
                created_by=actor.id,
            )
            s.add(rv)
            s.flush()
            b, after = changes(before, _case_values(c))
            record(
                s,
                actor,
                "agreement",
                "dispute_case",
                c.id,
                f"{c.case_no}{CASE_OUTCOME.zh(c.outcome)}，协议编号{a.agreement_no}",
                before=b,
                after=after
                | {
                    "agreement_id": a.id,
                    "agreement_no": a.agreement_no,
                    "terms": terms,
                    "performance": performance,
                    "signed_on": signed,
                    "effective_on": effective,
                    "return_visit_due_on": rv.due_on,
                },
            )
            return self._detail(s, actor, c)

        return self._write(work)

    @staticmethod
    def _has_session(s: Session, case_id: int) -> bool:
        return bool(
            s.scalar(
                select(func.count())
                .select_from(MediationSession)
                .where(MediationSession.case_id == case_id, MediationSession.voided_at.is_(None))
            )
        )

    def record_failure(
        self,
        actor: Actor,
        case_id: int,
        version: int,
        remedies: str,
        *,
        terminated: bool = False,
        reason: str = "",
    ) -> CaseDetail:
        """调解不成 (after at least one session) or 终止 (a party withdraws, art. 23): mediation ends and the
        remedies told (arbitration, administrative, court) are recorded (art. 26)."""
        require(actor, Perm.CASES_EDIT)
        remedies = text_field(remedies, "remedies", required=True, limit=2000)
        reason = text_field(reason, "reason", required=terminated, limit=2000)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            self._check_working(c)
            if not terminated and not self._has_session(s, c.id):
                raise ValidationError("sessions", "no_session")
            before = _case_values(c)
            c.outcome = "terminated" if terminated else "failed"
            c.remedies_told = remedies
            c.status = "failed"
            s.flush()
            b, a = changes(before, _case_values(c))
            record(
                s,
                actor,
                "outcome",
                "dispute_case",
                c.id,
                f"{c.case_no}{CASE_OUTCOME.zh(c.outcome)}，已告知救济途径",
                before=b,
                after=a,
                reason=reason or None,
            )
            return self._detail(s, actor, c)

        return self._write(work)

    # -- after the agreement ----------------------------------------------------------------------------------
    def schedule_return_visit(self, actor: Actor, case_id: int, version: int, due_on: date) -> CaseDetail:
        """Another 回访 (the performance was partial, the parties asked for one)."""
        require(actor, Perm.CASES_EDIT)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.status != "agreed":
                raise ValidationError("status", "no_agreement")
            if due_on < c.accepted_on:
                raise ValidationError("due_on", "before_accepted")
            if due_on < self._today():
                raise ValidationError("due_on", "in_the_past")
            agreement_id = s.scalar(
                select(Agreement.id)
                .where(Agreement.case_id == c.id, Agreement.voided_at.is_(None))
                .order_by(Agreement.id.desc())
                .limit(1)
            )
            rv = ReturnVisit(
                case_id=c.id,
                agreement_id=agreement_id,
                due_on=due_on,
                visitor_id=c.mediator_id,
                created_by=actor.id,
            )
            s.add(rv)
            c.updated_at = utcnow()
            s.flush()
            record(
                s,
                actor,
                "create",
                "return_visit",
                rv.id,
                f"{c.case_no}安排回访{due_on.isoformat()}",
                after={"due_on": due_on},
            )
            return self._detail(s, actor, c)

        return self._write(work)

    def record_return_visit(
        self, actor: Actor, return_visit_id: int, version: int, inp: ReturnVisitInput
    ) -> CaseDetail:
        require(actor, Perm.CASES_EDIT)
        if inp.satisfaction not in SATISFACTION:
            raise ValidationError("satisfaction", "unknown_satisfaction")
        performance = text_field(inp.performance, "performance", required=True, limit=5000)
        signs = optional_field(inp.escalation_signs, "escalation_signs", 5000)

        def work(s: Session) -> CaseDetail:
            rv = self._row(s, ReturnVisit, return_visit_id, version)
            c = self._case(s, rv.case_id)
            if rv.done_on is not None:
                raise ValidationError("return_visit", "already_done")
            day = self._day(inp.done_on, c, "done_on")
            before = {"done_on": None}
            rv.done_on, rv.performance, rv.satisfaction = day, performance, inp.satisfaction
            rv.lawsuit, rv.escalation_signs = bool(inp.lawsuit), signs
            rv.visitor_id = actor.id
            s.flush()
            after = {
                "done_on": day,
                "performance": performance,
                "satisfaction": inp.satisfaction,
                "lawsuit": bool(inp.lawsuit),
                "escalation_signs": signs,
            }
            record(s, actor, "update", "return_visit", rv.id, f"{c.case_no}回访", before=before, after=after)
            return self._detail(s, actor, c)

        return self._write(work, "return_visit")

    def record_confirmation_application(
        self, actor: Actor, agreement_id: int, version: int, applied_on: date
    ) -> CaseDetail:
        """Both parties applied to the court for 司法确认 (art. 33): within 30 days of the agreement's effect."""
        require(actor, Perm.CASES_EDIT)

        def work(s: Session) -> CaseDetail:
            a = self._row(s, Agreement, agreement_id, version)
            c = self._case(s, a.case_id)
            if a.judicial_confirmation_applied_on is not None:
                raise ValidationError("applied_on", "already_applied")
            until = CalendarService.calendar_in(s).period_end(a.effective_on, CONFIRMATION_DAYS)
            if applied_on < a.effective_on or applied_on > self._today():
                raise ValidationError("applied_on", "bad_date")
            if applied_on > until:
                raise ValidationError("applied_on", "confirmation_window_closed", until=until)
            a.judicial_confirmation_applied_on = applied_on
            c.updated_at = utcnow()
            s.flush()
            record(
                s,
                actor,
                "confirmation",
                "agreement",
                a.id,
                f"{c.case_no}当事人共同申请司法确认（{applied_on.isoformat()}）",
                before={"judicial_confirmation_applied_on": None},
                after={"judicial_confirmation_applied_on": applied_on},
            )
            return self._detail(s, actor, c)

        return self._write(work, "agreement")

    # -- closing and the dossier ----------------------------------------------------------------------------
    def close_case(
        self, actor: Actor, case_id: int, version: int, closed_on: date | None = None
    ) -> CaseDetail:
        """结案归档: after an outcome (and, for an agreement, its return visit)."""
        require(actor, Perm.CASES_EDIT)

        def work(s: Session) -> CaseDetail:
            c = self._case(s, case_id, version)
            if c.status not in ("agreed", "failed"):
                raise ValidationError("status", "no_outcome")
            pending = s.scalar(
                select(func.count())
                .select_from(ReturnVisit)
                .where(
                    ReturnVisit.case_id == c.id,
                    ReturnVisit.done_on.is_(None),
                    ReturnVisit.voided_at.is_(None),
                )
            )
            if pending:
                raise ValidationError("return_visit", "return_visit_pending")
            before = _case_values(c)
            c.status, c.closed_on = "closed", self._day(closed_on, c, "closed_on")
            s.flush()
            b, a = changes(before, _case_values(c))
            record(s, actor, "close", "dispute_case", c.id, f"{c.case_no}结案归档", before=b, after=a)
            return self._detail(s, actor, c)

        return self._write(work)

    def dossier(self, actor: Actor, case_id: int, *, store: bool = True) -> DossierDTO:
        """The 卷宗 as one PDF (cover, 卷内目录 with page numbers, every document in order; missing mandatory
        documents listed first). ``store`` keeps it with the case (the archived copy, replaced when made
        again)."""
        from desktop.services.mediation import dossier as mediation_dossier

        self._require_read(actor)
        if self._printing is None:
            raise RuntimeError("MediationService needs the print service for the dossier")
        with self._sessions() as s:
            source = mediation_dossier.gather(s, self._case(s, case_id), actor, self._settings_in(s))
        out = mediation_dossier.assemble(self._printing, actor, source)
        if not store:
            return out

        def work(s: Session) -> DossierDTO:
            c = self._case(s, case_id)
            row = s.scalar(
                select(Attachment).where(Attachment.owner_kind == DOSSIER_OWNER, Attachment.owner_id == c.id)
            )
            digest = hashlib.sha256(out.pdf).hexdigest()
            name = f"{c.case_no}卷宗.pdf"
            if row is None:
                row = Attachment(owner_kind=DOSSIER_OWNER, owner_id=c.id, created_by=actor.id)
                s.add(row)
            row.filename, row.mime_type, row.sha256, row.size, row.data = (
                name,
                "application/pdf",
                digest,
                len(out.pdf),
                out.pdf,
            )
            s.flush()
            record(
                s,
                actor,
                "dossier",
                "dispute_case",
                c.id,
                f"{c.case_no}组卷（{out.page_count}页"
                + (f"，缺{'、'.join(out.missing)}）" if out.missing else "）"),
                after={"pages": out.page_count, "missing": list(out.missing), "sha256": digest},
            )
            return replace(out, assembled_at=row.updated_at or utcnow())

        return self._write(work)

    def close_and_archive(
        self, actor: Actor, case_id: int, version: int, closed_on: date | None = None
    ) -> tuple[CaseDetail, DossierDTO]:
        """Close the case, then assemble and keep its dossier (two units of work: the dossier reads the
        closed case)."""
        self.close_case(actor, case_id, version, closed_on)
        dossier = self.dossier(actor, case_id)
        return self.get_case(actor, case_id), dossier

    def stored_dossier(self, actor: Actor, case_id: int) -> bytes | None:
        self._require_read(actor)
        with self._sessions() as s:
            return s.scalar(
                select(Attachment.data).where(
                    Attachment.owner_kind == DOSSIER_OWNER, Attachment.owner_id == case_id
                )
            )

    # -- attachments ---------------------------------------------------------------------------------------
    def add_attachment(
        self,
        actor: Actor,
        case_id: int,
        category: str,
        filename: str,
        data: bytes,
        *,
        session_id: int | None = None,
    ) -> AttachmentDTO:
        """A photo, scan or any other file kept with the case (in the database: every room PC sees it), filed
        under the dossier section it belongs to; with ``session_id`` it goes with that session's record. Any
        type of file is kept (evidence comes in every form); its type is read from its content."""
        require(actor, Perm.CASES_EDIT)
        if category not in ATTACHMENT_CATEGORIES:
            raise ValidationError("category", "unknown_category")

        def work(s: Session) -> AttachmentDTO:
            c = self._case(s, case_id)
            if session_id is not None:
                m = self._row(s, MediationSession, session_id)
                if m.case_id != c.id:
                    raise ValidationError("session_id", "other_case")
                kind, owner = SESSION_OWNER, m.id
            else:
                kind, owner = f"{CASE_OWNER}.{category}", c.id
            row = attachments.store(s, actor, kind, owner, filename, data, accept=None, field="data")
            record(
                s,
                actor,
                "attach",
                "dispute_case",
                c.id,
                f"{c.case_no}附件：{row.filename}",
                after={
                    "attachment_id": row.id,
                    "category": category,
                    "size": row.size,
                    "sha256": row.sha256,
                },
            )
            return attachments.dto(row, category="session" if session_id else category, session_id=session_id)

        return self._write(work)

    def attachment_data(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        """(filename, mime type, bytes) of an attachment of a case; opening it is audited as a view (ID
        cards and evidence are personal data: PIPL art. 28, logs of access)."""
        self._require_read(actor)
        with self._sessions.begin() as s:
            row = attachments.load(s, attachment_id, (CASE_OWNER, SESSION_OWNER))
            case_id = row.owner_id
            if row.owner_kind == SESSION_OWNER:
                case_id = s.scalar(
                    select(MediationSession.case_id).where(MediationSession.id == row.owner_id)
                )
            c = s.get(DisputeCase, case_id) if case_id is not None else None
            if c is None:
                raise NotFound("attachment")
            record(
                s,
                actor,
                "view",
                "dispute_case",
                c.id,
                f"查看{c.case_no}附件：{row.filename}",
                after={"attachment_id": row.id, "sha256": row.sha256},
            )
            return row.filename, row.mime_type, row.data

    # -- reading -----------------------------------------------------------------------------------------------
    def get_case(self, actor: Actor, case_id: int) -> CaseDetail:
        self._require_read(actor)
        with self._sessions() as s:
            return self._detail(s, actor, self._case(s, case_id))

    def count_queue(self, actor: Actor, filt: QueueFilter) -> int:
        self._require_read(actor)
        with self._sessions() as s:
            conds = self._conditions(s, actor, filt)
            return mediation_queue.count(s.connection(), conds)

    def queue_window(
        self,
        actor: Actor,
        filt: QueueFilter,
        *,
        after: tuple[date, int] | None = None,
        offset: int = 0,
        limit: int = 100,
        from_end: bool = False,
    ) -> list[CaseRow]:
        """A page of the queue (see mediation_queue.window: keyset after a row, or an offset from either end)."""
        self._require_read(actor)
        with self._sessions() as s:
            conds = self._conditions(s, actor, filt)
            rows = mediation_queue.window(
                s.connection(), filt.queue, conds, after=after, offset=offset, limit=limit, from_end=from_end
            )
            return _flag_provisional(s, rows)

    def queue_first(
        self, actor: Actor, filt: QueueFilter, limit: int = 100
    ) -> tuple[int, list[CaseRow], QueueCounts]:
        """What the list shows first, in one read: its size, its first page, and the badges of every queue."""
        self._require_read(actor)
        with self._sessions() as s:
            return self._queue_first(s, actor, filt, self._settings_in(s), limit)

    def _queue_first(
        self, s: Session, actor: Actor, filt: QueueFilter, settings: MediationSettings, limit: int
    ) -> tuple[int, list[CaseRow], QueueCounts]:
        conn = s.connection()
        today, days = self._today(), settings.due_soon_days
        conds = mediation_queue.conditions(
            filt, me=actor.id, today=today, due_soon_days=days, dialect=conn.dialect.name
        )
        rows = mediation_queue.window(conn, filt.queue, conds, limit=limit)
        total = len(rows) if len(rows) < limit else mediation_queue.count(conn, conds)
        badges = mediation_queue.counts(conn, filt, me=actor.id, today=today, due_soon_days=days)
        return total, _flag_provisional(s, rows), badges

    def queue_counts(self, actor: Actor, filt: QueueFilter = QueueFilter()) -> QueueCounts:
        self._require_read(actor)
        with self._sessions() as s:
            settings = self._settings_in(s)
            return mediation_queue.counts(
                s.connection(), filt, me=actor.id, today=self._today(), due_soon_days=settings.due_soon_days
            )

    def _conditions(self, s: Session, actor: Actor, filt: QueueFilter) -> list:
        days = self._settings_in(s).due_soon_days
        return mediation_queue.conditions(
            filt, me=actor.id, today=self._today(), due_soon_days=days, dialect=s.get_bind().dialect.name
        )

    def reminders(self, actor: Actor, *, within_days: int | None = None) -> list[Reminder]:
        """Return visits due (or late) and 司法确认 windows about to close, soonest first."""
        self._require_read(actor)
        today = self._today()
        with self._sessions() as s:
            settings = self._settings_in(s)
            horizon = today + timedelta(
                days=within_days if within_days is not None else settings.due_soon_days
            )
            cal = CalendarService.calendar_in(s)
            out: list[Reminder] = []
            open_case = (DisputeCase.voided_at.is_(None), DisputeCase.status != "closed")
            for rv_id, due, cid, no in s.execute(
                select(ReturnVisit.id, ReturnVisit.due_on, DisputeCase.id, DisputeCase.case_no)
                .join(DisputeCase, DisputeCase.id == ReturnVisit.case_id)
                .where(
                    ReturnVisit.done_on.is_(None),
                    ReturnVisit.voided_at.is_(None),
                    ReturnVisit.due_on <= horizon,
                    *open_case,
                )
            ):
                out.append(Reminder("return_visit", cid, no, rv_id, due, "", cal.provisional(due)))
            earliest = today - timedelta(days=CONFIRMATION_DAYS + 15)
            for a_id, effective, cid, no in s.execute(
                select(Agreement.id, Agreement.effective_on, DisputeCase.id, DisputeCase.case_no)
                .join(DisputeCase, DisputeCase.id == Agreement.case_id)
                .where(
                    Agreement.voided_at.is_(None),
                    Agreement.judicial_confirmation_applied_on.is_(None),
                    Agreement.effective_on >= earliest,
                    DisputeCase.voided_at.is_(None),
                )
            ):
                until = cal.period_end(effective, CONFIRMATION_DAYS)
                if until - timedelta(days=settings.confirmation_reminder_days) <= today <= until:
                    out.append(Reminder("confirmation", cid, no, a_id, until, "", cal.provisional(until)))
            names = (
                mediation_queue.party_names(s.connection(), sorted({r.case_id for r in out})) if out else {}
            )
            return sorted(
                (replace(r, parties=names.get(r.case_id, "")) for r in out),
                key=lambda r: (r.due_on, r.kind, r.ref_id),
            )

    # -- DTOs ----------------------------------------------------------------------------------------------------
    def _detail(self, s: Session, actor: Actor, c: DisputeCase) -> CaseDetail:
        settings = self._settings_in(s)
        cal = CalendarService.calendar_in(s)
        staff = dict(s.execute(select(StaffUser.id, StaffUser.full_name)).all())
        parties = sorted(
            s.scalars(select(CaseParty).where(CaseParty.case_id == c.id)),
            key=lambda p: (PARTY_ROLES.index(p.role) if p.role in PARTY_ROLES else 9, p.id),
        )
        party_dtos = tuple(
            PartyDTO(
                p.id,
                p.version,
                p.person_id,
                p.role,
                p.name,
                p.sex,
                p.ethnic_code,
                p.birth_date,
                p.occupation,
                mask_phone(p.phone),
                p.address,
                p.agent_name,
            )
            for p in parties
        )
        transfers = tuple(
            TransferDTO(t.id, t.version, t.body, t.sent_on, t.signed_on, t.returned_on, t.return_reason)
            for t in s.scalars(
                select(CaseTransfer).where(CaseTransfer.case_id == c.id).order_by(CaseTransfer.id)
            )
        )
        sessions = tuple(
            SessionDTO(
                m.id,
                m.version,
                m.held_at,
                m.place,
                m.mediators,
                m.recorder,
                m.attendees or "",
                m.rights_told,
                m.statements or "",
                m.facts_verified or "",
                m.risk_warning or "",
                m.result or "",
            )
            for m in s.scalars(
                select(MediationSession)
                .where(MediationSession.case_id == c.id, MediationSession.voided_at.is_(None))
                .order_by(MediationSession.held_at, MediationSession.id)
            )
        )
        agreements = []
        for a in s.scalars(
            select(Agreement)
            .where(Agreement.case_id == c.id, Agreement.voided_at.is_(None))
            .order_by(Agreement.id)
        ):
            until = cal.period_end(a.effective_on, CONFIRMATION_DAYS)
            agreements.append(
                AgreementDTO(
                    a.id,
                    a.version,
                    a.agreement_no,
                    a.kind,
                    a.terms,
                    a.performance or "",
                    a.signed_on,
                    a.effective_on,
                    len(parties) + 1,
                    until,
                    until - timedelta(days=settings.confirmation_reminder_days),
                    a.judicial_confirmation_applied_on,
                )
            )
        visits = tuple(
            ReturnVisitDTO(
                r.id,
                r.version,
                r.agreement_id,
                r.due_on,
                r.done_on,
                r.performance,
                r.satisfaction,
                r.lawsuit,
                r.escalation_signs,
                staff.get(r.visitor_id, "") if r.visitor_id else "",
            )
            for r in s.scalars(
                select(ReturnVisit)
                .where(ReturnVisit.case_id == c.id, ReturnVisit.voided_at.is_(None))
                .order_by(ReturnVisit.due_on, ReturnVisit.id)
            )
        )
        session_ids = [m.id for m in sessions]
        files = []
        has_dossier = False
        q = select(*attachments.LISTED).where(
            (Attachment.owner_kind.startswith(CASE_OWNER + ".") & (Attachment.owner_id == c.id))
            | ((Attachment.owner_kind == SESSION_OWNER) & Attachment.owner_id.in_(session_ids or [-1]))
        )
        for row in s.execute(q.order_by(Attachment.id)):
            if row.owner_kind == DOSSIER_OWNER:
                has_dossier = True
            elif row.owner_kind == SESSION_OWNER:
                files.append(attachments.dto(row, category="session", session_id=row.owner_id))
            else:
                files.append(attachments.dto(row, category=row.owner_kind.split(".", 1)[1]))
        visit_id = s.scalar(select(Visit.id).where(Visit.dispute_case_id == c.id).limit(1))
        dto = CaseDTO(
            c.id,
            c.version,
            c.case_no,
            c.year,
            c.seq,
            c.source,
            c.dispute_type,
            c.grid_id,
            c.facts or "",
            c.claims or "",
            c.amount,
            c.people_involved,
            c.risk_level,
            c.police_flag,
            c.police_flag_ack_at,
            c.consent,
            c.consent_note,
            c.status,
            c.accepted_on,
            c.due_on,
            c.extension_reason,
            c.extended_on,
            c.mediator_id,
            staff.get(c.mediator_id, "") if c.mediator_id else "",
            c.outcome,
            c.remedies_told,
            c.closed_on,
            visit_id,
            c.status != "closed" and CalendarService.calendar_in(s).provisional(c.due_on),
        )
        timeline = self._timeline(s, dto, transfers, sessions, agreements, visits, files)
        return CaseDetail(
            dto,
            party_dtos,
            transfers,
            sessions,
            tuple(agreements),
            visits,
            tuple(files),
            timeline,
            self._today(),
            settings.due_soon_days,
            has_dossier,
        )

    @staticmethod
    def _timeline(
        s: Session,
        c: CaseDTO,
        transfers: Iterable[TransferDTO],
        sessions: Iterable[SessionDTO],
        agreements: Sequence[AgreementDTO],
        visits: Iterable[ReturnVisitDTO],
        attachments: Iterable[AttachmentDTO],
    ) -> tuple[CaseEvent, ...]:
        """The case's whole story, oldest first: its rows, and from the audit log the steps that have no
        date column of their own (consent, assignment, an outcome without agreement, the police told)."""
        ev: list[CaseEvent] = []
        ev.append(CaseEvent(c.accepted_on, None, "accepted", CASE_SOURCE.zh(c.source), c.id))
        audited = {"consent", "assign", "outcome", "police_ack", "police_flag", "dossier", "remove_party"}
        for at, action, summary, username, after, reason in s.execute(
            select(
                AuditEntry.at,
                AuditEntry.action,
                AuditEntry.summary,
                AuditEntry.username,
                AuditEntry.after,
                AuditEntry.reason,
            )
            .where(
                AuditEntry.entity == "dispute_case",
                AuditEntry.entity_id == c.id,
                AuditEntry.action.in_(sorted(audited)),
            )
            .order_by(AuditEntry.id)
        ):
            kind = action
            if action == "consent":
                kind = "consent_refused" if '"refused"' in (after or "") else "consent_agreed"
            elif action == "remove_party":
                kind, summary = "party_removed", f"{summary}：{reason}" if reason else summary
            ev.append(CaseEvent(local_day(at), at, kind, summary, None, username))
        # a voided session leaves the record (and the 调解记录 printed); its voiding stays in the story
        voided = {
            m_id: (held_at, place)
            for m_id, held_at, place in s.execute(
                select(MediationSession.id, MediationSession.held_at, MediationSession.place).where(
                    MediationSession.case_id == c.id, MediationSession.voided_at.is_not(None)
                )
            )
        }
        if voided:
            for at, m_id, username, reason in s.execute(
                select(AuditEntry.at, AuditEntry.entity_id, AuditEntry.username, AuditEntry.reason)
                .where(
                    AuditEntry.entity == "mediation_session",
                    AuditEntry.action == "void",
                    AuditEntry.entity_id.in_(sorted(voided)),
                )
                .order_by(AuditEntry.id)
            ):
                held_at, place = voided[m_id]
                held = held_at.astimezone(CST).strftime("%Y-%m-%d %H:%M")
                detail = f"{held} {place}" + (f"：{reason}" if reason else "")
                ev.append(CaseEvent(local_day(at), at, "session_voided", detail, m_id, username))
        for t in transfers:
            ev.append(CaseEvent(t.sent_on, None, "transfer_sent", t.body, t.id))
            if t.signed_on:
                ev.append(CaseEvent(t.signed_on, None, "transfer_signed", t.body, t.id))
            if t.returned_on:
                ev.append(
                    CaseEvent(
                        t.returned_on, None, "transfer_returned", f"{t.body}：{t.return_reason or ''}", t.id
                    )
                )
        for m in sessions:
            ev.append(
                CaseEvent(
                    m.held_at.astimezone(CST).date(),
                    m.held_at,
                    "session",
                    m.result or m.place,
                    m.id,
                )
            )
        for a in agreements:
            ev.append(CaseEvent(a.signed_on, None, f"agreement_{a.kind}", a.agreement_no, a.id))
            if a.confirmation_applied_on:
                ev.append(
                    CaseEvent(a.confirmation_applied_on, None, "confirmation_applied", a.agreement_no, a.id)
                )
            else:
                ev.append(CaseEvent(a.confirmation_until, None, "confirmation_until", a.agreement_no, a.id))
        for r in visits:
            if r.done_on:
                ev.append(
                    CaseEvent(r.done_on, None, "return_visit_done", r.performance or "", r.id, r.visitor_name)
                )
            else:
                ev.append(CaseEvent(r.due_on, None, "return_visit_due", "", r.id))
        for f in attachments:
            ev.append(CaseEvent(local_day(f.created_at), f.created_at, "attachment", f.filename, f.id))
        if c.extended_on:
            ev.append(CaseEvent(c.extended_on, None, "extended", c.extension_reason or "", c.id))
        if c.status in DEADLINE_STATUSES:
            ev.append(CaseEvent(c.due_on, None, "due", "", c.id))
        if c.closed_on:
            ev.append(CaseEvent(c.closed_on, None, "closed", CASE_OUTCOME.zh(c.outcome), c.id))
        # within a day: the intake, what happened at a known time, what only has a date, then what is due
        floor = datetime.min.replace(tzinfo=UTC)
        order = {"accepted": 0, "due": 7, "confirmation_until": 8, "closed": 9}

        def key(e: CaseEvent):
            rank = order.get(e.kind, 2 if e.at is not None else 5)
            return (e.on, rank, e.at or floor)

        return tuple(sorted(ev, key=key))
