"""Closing a case and its dossier (卷宗), and the files kept with a case."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Attachment,
    DisputeCase,
    MediationSession,
    ReturnVisit,
)
from desktop.models.base import utcnow
from desktop.services.core import attachments
from desktop.services.core.audit_service import changes, record
from desktop.services.core.dto import Actor, AttachmentDTO
from desktop.services.core.errors import NotFound, ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.mediation.dto import (
    ATTACHMENT_CATEGORIES,
    CaseDetail,
    DossierDTO,
)
from desktop.services.mediation.records import (
    CASE_OWNER,
    DOSSIER_OWNER,
    SESSION_OWNER,
    case_values,
)


class ArchiveMixin:
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
            before = case_values(c)
            c.status, c.closed_on = "closed", self._day(closed_on, c, "closed_on")
            s.flush()
            b, a = changes(before, case_values(c))
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
