"""The one clock: times are stored in UTC; days are mainland days (China Standard Time, no daylight saving).

Services take ``clock`` (today) and ``now`` callables so tests can set the day; these are the defaults.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

CST = timezone(timedelta(hours=8), "CST")  # no daylight saving time in China: a fixed offset is exact


def now() -> datetime:
    return datetime.now(UTC)


def local_day(at: datetime) -> date:
    """The mainland day of a stored moment."""
    return at.astimezone(CST).date()


def today() -> date:
    return local_day(now())


def day_start(day: date) -> datetime:
    """Midnight at the start of a mainland day, as an aware moment (for ``time_in >= day_start(d)``)."""
    return datetime.combine(day, datetime.min.time(), CST)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The moments a mainland day starts and the next starts (``start <= at < end``)."""
    start = day_start(day)
    return start, start + timedelta(days=1)
