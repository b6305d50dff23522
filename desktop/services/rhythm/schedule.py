"""When 集中排查 rounds are due (founding document §三 5(3): 每周，重大节日或敏感时期每天). Pure functions, no database.

- A week runs Monday to Sunday. Its weekly round is due on the week's last working day (the mainland calendar:
  a Friday, or the Saturday made a workday, or an earlier day when Friday is a holiday); a week without any
  working day has it due on the Sunday.
- Each day inside a sensitive period the director marked has a daily round, due that day.
- A week every day of which is sensitive has only its daily rounds (daily instead of weekly); a week partly
  sensitive keeps its weekly round beside the daily ones.
- On ``today`` a round is done (signed by its due day), late (signed after it), missing (not signed and its due
  day has passed), due (its period has begun and its due day has not passed) or upcoming.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.services.core.work_calendar import WorkCalendar

WEEKLY, DAILY = "weekly", "daily"


@dataclass(frozen=True)
class Period:
    name: str
    starts_on: date
    ends_on: date

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class Due:
    cadence: str
    period_start: date
    period_end: date
    due_on: date
    sensitive: str = ""  # the period's name, for a daily round


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _weeks(start: date, end: date) -> Iterator[tuple[date, date]]:
    monday, _ = week_of(start)
    while monday <= end:
        yield monday, monday + timedelta(days=6)
        monday += timedelta(days=7)


def _sensitive(day: date, periods: Sequence[Period]) -> str | None:
    for p in periods:
        if p.covers(day):
            return p.name
    return None


def weekly_due_on(monday: date, calendar: WorkCalendar) -> date:
    for back in range(6, -1, -1):
        day = monday + timedelta(days=back)
        if calendar.is_workday(day):
            return day
    return monday + timedelta(days=6)


def rounds_due(start: date, end: date, periods: Iterable[Period], calendar: WorkCalendar) -> list[Due]:
    """Every round whose period meets ``start``..``end``, in date order (a week's daily rounds, then its
    weekly one)."""
    periods = list(periods)
    out: list[Due] = []
    for monday, sunday in _weeks(start, end):
        days = [monday + timedelta(days=i) for i in range(7)]
        marks = [_sensitive(d, periods) for d in days]
        for d, name in zip(days, marks, strict=True):
            if name is not None and start <= d <= end:
                out.append(Due(DAILY, d, d, d, name))
        if not all(marks):
            out.append(Due(WEEKLY, monday, sunday, weekly_due_on(monday, calendar)))
    return out


def slot_for(day: date, periods: Iterable[Period], calendar: WorkCalendar) -> Due:
    """The round ``day`` belongs to: that day's daily round in a sensitive period, else its week's."""
    periods = list(periods)
    name = _sensitive(day, periods)
    if name is not None:
        return Due(DAILY, day, day, day, name)
    monday, sunday = week_of(day)
    return Due(WEEKLY, monday, sunday, weekly_due_on(monday, calendar))


def status(due: Due, submitted_on: date | None, today: date) -> str:
    if submitted_on is not None:
        return "done" if submitted_on <= due.due_on else "late"
    if due.due_on < today:
        return "missing"
    if due.period_start <= today:
        return "due"
    return "upcoming"
