"""The working-rhythm room's services over one database, built once by the container."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.core.clock import now as utc_now
from desktop.services.core.clock import today as local_today
from desktop.services.rhythm.bulletins import BulletinService
from desktop.services.rhythm.grid_reports import GridReportService
from desktop.services.rhythm.meetings import MeetingService
from desktop.services.rhythm.rounds import RoundService
from desktop.services.rhythm.safety import SafetyService
from desktop.services.rhythm.tasks import TaskService


@dataclass(frozen=True)
class RhythmRoom:
    reports: GridReportService  # 网格上报 and 分家
    rounds: RoundService  # 集中排查, 零报告, sensitive periods
    meetings: MeetingService  # minutes and decisions
    tasks: TaskService  # everyone's list of what was decided
    safety: SafetyService  # units and hazards
    bulletins: BulletinService  # the police officer's weekly notice

    @classmethod
    def build(
        cls,
        sessions: sessionmaker[Session],
        *,
        key_groups,
        petitions,
        mediation,
        clock: Callable[[], date] = local_today,
        now: Callable[[], datetime] = utc_now,
    ) -> RhythmRoom:
        """``key_groups``, ``petitions``, ``mediation``: the other rooms' services a route or a figure reaches."""
        safety = SafetyService(sessions, clock, now)
        rounds = RoundService(sessions, clock, now)
        return cls(
            reports=GridReportService(
                sessions,
                key_groups=key_groups,
                petitions=petitions,
                mediation=mediation,
                safety=safety,
                clock=clock,
                now=now,
            ),
            rounds=rounds,
            meetings=MeetingService(
                sessions,
                rounds=rounds,
                safety=safety,
                mediation=mediation,
                petitions=petitions,
                key_groups=key_groups,
                clock=clock,
                now=now,
            ),
            tasks=TaskService(sessions, clock),
            safety=safety,
            bulletins=BulletinService(sessions, clock, now),
        )
