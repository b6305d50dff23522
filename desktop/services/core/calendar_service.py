"""The working calendar as this centre uses it: the library's holidays, the administrator's corrections, and the
years whose schedule the administrator entered from the State Council's notice.

Statutory clocks count over this calendar. A year the library does not carry and nobody entered is counted by a
guess (no 调休 workdays, guessed holidays): every deadline in it is flagged provisional on screen and on paper
until the administrator enters the year (by hand or from a small file, ``parse_schedule``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import CalendarDay, CalendarYear
from desktop.services.core import audit_service
from desktop.services.core.clock import now
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, require
from desktop.services.core.validators import optional_field
from desktop.services.core.work_calendar import WorkCalendar, library_published


@dataclass(frozen=True)
class CalendarCorrection:
    day: date
    is_workday: bool
    note: str


@dataclass(frozen=True)
class ScheduleDay:
    """One day of a year's schedule: a rest day (holiday) or a make-up workday (调休上班)."""

    day: date
    is_workday: bool
    note: str = ""


@dataclass(frozen=True)
class YearSchedule:
    """What the program knows of a year: ``source`` "entered" (the administrator), "library" or "" (a guess)."""

    year: int
    source: str
    reference: str  # the notice the administrator entered it from (国办发明电〔…〕…号)
    days: tuple[ScheduleDay, ...]  # rest days and make-up workdays of the year, by date

    @property
    def published(self) -> bool:
        return self.source != ""


def provisional_note(years: Sequence[int]) -> str:
    """The line printed under a notice whose deadline falls in a year whose schedule is not published."""
    which = "、".join(f"{y}年" for y in sorted(set(years)))
    return f"注：{which}节假日安排尚未公布，上述期限按现行规则推算，以国务院公布的安排为准。"


class CalendarService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def calendar(self) -> WorkCalendar:
        """A calendar with every correction applied; cheap enough to take per unit of work."""
        with self._sessions() as s:
            return self.calendar_in(s)

    @staticmethod
    def calendar_in(s: Session) -> WorkCalendar:
        return WorkCalendar(
            {d.day: d.is_workday for d in s.scalars(select(CalendarDay))},
            s.scalars(select(CalendarYear.year)),
        )

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

    # -- years --------------------------------------------------------------------------------------------------
    def year(self, year: int) -> YearSchedule:
        """A year as the program counts it: the entered schedule, or the library's, or nothing but a guess."""
        with self._sessions() as s:
            entered = s.get(CalendarYear, year)
            days = {
                d.day: ScheduleDay(d.day, d.is_workday, d.note)
                for d in s.scalars(select(CalendarDay).where(_in_year(year)))
            }
        if entered is not None:
            return YearSchedule(year, "entered", entered.source, tuple(sorted(days.values(), key=_by_day)))
        library = {d: ScheduleDay(d, w, name) for d, w, name in WorkCalendar.library_days(year)}
        library.update(days)  # the administrator's corrections win
        source = "library" if library_published(year) else ""
        return YearSchedule(year, source, "", tuple(sorted(library.values(), key=_by_day)))

    def published_years(self, first: int, last: int) -> list[int]:
        with self._sessions() as s:
            return self.calendar_in(s).published_years(first, last)

    def enter_year(
        self, actor: Actor, year: int, days: Sequence[ScheduleDay], reference: str = ""
    ) -> YearSchedule:
        """The State Council's schedule of ``year`` (its holidays and make-up workdays), in one transaction: it
        replaces the year's corrections, and from then on the library's guess of that year is ignored."""
        require(actor, Perm.SETTINGS_ADMIN)
        reference = optional_field(reference, "reference", 200) or ""
        _check_schedule(year, days)
        with self._sessions.begin() as s:
            before = [
                (d.day.isoformat(), d.is_workday)
                for d in s.scalars(select(CalendarDay).where(_in_year(year)))
            ]
            s.execute(delete(CalendarDay).where(_in_year(year)))
            s.add_all(CalendarDay(day=d.day, is_workday=d.is_workday, note=d.note) for d in days)
            row = s.get(CalendarYear, year)
            if row is None:
                row = CalendarYear(year=year)
                s.add(row)
            row.source, row.entered_by, row.entered_at = reference, actor.id, now()
            s.flush()
            rest = sum(1 for d in days if not d.is_workday)
            audit_service.record(
                s,
                actor,
                "update" if before else "create",
                "calendar_year",
                year,
                f"录入{year}年节假日安排：休息日{rest}天，调休上班{len(days) - rest}天 {reference}".strip(),
                before={"days": before} if before else None,
                after={"days": [(d.day.isoformat(), d.is_workday) for d in days], "reference": reference},
            )
        return self.year(year)


def schedule_text(schedule: YearSchedule) -> str:
    """A year's schedule in the lines ``parse_schedule`` reads (runs of days of one kind and name as a range),
    for the administrator to check against the notice and correct."""
    lines: list[str] = []
    run: list[ScheduleDay] = []

    def flush() -> None:
        if run:
            span = run[0].day.isoformat() + (f"..{run[-1].day.isoformat()}" if len(run) > 1 else "")
            lines.append(f"{span} {'班' if run[0].is_workday else '休'} {run[0].note}".rstrip())

    for d in schedule.days:
        if run and (
            d.day - run[-1].day != timedelta(days=1)
            or d.is_workday != run[-1].is_workday
            or d.note != run[-1].note
        ):
            flush()
            run = []
        run.append(d)
    flush()
    return "\n".join(lines)


def _by_day(d: ScheduleDay) -> date:
    return d.day


def _in_year(year: int):
    return CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31))


def _check_schedule(year: int, days: Sequence[ScheduleDay]) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError("year", "bad_year")
    if not days:
        raise ValidationError("days", "required")
    seen: set[date] = set()
    for d in days:
        if d.day.year != year:
            raise ValidationError("days", "other_year", day=d.day)
        if d.day in seen:
            raise ValidationError("days", "day_twice", day=d.day)
        seen.add(d.day)


_LINE = re.compile(
    r"^(?P<first>\d{4}-\d{1,2}-\d{1,2})(?:\s*(?:\.\.|至|~|—|-{2})\s*(?P<last>\d{4}-\d{1,2}-\d{1,2}))?"
    r"\s+(?P<kind>休|班|rest|work)\s*(?P<note>.*)$"
)


def parse_schedule(text: str) -> tuple[int, list[ScheduleDay]]:
    """A year's schedule from a small text file, one line a day or a range, as the notice lists them::

        # 国务院办公厅关于2027年部分节假日安排的通知
        2027-01-01..2027-01-03 休 元旦
        2027-02-06..2027-02-12 休 春节
        2027-02-14 班 春节调休

    ``休`` (rest) or ``班`` (work; also ``rest``/``work``); ``#`` starts a comment. Every day must fall in one
    year. ValidationError("file", code, line=n) names the first line that cannot be read.
    """
    days: list[ScheduleDay] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip().replace("\u3000", " ")
        if not line:
            continue
        m = _LINE.match(line)
        if m is None:
            raise ValidationError("file", "bad_schedule_line", line=n, text=raw.strip())
        try:
            first = datetime.strptime(m["first"], "%Y-%m-%d").date()
            last = datetime.strptime(m["last"], "%Y-%m-%d").date() if m["last"] else first
        except ValueError:
            raise ValidationError("file", "bad_schedule_line", line=n, text=raw.strip()) from None
        if last < first or (last - first).days > 31:
            raise ValidationError("file", "bad_schedule_line", line=n, text=raw.strip())
        work = m["kind"] in ("班", "work")
        day = first
        while day <= last:
            days.append(ScheduleDay(day, work, m["note"].strip()))
            day += timedelta(days=1)
    if not days:
        raise ValidationError("file", "empty_schedule")
    years = {d.day.year for d in days}
    if len(years) != 1:
        raise ValidationError("file", "schedule_years", years=sorted(years))
    year = years.pop()
    _check_schedule(year, days)
    return year, days
