"""The director's desk in a real main window (offscreen): the director lands on it, sees what needs them today
and the month's figures, and a bar or a line of today opens the records behind it in the room's own list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from desktop.models import DisputeCase
from desktop.services.dashboard.dashboard_service import DashboardService
from desktop.tasks import TaskManager
from desktop.views.context import ViewContext
from desktop.views.main_window import MainWindow
from desktop.views.rooms import page_specs
from tests.conftest import Clock

TODAY = date(2025, 12, 2)


@pytest.fixture
def window(qtbot, zh_app, services, admin):
    """The director signed in (a real account), with three disputes accepted in November 2025: two neighbour
    disputes (one mediating and overdue since 19 Nov), one over property management."""
    from desktop.services.mediation.mediation_service import MediationService

    services.dashboard = DashboardService(services.sessions, clock=Clock(TODAY))
    services.mediation = MediationService(services.sessions, services.printing, clock=Clock(TODAY))
    director = services.auth.create_user(
        admin.actor(), username="zr", full_name="李红梅", role="director", password="Zhuren#2026"
    )
    with services.sessions.begin() as s:
        for n, (typ, status, due) in enumerate(
            [
                ("neighbour", "mediating", date(2025, 11, 19)),
                ("neighbour", "new", date(2025, 12, 20)),
                ("property_mgmt", "new", date(2025, 12, 25)),
            ],
            1,
        ):
            s.add(
                DisputeCase(
                    case_no=f"（2025）华人调字第{n}号",
                    year=2025,
                    seq=n,
                    source="application",
                    dispute_type=typ,
                    facts="纠纷",
                    consent="agreed",
                    status=status,
                    accepted_on=date(2025, 11, 3 + n),
                    due_on=due,
                    amount=Decimal("0"),
                )
            )
    tasks = TaskManager()
    win = MainWindow(ViewContext(services, tasks, director.actor(), services.auth.community()), page_specs())
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    yield win
    for timer in win.findChildren(QTimer):
        timer.stop()
    win.close()
    tasks.shutdown()


def _desk(qtbot, win, month_index: int = 0):
    page = win.stack.currentWidget()
    qtbot.waitUntil(lambda: getattr(page, "loads", 0) >= 1, timeout=30000)
    if month_index:
        n = page.loads
        page.month.setCurrentIndex(month_index)
        qtbot.waitUntil(lambda: page.loads > n, timeout=30000)
    return page


def _opened(qtbot, win, name: str):
    """The page the desk opened (the records are looked up on a reader thread first)."""
    qtbot.waitUntil(lambda: win.stack.currentWidget().objectName() == name, timeout=30000)
    return win.stack.currentWidget()


def test_given_the_director_signs_in_then_the_desk_is_the_first_page_with_what_needs_them_today(
    qtbot, window
):
    assert window.nav.currentItem().text().strip() == "工作台"
    page = _desk(qtbot, window)
    assert page.objectName() == "desk_page"
    overdue = page.attention["cases.overdue"]
    assert overdue.text() == "逾期未办结纠纷: 1" and overdue.isEnabled()
    assert not page.attention["petitions.overdue"].isEnabled()  # nothing overdue: shown, not clickable
    # the whole desk fits the screen's width: nothing cut at 1366 x 728
    assert page.width() <= 1366 and page.scroll.horizontalScrollBar().maximum() == 0


def test_given_november_when_the_neighbour_bar_is_clicked_then_the_mediation_queue_lists_those_two_cases(
    qtbot, window
):
    page = _desk(qtbot, window, month_index=1)  # 2025年11月
    assert page.month.currentText() == "2025年11月"
    tile = page.tiles["cases.screened"]
    assert tile.value.text().startswith("3")
    chart = page.charts["dispute_types"]
    i = page._type_codes.index("neighbour")
    assert chart.bar_at(i - 0.27, 1.0) == ("screened", i)  # the first bar of the neighbour group, by position
    chart.click_bar("screened", i)
    queue = _opened(qtbot, window, "mediation_page")
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2, timeout=30000)
    assert window.nav.currentItem().text().strip() == "矛盾纠纷"
    assert queue.from_desk.isVisible() and "2" in queue.from_desk.text()
    # back to the queue: the figure's filter goes
    queue.show_all_button.click()
    qtbot.waitUntil(lambda: not queue.from_desk.isVisible(), timeout=30000)


def test_given_a_case_overdue_when_its_line_is_clicked_then_the_overdue_queue_opens(qtbot, window):
    page = _desk(qtbot, window)
    page.attention["cases.overdue"].click()
    queue = _opened(qtbot, window, "mediation_page")
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=30000)
    assert queue.queue_tabs.tabData(queue.queue_tabs.currentIndex()) == "overdue"


def test_given_a_chart_when_saved_then_the_png_is_a_picture_of_it(qtbot, window, tmp_path):
    page = _desk(qtbot, window, month_index=1)
    chart = page.charts["dispute_types"]
    image = chart.image()
    path = tmp_path / "types.png"
    assert image.save(str(path), "PNG")
    back = QImage(str(path))
    assert back.width() >= 800 and not back.isNull()
    # drawn in greys and black: it reads on a black-and-white printer (no colour but red for overdue)
    colours = {
        back.pixelColor(x, y).name() for x in range(0, back.width(), 7) for y in range(0, back.height(), 7)
    }
    assert {"#333333", "#b8b8b8"} <= colours


def test_given_the_desk_when_the_excel_report_is_asked_then_it_is_written_off_the_gui_thread(
    qtbot, window, tmp_path
):
    from openpyxl import load_workbook

    page = _desk(qtbot, window, month_index=1)
    path = tmp_path / "排查.xlsx"
    page.export_excel("dispute_screening", str(path))
    qtbot.waitUntil(lambda: getattr(page, "exported", None) == path, timeout=30000)
    ws = load_workbook(path).active
    assert ws["A6"].value == "矛盾纠纷合计" and ws["B6"].value == 3
    assert "已保存" in page.error.text()
