"""The volunteers' entries of a person's timeline: each service they gave."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Activity, Attendance, Volunteer
from desktop.services.core.clock import local_day
from desktop.services.core.dto import Actor, TimelineEntry
from desktop.services.core.timeline import timeline_source


@timeline_source("volunteer")
def _volunteering(s: Session, actor: Actor, person_id: int, visible) -> Iterable[TimelineEntry]:
    q = (
        select(Attendance.id, Activity.starts_at, Activity.title, Attendance.hours)
        .join(Activity, Activity.id == Attendance.activity_id)
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .where(Volunteer.person_id == person_id, Activity.voided_at.is_(None))
    )
    for aid, starts_at, title, hours in s.execute(q):
        yield TimelineEntry(
            local_day(starts_at), starts_at, "volunteer", f"志愿服务：{title}", f"{hours} 小时", aid
        )
