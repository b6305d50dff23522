"""The monitoring room's other pages as a user works them: the camera register (add by hand, password never shown,
filing reminder, export), footage requests (register, the director approves, two staff carry it out) and the duty
log with a handover confirmed by the incoming operator."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services.monitoring.dto import CameraInput, DutyEntryInput
from desktop.views.common.form_helpers import BAD_FIELD
from desktop.views.monitoring.duty_page import DutyPage
from desktop.views.monitoring.footage_page import FootagePage
from desktop.views.monitoring.register_page import RegisterPage
from tests.conftest import make_actor
from tests.gui.conftest import ime_type, open_dialog
from tests.unit.test_monitoring_discovery import loopback_only, publisher  # noqa: F401 - fixtures

SHOTS = Path("build/screenshots")


@pytest.fixture
def people(services):
    return {
        "monitor": make_actor(services, "jiankong", "刘强", "monitor"),
        "monitor2": make_actor(services, "jiankong2", "孙敏", "monitor"),
        "director": make_actor(services, "zhuren", "李红梅", "director"),
        "police": make_actor(services, "minjing", "张伟", "police"),
    }


def seed_cameras(services, actor, n: int = 6) -> list:
    today = date.today()
    out = []
    for i in range(n):
        out.append(
            services.cameras.save(
                actor,
                CameraInput(
                    f"CAM{i + 1:04d}",
                    ("东门", "西门", "南门", "北门", "车库入口", "中心广场")[i % 6],
                    f"龙蟠里小区{('东门', '西门', '南门', '北门', '车库入口', '中心广场')[i % 6]}",
                    vendor="hikvision" if i % 2 == 0 else "dahua",
                    host=f"10.0.0.{i + 10}",
                    nvr="NVR-1",
                    channel=i + 1,
                    password="Nvr@2026",
                    group_name="东片",
                    commissioned_on=today - timedelta(days=(25, 40, 100, 10, 200, 5)[i % 6]),
                    filed_on=today - timedelta(days=60) if i in (2, 4) else None,
                ),
            )
        )
    return out


def test_given_the_register_when_a_camera_is_added_by_hand_then_listed_and_its_password_never_shown(
    services, people, make_page, qtbot
):
    seed_cameras(services, people["monitor"])
    page = make_page("monitor", RegisterPage, actor=people["monitor"])
    page.resize(1366, 728)
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=5000)
    assert "逾期未备案：CAM0002" in page.reminder.text() and "7日内须备案：CAM0001" in page.reminder.text()
    dlg = open_dialog(qtbot, page, page.add_button)
    dlg.code.setText("CAM0100")
    ime_type(dlg.name, "东门岗亭")
    ime_type(dlg.location, "龙蟠里小区东门岗亭")
    dlg.host.setText("10.0.0.99")
    dlg.password.setText("S3cret@:/#%")
    dlg.storage_days.setValue(15)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: "30" in dlg.error.text(), timeout=3000)  # retention below 30 days refused
    dlg.storage_days.setValue(30)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=5000)
    page.search.setText("CAM0100")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    cam = page.model.row_at(0)
    page.table.selectRow(0)
    page.edit_button.click()
    edit = page.dialog
    assert edit.password.text() == "" and "S3cret" not in edit.password.placeholderText()
    assert edit.password.placeholderText() == "已设置（••••••）：输入即替换"
    edit.reject()
    assert cam.password_hint == "••••••"
    page.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=5000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "monitoring_register.png"))


def test_given_the_register_when_exported_then_the_sheet_holds_the_cameras_and_no_password(
    services, people, make_page, qtbot, tmp_path
):
    from openpyxl import load_workbook

    seed_cameras(services, people["monitor"], 2)
    page = make_page("monitor", RegisterPage, actor=people["monitor"])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    target = tmp_path / "台账.xlsx"
    page.export_sheet(str(target))
    qtbot.waitUntil(lambda: target.exists() and "已保存" in page.summary.text(), timeout=5000)
    cells = [str(v) for row in load_workbook(target).active.iter_rows(values_only=True) for v in row]
    assert "CAM0001" in cells and "Nvr@2026" not in " ".join(cells)


def test_given_a_request_when_the_director_approves_and_two_staff_carry_it_out_then_the_list_says_so(
    services, people, make_page, qtbot
):
    seed_cameras(services, people["monitor"], 3)
    page = make_page("monitor", FootagePage, actor=people["monitor"])
    page.resize(1366, 728)
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=5000)
    page.new_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5000)
    dlg = page.dialog
    ime_type(dlg.requester_org, "华侨路派出所")
    ime_type(dlg.requester_name, "张伟")
    dlg.requester_id_number.setText("32010619800305123X")
    ime_type(dlg.reason, "调查一起电动自行车被盗案件")
    dlg.save_button.click()
    # a state organ names its legal basis (art. 20): the field is outlined
    qtbot.waitUntil(lambda: dlg.legal_basis.styleSheet() == BAD_FIELD, timeout=3000)
    assert dlg.error.text() == "此项必填。"
    ime_type(dlg.legal_basis, "《人民警察法》第九条")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.camera_ids.styleSheet() == BAD_FIELD, timeout=3000)  # and at least one camera
    dlg.camera_ids.item(0).setCheckState(dlg.camera_ids.item(0).checkState().Checked)
    dlg.camera_ids.item(1).setCheckState(dlg.camera_ids.item(1).checkState().Checked)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "monitoring_footage_request_dialog.png"))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert not page.approve_button.isVisible()  # the operator registers; the director decides
    row = page.model.row_at(0)
    assert row.status == "pending" and row.requester_id == "3201**********123X"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "monitoring_footage_request.png"))

    director = make_page("director", FootagePage, actor=people["director"])
    qtbot.waitUntil(lambda: director.model.rowCount() == 1, timeout=5000)
    director.table.selectRow(0)
    decision = open_dialog(qtbot, director, director.approve_button)
    decision.save_button.click()
    qtbot.waitUntil(lambda: director.model.row_at(0).status == "approved", timeout=5000)
    page.reload()  # the director's PC decided: the operator's list reads again (as on its next change or search)
    qtbot.waitUntil(lambda: page.model.row_at(0).status == "approved", timeout=5000)
    page.table.selectRow(0)
    page.carry_out_button.click()
    qtbot.waitUntil(
        lambda: page.dialog is not None and page.dialog.objectName() == "carry_out_dialog", timeout=5000
    )
    carry = page.dialog
    carry.second_handler_id.setCurrentIndex(carry.second_handler_id.findText("孙敏"))
    carry.save_button.click()
    qtbot.waitUntil(lambda: page.model.row_at(0).status == "done", timeout=5000)
    assert "经办：刘强、孙敏" in page.detail.toPlainText()
    director.verify_button.click()
    qtbot.waitUntil(lambda: "完整无误" in director.verdict.text(), timeout=5000)


def test_given_an_open_matter_when_handed_over_then_the_incoming_operator_confirms_it(
    services, people, make_page, qtbot
):
    services.duty.add_entry(people["monitor"], DutyEntryInput("北门道闸故障，已报修", open=True))
    out = make_page("monitor", DutyPage, actor=people["monitor"])
    qtbot.waitUntil(lambda: out.model.rowCount() == 1, timeout=5000)
    out.handover_button.click()
    qtbot.waitUntil(lambda: out.dialog is not None and out.dialog.isVisible(), timeout=5000)
    dlg = out.dialog
    assert "北门道闸故障" in dlg.matters.text()
    dlg.to_id.setCurrentIndex(dlg.to_id.findText("孙敏"))
    ime_type(dlg.notes, "钥匙两把已交接")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: out.model.rowCount() == 2, timeout=5000)  # the handover is a duty-log line too
    incoming = make_page("monitor", DutyPage, actor=people["monitor2"])
    qtbot.waitUntil(lambda: incoming.accept_button.isVisible(), timeout=5000)
    assert "刘强" in incoming.pending.text() and "未结事项1项" in incoming.pending.text()
    incoming.accept_button.click()
    qtbot.waitUntil(lambda: not incoming.accept_button.isVisible(), timeout=5000)
    (h,) = services.duty.handovers(people["monitor"])
    assert h.accepted_at is not None and h.notes == "钥匙两把已交接"


@pytest.mark.usefixtures("publisher")
def test_given_a_device_on_the_network_when_found_then_the_camera_form_opens_filled_in(
    services, people, make_page, qtbot
):
    page = make_page("monitor", RegisterPage, actor=people["monitor"])
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=5000)
    page.find_button.click()
    finder = page.dialog
    finder.addresses.setText("127.0.0.1")
    finder.search_button.click()
    qtbot.waitUntil(lambda: finder.results.count() == 1, timeout=15000)
    assert (
        "HIKVISION DS-2CD2T47" in finder.results.item(0).text() and finder.status.text() == "1 台设备应答。"
    )
    finder.results.setCurrentRow(0)
    finder.use_button.click()
    qtbot.waitUntil(
        lambda: page.dialog is not None and page.dialog.objectName() == "camera_dialog", timeout=3000
    )
    form = page.dialog
    assert form.host.text() == "127.0.0.1" and form.vendor.currentData() == "hikvision"
    assert form.name.text() == "HIKVISION DS-2CD2T47" and form.location.text() == "东门"
