"""The mainland working calendar and the counting of statutory periods.

Public holidays and 调休 make-up workdays come from the `holidays` library (CN); the State Council
publishes each year's schedule in Nov/Dec and the library lags behind it, so the administrator's
corrections (``overrides``: date -> is it a working day) win over the library. For a year the library has
no 调休 data for (it then guesses holidays and knows no make-up workdays, silently), a deadline is only
provisional — unless the administrator entered that year's schedule (``entered_years``): then the entered
days and plain weekdays/weekends decide, and the library's guess is ignored.

Counting (民法典 arts. 201, 203, followed in administrative practice):
- "N日内": calendar days, the day of receipt not counted; when the last day is a rest day the period
  ends on the first working day after it.
- "N个工作日": only working days count, the day of receipt not counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _library_year(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("CN", years=year)


@lru_cache(maxsize=256)
def library_published(year: int) -> bool:
    """Whether the library carries the State Council's schedule for ``year`` (it lists its 调休 workdays)."""
    return any(d.year == year for d in getattr(_library_year(year), "weekend_workdays", ()))


class WorkCalendar:
    def __init__(self, overrides: Mapping[date, bool] | None = None, entered_years: Iterable[int] = ()):
        self._overrides = dict(overrides or {})
        self._entered = frozenset(entered_years)

    def is_workday(self, day: date) -> bool:
        if day in self._overrides:
            return self._overrides[day]
        if day.year in self._entered:
            return day.weekday() < 5
        return _library_year(day.year).is_working_day(day)

    def published(self, year: int) -> bool:
        """The year's schedule is known: entered by the administrator or carried by the library."""
        return year in self._entered or library_published(year)

    def provisional(self, day: date | None) -> bool:
        """A deadline on ``day`` was counted over a year whose schedule is not published: it may move."""
        return day is not None and not self.published(day.year)

    def next_workday_on_or_after(self, day: date) -> date:
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    def period_end(self, start: date, days: int) -> date:
        """Last day of an "N日内" period that starts on ``start`` (not counted)."""
        return self.next_workday_on_or_after(start + timedelta(days=days))

    def add_working_days(self, start: date, days: int) -> date:
        """The day on which an "N个工作日" period that starts on ``start`` (not counted) ends."""
        day = start
        left = days
        while left > 0:
            day += timedelta(days=1)
            if self.is_workday(day):
                left -= 1
        return day

    def published_years(self, first: int, last: int) -> list[int]:
        return [y for y in range(first, last + 1) if self.published(y)]

    @staticmethod
    def library_days(year: int) -> list[tuple[date, bool, str]]:
        """The library's rest days (holidays) and make-up workdays of ``year``: (day, is_workday, name)."""
        lib = holidays.country_holidays("CN", years=year, language="zh_CN")
        days = [(d, False, name) for d, name in sorted(lib.items()) if d.year == year]
        days += [
            (d, True, "调休上班") for d in sorted(getattr(lib, "weekend_workdays", ())) if d.year == year
        ]
        return sorted(days)
