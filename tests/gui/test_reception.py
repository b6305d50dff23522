"""The reception room (群众接待室) as the desk drives it (pytest-qt), on a real database (SQLite and PostgreSQL):
a returning visitor checked in by keyboard alone, a card in a keyboard-wedge reader and in a serial reader, the
hand-off to the mediation room, the end of the day — and screenshots of the form and the on-site list."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.devices.id_reader import IdReaderConfig, SerialConfig
from desktop.services.core.dto import Actor
from desktop.services.core.id_numbers import check_digit
from desktop.services.mediation.dto import QueueFilter
from desktop.services.mediation.mediation_service import MediationService
from desktop.services.reception.dto import VisitInput
from desktop.services.reception.petition_service import PetitionService
from desktop.services.reception.reception_service import ReceptionService
from desktop.services.residents.resident_service import validate_person
from desktop.tasks import TaskManager
from desktop.views.context import ViewContext
from desktop.views.reception.reception_page import ReceptionPage
from tests.conftest import make_actor
from tests.gui.conftest import ime_type

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
ZHANG = "32010219800307123" + check_digit("32010219800307123")
LIU = "32010619920115242" + check_digit("32010619920115242")


@pytest.fixture
def desk(services):
    """The services the container will hold for the reception room."""
    services.petitions = PetitionService(services.sessions)
    services.mediation = MediationService(services.sessions, services.printing)
    services.reception = ReceptionService(
        services.sessions, services.residents, services.petitions, services.mediation
    )
    return services


@pytest.fixture
def clerk(desk):
    return make_actor(desk, "qiantai", "王丽", "reception")


@pytest.fixture
def zhang(desk, clerk):
    inp = validate_person({"name": "张伟", "id_number": ZHANG, "phone": "13912345678"})
    return desk.residents.create_person(clerk, inp)


@pytest.fixture
def make_page(desk, qtbot, zh_app):
    made = []

    def make(actor: Actor, **kw) -> ReceptionPage:
        tasks = TaskManager()
        ctx = ViewContext(desk, tasks, actor, desk.auth.community())
        page = ReceptionPage(ctx, **kw)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        made.append((page, tasks))
        qtbot.waitUntil(lambda: page.loads >= 1 and page.form.options is not None)
        return page

    yield make
    for page, tasks in made:
        for timer in page.findChildren(QTimer):
            timer.stop()
        page.close()
        tasks.shutdown()


class Keys:
    """Counts what the desk presses: the goal is a returning visitor checked in with 15 keys or fewer."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def type(self, widget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.count += len(text)

    def press(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1


def focused(page):
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_given_a_returning_visitor_when_the_desk_uses_only_the_keyboard_then_he_is_checked_in_with_few_keys(
    qtbot, desk, clerk, zhang, make_page
):
    page = make_page(clerk)
    form = page.form
    keys = Keys(qtbot)
    # Given the focus in the lookup box, when the desk types the last 4 digits of his phone and Enter
    assert focused(page) is form.lookup
    keys.type(form.lookup, "5678")
    keys.press(form.lookup, Qt.Key.Key_Return)
    # Then the form fills itself from the register, numbers masked, and the focus moves to the purpose
    qtbot.waitUntil(lambda: form.visitor_name.text() == "张伟")
    assert form.visitor_id_number.text() == "3201**********" + ZHANG[-4:]
    assert form.visitor_phone.text() == "139****5678" and "张伟" in form.found.text()
    assert focused(page) is form.purpose
    # When "2" picks the purpose 求助 and Ctrl+Enter checks him in
    keys.press(form.purpose, Qt.Key.Key_2)
    assert form.purpose.currentData() == "help"
    keys.press(form.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Then he is on the on-site list, the form is ready for the next visitor, and it took at most 15 keys
    qtbot.waitUntil(lambda: page.on_site_model.rowCount() == 1)
    row = page.on_site_model.row_at(0)
    assert (row.visitor_name, row.purpose, row.handled_by) == ("张伟", "help", "王丽")
    assert "张伟" in form.status.text() and form.visitor_name.text() == "" and focused(page) is form.lookup
    assert keys.count <= 15, keys.count
    # the visit holds his full numbers from the register, never typed
    visit = desk.reception.get_visit(clerk, row.id)
    assert visit.person_id == zhang.id and visit.visitor_phone == "139****5678"


def test_given_a_keyboard_wedge_reader_when_a_card_is_swiped_into_any_field_then_the_form_fills_and_the_field_is_restored(
    qtbot, desk, clerk, zhang, make_page
):
    page = make_page(clerk)
    form = page.form
    ime_type(form.content, "咨询")
    # When the reader types the 18 characters (and its Enter) into the content box
    qtbot.keyClicks(form.content, ZHANG)
    qtbot.keyClick(form.content, Qt.Key.Key_Return)
    # Then the register's visitor fills the form, and the content box holds only what the desk had written
    qtbot.waitUntil(lambda: form.visitor_name.text() == "张伟")
    assert form.person_id == zhang.id and form.lookup.text() == ZHANG
    # (a new lookup cleared the form, so the content typed before the card is gone with the old visitor)
    assert ZHANG not in form.content.toPlainText()


def test_given_a_wedge_card_of_someone_not_yet_known_then_the_form_takes_the_number_and_sex_from_the_card(
    qtbot, desk, clerk, make_page
):
    page = make_page(clerk)
    form = page.form
    qtbot.keyClicks(form.lookup, LIU)
    qtbot.waitUntil(lambda: form.visitor_id_number.text() == LIU)
    assert form.sex.currentData() == "2" and form.person_id is None
    ime_type(form.visitor_name, "刘芳")
    qtbot.keyClick(form.visitor_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.on_site_model.rowCount() == 1)
    assert page.on_site_model.row_at(0).visitor_name == "刘芳"


@pytest.mark.skipif(sys.platform == "win32", reason="os.openpty is POSIX")
def test_given_a_serial_reader_when_it_sends_a_line_then_the_form_fills_itself(qtbot, desk, clerk, make_page):
    pytest.importorskip("serial")
    import tty

    master, slave = os.openpty()
    tty.setraw(slave)
    page = None
    try:
        cfg = IdReaderConfig(serial=SerialConfig(enabled=True, port=os.ttyname(slave)))
        page = make_page(clerk, reader_config=cfg)
        assert "serial" in page.reader_status.text() or "串口" in page.reader_status.text()
        qtbot.waitUntil(lambda: page.serial.reader is not None and page.serial.reader.connected.is_set())
        os.write(master, f"刘芳|女|汉|19920115|南京市秦淮区中华路8号|{LIU}\r\n".encode("gbk"))
        qtbot.waitUntil(lambda: page.form.visitor_id_number.text() == LIU, timeout=5000)
        assert page.form.visitor_name.text() == "刘芳"
        assert page.form.visitor_address.text() == "南京市秦淮区中华路8号"
        assert page.form.sex.currentData() == "2"
    finally:
        if page is not None:
            page.serial.stop()  # before the device goes away
        os.close(master)
        os.close(slave)


def test_given_a_visit_when_handed_to_mediation_then_it_appears_in_the_mediation_queue_and_the_visit_shows_where(
    qtbot, desk, clerk, zhang, make_page
):
    mediator = make_actor(desk, "tiaojie", "陈建国", "mediator")
    page = make_page(clerk)
    v = desk.reception.check_in(
        clerk, VisitInput(person_id=zhang.id, purpose="mediation", content="楼上邻居装修噪音持续三个月")
    )
    page.reload()  # (checked in on another PC)
    qtbot.waitUntil(lambda: page.on_site_model.rowCount() == 1)
    assert page.select_visit(v.id)
    page.mediation_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dlg = page.dialog
    dlg.dispute_type.setCurrentIndex(dlg.dispute_type.findData("neighbour"))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    qtbot.waitUntil(lambda: bool(page.on_site_model.row_at(0) and page.on_site_model.row_at(0).case_no))
    row = page.on_site_model.row_at(0)
    page.select_visit(row.id)
    assert row.case_no in page.where_label.text() and row.case_no in page.message.text()
    assert not page.police_button.isEnabled()  # one way only
    queue = desk.mediation.queue_window(mediator, QueueFilter(queue="new"))
    assert [(r.case_no, r.source, r.dispute_type, r.parties) for r in queue] == [
        (row.case_no, "from_visit", "neighbour", "张伟")
    ]


def test_given_the_hand_off_dialog_when_the_facts_are_emptied_then_it_refuses_at_the_field_and_keeps_the_visit(
    qtbot, desk, clerk, zhang, make_page
):
    page = make_page(clerk)
    v = desk.reception.check_in(
        clerk, VisitInput(person_id=zhang.id, purpose="mediation", content="楼道堆物")
    )
    page.reload()
    qtbot.waitUntil(lambda: page.on_site_model.rowCount() == 1)
    assert page.select_visit(v.id)
    page.mediation_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dlg = page.dialog
    # the facts are asked for, prefilled with what the visitor said
    assert dlg.facts.toPlainText() == "楼道堆物"
    dlg.facts.clear()
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "")
    assert dlg.isVisible() and dlg.facts.styleSheet() != ""  # outlined, still open
    assert desk.reception.get_visit(clerk, v.id).dispute_case_id is None


def test_given_a_visitor_never_checked_out_then_the_end_of_the_day_closes_and_lists_him(
    qtbot, desk, clerk, zhang, make_page, monkeypatch
):
    page = make_page(clerk)
    desk.reception.check_in(clerk, VisitInput(person_id=zhang.id, purpose="consult"))
    page.reload()
    qtbot.waitUntil(lambda: page.on_site_model.rowCount() == 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.tabs.setCurrentIndex(1)
    page.close_day_button.click()
    qtbot.waitUntil(lambda: "张伟" in page.message.text())
    qtbot.waitUntil(lambda: page.on_site_model.rowCount() == 0)
    row = page.day_model.row_at(0)
    assert row.auto_closed and row.time_out is not None
    assert page.day_model.data(
        page.day_model.index(0, page.day_model.COL_STATE), Qt.ItemDataRole.ForegroundRole
    )


def test_screenshots_of_the_check_in_form_and_the_on_site_list(qtbot, desk, clerk, zhang, make_page):
    SHOTS.mkdir(parents=True, exist_ok=True)
    desk.reception.check_in(clerk, VisitInput(person_id=zhang.id, purpose="help", content="咨询低保申请条件"))
    desk.reception.check_in(
        clerk,
        VisitInput(
            visitor_name="周建华",
            people_count=8,
            representatives=("周建华", "吴敏", "郑强"),
            purpose="petition",
            content="要求公开小区停车位分配方案",
            urgency="urgent",
        ),  # fmt: skip
    )
    page = make_page(clerk)
    qtbot.waitUntil(lambda: page.on_site_model.rowCount() == 2)
    qtbot.keyClicks(page.form.lookup, "5678")
    qtbot.keyClick(page.form.lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form.visitor_name.text() == "张伟")
    page.form.people_count.setValue(6)
    page.select_visit(page.on_site_model.row_at(1).id)
    path = SHOTS / f"reception_check_in_{desk.engine.url.get_backend_name()}.png"
    assert page.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_given_the_visits_of_today_when_the_days_log_is_exported_then_the_workbook_lists_them_masked(
    qtbot, desk, clerk, zhang, make_page, tmp_path, monkeypatch, admin
):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    desk.reception.check_in(clerk, VisitInput(person_id=zhang.id, purpose="help", content="咨询低保申请条件"))
    page = make_page(clerk)
    target = tmp_path / "来访登记簿.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.tabs.setCurrentIndex(1)
    page.export_button.click()
    qtbot.waitUntil(lambda: str(target) in page.message.text(), timeout=10000)
    cells = [c for row in load_workbook(target).active.iter_rows(values_only=True) for c in row if c]
    assert "张伟" in cells and ZHANG not in cells and "13912345678" not in cells
    assert any("导出来访登记簿" in e.summary for e in desk.audit.search(admin.actor(), action="export"))
