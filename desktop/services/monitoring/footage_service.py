"""调阅登记 (公共安全视频图像信息系统管理条例 arts. 16, 20-22): every access to footage, from the request to the
director's decision, the two staff who carried it out and each exported file's SHA-256 and destination.

The register (``footage_register``) is append-only and hash-chained like the audit log (``core.hash_chain``): a
step is a new line, a correction is a new line naming the field, its old and new value and why. The request row
(``footage_request``) is what lists and the 审批表 read; ``verify`` checks the chain and that each request row
says what its lines say.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Camera,
    DisputeCase,
    FootageCamera,
    FootageFile,
    FootageRegisterEntry,
    FootageRequest,
    StaffUser,
    Visit,
)
from desktop.services.core import audit_service, clock, hash_chain, vocabulary
from desktop.services.core.dto import Actor, AuditVerdict
from desktop.services.core.errors import NotFound, ValidationError
from desktop.services.core.permissions import Perm, mask_id_number, require
from desktop.services.core.unit_of_work import load, write
from desktop.services.core.validators import text_field
from desktop.services.monitoring.camera_service import CameraService
from desktop.services.monitoring.dto import (
    FootageFileDTO,
    FootageInput,
    FootageRequestDTO,
    RegisterLineDTO,
)

_PG_LOCK = 7_316_011  # advisory lock of the register's chain
CORRECTABLE = ("requester_org", "requester_name", "legal_basis", "reason", "case_id", "visit_id")
_READERS = (Perm.FOOTAGE_REQUEST, Perm.FOOTAGE_APPROVE, Perm.MONITORING_DUTY)


def register_fields(
    at: datetime, request_id: int, step: str, user_id: int | None, username: str, data: str
) -> list:
    """What a register line's hash covers."""
    return [at.astimezone(UTC).isoformat(), request_id, step, user_id, username, data]


def _fields(e: FootageRegisterEntry) -> list:
    return register_fields(e.at, e.request_id, e.step, e.user_id, e.username, e.data)


def _json(data: dict) -> str:
    return audit_service.to_json(data) or "{}"


def file_sha256(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


# what each step does to the request row: replaying a request's lines gives its row (``verify``)
def _apply(r: FootageRequest, step: str, d: dict) -> None:
    if step == "filed":
        r.requester_org, r.requester_name = d["requester_org"], d["requester_name"]
        r.basis, r.legal_basis, r.reason, r.access = d["basis"], d["legal_basis"], d["reason"], d["access"]
        r.case_id, r.visit_id = d.get("case_id"), d.get("visit_id")
    elif step in ("approved", "refused"):
        r.decision, r.decision_reason, r.approver_id = step, d.get("reason", ""), d["approver_id"]
    elif step == "carried_out":
        r.handler_id, r.second_handler_id = d["handler_id"], d["second_handler_id"]
    elif step == "corrected":
        setattr(r, d["field"], d["after"])


class FootageService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        cameras: CameraService,
        now: Callable[[], datetime] = clock.now,
    ):
        self._sessions = sessions
        self._cameras = cameras
        self._now = now

    # -- the register ----------------------------------------------------------------------------------------
    def _line(self, s: Session, actor: Actor, r: FootageRequest, step: str, data: dict) -> None:
        entry = FootageRegisterEntry(
            at=self._now().replace(microsecond=0),
            request_id=r.id,
            step=step,
            user_id=actor.id,
            username=actor.username,
            data=_json(data),
        )
        hash_chain.append(s, FootageRegisterEntry, entry, _fields, _PG_LOCK)
        _apply(r, step, data)
        audit_service.record(
            s, actor, "footage", "footage_request", r.id, f"{r.number} {vocabulary.FOOTAGE_STEP.zh(step)}"
        )

    def verify(self, actor: Actor) -> AuditVerdict:
        """The chain unbroken, and each request row as its lines say (a row edited behind the register shows)."""
        require(actor, Perm.FOOTAGE_APPROVE, Perm.AUDIT_READ)
        with self._sessions() as s:
            lines = list(s.scalars(select(FootageRegisterEntry).order_by(FootageRegisterEntry.id)))
            verdict = hash_chain.verify(lines, _fields)
            if not verdict.ok:
                return verdict
            replayed: dict[int, FootageRequest] = {}
            for e in lines:
                _apply(replayed.setdefault(e.request_id, FootageRequest()), e.step, json.loads(e.data))
            for rid, want in replayed.items():
                row = s.get(FootageRequest, rid)
                for f in (
                    "requester_org",
                    "requester_name",
                    "reason",
                    "legal_basis",
                    "decision",
                    "approver_id",
                ):
                    if getattr(want, f, None) is not None and getattr(row, f) != getattr(want, f):
                        first = next(e.id for e in lines if e.request_id == rid)
                        return AuditVerdict(False, len(lines), first, "request_differs")
            return verdict

    def register(self, actor: Actor, since: datetime | None = None, until: datetime | None = None):
        """The register's lines in order (the 调阅登记簿)."""
        require(actor, *_READERS)
        q = select(FootageRegisterEntry, FootageRequest.number).join(
            FootageRequest, FootageRequest.id == FootageRegisterEntry.request_id
        )
        if since:
            q = q.where(FootageRegisterEntry.at >= since)
        if until:
            q = q.where(FootageRegisterEntry.at < until)
        with self._sessions() as s:
            return [
                RegisterLineDTO(
                    e.id, e.at, e.request_id, number or "", e.step, e.username, json.loads(e.data), e.hash
                )
                for e, number in s.execute(q.order_by(FootageRegisterEntry.id))
            ]

    # -- reading -------------------------------------------------------------------------------------------------
    def _dto(self, s: Session, r: FootageRequest) -> FootageRequestDTO:
        names = {k: v for k, v in s.execute(select(StaffUser.id, StaffUser.full_name))}
        cams = s.execute(
            select(Camera.id, Camera.code, Camera.name)
            .join(FootageCamera, FootageCamera.camera_id == Camera.id)
            .where(FootageCamera.request_id == r.id)
            .order_by(Camera.code)
        ).all()
        labels = {c.id: f"{c.code} {c.name}" for c in cams}
        files = tuple(
            FootageFileDTO(
                f.id, f.filename, f.size, f.sha256, f.destination, labels.get(f.camera_id, ""), f.created_at
            )
            for f in s.scalars(
                select(FootageFile).where(FootageFile.request_id == r.id).order_by(FootageFile.id)
            )
        )
        case_no = (
            s.scalar(select(DisputeCase.case_no).where(DisputeCase.id == r.case_id)) if r.case_id else ""
        )
        return FootageRequestDTO(
            id=r.id,
            version=r.version,
            number=r.number or "",
            requester_org=r.requester_org,
            requester_name=r.requester_name,
            requester_id=mask_id_number(r.requester_id_number),
            basis=r.basis,
            legal_basis=r.legal_basis,
            reason=r.reason,
            access=r.access,
            cameras=tuple(labels.values()),
            camera_ids=tuple(labels),
            window_start=r.window_start,
            window_end=r.window_end,
            case_id=r.case_id,
            case_no=case_no or "",
            visit_id=r.visit_id,
            decision=r.decision,
            decision_reason=r.decision_reason,
            approver=names.get(r.approver_id, "") if r.approver_id else "",
            decided_at=r.decided_at,
            handler=names.get(r.handler_id, "") if r.handler_id else "",
            second_handler=names.get(r.second_handler_id, "") if r.second_handler_id else "",
            accessed_at=r.accessed_at,
            files=files,
            created_at=r.created_at,
            voided=r.voided_at is not None,
        )

    def requests(
        self, actor: Actor, *, status: str | None = None, search: str = ""
    ) -> list[FootageRequestDTO]:
        require(actor, *_READERS)
        q = select(FootageRequest).order_by(FootageRequest.id.desc()).limit(500)
        if status == "pending":
            q = q.where(FootageRequest.decision == "pending", FootageRequest.voided_at.is_(None))
        elif status in ("approved", "refused"):
            q = q.where(FootageRequest.decision == status, FootageRequest.voided_at.is_(None))
        if search.strip():
            like = f"%{search.strip()}%"
            q = q.where(
                FootageRequest.number.like(like)
                | FootageRequest.requester_org.like(like)
                | FootageRequest.requester_name.like(like)
            )
        with self._sessions() as s:
            return [self._dto(s, r) for r in s.scalars(q)]

    def get(self, actor: Actor, request_id: int) -> FootageRequestDTO:
        require(actor, *_READERS)
        with self._sessions() as s:
            r = s.get(FootageRequest, request_id)
            if r is None:
                raise NotFound("footage_request")
            return self._dto(s, r)

    def staff(self, actor: Actor) -> list[tuple[int, str]]:
        """Who may be the second person carrying out an access."""
        require(actor, *_READERS)
        with self._sessions() as s:
            rows = s.execute(
                select(StaffUser.id, StaffUser.full_name)
                .where(StaffUser.active.is_(True), StaffUser.role.in_(("monitor", "director", "police")))
                .order_by(StaffUser.full_name)
            )
            return [(i, n) for i, n in rows]

    # -- the steps -----------------------------------------------------------------------------------------------
    def _checked(self, d: FootageInput, s: Session) -> dict:
        out = {
            "requester_org": text_field(d.requester_org, "requester_org", required=True, limit=200),
            "requester_name": text_field(d.requester_name, "requester_name", required=True, limit=100),
            "reason": text_field(d.reason, "reason", required=True, limit=2000),
            "legal_basis": text_field(d.legal_basis, "legal_basis", limit=1000),
            "basis": d.basis,
            "access": d.access,
            "case_id": d.case_id,
            "visit_id": d.visit_id,
        }
        if d.basis not in vocabulary.FOOTAGE_BASIS:
            raise ValidationError("basis", "unknown_code")
        if d.access not in vocabulary.FOOTAGE_ACCESS:
            raise ValidationError("access", "unknown_code")
        if d.basis == "state_organ" and not out["legal_basis"]:
            raise ValidationError("legal_basis", "required")  # art. 20: within the organ's authority
        if not d.camera_ids:
            raise ValidationError("camera_ids", "required")
        if d.window_end <= d.window_start:
            raise ValidationError("window_end", "window_reversed")
        if d.window_start > self._now():
            raise ValidationError("window_start", "window_in_future")
        cams = list(s.scalars(select(Camera).where(Camera.id.in_(d.camera_ids))))
        if len(cams) != len(set(d.camera_ids)):
            raise ValidationError("camera_ids", "not_found")
        kept = max(c.storage_days for c in cams)
        if d.window_end < self._now() - timedelta(days=kept):
            raise ValidationError("window_end", "beyond_retention", days=kept)
        if d.case_id is not None and s.get(DisputeCase, d.case_id) is None:
            raise ValidationError("case_id", "not_found")
        if d.visit_id is not None and s.get(Visit, d.visit_id) is None:
            raise ValidationError("visit_id", "not_found")
        return out

    def file_request(self, actor: Actor, data: FootageInput) -> FootageRequestDTO:
        """Register a request (the first line of its register)."""
        require(actor, Perm.FOOTAGE_REQUEST)
        id_number = text_field(data.requester_id_number, "requester_id_number", limit=40) or None

        def work(s: Session) -> FootageRequestDTO:
            facts = self._checked(data, s)
            year = clock.local_day(self._now()).year
            prefix = f"调阅〔{year}〕"
            n = s.scalar(select(func.count()).where(FootageRequest.number.startswith(prefix))) or 0
            r = FootageRequest(
                number=f"{prefix}{n + 1}号",
                window_start=data.window_start,
                window_end=data.window_end,
                requester_org=facts["requester_org"],
                requester_name=facts["requester_name"],
                requester_id_number=id_number,
                basis=facts["basis"],
                reason=facts["reason"],
                created_by=actor.id,
            )
            s.add(r)
            s.flush()
            for cid in dict.fromkeys(data.camera_ids):
                s.add(FootageCamera(request_id=r.id, camera_id=cid, created_by=actor.id))
            self._line(
                s,
                actor,
                r,
                "filed",
                facts
                | {
                    "requester_id": mask_id_number(id_number),
                    "camera_ids": list(dict.fromkeys(data.camera_ids)),
                    "window_start": data.window_start,
                    "window_end": data.window_end,
                },
            )
            s.flush()
            return self._dto(s, r)

        return write(self._sessions, work, "footage_request", numbered=True)

    def _pending(self, s: Session, request_id: int, version: int) -> FootageRequest:
        r = load(s, FootageRequest, request_id, version)
        if r.decision != "pending":
            raise ValidationError("decision", "already_decided")
        return r

    def decide(self, actor: Actor, request_id: int, version: int, approve: bool, reason: str = "") -> None:
        """The director's approval, or refusal with its reason."""
        require(actor, Perm.FOOTAGE_APPROVE)
        reason = text_field(reason, "decision_reason", required=not approve, limit=1000)

        def work(s: Session) -> None:
            r = self._pending(s, request_id, version)
            r.decided_at = self._now()
            self._line(
                s, actor, r, "approved" if approve else "refused", {"approver_id": actor.id, "reason": reason}
            )

        write(self._sessions, work, "footage_request")

    def carry_out(self, actor: Actor, request_id: int, version: int, second_handler_id: int) -> None:
        """The access was carried out by ``actor`` and a second member of staff (two people, as the rule asks)."""
        require(actor, Perm.MONITORING_DUTY)

        def work(s: Session) -> None:
            r = load(s, FootageRequest, request_id, version)
            if r.decision != "approved":
                raise ValidationError("decision", "not_approved")
            if r.accessed_at is not None:
                raise ValidationError("accessed_at", "already_carried_out")
            if second_handler_id == actor.id:
                raise ValidationError("second_handler_id", "same_person")
            second = s.get(StaffUser, second_handler_id)
            if second is None or not second.active:
                raise ValidationError("second_handler_id", "not_found")
            r.accessed_at = self._now()
            self._line(
                s, actor, r, "carried_out", {"handler_id": actor.id, "second_handler_id": second_handler_id}
            )

        write(self._sessions, work, "footage_request")

    def add_file(
        self,
        actor: Actor,
        request_id: int,
        path: Path,
        destination: str,
        camera_id: int | None = None,
    ) -> FootageFileDTO:
        """A file copied for an approved copy/export request: its SHA-256 (computed here) and where it went."""
        require(actor, Perm.MONITORING_DUTY)
        destination = text_field(destination, "destination", required=True, limit=300)
        digest, size = file_sha256(Path(path))

        def work(s: Session) -> FootageFileDTO:
            r = s.get(FootageRequest, request_id)
            if r is None or r.voided_at is not None:
                raise NotFound("footage_request")
            if r.decision != "approved":
                raise ValidationError("decision", "not_approved")
            if r.access == "view":
                raise ValidationError("access", "view_only")
            f = FootageFile(
                request_id=r.id,
                camera_id=camera_id,
                filename=Path(path).name,
                size=size,
                sha256=digest,
                destination=destination,
                created_by=actor.id,
            )
            s.add(f)
            s.flush()
            self._line(
                s,
                actor,
                r,
                "file",
                {
                    "filename": f.filename,
                    "size": size,
                    "sha256": digest,
                    "destination": destination,
                    "camera_id": camera_id,
                },
            )
            return FootageFileDTO(f.id, f.filename, size, digest, destination, "", f.created_at)

        return write(self._sessions, work, "footage_request")

    def correct(self, actor: Actor, request_id: int, version: int, field: str, value, why: str) -> None:
        """A correction is a new line: the field, what it said, what it says now, and why."""
        require(actor, Perm.FOOTAGE_REQUEST, Perm.FOOTAGE_APPROVE)
        if field not in CORRECTABLE:
            raise ValidationError("field", "not_correctable")
        why = text_field(why, "why", required=True, limit=500)

        def work(s: Session) -> None:
            r = load(s, FootageRequest, request_id, version)
            if field in ("requester_org", "requester_name", "reason"):
                new = text_field(value, field, required=True, limit=2000)
            elif field == "legal_basis":
                new = text_field(value, field, limit=1000)
            else:
                new = int(value) if value not in (None, "") else None
                model = DisputeCase if field == "case_id" else Visit
                if new is not None and s.get(model, new) is None:
                    raise ValidationError(field, "not_found")
            self._line(
                s,
                actor,
                r,
                "corrected",
                {"field": field, "before": getattr(r, field), "after": new, "why": why},
            )
            s.flush()

        write(self._sessions, work, "footage_request")

    def void(self, actor: Actor, request_id: int, version: int, reason: str) -> None:
        require(actor, Perm.FOOTAGE_REQUEST, Perm.FOOTAGE_APPROVE)
        reason = text_field(reason, "void_reason", required=True, limit=500)

        def work(s: Session) -> None:
            r = load(s, FootageRequest, request_id, version)
            r.voided_at, r.void_reason = self._now(), reason
            self._line(s, actor, r, "voided", {"reason": reason})

        write(self._sessions, work, "footage_request")

    def export_clip(
        self,
        actor: Actor,
        request_id: int,
        camera_id: int,
        folder: Path,
        destination: str,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> FootageFileDTO:
        """Copy a camera's recorded window of an approved request from its NVR into ``folder`` (stream copy to
        MP4, no re-encoding) and record the file. Long work: run it with ``tasks.run_long``. A device whose
        playback is not known here (ONVIF, generic RTSP) is refused with ``no_playback``. NVRs send the window at
        recorded speed: an hour takes about an hour."""
        from desktop.devices.footage_export import ExportFailed, copy_to_mp4

        require(actor, Perm.MONITORING_DUTY)
        r = self.get(actor, request_id)
        if r.voided or r.decision != "approved":
            raise ValidationError("decision", "not_approved")
        if r.access == "view":
            raise ValidationError("access", "view_only")
        if camera_id not in r.camera_ids:
            raise ValidationError("camera_id", "not_in_request")
        url = self._cameras.playback_source(actor, camera_id, r.window_start, r.window_end)
        if url is None:
            raise ValidationError("camera_id", "no_playback")
        code = r.cameras[r.camera_ids.index(camera_id)].split()[0]
        start = r.window_start.astimezone(clock.CST)
        end = r.window_end.astimezone(clock.CST)
        path = Path(folder) / f"{r.id:05d}_{code}_{start:%Y%m%d_%H%M}-{end:%H%M}.mp4"
        try:
            copy_to_mp4(
                url,
                path,
                max_seconds=(r.window_end - r.window_start).total_seconds(),
                progress=progress,
                cancelled=cancelled,
            )
        except ExportFailed as exc:
            raise ValidationError("camera_id", "export_failed", detail=str(exc)) from None
        if cancelled():
            from desktop.services.core.errors import Cancelled

            raise Cancelled("footage export")
        return self.add_file(actor, request_id, path, destination, camera_id)
