"""The working-rhythm room as the centre drives it (pytest-qt, offscreen): a grid report entered by keyboard alone
and routed, the 集中排查 round with its five areas signed with two 无, the director's rounds due."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services.residents.resident_service import validate_person
from desktop.services.rhythm.dto import GridReportInput
from desktop.views.rhythm.reports_page import GridReportsPage
from desktop.views.rhythm.round_page import RoundPage
from desktop.views.rhythm.rounds_overview_page import RoundsOverviewPage
from desktop.views.rhythm.tasks_page import TasksPage
from tests.conftest import make_actor
from tests.gui.conftest import cell, ime_type, open_dialog
from tests.unit.rhythm_support import cid
from tests.unit.test_printing_support import pdf_text

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def centre(services):
    director = make_actor(services, "zhuren", "李红梅", "director")
    worker = make_actor(services, "wanggewang", "刘芳", "reception")
    grid = services.addresses.create_grid(director, "WG01", "第一网格（侨园新村）", worker_id=worker.id)
    services.addresses.create_grid(director, "WG02", "第二网格（华新巷）")
    zhang = services.residents.create_person(
        worker,
        validate_person({"name": "张伟", "id_number": cid("32010219800307123"), "phone": "13812345678"}),
    )
    return {"director": director, "grid": grid, "zhang": zhang}


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, modifier)


def test_given_a_worker_back_from_the_grid_when_the_desk_types_the_report_then_saved_by_keyboard_alone(
    qtbot, make_page, services, centre
):
    page = make_page("reception", GridReportsPage)
    qtbot.waitUntil(lambda: page.loads >= 1 and page.entry.grid_id.count() == 2)
    e = page.entry
    # Given the grid proposes its worker, the desk only moves on
    assert e.reporter_name.text() == "刘芳"
    e.grid_id.setFocus()
    key(qtbot, e.grid_id, Qt.Key.Key_Tab)
    assert e.reporter_name.hasFocus()
    key(qtbot, e.reporter_name, Qt.Key.Key_Tab)
    assert e.kind.hasFocus() and e.kind.currentData() == "dispute"
    key(qtbot, e.kind, Qt.Key.Key_Tab)  # the time: now
    key(qtbot, e.reported_at, Qt.Key.Key_Tab)
    assert e.place.hasFocus()
    ime_type(e.place, "侨园新村4幢")
    key(qtbot, e.place, Qt.Key.Key_Tab)
    assert e.person_search.hasFocus()
    # When a name typed finds the register and Enter takes it; a name nobody matches is taken as typed
    ime_type(e.person_search, "张伟")
    key(qtbot, e.person_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "张伟" in e.people.text())
    ime_type(e.person_search, "402室住户")
    key(qtbot, e.person_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "402室住户" in e.people.text())
    key(qtbot, e.person_search, Qt.Key.Key_Tab)
    assert e.seen.hasFocus()
    ime_type(e.seen, "302室与402室因漏水发生争吵")
    key(qtbot, e.seen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Then it waits on the unrouted list, and the form is ready for the worker's next report
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page.reports, 0, 1) == "第一网格（侨园新村）" and cell(page.reports, 0, 3) == "矛盾纠纷"
    assert cell(page.reports, 0, 4) == "张伟、402室住户"
    assert cell(page.reports, 0, 5) == "待分家"
    assert e.seen.toPlainText() == "" and e.people.text() == "" and e.reporter_name.text() == "刘芳"
    assert e.seen.hasFocus()
    (row,) = services.rhythm.reports.unrouted(page.ctx.actor)
    assert [p.person_id for p in row.people] == [centre["zhang"].id, None]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.resize(1366, 768)
    page.grab().save(str(SHOTS / "rhythm_grid_reports_entry.png"))


def test_given_an_unrouted_report_when_handled_on_the_spot_then_it_leaves_the_list_with_the_reason(
    qtbot, make_page, services, centre
):
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    services.rhythm.reports.enter(
        clerk, GridReportInput(centre["grid"].id, "刘芳", "other", "路灯不亮", place="侨园新村北门")
    )
    page = make_page("reception", GridReportsPage, actor=clerk)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.reports.selectRow(0)
    assert page.handled.isEnabled()
    dlg = open_dialog(qtbot, page, page.handled)
    dlg.save_button.click()  # no reason: refused at its field
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert dlg.reason.styleSheet() != ""
    ime_type(dlg.reason, "已通知物业当场修复")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.mode.setCurrentIndex(1)  # all reports of the period
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page.reports, 0, 5) == "当场处理完毕"
    page.reports.selectRow(0)
    assert "已通知物业当场修复" in page.detail.text() and not page.handled.isEnabled()


def test_given_the_weeks_round_when_three_areas_are_empty_then_signed_with_wu_and_the_director_sees_it_done(
    qtbot, make_page, services, centre
):
    page = make_page("reception", RoundPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    assert page.begin_round.isVisible() and not page.sign_round.isEnabled()
    page.begin_round.click()
    qtbot.waitUntil(lambda: page.round is not None)
    for area in ("petition", "key_person", "public_safety"):
        tab = page.tabs[area]
        tab.nothing_found.setChecked(True)
        version = tab.dto.version
        tab.save_area.click()
        qtbot.waitUntil(lambda t=tab, v=version: t.dto.version > v)
    for area, text in (("security", "夜间电动车被盗两起"), ("dispute", "两户因停车位争执")):
        tab = page.tabs[area]
        page.areas.setCurrentWidget(tab)
        ime_type(tab.findings, text)
        version = tab.dto.version
        tab.save_area.click()
        qtbot.waitUntil(lambda t=tab, v=version: t.dto.version > v)
    assert page.areas.tabText(2).endswith("无") and page.areas.tabText(0).endswith("✓")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.resize(1366, 768)
    page.grab().save(str(SHOTS / "rhythm_round.png"))
    dlg = open_dialog(qtbot, page, page.sign_round)
    assert "信访苗头、重点人员、公共安全" in dlg.zero.text()
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.round.submitted)
    assert not page.sign_round.isEnabled() and not page.tabs["security"].save_area.isEnabled()
    assert "王丽" in page.heading.text()
    # the 零报告 previews from the page, with 无 for the three empty areas
    page.print_zero.click()
    preview = page.dialog
    qtbot.waitUntil(
        lambda: getattr(preview, "pdf", None) is not None and preview.page_count() >= 1, timeout=15000
    )
    text = pdf_text(preview.pdf)
    assert "3信访苗头无" in text and "4重点人员无" in text and "5公共安全无" in text
    preview.close()
    # the director's view of the rounds: this week's is done (or, signed after its Friday, late)
    overview = make_page("director", RoundsOverviewPage, actor=centre["director"])
    qtbot.waitUntil(lambda: overview.loads >= 1 and overview.slots_model.rowCount() > 0)
    assert cell(overview.slots, 0, 0) in ("按时报送", "逾期报送")
    assert cell(overview.slots, 0, 5) == "3 / 2"
    missing = [overview.slots_model.row_at(i).status for i in range(overview.slots_model.rowCount())]
    assert missing.count("missing") == len(missing) - 1  # the weeks before: nobody signed them
    overview.resize(1366, 768)
    overview.grab().save(str(SHOTS / "rhythm_rounds_due.png"))


def test_given_a_round_left_to_resolve_then_the_task_is_on_the_owners_list_and_done_there(
    qtbot, make_page, services, centre
):
    owner = make_actor(services, "minjing", "张警官", "police")
    rounds, clerk = services.rhythm.rounds, make_actor(services, "clerk2", "王丽", "reception")
    from desktop.services.rhythm.dto import AreaInput

    r = rounds.open_round(clerk)
    for a in r.areas:
        inp = AreaInput(nothing_found=True)
        if a.area == "dispute":
            inp = AreaInput(
                findings="停车位纠纷",
                unresolved="需物业协调",
                responsible_id=owner.id,
                resolve_by=date.today() + timedelta(days=5),
            )
        r = rounds.save_area(clerk, a.id, a.version, inp)
    rounds.submit(clerk, r.id, r.version, held_on=date.today(), participants="王丽")
    page = make_page("police", TasksPage, actor=owner)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page.task_list, 0, 2) == "矛盾纠纷跟踪化解：需物业协调"
    page.task_list.selectRow(0)
    dlg = open_dialog(qtbot, page, page.complete_task)
    ime_type(dlg.done_note, "物业已划定车位")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_given_something_left_to_resolve_without_a_responsible_person_then_refused_at_that_field_in_its_tab(
    qtbot, make_page, services, centre
):
    page = make_page("reception", RoundPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.begin_round.click()
    qtbot.waitUntil(lambda: page.round is not None)
    tab = page.tabs["dispute"]
    page.areas.setCurrentWidget(tab)
    ime_type(tab.findings, "两户因停车位争执")
    ime_type(tab.unresolved, "需物业协调车位")
    tab.save_area.click()
    qtbot.waitUntil(lambda: page.error.text() != "")
    assert page.error.text() == "请选择中心工作人员。"
    assert tab.responsible_id.styleSheet() != "" and page.tabs["security"].responsible_id.styleSheet() == ""
