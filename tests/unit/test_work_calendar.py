"""Statutory periods on the mainland calendar, checked by hand against the 2025 National Day schedule.

National Day 2025 (国务院办公厅通知): Oct 1-8 off; Sun Sep 28 and Sat Oct 11 worked.
"""

from datetime import date

from desktop.services.core.work_calendar import WorkCalendar

cal = WorkCalendar()


def test_given_the_2025_national_day_schedule_then_workdays_match_the_notice():
    assert cal.is_workday(date(2025, 9, 28))  # Sunday made a workday
    assert cal.is_workday(date(2025, 10, 11))  # Saturday made a workday
    assert not any(cal.is_workday(date(2025, 10, d)) for d in range(1, 9))
    assert cal.is_workday(date(2025, 10, 9))
    assert not cal.is_workday(date(2025, 10, 12))  # an ordinary Sunday


def test_given_5_working_days_across_the_holiday_then_the_make_up_days_count():
    # received Fri Sep 26: Sun 28 (调休), Mon 29, Tue 30, then Oct 1-8 off, Thu 9, Fri 10 -> Oct 10
    assert cal.add_working_days(date(2025, 9, 26), 5) == date(2025, 10, 10)
    # received Thu Oct 9: Fri 10, Sat 11 (调休), Mon 13, Tue 14, Wed 15
    assert cal.add_working_days(date(2025, 10, 9), 5) == date(2025, 10, 15)


def test_given_a_15_day_period_ending_in_the_holiday_then_it_moves_to_the_first_workday():
    # received Sep 20: day 15 is Oct 5 (holiday) -> first working day after it is Thu Oct 9
    assert cal.period_end(date(2025, 9, 20), 15) == date(2025, 10, 9)
    # ending on an ordinary weekday stays put: Sep 1 + 15 = Tue Sep 16
    assert cal.period_end(date(2025, 9, 1), 15) == date(2025, 9, 16)
    # ending on the 调休 Saturday Oct 11 stays put: that Saturday is a working day
    assert cal.period_end(date(2025, 9, 11), 30) == date(2025, 10, 11)


def test_given_an_admin_correction_then_it_wins_over_the_library():
    fixed = WorkCalendar({date(2027, 2, 6): True, date(2027, 2, 8): False})
    assert fixed.is_workday(date(2027, 2, 6))  # a Saturday declared a make-up workday
    assert not fixed.is_workday(date(2027, 2, 8))  # a Monday declared a holiday


def test_given_the_admin_declares_2027_spring_festival_days_then_deadlines_follow_them(services, admin):
    from desktop.services.core.calendar_service import CalendarService

    cal = CalendarService(services.sessions)
    # Sat 2027-02-20 declared a make-up workday (the schedule the library does not know yet)
    cal.set_day(admin.actor(), date(2027, 2, 20), True, "春节调休上班")
    assert cal.calendar().is_workday(date(2027, 2, 20))
    assert [c.day for c in cal.corrections()] == [date(2027, 2, 20)]
    assert services.audit.search(admin.actor(), entity="calendar_day")[0].summary.startswith(
        "2027-02-20 工作日"
    )
