"""集中排查 rounds and the 零报告: when rounds are due (weekly, daily in sensitive periods), the five areas with 无 for
what was empty, signing, the director's view of rounds due, late and missing, 跟踪化解 as tasks."""

# ruff: noqa: F811 - the fixtures are imported from rhythm_support and named as test arguments

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.core.work_calendar import WorkCalendar
from desktop.services.rhythm import schedule
from desktop.services.rhythm.dto import AreaInput
from tests.unit.rhythm_support import (  # noqa: F401 - fixtures
    TODAY,
    clock,
    grids,
    others,
    people,
    report,
    room,
    staff,
)

CAL = WorkCalendar()
MONDAY = date(2026, 3, 2)


def area(r, code):
    return next(a for a in r.areas if a.area == code)


def fill(room, actor, r, **areas):
    """Save the areas given (code -> AreaInput) and return the round as it then is."""
    for code, inp in areas.items():
        a = area(r, code)
        r = room.rounds.save_area(actor, a.id, a.version, inp)
    return r


NOTHING = AreaInput(nothing_found=True)


# -- when rounds are due (pure) -----------------------------------------------------------------------------------


def test_given_ordinary_weeks_then_one_weekly_round_due_on_the_last_working_day():
    due = schedule.rounds_due(date(2026, 9, 28), date(2026, 10, 11), [], CAL)
    assert [(d.cadence, d.period_start, d.due_on) for d in due] == [
        ("weekly", date(2026, 9, 28), date(2026, 9, 30)),  # National Day from Thursday 1 October: Wednesday
        ("weekly", date(2026, 10, 5), date(2026, 10, 10)),  # the Saturday made a workday (调休)
    ]
    assert schedule.rounds_due(MONDAY, MONDAY, [], CAL)[0].due_on == date(2026, 3, 6)  # a Friday


def test_given_a_sensitive_period_then_its_days_have_daily_rounds_and_a_wholly_sensitive_week_no_weekly_one():
    spring = schedule.Period("春节", date(2026, 2, 14), date(2026, 2, 24))
    due = schedule.rounds_due(date(2026, 2, 16), date(2026, 3, 1), [spring], CAL)
    daily = [d.period_start for d in due if d.cadence == "daily"]
    weekly = [d.period_start for d in due if d.cadence == "weekly"]
    assert daily == [date(2026, 2, 16) + timedelta(days=i) for i in range(9)]  # 16 .. 24 February
    assert weekly == [date(2026, 2, 23)]  # 16-22 February is sensitive every day: no weekly round
    assert all(d.sensitive == "春节" for d in due if d.cadence == "daily")


def test_given_a_due_day_then_done_late_missing_due_upcoming():
    d = schedule.Due("weekly", MONDAY, MONDAY + timedelta(days=6), date(2026, 3, 6))
    assert schedule.status(d, date(2026, 3, 6), TODAY) == "done"
    assert schedule.status(d, date(2026, 3, 7), date(2026, 3, 9)) == "late"
    assert schedule.status(d, None, date(2026, 3, 7)) == "missing"
    assert schedule.status(d, None, TODAY) == "due"
    assert schedule.status(d, None, date(2026, 3, 1)) == "upcoming"


# -- a round -------------------------------------------------------------------------------------------------------


def test_given_a_week_with_two_empty_areas_when_signed_then_a_zero_report_with_wu_for_them(
    services, room, staff, grids, people
):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id, people=(people["张伟"], people["李娜"])))
    room.reports.to_case(clerk, d.row.id, d.row.version, reason="转调解", dispute_type="neighbour")
    r = room.rounds.open_round(clerk)
    assert (r.cadence, r.period_start, r.period_end, r.due_on, r.status) == (
        "weekly",
        MONDAY,
        date(2026, 3, 8),
        date(2026, 3, 6),
        "due",
    )
    (found,) = area(r, "dispute").linked
    assert found.entity == "grid_report" and "转矛盾纠纷调处" in found.label
    r = fill(
        room,
        clerk,
        r,
        security=AreaInput(findings="夜间电动车被盗两起", measures="已告知民警加强巡逻"),
        dispute=AreaInput(measures="已受理调解"),
        petition=NOTHING,
        key_person=NOTHING,
        public_safety=AreaInput(findings="检查沿街商铺12家，未发现隐患"),
    )
    signed = room.rounds.submit(clerk, r.id, r.version, held_on=TODAY, participants="王丽、张警官")
    assert signed.submitted and (signed.submitted_on, signed.signed_by, signed.status) == (
        TODAY,
        "王丽",
        "done",
    )
    assert [a.area for a in signed.zero_areas] == ["petition", "key_person"]
    # the records found are kept as they read when it was signed
    assert area(signed, "dispute").linked == (found,)


def test_given_an_area_with_records_then_it_cannot_be_reported_as_nothing(
    services, room, staff, grids, people
):
    clerk = staff["reception"]
    room.reports.enter(clerk, report(grids[0].id, kind="security", seen="有人聚众赌博"))
    r = room.rounds.open_round(clerk)
    with pytest.raises(ValidationError) as e:
        fill(room, clerk, r, security=NOTHING)
    assert (e.value.field, e.value.code) == ("nothing_found", "has_findings")


def test_given_an_area_marked_nothing_before_a_report_came_in_then_signing_is_refused(
    services, room, staff, grids
):
    clerk = staff["reception"]
    r = room.rounds.open_round(clerk)
    r = fill(
        room,
        clerk,
        r,
        **{code: NOTHING for code in ("security", "dispute", "petition", "key_person", "public_safety")},
    )
    room.reports.enter(clerk, report(grids[0].id, kind="hazard", seen="燃气管道老化"))
    with pytest.raises(ValidationError) as e:
        room.rounds.submit(clerk, r.id, r.version, held_on=TODAY, participants="王丽")
    assert (e.value.code, e.value.params["area"]) == ("has_findings", "public_safety")


def test_given_an_area_not_reported_then_the_round_cannot_be_signed(services, room, staff):
    clerk = staff["reception"]
    r = room.rounds.open_round(clerk)
    r = fill(room, clerk, r, security=NOTHING, dispute=NOTHING, petition=NOTHING, key_person=NOTHING)
    with pytest.raises(ValidationError) as e:
        room.rounds.submit(clerk, r.id, r.version, held_on=TODAY, participants="王丽")
    assert (e.value.code, e.value.params["area"]) == ("area_not_reported", "public_safety")
    with pytest.raises(ValidationError) as e:
        room.rounds.submit(clerk, r.id, r.version, held_on=TODAY, participants=" ")
    assert e.value.field == "participants"


def test_given_what_could_not_be_resolved_then_a_responsible_person_and_date_and_a_task_on_their_list(
    services, room, staff
):
    clerk, police = staff["reception"], staff["police"]
    r = room.rounds.open_round(clerk)
    with pytest.raises(ValidationError) as e:
        fill(room, clerk, r, dispute=AreaInput(findings="两户因停车位争执", unresolved="需物业协调车位"))
    assert e.value.field == "responsible_id"
    r = fill(
        room,
        clerk,
        r,
        security=NOTHING,
        dispute=AreaInput(
            findings="两户因停车位争执",
            unresolved="需物业协调车位",
            responsible_id=police.id,
            resolve_by=TODAY + timedelta(days=10),
        ),
        petition=NOTHING,
        key_person=NOTHING,
        public_safety=NOTHING,
    )
    assert room.tasks.tasks(police) == []
    room.rounds.submit(clerk, r.id, r.version, held_on=TODAY, participants="王丽、张警官")
    (task,) = room.tasks.tasks(police)
    assert task.text == "矛盾纠纷跟踪化解：需物业协调车位" and task.due_on == TODAY + timedelta(days=10)
    assert task.source == "集中排查 3月2日-3月8日"


def test_given_a_signed_round_then_it_is_not_changed_again(services, room, staff):
    clerk = staff["reception"]
    r = room.rounds.open_round(clerk)
    codes = ("security", "dispute", "petition", "key_person", "public_safety")
    r = fill(room, clerk, r, **{c: NOTHING for c in codes})
    r = room.rounds.submit(clerk, r.id, r.version, held_on=TODAY, participants="王丽")
    a = area(r, "security")
    with pytest.raises(ValidationError) as e:
        room.rounds.save_area(clerk, a.id, a.version, AreaInput(findings="补充"))
    assert e.value.code == "already_submitted"
    assert room.rounds.open_round(clerk).id == r.id  # the week's round is this one


def test_given_a_round_signed_after_its_due_day_then_it_is_late(services, room, staff, clock):
    clerk = staff["reception"]
    r = room.rounds.open_round(clerk)
    r = fill(
        room,
        clerk,
        r,
        **{c: NOTHING for c in ("security", "dispute", "petition", "key_person", "public_safety")},
    )
    clock.day = date(2026, 3, 9)  # the Monday after
    r = room.rounds.submit(clerk, r.id, r.version, held_on=date(2026, 3, 6), participants="王丽")
    assert r.status == "late"
    (slot,) = [
        x for x in room.rounds.schedule(staff["director"], MONDAY, date(2026, 3, 8)) if x.round_id == r.id
    ]
    assert (slot.status, slot.zero_areas, slot.found_areas) == ("late", 5, 0)


def test_given_a_sensitive_period_then_daily_rounds_are_due_and_the_director_sees_the_missing_one(
    services, room, staff, clock
):
    director, clerk = staff["director"], staff["reception"]
    with pytest.raises(PermissionDenied):
        room.rounds.add_period(staff["police"], "全国两会", MONDAY, date(2026, 3, 11))
    room.rounds.add_period(director, "全国两会", MONDAY, date(2026, 3, 11))
    codes = ("security", "dispute", "petition", "key_person", "public_safety")
    for day in (MONDAY, date(2026, 3, 4)):  # Tuesday 3 March is not done
        clock.day = day
        r = room.rounds.open_round(clerk)
        assert (r.cadence, r.period_start, r.sensitive) == ("daily", day, "全国两会")
        r = fill(room, clerk, r, **{c: NOTHING for c in codes})
        room.rounds.submit(clerk, r.id, r.version, held_on=day, participants="王丽")
    clock.day = TODAY
    slots = room.rounds.schedule(director, date(2026, 2, 23), date(2026, 3, 8))
    days = {x.period_start: x.status for x in slots if x.cadence == "daily"}
    assert days == {
        MONDAY: "done",
        date(2026, 3, 3): "missing",
        date(2026, 3, 4): "done",
        TODAY: "due",
    }  # Friday to Sunday have not begun
    weekly = [(x.period_start, x.status) for x in slots if x.cadence == "weekly"]
    assert weekly == [(date(2026, 2, 23), "missing")]  # the sensitive week has daily rounds instead
    assert slots[0].period_start == TODAY  # newest first


def test_given_a_sensitive_period_entered_wrong_then_refused_or_voided(services, room, staff):
    director = staff["director"]
    with pytest.raises(ValidationError) as e:
        room.rounds.add_period(director, "春节", date(2026, 2, 24), date(2026, 2, 14))
    assert e.value.field == "ends_on"
    p = room.rounds.add_period(director, "春节", date(2026, 2, 14), date(2026, 2, 24))
    room.rounds.void_period(director, p.id, p.version, "日期录错")
    assert room.rounds.periods(director) == []


def test_given_a_round_not_yet_begun_then_it_cannot_be_opened(services, room, staff):
    with pytest.raises(ValidationError):
        room.rounds.open_round(staff["reception"], TODAY + timedelta(days=7))
    with pytest.raises(PermissionDenied):
        room.rounds.open_round(staff["mediator"])
