"""网格上报 and its 分家 through the working-rhythm room's service, on SQLite and PostgreSQL: each destination in one
transaction (the new record exists, the report shows where it went), the unrouted list, the police officer's notes."""

# ruff: noqa: F811 - the fixtures are imported from rhythm_support and named as test arguments

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.models import AuditEntry, DisputeCase, FollowUp, GridReport, Petition
from desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from desktop.services.mediation.dto import QueueFilter
from tests.unit.rhythm_support import (  # noqa: F401 - fixtures
    TODAY,
    clock,
    grids,
    key_member,
    others,
    people,
    report,
    room,
    staff,
)


def count(services, model) -> int:
    with services.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def photo() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "orange").save(buf, "JPEG")
    return buf.getvalue()


def test_given_a_report_entered_at_the_desk_then_it_waits_on_the_unrouted_list_with_who_received_it(
    services, room, staff, grids, people
):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id, people=(people["张伟"], people["李娜"])))
    row = d.row
    assert (row.grid_name, row.kind_label, row.received_by) == ("第一网格", "矛盾纠纷", "王丽")
    assert row.people_text == "张伟、李娜" and row.route is None
    assert [r.id for r in room.reports.unrouted(clerk)] == [row.id]
    assert room.reports.counts(clerk).unrouted == 1
    with services.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "grid_report")).one()
    assert entry.action == "create" and "第一网格" in entry.summary


def test_given_a_dispute_report_when_routed_to_mediation_then_a_grid_case_exists_and_the_report_names_it(
    services, room, staff, grids, people, others
):
    clerk = staff["reception"]  # the 综治社工 routes it: the mediation room takes grid reports from the desk
    d = room.reports.enter(clerk, report(grids[0].id, people=(people["张伟"], people["李娜"])))
    routed = room.reports.to_case(
        clerk, d.row.id, d.row.version, reason="邻里漏水纠纷，需调解", dispute_type="neighbour"
    ).row
    with services.sessions() as s:
        case = s.get(DisputeCase, routed.dispute_case_id)
        assert (case.source, case.dispute_type, case.grid_id) == ("grid", "neighbour", grids[0].id)
        assert "网格员刘芳" in case.facts and "漏水" in case.facts
    assert (routed.route, routed.route_target, routed.routed_by) == ("case", case.case_no, "王丽")
    assert routed.route_reason == "邻里漏水纠纷，需调解" and routed.routed_at is not None
    assert room.reports.unrouted(clerk) == []
    detail = others["mediation"].get_case(staff["mediator"], case.id)
    assert [(p.role, p.name) for p in detail.parties] == [("applicant", "张伟"), ("respondent", "李娜")]
    assert others["mediation"].count_queue(staff["mediator"], QueueFilter(queue="open")) == 1


def test_given_a_petition_lead_when_routed_then_a_registered_petition_with_the_people_as_petitioners(
    services, room, staff, grids, people
):
    clerk = staff["reception"]
    d = room.reports.enter(
        clerk,
        report(
            grids[0].id, kind="petition_lead", seen="多名住户称要去区里反映拆迁补偿", people=(people["王强"],)
        ),
    )
    routed = room.reports.to_petition(clerk, d.row.id, d.row.version, reason="信访苗头，登记受理").row
    with services.sessions() as s:
        p = s.get(Petition, routed.petition_id)
        assert (p.status, p.petitioner_name, p.received_on) == ("registered", "王强", TODAY)
        assert p.request == "多名住户称要去区里反映拆迁补偿"
    assert routed.route == "petition" and routed.route_target == p.petition_no


def test_given_a_key_person_report_when_the_police_routes_it_then_a_follow_up_record_and_the_next_due_date(
    services, room, staff, grids, people, key_member
):
    police = staff["police"]
    d = room.reports.enter(
        police, report(grids[0].id, kind="key_person", seen="王强近日常深夜外出", people=(people["王强"],))
    )
    routed = room.reports.to_follow_up(
        police, d.row.id, d.row.version, reason="记入走访", membership_id=key_member.id
    )
    with services.sessions() as s:
        f = s.get(FollowUp, routed.row.follow_up_id)
        assert (f.membership_id, f.done_on, f.findings) == (key_member.id, TODAY, "王强近日常深夜外出")
        assert f.next_due_on == TODAY + timedelta(days=30)
    assert routed.row.route == "follow_up"


def test_given_the_desk_without_key_group_rights_when_routing_to_a_follow_up_then_refused_and_nothing_changes(
    services, room, staff, grids, people, key_member
):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id, kind="key_person", people=(people["王强"],)))
    with pytest.raises(PermissionDenied):
        room.reports.to_follow_up(
            clerk, d.row.id, d.row.version, reason="记入走访", membership_id=key_member.id
        )
    assert count(services, FollowUp) == 0
    assert [r.id for r in room.reports.unrouted(clerk)] == [d.row.id]  # still on the list, still unrouted


def test_given_a_membership_of_someone_not_in_the_report_then_refused(
    services, room, staff, grids, people, key_member
):
    police = staff["police"]
    d = room.reports.enter(police, report(grids[0].id, kind="key_person", people=(people["张伟"],)))
    with pytest.raises(ValidationError) as e:
        room.reports.to_follow_up(
            police, d.row.id, d.row.version, reason="记入走访", membership_id=key_member.id
        )
    assert e.value.code == "not_in_report"


def test_given_a_hazard_report_when_routed_then_a_hazard_found_by_the_worker_that_turns_overdue(
    services, room, staff, grids, clock
):
    clerk = staff["reception"]
    d = room.reports.enter(
        clerk, report(grids[1].id, kind="hazard", seen="楼道堆放杂物堵塞消防通道", place="华新巷8号")
    )
    routed = room.reports.to_hazard(
        clerk,
        d.row.id,
        d.row.version,
        reason="消防隐患，告知物业限期清理",
        kind="fire",
        severity="general",
        correct_by=TODAY + timedelta(days=3),
        told_body="华新物业",
    ).row
    h = room.safety.get_hazard(clerk, routed.hazard_id)
    assert (h.row.place, h.row.found_by, h.row.found_on, h.row.grid_name) == (
        "华新巷8号",
        "刘芳",
        TODAY,
        "第二网格",
    )
    assert (h.row.told_body, h.row.told_on, h.grid_report_id) == ("华新物业", TODAY, routed.id)
    assert routed.route_target == "一般隐患（消防安全）"
    assert room.safety.overdue(clerk) == []
    clock.day = TODAY + timedelta(days=4)
    assert [x.id for x in room.safety.overdue(clerk)] == [h.row.id]


def test_given_a_note_for_the_police_then_it_is_on_their_list_until_they_mark_it_read(
    services, room, staff, grids
):
    clerk, police = staff["reception"], staff["police"]
    d = room.reports.enter(clerk, report(grids[0].id, kind="security", seen="夜间有陌生人撬电动车锁"))
    room.reports.to_police(clerk, d.row.id, d.row.version, reason="请民警加强夜间巡逻")
    (note,) = room.reports.police_notes(police)
    assert note.route_reason == "请民警加强夜间巡逻" and note.police_read_at is None
    assert room.reports.counts(police).police_unread == 1
    with pytest.raises(PermissionDenied):
        room.reports.police_notes(clerk)
    room.reports.mark_read(police, note.id, note.version)
    assert room.reports.police_notes(police) == []
    assert [n.id for n in room.reports.police_notes(police, unread_only=False)] == [note.id]


def test_given_a_matter_handled_on_the_spot_then_closed_with_the_reason_which_is_required(
    services, room, staff, grids
):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id, kind="other", seen="路灯不亮"))
    with pytest.raises(ValidationError) as e:
        room.reports.handled(clerk, d.row.id, d.row.version, reason="  ")
    assert e.value.field == "reason"
    done = room.reports.handled(clerk, d.row.id, d.row.version, reason="已报物业当场修复").row
    assert (done.route, done.route_reason, done.routed_by) == ("handled", "已报物业当场修复", "王丽")
    with pytest.raises(ValidationError) as e:
        room.reports.to_police(clerk, done.id, done.version, reason="再转一次")
    assert e.value.code == "already_routed"


def test_given_a_route_that_the_other_room_refuses_then_nothing_is_written_in_either_room(
    services, room, staff, grids
):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id))  # nobody named: a case needs its parties
    with pytest.raises(ValidationError) as e:
        room.reports.to_case(clerk, d.row.id, d.row.version, reason="转调解", dispute_type="neighbour")
    assert e.value.code == "no_parties"
    assert count(services, DisputeCase) == 0
    assert room.reports.get(clerk, d.row.id).row.route is None


def test_given_two_pcs_routing_the_same_report_then_the_second_is_a_conflict(services, room, staff, grids):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id, kind="other"))
    room.reports.handled(clerk, d.row.id, d.row.version, reason="已处理")
    with pytest.raises(Conflict):
        room.reports.to_police(clerk, d.row.id, d.row.version, reason="告知民警")


def test_given_bad_entries_then_the_field_is_named(services, room, staff, grids):
    clerk = staff["reception"]
    cases = [
        (report(grids[0].id, kind="nonsense"), "kind"),
        (report(grids[0].id, seen=""), "seen"),
        (report(grids[0].id, day=TODAY + timedelta(days=1)), "reported_at"),
        (report(grids[0].id, reporter_name=" "), "reporter_name"),
        (report(999, kind="other"), "grid_id"),
    ]
    for inp, field in cases:
        with pytest.raises(ValidationError) as e:
            room.reports.enter(clerk, inp)
        assert e.value.field == field
    with pytest.raises(PermissionDenied):
        room.reports.enter(staff["mediator"], report(grids[0].id))
    assert count(services, GridReport) == 0


def test_given_the_administrator_deactivates_a_kind_then_new_reports_cannot_use_it_and_old_ones_keep_it(
    services, room, staff, grids, admin
):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id, kind="security"))
    item = next(c for c in services.lists.list_codes(admin, "grid_report_kind") if c.code == "security")
    services.lists.update_code(admin, item.id, active=False)
    assert "security" not in [c.code for c in room.reports.options(clerk).kinds]
    with pytest.raises(ValidationError):
        room.reports.enter(clerk, report(grids[0].id, kind="security"))
    fixed = room.reports.update(
        clerk, d.row.id, d.row.version, report(grids[0].id, kind="security", seen="更正")
    )
    assert (fixed.row.kind, fixed.row.seen) == ("security", "更正")


def test_given_a_photo_then_it_is_kept_with_the_report(services, room, staff, grids):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id))
    room.reports.add_photo(clerk, d.row.id, "现场.jpg", photo())
    detail = room.reports.get(clerk, d.row.id)
    assert detail.row.photos == 1 and detail.photos[0].mime_type == "image/jpeg"
    name, mime, data = room.reports.photo_data(clerk, detail.photos[0].id)
    assert (name, mime, data) == ("现场.jpg", "image/jpeg", photo())


def test_given_reports_about_a_person_then_their_timeline_shows_where_each_went(
    services, room, staff, grids, people
):
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id, people=(people["张伟"], people["李娜"])))
    room.reports.to_case(clerk, d.row.id, d.row.version, reason="转调解", dispute_type="neighbour")
    entries = [
        e
        for e in services.residents.timeline(staff["director"], people["李娜"].id)
        if e.kind == "grid_report"
    ]
    assert len(entries) == 1 and entries[0].title.startswith("网格上报：矛盾纠纷（转矛盾纠纷调处")
    hidden = room.reports.enter(clerk, report(grids[0].id, kind="key_person", people=(people["张伟"],)))
    assert hidden.row.kind == "key_person"
    kinds = [
        e.title
        for e in services.residents.timeline(staff["mediator"], people["张伟"].id)
        if e.kind == "grid_report"
    ]
    assert kinds == []  # the mediator works with no grid reports
    desk = [e.title for e in services.residents.timeline(clerk, people["张伟"].id) if e.kind == "grid_report"]
    assert len(desk) == 1 and "重点人员" not in desk[0]  # the desk does not learn of key-person reports


def test_given_old_unrouted_reports_then_they_stay_on_the_list_oldest_first(
    services, room, staff, grids, clock
):
    clerk = staff["reception"]
    old = room.reports.enter(clerk, report(grids[0].id, kind="other", day=TODAY - timedelta(days=40)))
    new = room.reports.enter(clerk, report(grids[0].id, kind="other"))
    clock.day = TODAY + timedelta(days=1)
    assert [r.id for r in room.reports.unrouted(clerk)] == [old.row.id, new.row.id]
    assert room.reports.counts(clerk).unrouted_old == 2
    listed = room.reports.reports(clerk, date(2026, 1, 1), TODAY, route="none")
    assert {r.id for r in listed} == {old.row.id, new.row.id}


def test_given_a_database_of_the_release_before_when_upgraded_then_the_report_kinds_are_there(tmp_path):
    import shutil

    from desktop.db import make_engine, upgrade
    from desktop.services.container import Services
    from tests.fixtures.make_revision_databases import PASSWORD, path

    # Given a centre's database at 0006, set up before the grid-report kinds existed
    db = tmp_path / "old.sqlite3"
    shutil.copyfile(path("0006"), db)
    engine = make_engine(f"sqlite:///{db}")
    try:
        upgrade(engine)
        svc = Services.build(engine)
        director = svc.auth.login("zhuren", PASSWORD).actor()
        # Then the upgrade brought the default kinds, and a report can be entered at once
        kinds = [c.label for c in svc.rhythm.reports.options(director).kinds]
        assert kinds == ["矛盾纠纷", "治安问题", "信访苗头", "重点人员动态", "公共安全隐患", "其他"]
    finally:
        engine.dispose()
