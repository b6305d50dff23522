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

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Address,
    CaseParty,
    CodeItem,
    DisputeCase,
    Grid,
    Person,
    StaffUser,
)
from desktop.models.base import utcnow
from desktop.services.core import unit_of_work
from desktop.services.core.audit_service import changes, record
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.clock import today as local_today
from desktop.services.core.dto import Actor
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, can, require
from desktop.services.core.validators import optional_field, text_field
from desktop.services.core.vocabulary import CASE_SOURCE, PARTY_ROLE
from desktop.services.mediation.archive import ArchiveMixin
from desktop.services.mediation.casework import CaseWorkMixin
from desktop.services.mediation.dto import (
    PARTY_ROLES,
    RISK_LEVELS,
    SOURCES,
    CaseChanges,
    CaseDetail,
    CaseInput,
    PartyInput,
)
from desktop.services.mediation.reading import ReadingMixin
from desktop.services.mediation.records import (
    MEDIATOR_ROLES,
    case_values,
    format_no,
    parse_amount,
    party_values,
)
from desktop.services.mediation.routing import RoutingMixin
from desktop.services.mediation.settings import SettingsMixin


class MediationService(SettingsMixin, ReadingMixin, RoutingMixin, CaseWorkMixin, ArchiveMixin):
    """The room's one service, in files by concern: intake and editing here; settings and lists (settings.py),
    the read side (reading.py), consent and routing (routing.py), sessions to return visits (casework.py), closing,
    the dossier and files (archive.py). The parts share this object's sessions, clock and loaders (``_case``,
    ``_row``, ``_write``, ``_detail``). ``printing`` (the print service) renders the dossier; ``clock`` gives
    today's date (tests)."""

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
        ``numbered`` (the case takes the next number of its year). The desk may hand a visit over (首问负责), and
        whoever receives grid reports may route one here (回到社区再分家)."""
        handing = {"from_visit": (Perm.VISITS_EDIT,), "grid": (Perm.GRID_REPORTS_EDIT,)}.get(inp.source, ())
        require(actor, Perm.CASES_EDIT, *handing)
        today = self._today()
        accepted = inp.accepted_on or today
        if accepted > today:
            raise ValidationError("accepted_on", "in_future")
        amount = parse_amount(inp.amount)
        self._validate_case(s, actor, inp)
        settings = self._settings_in(s)
        year = accepted.year
        seq = (s.scalar(select(func.max(DisputeCase.seq)).where(DisputeCase.year == year)) or 0) + 1
        c = DisputeCase(
            case_no=format_no(settings.case_no_format, year, settings.committee_abbr, seq),
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
        after = case_values(c) | {"case_no": c.case_no, "parties": [party_values(p) for p in parties]}
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
            before = case_values(c)
            raised = ch.police_flag and not c.police_flag
            c.dispute_type = ch.dispute_type
            c.facts = text_field(ch.facts, "facts", required=True, limit=20000)
            c.claims = text_field(ch.claims, "claims", limit=20000)
            c.grid_id = ch.grid_id
            c.amount = parse_amount(ch.amount)
            c.people_involved = ch.people_involved
            c.risk_level = ch.risk_level
            if ch.police_flag != c.police_flag:
                c.police_flag = ch.police_flag
                c.police_flag_ack_at = None
            s.flush()
            b, a = changes(before, case_values(c))
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
                after=party_values(p),
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
            before = party_values(p)
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
            b, a = changes(before, party_values(p))
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
            before = party_values(p) | {"party_id": party_id}
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
