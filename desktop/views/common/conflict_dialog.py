"""The one explanation of a conflict: another PC saved a change to the record after this form opened (the record's
version column; ``unit_of_work`` raises ``Conflict``), so this change was not saved — it would have overwritten
theirs. What to do: reload (the form closes, the page shows the record as it is now), or go back to the form to
copy what was typed first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox


class ConflictDialog(QMessageBox):
    reload_chosen = Signal()

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed on another PC"))
        self.setText(
            self.tr(
                "Someone saved a change to this record on another PC after you opened this form, so your change "
                "was not saved: it would have overwritten theirs."
            )
        )
        self.setInformativeText(
            self.tr(
                "Reload: this form closes and the page shows the record as it is now; open it again to make your "
                "change.\nBack to my input: the form stays open, so you can copy what you typed first."
            )
        )
        self.reload_button = self.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        self.reload_button.setObjectName("reload_button")
        self.back_button = self.addButton(self.tr("Back to my input"), QMessageBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("back_button")
        self.setDefaultButton(self.reload_button)
        self.buttonClicked.connect(lambda b: self.reload_chosen.emit() if b is self.reload_button else None)
