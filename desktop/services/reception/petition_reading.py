"""Reading petitions: one with its steps and attachments (an accusation only for those entitled, each such read
audited, art. 30), the lists by deadline, the badge counts, the progress answer."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Attachment, Petition, Petitioner, PetitionStep, StaffUser, Visit
from desktop.services.core import attachments
from desktop.services.core.audit_service import record
from desktop.services.core.calendar_service import CalendarService
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, can, mask_phone
from desktop.services.core.timeline import short
from desktop.services.reception import petition_deadlines as rules
from desktop.services.reception.petition_dto import (
    HIDDEN,
    OPEN_STATUSES,
    QUEUES,
    DeadlineCounts,
    PetitionDetail,
    PetitionerDTO,
    PetitionFilter,
    PetitionRow,
    StepDTO,
)
from desktop.services.reception.petition_records import (
    OFFICE_KINDS,
    OWNER,
)
from desktop.services.reception.petition_texts import progress_sentence


class PetitionReadingMixin:
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
