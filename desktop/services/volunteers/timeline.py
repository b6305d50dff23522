"""The volunteers' entries of a person's timeline: each service they gave (a shift they served, with its hours and
where their approval stands)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Activity, Attendance, Shift, Volunteer
from desktop.services.core.clock import local_day
from desktop.services.core.dto import Actor, TimelineEntry
from desktop.services.core.print_data import money
from desktop.services.core.timeline import timeline_source
from desktop.services.core.vocabulary import HOURS_STATUS


@timeline_source("volunteer")
def _volunteering(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    q = (
        select(Attendance.id, Shift.starts_at, Activity.title, Attendance.hours, Attendance.hours_status)
        .join(Shift, Shift.id == Attendance.shift_id)
        .join(Activity, Activity.id == Shift.activity_id)
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .where(
            Volunteer.person_id == person_id,
            Attendance.cancelled_at.is_(None),
            Attendance.hours.is_not(None),
            Attendance.hours_status != "rejected",
        )
    )
    for aid, starts_at, title, hours, status in s.execute(q):
        state = "" if status == "approved" else f"（{HOURS_STATUS.zh(status)}）"
        yield TimelineEntry(
            local_day(starts_at),
            starts_at,
            "volunteer",
            f"志愿服务：{title}",
            f"{money(hours)} 小时{state}",
            aid,
        )
