"""The work on a case once mediation may begin: sessions, the agreement or the failure, return visits and the
司法确认 application (人民调解法 arts. 22-33)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Agreement,
    DisputeCase,
    MediationSession,
    ReturnVisit,
)
from desktop.models.base import utcnow
from desktop.services.core.audit_service import changes, record
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.clock import CST
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.validators import optional_field, text_field
from desktop.services.core.vocabulary import CASE_OUTCOME
from desktop.services.mediation.dto import (
    AGREEMENT_KINDS,
    CONFIRMATION_DAYS,
    SATISFACTION,
    WORKING_STATUSES,
    AgreementInput,
    CaseDetail,
    ReturnVisitInput,
    SessionInput,
)
from desktop.services.mediation.records import (
    case_values,
    format_no,
)


class CaseWorkMixin:
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
            before = case_values(c)
            c.status = "mediating"
            s.flush()
            record(
                s,
                actor,
                "create",
                "mediation_session",
                m.id,
                f"{c.case_no}调解记录（{m.place}）",
                before=changes(before, case_values(c))[0],
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
            number = format_no(settings.agreement_no_format, c.year, settings.committee_abbr, c.seq)
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
            before = case_values(c)
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
            b, after = changes(before, case_values(c))
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
            before = case_values(c)
            c.outcome = "terminated" if terminated else "failed"
            c.remedies_told = remedies
            c.status = "failed"
            s.flush()
            b, a = changes(before, case_values(c))
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
