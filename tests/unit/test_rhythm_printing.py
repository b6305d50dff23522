"""The round's register, its 零报告, the minutes and the weekly notice printed from the records through the print
service, and read back from the PDF (pdftotext) as the director would check them."""

# ruff: noqa: F811 - the fixtures are imported from rhythm_support and named as test arguments

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.services.core.errors import PermissionDenied
from desktop.services.rhythm.dto import AreaInput, AttendeeInput, BulletinInput, DecisionInput, MeetingInput
from tests.unit.rhythm_support import (  # noqa: F401 - fixtures
    TODAY,
    at,
    clock,
    grids,
    others,
    people,
    report,
    room,
    staff,
)
from tests.unit.test_printing_support import page_sizes_mm, pdf_text


@pytest.fixture
def signed_round(services, room, staff, grids, people):
    """A week with a dispute routed to mediation, 治安问题 found, and 信访苗头, 重点人员 empty (无)."""
    clerk = staff["reception"]
    d = room.reports.enter(clerk, report(grids[0].id, people=(people["张伟"], people["李娜"])))
    room.reports.to_case(clerk, d.row.id, d.row.version, reason="转调解", dispute_type="neighbour")
    r = room.rounds.open_round(clerk)
    inputs = {
        "security": AreaInput(findings="夜间电动车被盗两起", measures="已告知民警加强巡逻"),
        "dispute": AreaInput(
            measures="已受理调解",
            unresolved="停车位纠纷需物业协调",
            responsible_id=staff["police"].id,
            resolve_by=TODAY + timedelta(days=7),
        ),
        "petition": AreaInput(nothing_found=True),
        "key_person": AreaInput(nothing_found=True),
        "public_safety": AreaInput(findings="检查沿街商铺12家，均已整改"),
    }
    for a in r.areas:
        r = room.rounds.save_area(clerk, a.id, a.version, inputs[a.area])
    return room.rounds.submit(clerk, r.id, r.version, held_on=TODAY, participants="王丽、张警官")


def test_given_a_signed_round_then_its_register_prints_every_area_with_what_was_found_and_who_follows_up(
    services, staff, signed_round
):
    doc = services.printing.render_document(staff["director"], "round_register", signed_round.id)
    assert set(page_sizes_mm(doc.pdf)) == {(210, 297)}
    text = pdf_text(doc.pdf)
    for expected in (
        "集中排查登记表",
        "排查〔2026〕第10周",
        "2026年3月2日至2026年3月8日",
        "■每周排查",
        "夜间电动车被盗两起",
        "网格员刘芳",
        "转矛盾纠纷调处",
        "责任人：张警官",
        "排查负责人（签名）：王丽",
    ):
        assert expected in text, expected
    assert text.count("■无") == 2  # 信访苗头 and 重点人员


def test_given_a_week_with_two_empty_areas_then_the_zero_report_says_wu_for_them_dated_and_signed(
    services, staff, signed_round
):
    doc = services.printing.render_document(staff["reception"], "zero_report", signed_round.id)
    text = pdf_text(doc.pdf)
    for expected in (
        "综治维稳信息零报告",
        "1治安问题有（详见《集中排查登记表》）",
        "2矛盾纠纷有（1项，详见《集中排查登记表》）",
        "3信访苗头无",
        "4重点人员无",
        "以上信访苗头、重点人员2个方面本期经排查无情况",
        "参加排查人员：王丽、张警官",
        "报告人（签名）：王丽",
        "2026年3月5日",  # the day it was signed, under the centre's name
    ):
        assert expected in text, expected


def test_given_minutes_then_they_print_with_the_figures_the_program_filled_and_the_decisions(
    services, room, staff
):
    director, police = staff["director"], staff["police"]
    m = room.meetings.create(
        director,
        MeetingInput(
            kind="police_meeting",
            held_at=at(TODAY, 14, 30),
            place="社区综治中心会议室",
            chair="李红梅",
            recorder="王丽",
            attendees=(
                AttendeeInput("staff", staff_id=staff["reception"].id),
                AttendeeInput("police", name="张警官", organisation="华侨路派出所"),
            ),
            matters="研究春季消防安全工作。",
        ),
    )
    room.meetings.add_decision(
        director,
        m.row.id,
        m.row.version,
        DecisionInput("组织消防通道清理", police.id, TODAY + timedelta(days=7)),
    )
    text = pdf_text(services.printing.render(director, "meeting_minutes", m.row.id))
    for expected in (
        "华侨路社区综治警务工作例会纪要",
        "2026年第1期",
        "时间：2026年3月5日14:30",
        "主持：李红梅",
        "参加人员：王丽",
        "公安派出所：张警官（华侨路派出所）",
        "（2026年2月20日至2026年3月5日）本期应开展集中排查",
        "在调矛盾纠纷0件",
        "信访事项三日内到期0件",
        "研究春季消防安全工作。",
        "（一）组织消防通道清理（责任人：张警官；完成时限：2026年3月12日）",
    ):
        assert expected in text, expected
    with pytest.raises(PermissionDenied):
        services.printing.render(staff["mediator"], "meeting_minutes", m.row.id)


def test_given_the_issued_weekly_notice_then_it_prints_to_the_grids(services, room, staff):
    police = staff["police"]
    b = room.bulletins.save(
        police, BulletinInput(TODAY, incidents="盗窃电动车案件2起", guidance="加强夜间巡防")
    )
    b = room.bulletins.issue(police, b.id, b.version)
    text = pdf_text(services.printing.render(staff["reception"], "police_bulletin", b.id))
    for expected in (
        "华侨路社区警务工作周通报",
        "2026年3月2日至2026年3月8日",
        "各网格：",
        "盗窃电动车案件2起",
        "社区民警：张警官",
    ):
        assert expected in text, expected
