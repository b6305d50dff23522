"""The read side of the mediation room: one case with its story, the queues by keyset pages, the reminders."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Agreement,
    Attachment,
    AuditEntry,
    CaseParty,
    CaseTransfer,
    DisputeCase,
    MediationSession,
    ReturnVisit,
    StaffUser,
    Visit,
)
from desktop.services.core import attachments
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.clock import CST, local_day
from desktop.services.core.dto import Actor, AttachmentDTO
from desktop.services.core.permissions import mask_phone
from desktop.services.core.vocabulary import CASE_OUTCOME, CASE_SOURCE
from desktop.services.mediation import queue as mediation_queue
from desktop.services.mediation.dto import (
    CONFIRMATION_DAYS,
    DEADLINE_STATUSES,
    PARTY_ROLES,
    AgreementDTO,
    CaseDetail,
    CaseDTO,
    CaseEvent,
    CaseRow,
    MediationSettings,
    PartyDTO,
    QueueCounts,
    QueueFilter,
    Reminder,
    ReturnVisitDTO,
    SessionDTO,
    TransferDTO,
)
from desktop.services.mediation.records import (
    CASE_OWNER,
    DOSSIER_OWNER,
    SESSION_OWNER,
    flag_provisional,
)


class ReadingMixin:
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
            return flag_provisional(s, rows)

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
        return total, flag_provisional(s, rows), badges

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
