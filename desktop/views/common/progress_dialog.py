"""The one dialog of long work (an import, an export, a report): what is being done, a bar, and Cancel.

The work is ``fn(progress, cancelled)`` run by ``ctx.tasks.run_long`` on a thread of its own (``write=True``:
on the writer thread, for work that is one transaction of writes, such as an import); work that stops
because it was cancelled raises ``Cancelled``. The dialog closes when the work has ended, then ``on_done``
or ``on_error`` runs; closing it (Esc, the window's ×) asks the work to stop, it never leaves work running
behind a closed window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout
from shiboken6 import isValid

from desktop.services.core.errors import Cancelled
from desktop.tasks import Cancelled as IsCancelled
from desktop.tasks import Progress
from desktop.views.context import ViewContext


def stopping(progress: Progress, cancelled: IsCancelled) -> Progress:
    """A progress callback that stops the work (raises Cancelled) once the user cancelled: for work that
    reports progress but takes no cancel check (inside a transaction, the whole of it rolls back)."""

    def report(pct: int, text: str = "") -> None:
        if cancelled():
            raise Cancelled()
        progress(pct, text)

    return report


class ProgressDialog(QDialog):
    def __init__(
        self,
        ctx: ViewContext,
        title: str,
        work: Callable[[Progress, IsCancelled], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        write: bool = False,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("progress_dialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self._on_done, self._on_error = on_done, on_error
        self.result_value: Any = None
        self.error: BaseException | None = None
        self.status = QLabel(title)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("bar")
        self.bar.setRange(0, 0)  # busy until the work says how far it is
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addWidget(self.bar)
        lay.addLayout(buttons)
        self.open()
        self.task = ctx.tasks.run_long(work, self._progress, self._done, self._failed, write=write)

    def cancel(self) -> None:
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:  # Esc and the window's ×: stop the work first
        if not self.task.done():
            self.cancel()
            return
        super().reject()

    def _progress(self, pct: int, text: str) -> None:
        if not isValid(self):
            return
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 100)
        self.bar.setValue(pct)
        if text and self.cancel_button.isEnabled():
            self.status.setText(text)

    def _done(self, result) -> None:
        self.result_value = result
        if isValid(self):
            self.accept()
        if self._on_done is not None:
            self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        if isValid(self):
            self.done(QDialog.DialogCode.Rejected)
        if self._on_error is None:
            raise exc
        self._on_error(exc)
