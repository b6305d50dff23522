"""The volunteers room as the desk sees it (offscreen, Chinese): the roster, an activity's shifts and sign-ups,
the check-in desk with a keyboard-wedge scanner, hours approval. Screenshots at 1366×768 in build/screenshots."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services.core.clock import CST
from desktop.services.residents.resident_service import validate_person
from desktop.services.volunteers.dto import ActivityInput, VolunteerInput
from desktop.views.volunteers.activities_page import ActivitiesPage
from desktop.views.volunteers.desk_page import DeskPage
from desktop.views.volunteers.hours_page import HoursPage
from desktop.views.volunteers.roster_page import RosterPage
from tests.conftest import make_actor
from tests.gui.conftest import cell, ime_type, open_dialog
from tests.unit.test_volunteer_service import cid

SHOTS = Path("build/screenshots")


def shot(page, name: str) -> None:
    page.resize(1366, 768)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / f"volunteers_{name}.png"))


@pytest.fixture
def desk(services):
    return make_actor(services, "desk", "王丽", "reception")


_SEQ = iter(range(200, 999))


def enrol(services, desk, name: str, birth: str = "19800307") -> int:
    person = validate_person({"name": name, "id_number": cid("320102", birth, f"{next(_SEQ):03d}")})
    return services.volunteers.enrol(desk, VolunteerInput(team="patrol"), register=person).id


def now_cst() -> datetime:
    return datetime.now(CST).replace(second=0, microsecond=0)


def test_given_volunteers_then_the_roster_lists_them_and_enrolling_one_from_the_register_adds_a_row(
    qtbot, services, desk, make_page
):
    enrol(services, desk, "欧阳娜娜")
    enrol(services, desk, "张伟")
    resident = validate_person({"name": "李芳", "id_number": cid("320106", "19900101", "246")})
    services.residents.create_person(desk, resident)
    page = make_page("reception", RosterPage, desk)
    qtbot.waitUntil(lambda: page.loads >= 1 and page.model.rowCount() == 2)
    assert [cell(page.volunteer_list, r, 1) for r in range(2)] == ["欧阳娜娜", "张伟"]
    assert cell(page.volunteer_list, 0, 0) == "ZY0000001" and cell(page.volunteer_list, 0, 4) == "治安巡逻队"
    # When the desk searches by pinyin initials
    page.search.setText("oynn")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    # When a resident is found in the enrol dialog and saved
    qtbot.waitUntil(lambda: page.options is not None)
    dlg = open_dialog(qtbot, page, page.enrol_button)
    ime_type(dlg.person_search, "李芳")
    qtbot.waitUntil(lambda: dlg.candidates.rowCount() == 1, timeout=3000)
    dlg.person_list.selectRow(0)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert cell(page.volunteer_list, 2, 1) == "李芳"
    page.volunteer_list.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert "欧阳娜娜（ZY0000001）" in page.detail_label.text().replace(" (", "（").replace(")", "）")
    shot(page, "roster")


def test_given_a_shift_when_a_volunteer_signs_up_then_the_places_count_and_a_full_shift_says_so(
    qtbot, services, desk, make_page
):
    a = enrol(services, desk, "陈勇")
    enrol(services, desk, "吴磊")
    start = now_cst() + timedelta(days=1)
    services.volunteers.create_activity(
        desk,
        ActivityInput(
            "周五晚巡",
            "patrol",
            "社区广场",
            start,
            start + timedelta(hours=2),
            1,
            recurrence="weekly",
            weekdays=tuple(range(1, 8)),
            last_day=(start + timedelta(days=2)).date(),
        ),
    )
    page = make_page("reception", ActivitiesPage, desk)
    qtbot.waitUntil(lambda: page.activities.rowCount() == 1 and page.shifts.rowCount() == 3, timeout=5000)
    assert cell(page.activity_list, 0, 1) == "周五晚巡" and cell(page.shift_list, 0, 2) == "0/1"
    qtbot.waitUntil(lambda: page.options is not None)
    page.shift_list.selectRow(0)
    dlg = open_dialog(qtbot, page, page.sign_up_button)
    ime_type(dlg.volunteer_search, "陈勇")
    qtbot.waitUntil(lambda: dlg.matches.rowCount() == 1, timeout=3000)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: cell(page.shift_list, 0, 2) == "1/1", timeout=5000)
    qtbot.waitUntil(lambda: page.people.rowCount() == 1)
    assert cell(page.people_list, 0, 1) == "陈勇"
    # When a second one tries the full shift: refused, with the count, in the dialog
    page.shift_list.selectRow(0)
    dlg = open_dialog(qtbot, page, page.sign_up_button)
    ime_type(dlg.volunteer_search, "吴磊")
    qtbot.waitUntil(lambda: dlg.matches.rowCount() == 1, timeout=3000)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "", timeout=5000)
    assert "名额已满" in dlg.error.text() and "1" in dlg.error.text() and dlg.isVisible()
    dlg.reject()
    assert [r.volunteer_id for r in services.volunteers.shift_attendance(desk, page.shifts.row_at(0).id)] == [
        a
    ]
    shot(page, "activity")


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_given_a_card_scanned_by_a_keyboard_wedge_then_the_volunteer_is_checked_in_at_once_and_typing_only_looks_up(
    qtbot, services, desk, make_page
):
    vid = enrol(services, desk, "郑爽")
    start = now_cst() - timedelta(minutes=30)
    a = services.volunteers.create_activity(
        desk, ActivityInput("中心接待值守", "duty", "综治中心", start, start + timedelta(hours=3), 3)
    )
    services.volunteers.sign_up(desk, a.shifts[0].id, vid)
    clock = Clock()
    page = make_page("reception", lambda ctx: DeskPage(ctx, clock=clock), desk)
    qtbot.waitUntil(lambda: page.loads >= 1 and page.shifts.rowCount() == 1)
    # When the scanner types the card's QR text and Enter within milliseconds
    for ch in "ZY0000001":
        qtbot.keyClick(page.scan, ch)
        clock.t += 0.008
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "签到" in page.result_label.text(), timeout=5000)
    assert page.result_label.text().startswith("郑爽") and page.scan.text() == ""
    qtbot.waitUntil(lambda: page.present.rowCount() == 1, timeout=5000)
    assert cell(page.present_list, 0, 2) == "郑爽"
    # When a person types the same number slowly and presses Enter: the desk only looks up
    for ch in "ZY0000001":
        clock.t += 0.25
        qtbot.keyClick(page.scan, ch)
    clock.t += 0.3
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.matches.rowCount() == 1, timeout=5000)
    assert cell(page.match_list, 0, 1) == "郑爽" and page.present.rowCount() == 1
    shot(page, "desk")


def test_given_hours_waiting_when_all_are_approved_then_the_list_empties_and_the_star_reached_is_said(
    qtbot, services, desk, make_page
):
    director = make_actor(services, "zhuren", "李红梅", "director")
    vid = enrol(services, desk, "卫星")
    first = now_cst() - timedelta(days=6)
    a = services.volunteers.create_activity(
        desk,
        ActivityInput(
            "应急演练",
            "emergency",
            "社区广场",
            first,
            first + timedelta(hours=20),
            2,
            recurrence="weekly",
            weekdays=tuple(range(1, 8)),
            last_day=(first + timedelta(days=4)).date(),
        ),
    )
    for s in a.shifts:
        services.volunteers.enter_hours(desk, s.id, vid, "20")
    page = make_page("director", HoursPage, director)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert "100" in page.summary.text()
    page.approve_all_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert "卫星" in page.stars_label.text() and "一星级志愿者" in page.stars_label.text()
    shot(page, "hours")


def test_given_a_roster_file_when_imported_from_the_roster_page_then_bad_rows_are_named_and_the_good_enrolled(
    qtbot, services, desk, make_page, tmp_path
):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号码", "所属队伍", "技能"])
    ws.append(["欧阳娜娜", cid("320106", "19850615", "242"), "治安巡逻队", "医疗救护"])
    ws.append(["张伟", cid("320106", "19800307", "135"), "火星队", ""])
    wb.save(tmp_path / "r.xlsx")
    page = make_page("reception", RosterPage, desk)
    qtbot.waitUntil(lambda: page.loads >= 1)
    dlg = open_dialog(qtbot, page, page.import_button)
    assert dlg.windowTitle() == "从 Excel 导入志愿者"
    dlg.check(str(tmp_path / "r.xlsx"))
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    assert cell(dlg.problems, 0, 0) == "3" and "火星队" in cell(dlg.problems, 0, 2)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.summary.text() == "已登记志愿者 1 人。", timeout=20000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert cell(page.volunteer_list, 0, 1) == "欧阳娜娜"
