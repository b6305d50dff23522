"""The working calendar as this centre uses it: the library's holidays plus the administrator's corrections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import CalendarDay
from desktop.services.core import audit_service
from desktop.services.core.dto import Actor
from desktop.services.core.permissions import Perm, require
from desktop.services.core.work_calendar import WorkCalendar


@dataclass(frozen=True)
class CalendarCorrection:
    day: date
    is_workday: bool
    note: str


class CalendarService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def calendar(self) -> WorkCalendar:
        """A calendar with every correction applied; cheap enough to take per unit of work."""
        with self._sessions() as s:
            return self.calendar_in(s)

    @staticmethod
    def calendar_in(s: Session) -> WorkCalendar:
        return WorkCalendar({d.day: d.is_workday for d in s.scalars(select(CalendarDay))})

    def corrections(self) -> list[CalendarCorrection]:
        with self._sessions() as s:
            return [
                CalendarCorrection(d.day, d.is_workday, d.note)
                for d in s.scalars(select(CalendarDay).order_by(CalendarDay.day))
            ]

    def set_day(self, actor: Actor, day: date, is_workday: bool, note: str = "") -> CalendarCorrection:
        """Declare a day a working day (调休) or a rest day (holiday), overriding the library."""
        require(actor, Perm.SETTINGS_ADMIN)
        with self._sessions.begin() as s:
            row = s.scalar(select(CalendarDay).where(CalendarDay.day == day))
            before = {"is_workday": row.is_workday, "note": row.note} if row else None
            if row is None:
                row = CalendarDay(day=day, is_workday=is_workday, note=note)
                s.add(row)
            else:
                row.is_workday, row.note = is_workday, note
            s.flush()
            audit_service.record(
                s,
                actor,
                "update" if before else "create",
                "calendar_day",
                row.id,
                f"{day.isoformat()} {'工作日' if is_workday else '休息日'} {note}".strip(),
                before=before,
                after={"is_workday": is_workday, "note": note},
            )
            return CalendarCorrection(day, is_workday, note)
