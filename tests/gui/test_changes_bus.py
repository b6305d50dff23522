"""Changes as data through the app-wide bus: what one page writes, every other open page of the same window
shows without being told by hand."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from desktop.services.core.id_numbers import check_digit
from desktop.services.reception.dto import VisitInput
from desktop.services.residents.resident_service import validate_person
from desktop.tasks import TaskManager
from desktop.views.context import ViewContext
from desktop.views.main_window import MainWindow
from desktop.views.rooms import page_specs
from tests.conftest import make_actor

ZHANG = "32010219800307123" + check_digit("32010219800307123")


def test_given_the_mediation_queue_open_when_reception_hands_a_visit_over_then_the_queue_shows_the_case(
    qtbot, zh_app, services
):
    # Given the director's window with the mediation queue open on its "new" tab, and a visitor on site
    director = make_actor(services, "zhuren", "李主任", "director")
    person = services.residents.create_person(
        director, validate_person({"name": "张伟", "id_number": ZHANG, "phone": "13912345678"})
    )
    visit = services.reception.check_in(
        director, VisitInput(person_id=person.id, purpose="mediation", content="楼上邻居装修噪音持续三个月")
    )
    tasks = TaskManager()
    win = MainWindow(ViewContext(services, tasks, director, services.auth.community()), page_specs())
    qtbot.addWidget(win)
    win.show()
    try:
        queue = win.open_page("矛盾纠纷")
        queue.queue_tabs.setCurrentIndex(0)  # 新登记
        qtbot.waitUntil(lambda: queue.loads >= 1 and queue.options is not None, timeout=10000)
        assert queue.model.rowCount() == 0
        loads = queue.loads

        # When reception hands the visit to mediation through its dialog, in the same window
        desk = win.open_page("来访登记")
        qtbot.waitUntil(lambda: desk.loads >= 1 and desk.on_site_model.rowCount() == 1, timeout=10000)
        assert desk.select_visit(visit.id)
        desk.mediation_button.click()
        qtbot.waitUntil(lambda: desk.dialog is not None and desk.dialog.isVisible())
        desk.dialog.save_button.click()

        # Then the open queue reloads by itself and lists the new case with the visitor as a party
        qtbot.waitUntil(lambda: queue.loads > loads and queue.model.rowCount() == 1, timeout=10000)
        row = queue.model.row_at(0)
        assert (row.source, row.parties) == ("from_visit", "张伟")
    finally:
        for timer in win.findChildren(QTimer):
            timer.stop()
        win.close()
        tasks.shutdown()
