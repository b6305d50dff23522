"""The working calendar as the administrator and the desk meet it: a deadline in a year whose holidays are not
published reads 暂定 with the reason beside it; the administrator enters that year's schedule on the calendar
page (a wrong line named by its number, a schedule of another year refused) and the mark is gone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.services.core.work_calendar import library_published
from desktop.views.admin.calendar_page import CalendarPage, _read_text
from tests.gui.conftest import cell
from tests.gui.test_reception_petitions import clock, desk, intake, make_page, open_on_page, people  # noqa: F401


def _schedule(y: int) -> str:
    return (
        f"# 国务院办公厅关于{y}年部分节假日安排的通知\n"
        f"{y}-01-01 休 元旦\n"
        f"{y}-02-06..{y}-02-12 休 春节\n"
        f"{y}-02-14 班 春节调休\n"
    )


def test_given_a_deadline_in_an_unpublished_year_when_the_administrator_enters_it_then_the_mark_is_gone(
    qtbot, desk, people, clock, make_page, admin, tmp_path
):
    # Given a claim accepted on 2026-12-01: its 60 days end in 2027, a year the program knows no holidays of
    assert not library_published(2027)
    svc, clerk = desk.petitions, people["clerk"]
    clock.day = date(2026, 12, 1)
    p = svc.create(clerk, intake(date(2026, 12, 1)))
    p = svc.accept(clerk, p.id, p.version, date(2026, 12, 1))
    page = make_page(clerk, queue="all")
    open_on_page(qtbot, page, p.id)
    due = cell(page.steps, 2, 2)
    assert due.startswith("2027-") and due.endswith("（暂定）")
    tip = page.steps.model().index(2, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "尚未公布" in tip and "工作日历" in tip

    # When the administrator opens the calendar page: the first year nobody published is chosen and says so
    cal = CalendarPage(page.ctx.__class__(desk, page.ctx.tasks, admin.actor(), page.ctx.community))
    qtbot.addWidget(cal)
    cal.resize(1100, 640)
    cal.show()
    qtbot.waitUntil(lambda: cal.loads >= 1)
    chosen = cal.year_table.currentIndex().row()
    year = cal.years.row_at(chosen)
    assert year.year == 2027 and not year.published
    assert cal.year_label.text().startswith("2027年：尚未公布")

    # a line the program cannot read is named by its number, nothing saved
    cal.schedule.setPlainText(_schedule(2027) + "2027-13-40 休 ？\n")
    cal.save_button.click()
    assert cal.error.text().startswith("第 5 行无法识别：“2027-13-40 休 ？”")
    assert "b00020" in cal.schedule.styleSheet()
    # a schedule of another year is refused before anything is written
    cal.schedule.setPlainText(_schedule(2028))
    cal.save_button.click()
    assert cal.error.text() == "这份安排是 2028 年的，而选中的是 2027 年：请先在左侧选中该年。"

    # the notice as a file saved on a Chinese Windows PC (GBK) reads as written
    notice = tmp_path / "2027.txt"
    notice.write_bytes(_schedule(2027).encode("gb18030"))
    cal.schedule.setPlainText(_read_text(notice))
    cal.reference.setText("国办发明电〔2026〕7号")
    cal.save_button.click()
    qtbot.waitUntil(lambda: cal.saved_label.text() == "已保存：休息日 8 天，调休上班 1 天。", timeout=10000)
    qtbot.waitUntil(lambda: cal.years.row_at(chosen).published)
    assert cal.years.index(chosen, 1).data() == "已按通知录入 国办发明电〔2026〕7号"

    # Then the desk's deadline is a plain date again (the page hears of the calendar change)
    page.reload()
    qtbot.waitUntil(lambda: page.loads >= 2)
    open_on_page(qtbot, page, p.id)
    qtbot.waitUntil(lambda: not cell(page.steps, 2, 2).endswith("（暂定）"))
    assert cell(page.steps, 2, 2).startswith("2027-")
