"""The idle lock: after N quiet minutes the window hides its content and asks the password again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop.views.common.messages import error_text


class IdleWatcher(QObject):
    """Counts quiet time from user input anywhere in the app; calls ``on_idle`` once it runs out."""

    _INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, app, minutes: int, on_idle: Callable[[], None]):
        super().__init__(app)
        self._on_idle = on_idle
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self._fire)
        self.paused = False
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in self._INPUT and not self.paused:
            self.timer.start()
        return False

    def _fire(self) -> None:
        self.paused = True
        self._on_idle()

    def stop(self) -> None:
        self.timer.stop()
        self.parent().removeEventFilter(self)
        self.deleteLater()

    def resume(self) -> None:
        self.paused = False
        self.timer.start()


class LockDialog(QDialog):
    """Modal over the main window; only the same user's password opens it again."""

    def __init__(self, full_name: str, unlock: Callable[[str, Callable, Callable], None], parent=None):
        super().__init__(parent)
        self.setObjectName("lock_dialog")
        self._unlock = unlock
        self.setWindowTitle(self.tr("Locked"))
        self.message = QLabel(
            self.tr("The window was locked after a quiet spell. %1, enter your password to go on.").replace(
                "%1", full_name
            )
        )
        self.message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        lay.addLayout(form)
        lay.addWidget(self.unlock_button)
        lay.addWidget(self.error)
        self.unlock_button.clicked.connect(self._try)
        self.password.returnPressed.connect(self._try)

    def reject(self) -> None:  # Esc does not unlock
        pass

    def _try(self) -> None:
        self.unlock_button.setEnabled(False)
        self._unlock(self.password.text(), self._ok, self._failed)

    def _ok(self, _user) -> None:
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.password.selectAll()
        self.password.setFocus()
