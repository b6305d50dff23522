"""The volunteers room's rules that queries and tests read on their own: shift overlap and capacity, the days a
series repeats on, hours from a check-in and check-out, approved totals, the next volunteer number.

Each function takes the caller's session: it is part of the caller's unit of work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Activity, Attendance, Shift, Volunteer
from desktop.services.core.clock import CST
from desktop.services.core.errors import ValidationError
from desktop.services.core.work_calendar import WorkCalendar

MAX_SERIES_DAYS = 366  # a series is generated a year at a time at most
MAX_SHIFT_HOURS = 24
QUARTER = Decimal("0.25")
LOCAL_PREFIX = "ZY"  # the centre's own volunteer numbers: ZY0000001
_NUMBER = re.compile(r"^[0-9A-Z][0-9A-Z-]{2,31}$")  # ASCII: a keyboard-wedge scanner types only ASCII


def overlapping(
    s: Session, volunteer_id: int, starts_at: datetime, ends_at: datetime, exclude_shift_id: int | None = None
):
    """The first shift of the volunteer (signed up, not cancelled) whose window overlaps ``starts_at``..``ends_at``,
    as (shift id, starts_at, ends_at, title), or None. Windows touching end to start (21:00 / 21:00) do not
    overlap: a shift ending when the next begins is no conflict."""
    q = (
        select(Shift.id, Shift.starts_at, Shift.ends_at, Activity.title)
        .join(Attendance, Attendance.shift_id == Shift.id)
        .join(Activity, Activity.id == Shift.activity_id)
        .where(
            Attendance.volunteer_id == volunteer_id,
            Attendance.cancelled_at.is_(None),
            Shift.cancelled_at.is_(None),
            Shift.starts_at < ends_at,
            Shift.ends_at > starts_at,
        )
        .order_by(Shift.starts_at)
        .limit(1)
    )
    if exclude_shift_id is not None:
        q = q.where(Shift.id != exclude_shift_id)
    return s.execute(q).first()


def check_free(s: Session, volunteer_id: int, shift: Shift) -> None:
    """ValidationError("shift_id", "overlap", title=, starts_at=, ends_at=) when another shift of the volunteer
    overlaps this one."""
    clash = overlapping(s, volunteer_id, shift.starts_at, shift.ends_at, shift.id)
    if clash is not None:
        raise ValidationError(
            "shift_id", "overlap", title=clash.title, starts_at=clash.starts_at, ends_at=clash.ends_at
        )


def signed_up(s: Session, shift_id: int) -> int:
    return s.scalar(
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.shift_id == shift_id, Attendance.cancelled_at.is_(None))
    )


def check_room(s: Session, shift: Shift) -> None:
    """ValidationError("shift_id", "full", count=, capacity=) when the shift has no place left."""
    n = signed_up(s, shift.id)
    if n >= shift.capacity:
        raise ValidationError("shift_id", "full", count=n, capacity=shift.capacity)


def series_days(
    first: date, last: date, recurrence: str, weekdays: Iterable[int], calendar: WorkCalendar
) -> Iterator[date]:
    """The days a series repeats on: ``weekly`` on the ISO ``weekdays``, ``workdays`` on every mainland working day
    (调休 weekends included, public holidays left out), ``once`` the first day alone."""
    if recurrence == "once":
        yield first
        return
    wanted = frozenset(weekdays)
    day = first
    while day <= last:
        if (day.isoweekday() in wanted) if recurrence == "weekly" else calendar.is_workday(day):
            yield day
        day += timedelta(days=1)


def occurrence(starts_at: datetime, ends_at: datetime, day: date) -> tuple[datetime, datetime]:
    """The first occurrence's local time of day on ``day`` (an evening patrol past midnight ends the next day)."""
    local = starts_at.astimezone(CST)
    start = datetime.combine(day, local.timetz().replace(tzinfo=None), CST)
    return start, start + (ends_at - starts_at)


def hours_between(check_in: datetime, check_out: datetime) -> Decimal:
    """Hours on site, to the nearest quarter hour (the time between arriving and leaving: no travel in it)."""
    minutes = Decimal(max(0, int((check_out - check_in).total_seconds() // 60)))
    return ((minutes / 60) / QUARTER).quantize(Decimal(1), ROUND_HALF_UP) * QUARTER


def check_hours(value, field: str = "hours") -> Decimal:
    """Hours a leader types: a number from 0 to 24, in steps of a quarter hour at most."""
    try:
        hours = Decimal(str(value).strip())
    except (ArithmeticError, ValueError, TypeError):
        raise ValidationError(field, "bad_hours") from None
    if not hours.is_finite() or hours < 0 or hours > MAX_SHIFT_HOURS or (hours / QUARTER) % 1:
        raise ValidationError(field, "bad_hours")
    return hours.quantize(Decimal("0.01"))


def approved_hours(s: Session, volunteer_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """Approved hours per volunteer (all of them, or those given), read from ix_attendance_volunteer_status."""
    q = (
        select(Attendance.volunteer_id, func.coalesce(func.sum(Attendance.hours), 0))
        .where(Attendance.hours_status == "approved")
        .group_by(Attendance.volunteer_id)
    )
    if (
        volunteer_ids is None
    ):  # every volunteer: the covering index in volunteer order, no table reads (SQLite
        # would rather take ix_attendance_hours_status and sort: 2-3 times slower at 500,000 attendances)
        q = q.with_hint(Attendance, "INDEXED BY ix_attendance_volunteer_status", "sqlite")
    else:
        ids = list(volunteer_ids)
        if not ids:
            return {}
        q = q.where(Attendance.volunteer_id.in_(ids))
    return {vid: Decimal(total) for vid, total in s.execute(q)}


def total_hours(s: Session, volunteer_id: int) -> Decimal:
    """One volunteer's approved hours (the star level is read from it)."""
    return Decimal(
        s.scalar(
            select(func.coalesce(func.sum(Attendance.hours), 0)).where(
                Attendance.volunteer_id == volunteer_id, Attendance.hours_status == "approved"
            )
        )
    )


def volunteer_number(value: str | None) -> str | None:
    """A volunteer number as typed (the national one, or ours): upper-case ASCII letters, digits and '-'."""
    from desktop.services.core.id_numbers import normalize

    raw = normalize(value or "")
    if not raw:
        return None
    if not _NUMBER.match(raw):
        raise ValidationError("volunteer_no", "bad_volunteer_no")
    return raw


def next_number(s: Session) -> str:
    """The centre's next own number (ZY0000001, ZY0000002 …); numbers the national system gave are left out."""
    width = len(LOCAL_PREFIX) + 7  # fixed width: the greatest number is the greatest text
    top = s.scalar(
        select(func.max(Volunteer.volunteer_no)).where(
            Volunteer.volunteer_no.like(f"{LOCAL_PREFIX}%"), func.length(Volunteer.volunteer_no) == width
        )
    )
    tail = top[len(LOCAL_PREFIX) :] if top else ""
    return f"{LOCAL_PREFIX}{(int(tail) if tail.isdigit() else 0) + 1:07d}"
