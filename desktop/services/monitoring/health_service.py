"""The room's health checks: every minute each camera is probed (TCP connect + RTSP DESCRIBE, off the GUI
thread); a change of online/offline is kept as history, the day's counts give the online rate, and the day's
inspection record (巡检记录) is written by the first round after ``INSPECTION_HOUR``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.devices.camera_probe import ProbeResult, probe_all
from desktop.models import Camera, CameraDay, CameraEvent, DutyLog
from desktop.services.core import clock
from desktop.services.core.dto import SYSTEM, Actor
from desktop.services.core.permissions import Perm, require
from desktop.services.core.unit_of_work import write
from desktop.services.monitoring.camera_service import CameraService
from desktop.services.monitoring.dto import CameraEventDTO, DayRate, HealthDTO

INSPECTION_HOUR = 9  # the day's 巡检记录 is written by the first round from 09:00 (local)


@dataclass(frozen=True)
class HealthRound:
    online: int
    offline: int
    changed: tuple[str, ...]  # "CAM0003 东门 离线" for each camera that changed
    inspection_written: bool


class HealthService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        cameras: CameraService,
        now: Callable[[], datetime] = clock.now,
        probe: Callable[[dict[int, str]], dict[int, ProbeResult]] = probe_all,
    ):
        self._sessions = sessions
        self._cameras = cameras
        self._now = now
        self._probe = probe

    def check_round(self, actor: Actor) -> HealthRound:
        """One round over every camera in service: probe (no transaction open meanwhile), then record."""
        require(actor, Perm.MONITORING_DUTY)
        sources = [src for src in self._cameras.stream_sources(actor) if not src.problem]
        results = self._probe({src.camera_id: src.sub_url for src in sources})
        at = self._now()
        day = clock.local_day(at)

        def work(s: Session) -> HealthRound:
            last = {
                r.camera_id: r.online
                for r in s.execute(
                    select(CameraEvent.camera_id, CameraEvent.online).where(
                        CameraEvent.id.in_(select(func.max(CameraEvent.id)).group_by(CameraEvent.camera_id))
                    )
                )
            }
            days = {
                d.camera_id: d
                for d in s.scalars(
                    select(CameraDay).where(CameraDay.day == day, CameraDay.camera_id.in_(list(results)))
                )
            }
            names = {
                c.id: f"{c.code} {c.name}" for c in s.scalars(select(Camera).where(Camera.id.in_(results)))
            }
            changed = []
            for cid, r in results.items():
                if last.get(cid) is not r.online:
                    s.add(CameraEvent(camera_id=cid, at=at, online=r.online, detail=r.detail[:200]))
                    if cid in last:
                        changed.append(f"{names.get(cid, cid)} {'恢复在线' if r.online else '离线'}")
                row = days.get(cid)
                if row is None:
                    row = CameraDay(camera_id=cid, day=day, checks=0, online=0)
                    s.add(row)
                row.checks += 1
                row.online += int(r.online)
            written = self._inspection(s, at, day, results, names)
            online = sum(r.online for r in results.values())
            return HealthRound(online, len(results) - online, tuple(changed), written)

        return write(self._sessions, work, "camera_day", numbered=True)  # two PCs on one day row: once more

    def _inspection(self, s: Session, at: datetime, day: date, results, names) -> bool:
        if at.astimezone(clock.CST).hour < INSPECTION_HOUR:
            return False
        start = clock.day_start(day)
        done = s.scalar(
            select(DutyLog.id).where(
                DutyLog.kind == "daily_check",
                DutyLog.operator_id.is_(None),
                DutyLog.logged_at >= start,
                DutyLog.logged_at < start + timedelta(days=1),
            )
        )
        if done is not None:
            return False
        offline = [names.get(cid, str(cid)) for cid, r in results.items() if not r.online]
        n = len(results)
        text = f"每日巡检（系统自动）：{n - len(offline)}/{n}路在线。" + (
            "离线：" + "、".join(offline) + "。" if offline else "全部在线。"
        )
        s.add(
            DutyLog(
                kind="daily_check",
                logged_at=at,
                operator_id=None,
                content=text,
                action="离线点位请值班员核实并报修。" if offline else "",
                open=bool(offline),
                created_by=SYSTEM.id,
            )
        )
        return True

    # -- for the screen and the director ------------------------------------------------------------------------
    def today(self, actor: Actor) -> list[HealthDTO]:
        require(actor, Perm.MONITORING_DUTY, Perm.STATS_READ)
        day = clock.local_day(self._now())
        with self._sessions() as s:
            last = {
                e.camera_id: e
                for e in s.scalars(
                    select(CameraEvent).where(
                        CameraEvent.id.in_(select(func.max(CameraEvent.id)).group_by(CameraEvent.camera_id))
                    )
                )
            }
            counts = {d.camera_id: d for d in s.scalars(select(CameraDay).where(CameraDay.day == day))}
            out = []
            for c in s.scalars(select(Camera).where(Camera.state != "retired").order_by(Camera.code)):
                e, d = last.get(c.id), counts.get(c.id)
                out.append(
                    HealthDTO(
                        c.id,
                        c.code,
                        c.name,
                        e.online if e else None,
                        e.at if e else None,
                        d.checks if d else 0,
                        d.online if d else 0,
                    )
                )
            return out

    def day_rates(self, actor: Actor, days: int = 30) -> list[DayRate]:
        """The online rate of all cameras per day, oldest first (the director's view)."""
        require(actor, Perm.MONITORING_DUTY, Perm.STATS_READ)
        since = clock.local_day(self._now()) - timedelta(days=days - 1)
        with self._sessions() as s:
            rows = s.execute(
                select(CameraDay.day, func.sum(CameraDay.checks), func.sum(CameraDay.online))
                .where(CameraDay.day >= since)
                .group_by(CameraDay.day)
                .order_by(CameraDay.day)
            )
            return [DayRate(d, int(c or 0), int(o or 0)) for d, c, o in rows]

    def history(self, actor: Actor, camera_id: int, limit: int = 200) -> list[CameraEventDTO]:
        require(actor, Perm.MONITORING_DUTY, Perm.STATS_READ)
        with self._sessions() as s:
            q = (
                select(CameraEvent)
                .where(CameraEvent.camera_id == camera_id)
                .order_by(CameraEvent.id.desc())
                .limit(limit)
            )
            return [CameraEventDTO(e.at, e.online, e.detail) for e in s.scalars(q)]
