import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.services.core.dto import Actor
from desktop.tasks import TaskManager
from desktop.views.common.qt_setup import install_translator, register_fonts
from desktop.views.context import ViewContext
from desktop.views.residents.residents_page import ResidentsPage
from tests.conftest import make_actor


@pytest.fixture
def set_up_url(request, templates):
    """Screens run on SQLite: the services under them are tested on both engines in tests/unit. A screen
    test that needs the server asks for ``pg_server`` (and so carries the ``pg`` marker)."""
    return templates.copy(request, "sqlite", "set_up")


@pytest.fixture
def zh_app(qapp: QApplication):
    """The app as a user sees it: bundled CJK font and the Chinese translation."""
    register_fonts(qapp)
    assert install_translator(qapp, "zh_CN"), "zh_CN.qm missing: run `make setup`"
    yield qapp
    install_translator(qapp, "en")


def ime_type(widget, text: str) -> None:
    """Chinese arrives from an input method as a committed string, not as key presses."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def make_page(services, qtbot, zh_app):
    made = []

    def make(role: str, page_cls=ResidentsPage, actor: Actor | None = None):
        actor = actor or make_actor(
            services, f"u_{role}_{len(made)}", {"police": "张警官"}.get(role, "王丽"), role
        )
        tasks = TaskManager()
        ctx = ViewContext(services, tasks, actor, services.auth.community())
        page = page_cls(ctx)
        qtbot.addWidget(page)
        page.resize(1200, 720)
        page.show()
        made.append((page, tasks))
        return page

    yield make
    for page, tasks in made:
        for timer in page.findChildren(QTimer):  # a debounce timer must not fire into a closed pool
            timer.stop()
        page.close()
        tasks.shutdown()


def cell(view, row: int, column: int):
    """The text a table view shows in a cell."""
    return view.model().index(row, column).data()


def open_dialog(qtbot, page, button):
    button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    return page.dialog
