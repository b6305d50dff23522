"""The mainland working calendar and the counting of statutory periods.

Public holidays and 调休 make-up workdays come from the `holidays` library (CN); the State Council
publishes each year's schedule in Nov/Dec and the library lags behind it, so the administrator's
corrections (``overrides``: date -> is it a working day) win over the library.

Counting (民法典 arts. 201, 203, followed in administrative practice):
- "N日内": calendar days, the day of receipt not counted; when the last day is a rest day the period
  ends on the first working day after it.
- "N个工作日": only working days count, the day of receipt not counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _library_year(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("CN", years=year)


class WorkCalendar:
    def __init__(self, overrides: Mapping[date, bool] | None = None):
        self._overrides = dict(overrides or {})

    def is_workday(self, day: date) -> bool:
        if day in self._overrides:
            return self._overrides[day]
        return _library_year(day.year).is_working_day(day)

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

    def known_years(self) -> set[int]:
        """Years for which the library or the administrator provide the schedule of 调休 workdays."""
        years = {d.year for d in self._overrides}
        for year in range(2000, date.today().year + 3):
            if any(d.year == year for d in getattr(_library_year(year), "weekend_workdays", ())):
                years.add(year)
        return years
