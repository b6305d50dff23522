"""Show a masked ID number and phones: only with a stated reason, which goes to the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from desktop.services.residents.dto import Revealed
from desktop.views.context import ViewContext
from desktop.views.residents.forms import show_error


class RevealDialog(QDialog):
    revealed = Signal(object)  # Revealed

    def __init__(self, ctx: ViewContext, person_id: int, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("reveal_dialog")
        self.ctx = ctx
        self.person_id = person_id
        self.setWindowTitle(self.tr("Show full ID number and phone"))
        intro = QLabel(
            self.tr(
                "Why do you need the full ID number and phone of %1? The reason is kept in the audit log."
            ).replace("%1", name)
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. checking the identity of a visitor"))
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setText(self.tr("Show"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.reason)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        reason = self.reason.text()
        self.ok_button.setEnabled(False)
        self.ctx.tasks.run_write(
            lambda: self.ctx.services.residents.reveal(self.ctx.actor, self.person_id, reason),
            self._done,
            self._failed,
        )

    def _done(self, shown: Revealed) -> None:
        self.revealed.emit(shown)
        self.accept()

    def _failed(self, exc) -> None:
        self.ok_button.setEnabled(True)
        show_error(self, self.error, exc)
