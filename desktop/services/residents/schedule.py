"""When the next follow-up of a key-group member is due (DOMAIN.md section 5).

严重精神障碍患者 (a group with a risk level):
- risk 0: every 3 months;
- risk 1-2: a first follow-up at 2 weeks, then 3 months on if the condition is stable, 1 month if not;
- risk 3-5: refer, and follow up within 2 weeks (again after each follow-up while it stays 3-5).
Together these keep at least four follow-ups a year. Other groups: every ``follow_up_days`` of the group
(configuration; defaults in reference_data.KEY_GROUPS).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

TWO_WEEKS = timedelta(days=14)
RISK_LEVELS = range(0, 6)


def add_months(d: date, months: int) -> date:
    """Same day ``months`` later; the month's last day when it has no such day (31 Jan + 1 -> 28/29 Feb)."""
    m = d.month - 1 + months
    year, month = d.year + m // 12, m % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def first_due(start_on: date, *, has_risk_level: bool, risk_level: int | None, follow_up_days: int) -> date:
    """The first follow-up after a person joins a key group."""
    if not has_risk_level or risk_level is None:
        return start_on + timedelta(days=follow_up_days)
    if risk_level == 0:
        return add_months(start_on, 3)
    return start_on + TWO_WEEKS  # 1-2: at two weeks; 3-5: within two weeks


def next_due(
    done_on: date,
    *,
    has_risk_level: bool,
    risk_level: int | None,
    stable: bool | None,
    follow_up_days: int,
) -> date:
    """The follow-up after one done on ``done_on`` that assessed ``risk_level`` (and stability)."""
    if not has_risk_level or risk_level is None:
        return done_on + timedelta(days=follow_up_days)
    if risk_level == 0:
        return add_months(done_on, 3)
    if risk_level <= 2:
        return add_months(done_on, 3 if stable else 1)
    return done_on + TWO_WEEKS
