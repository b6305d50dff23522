"""The administrator's backups page: a backup now, the check of a backup (intact, schema, rows against the live
database), then the restore, confirmed, that keeps the replaced database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.services.reception.dto import VisitInput
from desktop.views.admin.backups_page import BackupsPage
from tests.conftest import make_actor

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_given_the_administrator_when_she_backs_up_checks_and_restores_then_the_work_since_is_undone_and_kept(
    qtbot, services, admin, make_page
):
    # Given a desk's visit, and the backups page of the administrator
    director = make_actor(services, "zhuren", "李红梅", "director")
    services.reception.check_in(director, VisitInput(visitor_name="备份前来访"))
    page = make_page("admin", BackupsPage, actor=admin.actor())
    qtbot.waitUntil(lambda: page.loads >= 1)
    assert page.model.rowCount() == 0 and "第二备份位置" in page.where_label.text()
    # When she backs up now
    page.back_up_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    assert "已备份到" in page.status.text()
    # and a visit is checked in after it
    services.reception.check_in(director, VisitInput(visitor_name="备份后来访"))
    # When she checks the backup: it is intact, and its rows stand beside today's
    page.table.selectRow(0)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.restore_button.isEnabled(), timeout=20000)
    assert "完好" in page.check_label.text() and "visit: 1 / 2" in page.check_label.text()
    page.grab().save(str(SHOTS / "admin_backups_page.png"))
    # and restores it, confirming
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.restored is not None, timeout=30000)
    # Then the visit after the backup is gone from the database, kept in the replaced copy, and she is told
    assert [v.visitor_name for v in services.reception.visits_of_day(director)] == ["备份前来访"]
    assert "已从" in page.status.text() and Path(page.restored.replaced).exists()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # the backup, and the replaced database
