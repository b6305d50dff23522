"""Meetings and their minutes: the period's figures filled by the program from every room, decisions that become
tasks on their owner's list until done; the police officer's weekly notice."""

# ruff: noqa: F811 - the fixtures are imported from rhythm_support and named as test arguments

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.rhythm.dto import AreaInput, AttendeeInput, BulletinInput, DecisionInput, MeetingInput
from tests.unit.rhythm_support import (  # noqa: F401 - fixtures
    TODAY,
    at,
    clock,
    grids,
    key_member,
    others,
    people,
    report,
    room,
    staff,
)

CODES = ("security", "dispute", "petition", "key_person", "public_safety")


def minutes(kind="police_meeting", **kw) -> MeetingInput:
    values = {
        "kind": kind,
        "held_at": at(TODAY, 14, 30),
        "place": "社区综治中心会议室",
        "chair": "李红梅",
        "recorder": "王丽",
        "attendees": (
            AttendeeInput("staff", staff_id=None, name="王丽"),
            AttendeeInput("police", name="张警官", organisation="华侨路派出所"),
            AttendeeInput("invited", name="周立", organisation="华新物业"),
        ),
        "matters": "通报本期纠纷排查情况，研究春季消防安全工作。",
    }
    return MeetingInput(**(values | kw))


@pytest.fixture
def busy_period(services, room, staff, grids, people, key_member, clock, others):
    """A fortnight of work: a case from a grid report, a petition, a hazard past its deadline, a signed round
    with two empty areas, a key-group follow-up due."""
    clerk, police = staff["reception"], staff["police"]
    d = room.reports.enter(
        clerk, report(grids[0].id, day=TODAY - timedelta(days=3), people=(people["张伟"], people["李娜"]))
    )
    room.reports.to_case(clerk, d.row.id, d.row.version, reason="转调解", dispute_type="neighbour")
    d = room.reports.enter(
        clerk,
        report(grids[0].id, kind="petition_lead", day=TODAY - timedelta(days=2), people=(people["李娜"],)),
    )
    room.reports.to_petition(clerk, d.row.id, d.row.version, reason="登记信访")
    d = room.reports.enter(
        clerk, report(grids[1].id, kind="hazard", day=TODAY - timedelta(days=2), seen="电动车楼道充电")
    )
    room.reports.to_hazard(
        clerk,
        d.row.id,
        d.row.version,
        reason="隐患",
        kind="electric",
        severity="general",
        correct_by=TODAY - timedelta(days=1),
    )
    room.reports.enter(clerk, report(grids[1].id, kind="other", seen="井盖松动"))  # not yet routed
    r = room.rounds.open_round(clerk)
    for code, inp in {
        "security": AreaInput(nothing_found=True),
        "dispute": AreaInput(measures="受理调解"),
        "petition": AreaInput(measures="已登记"),
        "key_person": AreaInput(nothing_found=True),
        "public_safety": AreaInput(measures="限期整改"),
    }.items():
        a = next(x for x in r.areas if x.area == code)
        r = room.rounds.save_area(clerk, a.id, a.version, inp)
    room.rounds.submit(clerk, r.id, r.version, held_on=TODAY, participants="王丽、张警官")
    residents = others["key_groups"]
    residents.record_follow_up(police, key_member.id, done_on=TODAY - timedelta(days=28), way="home_visit")
    return key_member


def test_given_a_fortnight_of_work_when_the_director_drafts_the_minutes_then_the_figures_are_filled_from_every_room(
    services, room, staff, busy_period
):
    m = room.meetings.create(staff["director"], minutes())
    f = m.figures
    assert (f.period_from, f.period_to) == (TODAY - timedelta(days=13), TODAY)
    assert (f.rounds, f.findings, f.zero_areas) == (
        0,
        0,
        0,
    )  # the week's round falls due on Friday, after the meeting
    assert (f.grid_reports, f.unrouted) == (4, 1)
    assert (f.open_cases, f.overdue_cases) == (1, 0)
    assert f.petitions_due is not None and f.petitions_due + f.petitions_overdue == 0
    assert f.follow_ups_due == 1  # the follow-up of 28 days ago is due in two days
    assert (f.hazards_open, f.hazards_overdue) == (1, 1)
    assert m.row.number == "2026年第1期" and m.figures_at is not None
    assert [a.side for a in m.attendees] == ["staff", "police", "invited"]


def test_given_the_round_fell_due_in_the_period_then_the_minutes_count_it_and_its_empty_areas(
    services, room, staff, busy_period, clock
):
    clock.day = date(2026, 3, 9)
    m = room.meetings.create(staff["director"], minutes(kind="huddle", held_at=at(date(2026, 3, 9), 9)))
    f = m.figures
    assert (f.period_from, f.period_to) == (date(2026, 3, 3), date(2026, 3, 9))
    assert (f.rounds, f.rounds_due, f.findings, f.zero_areas) == (1, 1, 3, 2)


def test_given_an_author_who_may_not_read_petitions_then_that_figure_is_left_blank_not_zero(
    services, room, staff, busy_period
):
    m = room.meetings.create(staff["police"], minutes())
    assert m.figures.petitions_due is None and m.figures.petitions_overdue is None
    assert m.figures.open_cases == 1 and m.figures.follow_ups_due == 1
    desk = room.meetings.create(staff["reception"], minutes(kind="huddle"))
    assert desk.figures.open_cases is None and desk.figures.follow_ups_due is None
    assert desk.figures.petitions_due == 0


def test_given_meetings_of_a_kind_then_numbered_in_the_year_and_the_period_runs_from_the_last_one(
    services, room, staff, clock
):
    director = staff["director"]
    first = room.meetings.create(director, minutes(kind="huddle", held_at=at(date(2026, 2, 26), 9)))
    second = room.meetings.create(director, minutes(kind="huddle"))
    assert (first.row.number, second.row.number) == ("2026年第1期", "2026年第2期")
    assert (second.figures.period_from, second.figures.period_to) == (date(2026, 2, 27), TODAY)
    other = room.meetings.create(director, minutes(kind="joint"))
    assert other.row.number == "2026年第1期"
    assert [r.id for r in room.meetings.meetings(director)][:1] == [other.row.id]


def test_given_decisions_then_tasks_on_each_owners_list_until_done(services, room, staff, clock):
    director, police, clerk = staff["director"], staff["police"], staff["reception"]
    m = room.meetings.create(director, minutes())
    m = room.meetings.add_decision(
        director,
        m.row.id,
        m.row.version,
        DecisionInput("组织华新巷消防通道清理", police.id, TODAY + timedelta(days=7)),
    )
    m = room.meetings.add_decision(
        director, m.row.id, m.row.version, DecisionInput("走访独居老人", clerk.id, TODAY + timedelta(days=3))
    )
    assert [(d.owner_name, d.done) for d in m.decisions] == [("张警官", False), ("王丽", False)]
    (mine,) = room.tasks.tasks(police)
    assert mine.text == "组织华新巷消防通道清理" and mine.source == "综治警务工作例会 2026年第1期"
    with pytest.raises(PermissionDenied):
        room.tasks.tasks(staff["mediator"], owner_id=police.id)  # another owner's list
    with pytest.raises(PermissionDenied):
        room.tasks.complete(staff["mediator"], mine.id, mine.version, "完成")
    clock.day = TODAY + timedelta(days=8)
    (late,) = room.tasks.tasks(police)
    assert late.overdue_days == 1
    done = room.tasks.complete(police, late.id, late.version, "已清理，物业签字确认")
    assert done.done and done.done_note == "已清理，物业签字确认"
    assert room.tasks.tasks(police) == []
    assert [t.id for t in room.tasks.tasks(police, include_done=True)] == [done.id]
    assert len(room.tasks.tasks(director, owner_id=0)) == 1  # everyone's open tasks: the clerk's
    m = room.meetings.get(director, m.row.id)
    assert (m.row.decisions, m.row.open_decisions) == (2, 1)
    reopened = room.tasks.reopen(police, done.id, done.version, "物业未清理干净")
    assert not reopened.done


def test_given_bad_minutes_then_the_field_is_named(services, room, staff):
    director = staff["director"]
    for inp, field in [
        (minutes(kind="party"), "kind"),
        (minutes(chair=" "), "chair"),
        (minutes(attendees=(AttendeeInput("press", name="记者"),)), "attendees"),
        (minutes(period_from=TODAY, period_to=TODAY - timedelta(days=1)), "period_to"),
    ]:
        with pytest.raises(ValidationError) as e:
            room.meetings.create(director, inp)
        assert e.value.field == field
    m = room.meetings.create(director, minutes())
    with pytest.raises(ValidationError) as e:
        room.meetings.add_decision(director, m.row.id, m.row.version, DecisionInput("事项", 999, TODAY))
    assert e.value.field == "owner_id"
    with pytest.raises(PermissionDenied):
        room.meetings.create(staff["mediator"], minutes())


def test_given_minutes_voided_then_their_decisions_leave_the_lists(services, room, staff):
    director, police = staff["director"], staff["police"]
    m = room.meetings.create(director, minutes())
    room.meetings.add_decision(director, m.row.id, m.row.version, DecisionInput("事项", police.id, TODAY))
    room.meetings.void(director, m.row.id, m.row.version, "重复录入")
    assert room.tasks.tasks(police) == [] and room.meetings.meetings(director) == []


def test_given_figures_read_later_then_refresh_reads_them_again(services, room, staff, grids):
    director = staff["director"]
    m = room.meetings.create(director, minutes())
    assert m.figures.grid_reports == 0
    room.reports.enter(staff["reception"], report(grids[0].id, kind="other"))
    assert room.meetings.get(director, m.row.id).figures.grid_reports == 0  # kept as read
    m = room.meetings.refresh_figures(director, m.row.id, m.row.version)
    assert (m.figures.grid_reports, m.figures.unrouted) == (1, 1)


# -- the police officer's weekly notice -------------------------------------------------------------------------------


def test_given_the_weekly_notice_then_drafted_issued_and_kept_as_issued(services, room, staff):
    police, clerk = staff["police"], staff["reception"]
    with pytest.raises(PermissionDenied):
        room.bulletins.save(clerk, BulletinInput(TODAY, incidents="无"))
    with pytest.raises(ValidationError):
        room.bulletins.save(police, BulletinInput(TODAY))
    b = room.bulletins.save(
        police, BulletinInput(TODAY, incidents="本周辖区发生盗窃电动车案件2起", guidance="加强夜间巡防")
    )
    assert b.week_start == date(2026, 3, 2) and b.issued_at is None
    b = room.bulletins.save(
        police, BulletinInput(TODAY, incidents="本周辖区发生盗窃电动车案件2起，已破1起"), b.version
    )
    b = room.bulletins.issue(police, b.id, b.version)
    assert b.issued_by == "张警官"
    assert room.bulletins.of_week(clerk).incidents.endswith("已破1起")  # the desk reads it to the grids
    with pytest.raises(ValidationError) as e:
        room.bulletins.save(police, BulletinInput(TODAY, incidents="改"), b.version)
    assert e.value.code == "already_issued"
    assert room.bulletins.of_week(clerk, TODAY - timedelta(days=7)) is None
