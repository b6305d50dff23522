"""值班记录 and 交接班: what the operator saw and did, the matters the next shift takes over, the handover
confirmed by both operators; snapshots of a camera kept with a duty-log entry, a dispute case or a visit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import (
    Attachment,
    Camera,
    CameraEvent,
    DisputeCase,
    DutyLog,
    ShiftHandover,
    StaffUser,
    Visit,
)
from desktop.services.core import attachments, audit_service, clock, vocabulary
from desktop.services.core.dto import Actor
from desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.unit_of_work import load, write
from desktop.services.core.validators import text_field
from desktop.services.monitoring.dto import (
    DutyEntryDTO,
    DutyEntryInput,
    HandoverDraft,
    HandoverDTO,
    SnapshotDTO,
)

SNAPSHOT_OWNERS = ("duty_log", "dispute_case", "visit")
_OWNER_MODELS = {"duty_log": DutyLog, "dispute_case": DisputeCase, "visit": Visit}


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line.strip())


class DutyService:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], datetime] = clock.now):
        self._sessions = sessions
        self._now = now

    # -- the duty log --------------------------------------------------------------------------------------------
    @staticmethod
    def _entry(s: Session, e: DutyLog, names: dict, cams: dict, shots: dict) -> DutyEntryDTO:
        return DutyEntryDTO(
            e.id,
            e.version,
            e.kind,
            e.logged_at,
            names.get(e.operator_id, "系统" if e.operator_id is None else ""),
            e.camera_id,
            cams.get(e.camera_id, ""),
            e.content,
            e.action,
            e.reported_to,
            e.open,
            e.closed_at,
            shots.get(e.id, 0),
        )

    def entries(
        self, actor: Actor, *, day: date | None = None, days: int = 1, open_only: bool = False
    ) -> list[DutyEntryDTO]:
        """A day's entries (today by default), newest first; ``open_only``: every open matter, any day."""
        require(actor, Perm.MONITORING_DUTY)
        q = select(DutyLog).where(DutyLog.voided_at.is_(None)).order_by(DutyLog.logged_at.desc())
        if open_only:
            q = q.where(DutyLog.open.is_(True))
        else:
            start = clock.day_start(day or clock.local_day(self._now())) - timedelta(days=days - 1)
            q = q.where(DutyLog.logged_at >= start, DutyLog.logged_at < start + timedelta(days=days))
        with self._sessions() as s:
            rows = list(s.scalars(q))
            names = {k: v for k, v in s.execute(select(StaffUser.id, StaffUser.full_name))}
            cams = {c.id: f"{c.code} {c.name}" for c in s.scalars(select(Camera))}
            shots = {
                k: v
                for k, v in s.execute(
                    select(Attachment.owner_id, func.count())
                    .where(Attachment.owner_kind.startswith("duty_log"))
                    .group_by(Attachment.owner_id)
                )
            }
            return [self._entry(s, e, names, cams, shots) for e in rows]

    def add_entry(self, actor: Actor, data: DutyEntryInput) -> int:
        require(actor, Perm.MONITORING_DUTY)
        content = text_field(data.content, "content", required=True, limit=4000)
        if data.kind not in ("duty", "fault", "retention_check"):
            raise ValidationError("kind", "unknown_code")

        def work(s: Session) -> int:
            if data.camera_id is not None and s.get(Camera, data.camera_id) is None:
                raise ValidationError("camera_id", "not_found")
            e = DutyLog(
                kind=data.kind,
                logged_at=data.logged_at or self._now(),
                operator_id=actor.id,
                camera_id=data.camera_id,
                content=content,
                action=text_field(data.action, "action", limit=4000),
                reported_to=text_field(data.reported_to, "reported_to", limit=200),
                open=data.open,
                created_by=actor.id,
            )
            s.add(e)
            s.flush()
            audit_service.record(
                s, actor, "create", "duty_log", e.id, f"{vocabulary.DUTY_KIND.zh(e.kind)}：{content[:60]}"
            )
            return e.id

        return write(self._sessions, work, "duty_log")

    def close_matter(self, actor: Actor, entry_id: int, version: int, action: str = "") -> None:
        """An open matter is dealt with (what was done is added to the entry)."""
        require(actor, Perm.MONITORING_DUTY)

        def work(s: Session) -> None:
            e = load(s, DutyLog, entry_id, version)
            e.open = False
            e.closed_at = self._now()
            if action.strip():
                e.action = (e.action + "\n" if e.action else "") + text_field(action, "action", limit=2000)
            audit_service.record(s, actor, "update", "duty_log", e.id, "办结值班事项", after={"open": False})

        write(self._sessions, work, "duty_log")

    # -- handover ------------------------------------------------------------------------------------------------
    def handover_draft(self, actor: Actor) -> HandoverDraft:
        """What a handover lists now: cameras whose last check found them offline, and the open matters."""
        require(actor, Perm.MONITORING_DUTY)
        with self._sessions() as s:
            offline = s.execute(
                select(Camera.code, Camera.name, CameraEvent.at)
                .join(CameraEvent, CameraEvent.camera_id == Camera.id)
                .where(
                    CameraEvent.id.in_(select(func.max(CameraEvent.id)).group_by(CameraEvent.camera_id)),
                    CameraEvent.online.is_(False),
                    Camera.state != "retired",
                )
                .order_by(Camera.code)
            ).all()
            matters = s.scalars(
                select(DutyLog)
                .where(DutyLog.open.is_(True), DutyLog.voided_at.is_(None))
                .order_by(DutyLog.logged_at)
            ).all()
            return HandoverDraft(
                tuple(
                    f"{code} {name}（{at.astimezone(clock.CST):%m-%d %H:%M}起离线）"
                    for code, name, at in offline
                ),
                tuple(f"{m.logged_at.astimezone(clock.CST):%m-%d %H:%M} {m.content}" for m in matters),
            )

    @staticmethod
    def _handover(h: ShiftHandover, names: dict) -> HandoverDTO:
        return HandoverDTO(
            h.id,
            h.version,
            h.handed_at,
            h.from_id,
            names.get(h.from_id, ""),
            h.to_id,
            names.get(h.to_id, "") if h.to_id else "",
            _lines(h.offline_cameras),
            _lines(h.open_matters),
            h.notes,
            h.accepted_at,
        )

    def hand_over(self, actor: Actor, to_id: int, notes: str = "", draft: HandoverDraft | None = None) -> int:
        """The outgoing operator hands over to ``to_id`` (the handover lists what ``draft`` or now says)."""
        require(actor, Perm.MONITORING_DUTY)
        if to_id == actor.id:
            raise ValidationError("to_id", "same_operator")
        draft = draft or self.handover_draft(actor)

        def work(s: Session) -> int:
            to = s.get(StaffUser, to_id)
            if to is None or not to.active:
                raise ValidationError("to_id", "not_found")
            h = ShiftHandover(
                handed_at=self._now(),
                from_id=actor.id,
                to_id=to_id,
                offline_cameras="\n".join(draft.offline_cameras),
                open_matters="\n".join(draft.open_matters),
                notes=text_field(notes, "notes", limit=4000),
                created_by=actor.id,
            )
            s.add(h)
            s.flush()
            s.add(
                DutyLog(
                    kind="handover",
                    logged_at=h.handed_at,
                    operator_id=actor.id,
                    content=f"交接班：交{to.full_name}；离线{len(draft.offline_cameras)}路，"
                    f"未结事项{len(draft.open_matters)}项。",
                    created_by=actor.id,
                )
            )
            audit_service.record(s, actor, "create", "shift_handover", h.id, f"交接班给 {to.full_name}")
            return h.id

        return write(self._sessions, work, "shift_handover")

    def accept_handover(self, actor: Actor, handover_id: int, version: int) -> None:
        """The incoming operator confirms (only the one it was handed to)."""
        require(actor, Perm.MONITORING_DUTY)

        def work(s: Session) -> None:
            h = load(s, ShiftHandover, handover_id, version)
            if h.to_id != actor.id:
                raise PermissionDenied("handover.accept")
            if h.accepted_at is not None:
                raise ValidationError("handover", "already_accepted")
            h.accepted_at = self._now()
            audit_service.record(s, actor, "update", "shift_handover", h.id, "接班确认")

        write(self._sessions, work, "shift_handover")

    def handovers(self, actor: Actor, limit: int = 50) -> list[HandoverDTO]:
        require(actor, Perm.MONITORING_DUTY)
        with self._sessions() as s:
            names = {k: v for k, v in s.execute(select(StaffUser.id, StaffUser.full_name))}
            q = select(ShiftHandover).order_by(ShiftHandover.handed_at.desc()).limit(limit)
            return [self._handover(h, names) for h in s.scalars(q)]

    def pending_for(self, actor: Actor) -> list[HandoverDTO]:
        """Handovers to this operator still to be confirmed."""
        return [h for h in self.handovers(actor) if h.to_id == actor.id and h.accepted_at is None]

    def colleagues(self, actor: Actor) -> list[tuple[int, str]]:
        """Who a shift may be handed to: the other active monitoring operators (and the director)."""
        require(actor, Perm.MONITORING_DUTY)
        with self._sessions() as s:
            rows = s.execute(
                select(StaffUser.id, StaffUser.full_name)
                .where(
                    StaffUser.active.is_(True),
                    StaffUser.role.in_(("monitor", "director")),
                    StaffUser.id != actor.id,
                )
                .order_by(StaffUser.full_name)
            )
            return [(i, n) for i, n in rows]

    # -- snapshots -----------------------------------------------------------------------------------------------
    def save_snapshot(
        self,
        actor: Actor,
        camera_id: int,
        png: bytes,
        taken_at: datetime,
        owner: tuple[str, int] | None = None,
        note: str = "",
    ) -> SnapshotDTO:
        """Keep a camera's current frame (PNG) with a duty-log entry (a new one when ``owner`` is None), a
        dispute case or a visit; audited."""
        require(actor, Perm.MONITORING_DUTY)

        def work(s: Session) -> SnapshotDTO:
            cam = s.get(Camera, camera_id)
            if cam is None:
                raise NotFound("camera")
            local = taken_at.astimezone(clock.CST)
            if owner is None:
                e = DutyLog(
                    kind="snapshot",
                    logged_at=taken_at,
                    operator_id=actor.id,
                    camera_id=camera_id,
                    content=text_field(note, "note", limit=2000) or f"截图：{cam.code} {cam.name}",
                    created_by=actor.id,
                )
                s.add(e)
                s.flush()
                kind, owner_id = "duty_log", e.id
            else:
                kind, owner_id = owner
                if kind not in SNAPSHOT_OWNERS:
                    raise ValidationError("owner", "unknown_code")
                row = s.get(_OWNER_MODELS[kind], owner_id)
                if row is None or getattr(row, "voided_at", None) is not None:
                    raise ValidationError("owner", "not_found")
            name = f"{cam.code}_{local:%Y%m%d_%H%M%S}.png"
            a = attachments.store(s, actor, f"{kind}.snapshot", owner_id, name, png, accept={"image/png"})
            audit_service.record(
                s,
                actor,
                "snapshot",
                "camera",
                camera_id,
                f"截图 {cam.code} {cam.name} {local:%Y-%m-%d %H:%M:%S}，存入 {kind} {owner_id}",
                after={"attachment": a.id, "sha256": a.sha256},
            )
            return SnapshotDTO(a.id, kind, owner_id, a.filename, a.sha256)

        return write(self._sessions, work, "attachment")
