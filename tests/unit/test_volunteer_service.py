"""平安志愿者: the roster (people of the register), shifts without conflicts, the check-in desk, hours that count,
certificates numbered without gaps — on SQLite and PostgreSQL, with hand-made cases."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Person, Volunteer
from desktop.services.core.clock import CST
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.core.id_numbers import check_digit
from desktop.services.residents.resident_service import validate_person
from desktop.services.volunteers.dto import ActivityInput, RosterFilter, VolunteerInput, star_level
from desktop.services.volunteers.volunteer_service import VolunteerService
from tests.conftest import make_actor


def cid(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + check_digit(body)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CST)


class Now:
    """The time, as a test sets it."""

    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


TODAY = date(2026, 9, 15)  # a Tuesday


@pytest.fixture
def room(services):
    now = Now(at(TODAY, 9))
    vs = VolunteerService(services.sessions, services.residents, now=now)
    desk = make_actor(services, "desk", "王丽", "reception")
    director = make_actor(services, "director", "李红梅", "director")
    return vs, now, desk, director


_SEQ = iter(range(100, 999))


def person(services, actor, name: str, birth: str = "19800307", phone: str | None = None) -> int:
    inp = validate_person(
        {"name": name, "id_number": cid("320102", birth, f"{next(_SEQ):03d}"), "phone": phone}, today=TODAY
    )
    return services.residents.create_person(actor, inp, allow_likely_duplicate=True).id


def volunteer(services, room, name: str, **kw) -> int:
    vs, _now, desk, _d = room
    pid = person(services, desk, name, **{k: v for k, v in kw.items() if k in ("birth", "phone")})
    team = kw.get("team", "patrol")
    return vs.enrol(desk, VolunteerInput(team=team, volunteer_no=kw.get("number")), person_id=pid).id


def once(room, title: str, start: datetime, end: datetime, capacity: int = 10) -> int:
    vs, _now, desk, _d = room
    a = vs.create_activity(desk, ActivityInput(title, "patrol", "龙蟠里小区", start, end, capacity))
    return a.shifts[0].id


# -- the roster -----------------------------------------------------------------------------------------------------


def test_given_a_resident_when_enrolled_then_the_roster_shows_them_with_the_register_name_and_a_centre_number(
    services, room
):
    vs, _now, desk, _d = room
    vid = volunteer(services, room, "张伟", phone="13812345678")
    rows = vs.roster(desk)
    assert [(r.name, r.volunteer_no, r.team_label, r.phone) for r in rows] == [
        ("张伟", "ZY0000001", "治安巡逻队", "138****5678")
    ]
    # And the national number given later replaces ours
    v = vs.get_volunteer(desk, vid)
    v = vs.update_volunteer(desk, vid, v.version, VolunteerInput(volunteer_no="31010520230001", team="legal"))
    assert (v.volunteer_no, v.team_label) == ("31010520230001", "法治宣传队")
    # And the same person twice is refused
    with pytest.raises(ValidationError) as exc:
        vs.enrol(desk, VolunteerInput(), person_id=v.person_id)
    assert exc.value.code == "already_volunteer"


def test_given_someone_not_on_the_register_when_entered_on_the_spot_then_person_and_volunteer_come_together(
    services, room
):
    vs, _now, desk, _d = room
    new = validate_person({"name": "赵敏", "id_number": cid("320106", "19920830", "246")}, today=TODAY)
    v = vs.enrol(desk, VolunteerInput(team="emergency"), register=new)
    assert v.name == "赵敏" and v.id_number.startswith("3201") and "*" in v.id_number
    # And the register finds her as a resident
    assert [r.name for r in services.residents.search(desk, "赵敏")] == ["赵敏"]
    # When one entered on the spot is refused (a team that does not exist): the register is left as it was
    other = validate_person({"name": "钱多多", "id_number": cid("320106", "19850101", "135")}, today=TODAY)
    with pytest.raises(ValidationError) as exc:
        vs.enrol(desk, VolunteerInput(team="no_such_team"), register=other)
    assert exc.value.field == "team"
    with services.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == "钱多多")) == 0


def test_given_a_certificate_expiring_then_the_reminder_and_the_roster_say_so(services, room):
    vs, _now, desk, _d = room
    vid = volunteer(services, room, "孙丽")
    vs.add_skill(desk, vid, "first_aid", "JJ-2024-017", date(2024, 10, 1), TODAY + timedelta(days=20))
    vs.add_skill(desk, vid, "driving")
    due = vs.certificates_due(desk)
    assert [(d.name, d.skill_label, d.certificate_no, d.expired) for d in due] == [
        ("孙丽", "医疗救护", "JJ-2024-017", False)
    ]
    assert vs.roster(desk)[0].certificates_due == 1
    skills = {k.label: k.expiring for k in vs.get_volunteer(desk, vid).skills}
    assert skills == {"医疗救护": True, "驾驶": False}


def test_given_a_volunteer_who_leaves_then_the_reason_stays_and_the_current_roster_no_longer_lists_them(
    services, room
):
    vs, _now, desk, _d = room
    vid = volunteer(services, room, "周杰")
    v = vs.get_volunteer(desk, vid)
    with pytest.raises(ValidationError):
        vs.set_status(desk, vid, v.version, "left", TODAY)  # no reason
    v = vs.set_status(desk, vid, v.version, "left", TODAY, "工作调动")
    assert (v.status, v.left_on, v.left_reason) == ("left", TODAY, "工作调动")
    assert vs.roster(desk) == [] and [r.name for r in vs.roster(desk, RosterFilter(status=None))] == ["周杰"]


# -- shifts without conflicts -------------------------------------------------------------------------------------


def test_given_a_patrol_when_an_overlapping_shift_is_signed_up_then_it_is_refused_saying_which(
    services, room
):
    vs, _now, desk, _d = room
    vid = volunteer(services, room, "陈勇")
    evening = once(room, "晚间巡逻", at(TODAY, 19), at(TODAY, 21))
    late = once(room, "夜间巡逻", at(TODAY, 20, 30), at(TODAY, 22, 30))
    vs.sign_up(desk, evening, vid)
    with pytest.raises(ValidationError) as exc:
        vs.sign_up(desk, late, vid)
    assert exc.value.code == "overlap" and exc.value.params["title"] == "晚间巡逻"


def test_given_a_shift_ending_at_21_when_the_next_starts_at_21_then_both_are_signed_up(services, room):
    vs, _now, desk, _d = room
    vid = volunteer(services, room, "陈勇")
    evening = once(room, "晚间巡逻", at(TODAY, 19), at(TODAY, 21))
    night = once(room, "夜间巡逻", at(TODAY, 21), at(TODAY, 23))
    vs.sign_up(desk, evening, vid)
    vs.sign_up(desk, night, vid)
    assert [r.volunteer_id for r in vs.shift_attendance(desk, night)] == [vid]


def test_given_a_full_shift_when_one_more_signs_up_then_it_is_refused_with_the_count(services, room):
    vs, _now, desk, _d = room
    shift = once(room, "反诈宣传", at(TODAY, 14), at(TODAY, 16), capacity=2)
    a, b, c = (volunteer(services, room, n) for n in ("甲一", "乙二", "丙三"))
    vs.sign_up(desk, shift, a)
    vs.sign_up(desk, shift, b, assigned=True)
    with pytest.raises(ValidationError) as exc:
        vs.sign_up(desk, shift, c)
    assert exc.value.code == "full" and exc.value.params == {"count": 2, "capacity": 2}


def test_given_every_working_day_over_a_tiaoxiu_weekend_then_the_make_up_sunday_has_a_shift_and_saturday_none(
    services, room
):
    vs, _now, desk, _d = room
    # 2026-09-20 is a Sunday worked in exchange for the National Day holiday (国务院办公厅 2025 notice)
    a = vs.create_activity(
        desk,
        ActivityInput(
            "中心值守",
            "duty",
            "综治中心",
            at(date(2026, 9, 18), 9),
            at(date(2026, 9, 18), 12),
            3,
            recurrence="workdays",
            last_day=date(2026, 9, 22),
        ),
    )
    days = [s.starts_at.astimezone(CST).date().day for s in a.shifts]
    assert days == [18, 20, 21, 22]
    assert all(s.starts_at.astimezone(CST).hour == 9 for s in a.shifts)


def test_given_a_weekly_friday_patrol_when_one_occurrence_is_cancelled_then_the_series_goes_on(
    services, room
):
    vs, _now, desk, _d = room
    vid = volunteer(services, room, "吴磊")
    a = vs.create_activity(
        desk,
        ActivityInput(
            "周五晚巡",
            "patrol",
            "广场",
            at(date(2026, 9, 18), 19),
            at(date(2026, 9, 18), 21),
            8,
            recurrence="weekly",
            weekdays=(5,),
            last_day=date(2026, 10, 9),
        ),
    )
    assert [s.starts_at.astimezone(CST).date() for s in a.shifts] == [
        date(2026, 9, 18),
        date(2026, 9, 25),
        date(2026, 10, 2),
        date(2026, 10, 9),
    ]
    third = a.shifts[2]
    vs.sign_up(desk, third.id, vid)
    vs.cancel_shift(desk, third.id, third.version, "国庆假期暂停一次")
    after = vs.get_activity(desk, a.id)
    assert [s.cancelled for s in after.shifts] == [False, False, True, False]
    assert vs.shift_attendance(desk, third.id) == []  # the sign-up on it is withdrawn
    assert [r.shifts for r in vs.activities(desk) if r.id == a.id] == [3]
    # And a cancelled shift takes no sign-ups, the others do
    with pytest.raises(ValidationError) as exc:
        vs.sign_up(desk, third.id, vid)
    assert exc.value.code == "shift_cancelled"
    vs.sign_up(desk, after.shifts[3].id, vid)


# -- the check-in desk --------------------------------------------------------------------------------------------


def test_given_the_cards_qr_text_when_scanned_then_the_volunteer_is_checked_in_and_the_next_scan_checks_out(
    services, room
):
    vs, now, desk, _d = room
    vid = volunteer(services, room, "郑爽")
    shift = once(room, "中心值守", at(TODAY, 9), at(TODAY, 12))
    vs.sign_up(desk, shift, vid)
    number = vs.get_volunteer(desk, vid).volunteer_no
    now.moment = at(TODAY, 8, 52)
    first = vs.scan(desk, f" {number.lower()}\n")  # what a keyboard-wedge scanner types, however it is cased
    assert first.action == "checked_in" and first.attendance.check_in_at == at(TODAY, 8, 52)
    now.moment = at(TODAY, 11, 58)
    second = vs.scan(desk, number)
    assert second.action == "checked_out"
    assert (second.attendance.hours, second.attendance.hours_status) == (Decimal("3.00"), "pending")
    assert vs.scan(desk, "ZY9999999").action == "unknown"


def test_given_the_desk_types_a_name_or_id_digits_then_the_volunteer_is_found_and_checked_in_to_a_chosen_shift(
    services, room
):
    vs, now, desk, _d = room
    vid = volunteer(services, room, "欧阳娜娜", birth="19850615", phone="13912345678")
    volunteer(services, room, "欧阳修")
    shift = once(room, "禁毒宣传", at(TODAY, 9), at(TODAY, 11))
    assert [m.name for m in vs.desk_lookup(desk, "欧阳")] == ["欧阳娜娜", "欧阳修"]
    assert [m.name for m in vs.desk_lookup(desk, "oynn")] == ["欧阳娜娜"]
    assert [(m.name, m.match) for m in vs.desk_lookup(desk, "5678")] == [("欧阳娜娜", "phone_tail")]
    with services.sessions() as s:
        full = s.scalar(
            select(Person.id_number)
            .join(Volunteer, Volunteer.person_id == Person.id)
            .where(Volunteer.id == vid)
        )
    match = vs.desk_lookup(desk, full)[0]
    assert (match.name, match.match, match.shifts) == ("欧阳娜娜", "id", ())
    # When she walks in without having signed up: the scan asks for a shift, the desk checks her in to one
    assert vs.scan(desk, match.volunteer_no).action == "choose_shift"
    row = vs.check_in(desk, vid, shift)
    assert row.how == "walk_in" and row.check_in_at == now.moment
    assert vs.desk_lookup(desk, "欧阳娜娜")[0].present


def test_given_a_forgotten_check_out_when_the_day_ends_then_it_is_closed_flagged_and_waits_for_a_leader(
    services, room
):
    vs, now, desk, director = room
    vid = volunteer(services, room, "冯伟")
    shift = once(room, "晚间巡逻", at(TODAY, 19), at(TODAY, 21))
    vs.sign_up(desk, shift, vid)
    now.moment = at(TODAY, 18, 55)
    vs.check_in(desk, vid)
    now.moment = at(TODAY + timedelta(days=1), 8, 30)
    assert vs.desk_today(desk).open_before_today == 1
    closed = vs.close_day(desk, TODAY)
    assert [(c.auto_closed, c.check_out_at, c.hours, c.hours_status) for c in closed] == [
        (True, at(TODAY, 21), Decimal("2.00"), "flagged")
    ]
    assert vs.desk_today(desk).open_before_today == 0
    assert [r.name for r in vs.hours_queue(director, "flagged")] == ["冯伟"]
    # The leader confirms 1.5 hours (he left early): the correction keeps the history and is audited
    row = closed[0]
    fixed = vs.correct(director, row.id, row.version, "1.5", "本人称20:30离开")
    assert (fixed.hours, fixed.hours_status) == (Decimal("1.50"), "approved")
    steps = [(h.action, h.hours_before, h.hours_after, h.reason) for h in vs.hours_history(director, row.id)]
    assert steps == [
        ("auto_close", None, Decimal("2.00"), "未签退，日终按班次结束时间关闭"),
        ("correct", Decimal("2.00"), Decimal("1.50"), "本人称20:30离开"),
    ]
    with services.sessions() as s:
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "attendance", AuditEntry.entity_id == row.id)
        )
        actions = [(e.action, e.reason) for e in audit]
    assert ("auto_close", None) in actions and ("update", "本人称20:30离开") in actions


# -- hours that count ---------------------------------------------------------------------------------------------


def test_given_ten_services_approved_in_bulk_when_they_make_exactly_100_hours_then_the_first_star_is_reached(
    services, room
):
    vs, now, desk, director = room
    vid = volunteer(services, room, "卫星")
    first = date(2026, 9, 1)
    a = vs.create_activity(
        desk,
        ActivityInput(
            "应急演练",
            "emergency",
            "社区广场",
            at(first, 8),
            at(first, 20),
            5,
            recurrence="weekly",
            weekdays=(1, 2, 3, 4, 5, 6, 7),
            last_day=date(2026, 9, 10),
        ),
    )
    rows = [vs.enter_hours(desk, s.id, vid, "10" if i < 9 else "9.75") for i, s in enumerate(a.shifts)]
    with pytest.raises(PermissionDenied):
        vs.approve(desk, [(r.id, r.version) for r in rows])  # the desk records, a leader approves
    result = vs.approve(director, [(r.id, r.version) for r in rows])
    assert result.approved == 10 and result.stars_reached == ()  # 99.75 h: not yet
    assert vs.get_volunteer(desk, vid).hours_approved == Decimal("99.75")
    last = [r for r in vs.shift_attendance(desk, a.shifts[-1].id)][0]
    vs.correct(director, last.id, last.version, "10", "补记15分钟")
    v = vs.get_volunteer(desk, vid)
    assert (v.hours_approved, v.star, v.next_star_hours) == (Decimal("100.00"), 1, 300)
    assert vs.roster(desk)[0].star == 1
    assert [star_level(h) for h in (99.99, 100, 299.75, 300, 600, 1000, 1499, 1500)] == [
        0,
        1,
        1,
        2,
        3,
        4,
        4,
        5,
    ]


def test_given_an_approval_that_crosses_100_hours_then_it_says_who_reached_the_first_star(services, room):
    vs, now, desk, director = room
    vid = volunteer(services, room, "星光")
    first = date(2026, 9, 1)
    a = vs.create_activity(
        desk,
        ActivityInput(
            "长班值守",
            "duty",
            "综治中心",
            at(first, 0),
            at(first, 20),
            1,
            recurrence="weekly",
            weekdays=(1, 2, 3, 4, 5, 6, 7),
            last_day=date(2026, 9, 5),
        ),
    )
    rows = [vs.enter_hours(desk, s.id, vid, "20") for s in a.shifts]
    result = vs.approve(director, [(r.id, r.version) for r in rows])
    assert [(s.name, s.level, s.hours) for s in result.stars_reached] == [("星光", 1, Decimal("100.00"))]


def test_given_hours_typed_wrong_then_they_are_refused_at_the_field(services, room):
    vs, now, desk, _d = room
    vid = volunteer(services, room, "错时")
    shift = once(room, "宣传", at(TODAY - timedelta(days=1), 9), at(TODAY - timedelta(days=1), 11))
    for bad in ("abc", "-1", "25", "1.1"):
        with pytest.raises(ValidationError) as exc:
            vs.enter_hours(desk, shift, vid, bad)
        assert exc.value.field == "hours"


# -- certificates and figures -------------------------------------------------------------------------------------


def test_given_two_certificates_and_a_refused_one_then_numbers_follow_without_a_gap_and_each_is_audited(
    services, room
):
    vs, now, desk, director = room
    vid = volunteer(services, room, "王小五")
    shift = once(room, "平安巡逻", at(TODAY - timedelta(days=3), 19), at(TODAY - timedelta(days=3), 21, 30))
    row = vs.enter_hours(desk, shift, vid, "2.5")
    vs.approve(director, [(row.id, row.version)])
    with pytest.raises(ValidationError) as exc:  # nothing served in that period: no number is used up
        vs.issue_certificate(desk, vid, date(2025, 1, 1), date(2025, 12, 31), person_in_charge="李红梅")
    assert exc.value.code == "no_service_in_period"
    one = vs.issue_certificate(desk, vid, date(2026, 1, 1), TODAY, person_in_charge="李红梅", purpose="升学")
    two = vs.issue_certificate(desk, vid, date(2026, 9, 1), TODAY, person_in_charge="李红梅")
    assert (one.cert_no, two.cert_no) == ("ZYZM2026-0001", "ZYZM2026-0002")
    assert (one.hours, one.services) == (Decimal("2.50"), 1)
    with services.sessions() as s:
        summaries = list(
            s.scalars(
                select(AuditEntry.summary)
                .where(AuditEntry.entity == "volunteer_certificate")
                .order_by(AuditEntry.id)
            )
        )
    assert [x.split("，")[0] for x in summaries] == [
        "出具志愿服务证明ZYZM2026-0001：王小五",
        "出具志愿服务证明ZYZM2026-0002：王小五",
    ]


def test_given_a_period_then_the_figures_give_hours_by_team_and_kind_and_volunteers_by_star(services, room):
    vs, now, desk, director = room
    a = volunteer(services, room, "队员甲", team="patrol")
    volunteer(services, room, "队员乙", team="legal")
    shift = once(room, "晚间巡逻", at(TODAY - timedelta(days=2), 19), at(TODAY - timedelta(days=2), 21))
    row = vs.enter_hours(desk, shift, a, "2")
    other = once(room, "夜巡", at(TODAY - timedelta(days=1), 19), at(TODAY - timedelta(days=1), 21))
    vs.enter_hours(desk, other, a, "1.5")  # waiting
    vs.approve(director, [(row.id, row.version)])
    f = vs.figures(director, date(2026, 9, 1), date(2026, 9, 30))
    assert (f.volunteers, f.joined, f.services, f.hours, f.hours_pending) == (
        2,
        2,
        1,
        Decimal("2.00"),
        Decimal("1.50"),
    )
    assert [(t.label, t.volunteers, t.hours) for t in f.by_team] == [
        ("法治宣传队", 1, Decimal(0)),
        ("治安巡逻队", 1, Decimal("2.00")),
    ]
    assert f.by_kind == (("patrol", Decimal("2.00")),) and f.by_star == ()
    # And the police, who read statistics, may read them; the monitoring room may not
    police = make_actor(services, "police", "张警官", "police")
    assert vs.figures(police, date(2026, 9, 1), date(2026, 9, 30)).hours == Decimal("2.00")
    with pytest.raises(PermissionDenied):
        vs.figures(make_actor(services, "mon", "赵六", "monitor"), date(2026, 9, 1), date(2026, 9, 30))


def test_given_a_service_then_the_persons_timeline_shows_it_with_its_hours(services, room):
    vs, now, desk, director = room
    vid = volunteer(services, room, "时光")
    shift = once(room, "敬老助老服务", at(TODAY - timedelta(days=1), 9), at(TODAY - timedelta(days=1), 11))
    row = vs.enter_hours(desk, shift, vid, "2")
    pid = vs.get_volunteer(desk, vid).person_id
    entries = [
        (e.title, e.detail) for e in services.residents.timeline(director, pid) if e.kind == "volunteer"
    ]
    assert entries == [("志愿服务：敬老助老服务", "2 小时（待审核）")]
    vs.approve(director, [(row.id, row.version)])
    entries = [
        (e.title, e.detail) for e in services.residents.timeline(director, pid) if e.kind == "volunteer"
    ]
    assert entries == [("志愿服务：敬老助老服务", "2 小时")]
