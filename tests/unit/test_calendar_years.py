"""Statutory clocks in years the calendar library does not know (holidays 0.109 carries 调休 data up to 2026).

A deadline in such a year is provisional and says so, on screen data and on paper, until the administrator
enters the State Council's schedule of the year — by hand or from a small file; then that schedule decides.
The 2027 schedule used here is made up for the test (the real one is not published yet): Spring Festival
Fri 2027-02-05 .. Sat 2027-02-13 off, Sun 2027-02-14 and Sat 2027-02-20 worked.
"""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from desktop.services.core.calendar_service import CalendarService, ScheduleDay, parse_schedule
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.core.work_calendar import WorkCalendar
from desktop.services.reception.petition_dto import PetitionerInput, PetitionInput
from desktop.services.reception.petition_service import PetitionService
from tests.conftest import Clock, make_actor

SCHEDULE_2027 = """# 2027年部分节假日安排（测试用）
2027-01-01..2027-01-03 休 元旦
2027-02-05..2027-02-13 休 春节
2027-02-14 班 春节调休
2027-02-20 班 春节调休
"""


def test_given_the_library_then_2026_is_published_and_2027_is_a_guess():
    cal = WorkCalendar()
    assert cal.published(2026) and not cal.published(2027)
    assert not cal.provisional(date(2026, 12, 31)) and cal.provisional(date(2027, 1, 4))


def test_given_a_schedule_file_then_every_day_of_a_range_is_read_and_a_bad_line_is_named():
    year, days = parse_schedule(SCHEDULE_2027)
    assert year == 2027 and len(days) == 3 + 9 + 2
    assert ScheduleDay(date(2027, 2, 14), True, "春节调休") in days
    assert all(not d.is_workday for d in days if d.day.month == 1)
    with pytest.raises(ValidationError) as err:
        parse_schedule("2027-01-01 休\n2027-13-01 休 坏日期\n")
    assert (err.value.code, err.value.params["line"]) == ("bad_schedule_line", 2)
    with pytest.raises(ValidationError) as err:
        parse_schedule("2027-01-01 休\n2028-01-01 休\n")
    assert err.value.code == "schedule_years"


def test_given_2027_entered_then_its_days_decide_and_the_librarys_guess_is_ignored(services, admin):
    cal = CalendarService(services.sessions)
    before = cal.calendar()
    assert cal.year(2027).source == "" and cal.year(2026).source == "library"
    year, days = parse_schedule(SCHEDULE_2027)
    entered = cal.enter_year(admin.actor(), year, days, "国办发明电〔2026〕测试号")
    assert entered.source == "entered" and entered.reference == "国办发明电〔2026〕测试号"
    after = cal.calendar()
    assert after.published(2027) and not after.provisional(date(2027, 3, 1))
    # the make-up Saturday works, the festival days rest
    assert after.is_workday(date(2027, 2, 20)) and not after.is_workday(date(2027, 2, 8))
    # 5 working days from Thu 2027-02-04: Sun 14 (调休), Mon 15, Tue 16, Wed 17, Thu 18 (hand-counted)
    assert after.add_working_days(date(2027, 2, 4), 5) == date(2027, 2, 18)
    assert before.add_working_days(date(2027, 2, 4), 5) != date(2027, 2, 18)  # the guess counted otherwise
    # a day the library guesses as a holiday but the entered schedule does not list is a plain weekday
    guessed = [d for d, work, _name in WorkCalendar.library_days(2027) if not work and d.weekday() < 5]
    unlisted = [d for d in guessed if d not in {x.day for x in days}]
    assert unlisted and all(after.is_workday(d) for d in unlisted)
    # entering again replaces the year's days, in one transaction, audited
    cal.enter_year(admin.actor(), 2027, [ScheduleDay(date(2027, 2, 8), False, "春节")], "更正")
    assert cal.calendar().is_workday(date(2027, 2, 20)) is False  # an ordinary Saturday again
    entries = services.audit.search(admin.actor(), entity="calendar_year")
    assert [e.action for e in entries][:2] == ["update", "create"] and "录入2027年节假日安排" in entries[
        0
    ].summary


def test_given_a_clerk_then_entering_a_year_is_refused(services):
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    with pytest.raises(PermissionDenied):
        CalendarService(services.sessions).enter_year(clerk, 2027, [ScheduleDay(date(2027, 1, 1), False)])


def _petition(services, clerk, received: date):
    svc = PetitionService(services.sessions, clock=Clock(received))
    d = svc.create(
        clerk,
        PetitionInput(
            channel="letter",
            category="claim",
            received_on=received,
            petitioners=(PetitionerInput("周建华"),),
            request="要求修复漏水管道",
        ),
    )
    return svc, svc.accept(clerk, d.id, d.version, received)


def test_given_a_petition_whose_deadline_falls_in_2027_then_it_is_flagged_on_screen_and_on_the_notice(
    services, admin, tmp_path
):
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    svc, d = _petition(services, clerk, date(2026, 12, 1))
    handle = d.step("handle")
    assert handle.due_on.year == 2027 and handle.provisional
    assert "2027年节假日安排尚未公布" in svc.progress_text(clerk, d.id)
    row = next(r for r in svc.petitions(clerk) if r.id == d.id)
    assert row.due_provisional == (row.next_due is not None and row.next_due.year == 2027)
    pdf = services.printing.render(clerk, "petition_acceptance_notice", d.id)
    text = _pdf_text(pdf, tmp_path)
    assert "本事项办结期限为2027年" in text and "2027年节假日安排尚未公布" in text.replace("\n", "")
    # When the administrator enters 2027, the same petition is no longer provisional, on screen and on paper
    year, days = parse_schedule(SCHEDULE_2027)
    CalendarService(services.sessions).enter_year(admin.actor(), year, days)
    again = svc.get(clerk, d.id)
    assert not again.step("handle").provisional and "尚未公布" not in svc.progress_text(clerk, d.id)
    assert "尚未公布" not in _pdf_text(
        services.printing.render(clerk, "petition_acceptance_notice", d.id), tmp_path
    )


def test_given_a_petition_in_a_published_year_then_nothing_is_flagged(services):
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    svc, d = _petition(services, clerk, date(2026, 3, 2))
    assert not any(st.provisional for st in d.steps)
    assert "尚未公布" not in svc.progress_text(clerk, d.id)


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
