"""The petition time limits of the 信访工作条例, computed by hand across the 2025 National Day holiday.

National Day 2025 (国务院办公厅通知): Wed Oct 1 - Wed Oct 8 off; Sun Sep 28 and Sat Oct 11 are working days.
No database, no Qt: the rules are pure functions over the work calendar.
"""

from datetime import date

import pytest

from desktop.services.core.work_calendar import WorkCalendar
from desktop.services.reception import petition_deadlines as rules

cal = WorkCalendar()


def test_given_a_letter_received_the_friday_before_the_holiday_then_registration_and_notice_fall_on_the_make_up_saturday():
    # Fri Sep 26 + 15 days = Sat Oct 11, a 调休 working day: the period ends that Saturday
    plan = rules.intake_plan(cal, date(2025, 9, 26), registered_on=date(2025, 9, 26))
    assert [(s.kind, s.due_on) for s in plan] == [
        ("register", date(2025, 10, 11)),
        ("acceptance_notice", date(2025, 10, 11)),
    ]
    assert plan[0].done_on == date(2025, 9, 26) and plan[1].done_on is None


def test_given_a_petition_received_on_sep_20_then_its_15_days_ending_in_the_holiday_move_to_oct_9():
    # Sat Sep 20 + 15 = Sun Oct 5 (holiday): the first working day after it is Thu Oct 9
    assert rules.due_on(cal, "acceptance_notice", date(2025, 9, 20)) == date(2025, 10, 9)


def test_given_a_transferred_matter_then_5_working_days_count_the_make_up_sunday_and_skip_the_holiday():
    # received Fri Sep 26: Sun 28 (调休), Mon 29, Tue 30, [Oct 1-8 off], Thu 9, Fri 10
    plan = rules.intake_plan(
        cal, date(2025, 9, 26), registered_on=date(2025, 9, 26), transferred=True, transferred_from="区信访局"
    )
    due = {s.kind: s.due_on for s in plan}
    assert due == {
        "register": date(2025, 10, 11),
        "transfer_notice": date(2025, 10, 11),
        "transfer_objection": date(2025, 10, 10),
    }
    assert next(s for s in plan if s.kind == "transfer_notice").note == "转送、交办单位：区信访局"


def test_given_acceptance_then_60_days_of_handling_and_an_extension_of_at_most_30_days():
    # accepted Mon Aug 4: + 60 = Fri Oct 3 (holiday) -> Thu Oct 9
    handle = rules.handle_due(cal, "claim", date(2025, 8, 4))
    assert handle == date(2025, 10, 9)
    # extended 30 days from Oct 9: Sat Nov 8 -> Mon Nov 10
    assert rules.extended_due(cal, handle, 30) == date(2025, 11, 10)
    # accepted Tue Sep 30: + 60 = Sat Nov 29 -> Mon Dec 1
    assert rules.handle_due(cal, "claim", date(2025, 9, 30)) == date(2025, 12, 1)
    with pytest.raises(ValueError):
        rules.extended_due(cal, handle, 31)
    with pytest.raises(ValueError):
        rules.extended_due(cal, handle, 0)


def test_given_an_answer_then_the_review_and_recheck_windows_follow_its_date():
    # answered Fri Sep 12: + 30 = Sun Oct 12 (an ordinary Sunday) -> Mon Oct 13
    assert rules.due_on(cal, "review_request", date(2025, 9, 12)) == date(2025, 10, 13)
    # answered Mon Sep 1: + 30 = Wed Oct 1 (National Day) -> Thu Oct 9
    assert rules.due_on(cal, "review_request", date(2025, 9, 1)) == date(2025, 10, 9)
    # 复查 asked on the 调休 Sunday Sep 28: the higher body answers by Tue Oct 28
    assert rules.due_on(cal, "review", date(2025, 9, 28)) == date(2025, 10, 28)
    assert rules.due_on(cal, "recheck_request", date(2025, 10, 11)) == date(2025, 11, 10)


def test_given_a_due_date_then_its_state_is_told_from_the_office_side_only():
    today = date(2025, 10, 9)
    assert rules.state(date(2025, 10, 8), None, today) == "overdue"
    assert rules.state(date(2025, 10, 9), None, today) == "due_soon"
    assert rules.state(date(2025, 10, 12), None, today) == "due_soon"  # 3 days ahead
    assert rules.state(date(2025, 10, 13), None, today) == "open"
    assert rules.state(date(2025, 10, 8), date(2025, 10, 7), today) == "done"
    # a petitioner's window that ran out makes nobody at the centre late
    assert rules.state(date(2025, 10, 8), None, today, rules.PETITIONER) == "lapsed"
    assert rules.state(date(2025, 10, 10), None, today, rules.SUPERIOR) == "waiting"


def test_given_the_admin_declares_a_day_off_then_deadlines_move_with_it():
    # a hypothetical correction: Sat Oct 11 declared a rest day after all -> the period ends Mon Oct 13
    fixed = WorkCalendar({date(2025, 10, 11): False})
    assert rules.due_on(fixed, "acceptance_notice", date(2025, 9, 26)) == date(2025, 10, 13)
