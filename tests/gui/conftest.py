import pytest
from PySide6.QtWidgets import QApplication

from desktop.views.common.qt_setup import install_translator, register_fonts


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
