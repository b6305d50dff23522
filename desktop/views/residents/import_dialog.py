"""Import residents from an Excel roster: choose, check (preview + every bad row), import the good rows."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services.core.errors import ValidationError
from desktop.services.residents import importer as resident_import
from desktop.views.common.messages import error_text
from desktop.views.context import ViewContext


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    changed = Signal(int, str)


class ImportDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.ctx = ctx
        self.report: resident_import.ImportReport | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.setWindowTitle(self.tr("Import residents from Excel"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("choose_button")
        self.template_button = QPushButton(self.tr("Save template…"))
        self.template_button.setObjectName("template_button")
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("file_label")
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("preview")
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        self.import_button = QPushButton(self.tr("Import the good rows"))
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.save_report_button = QPushButton(self.tr("Save report…"))
        self.save_report_button.setObjectName("save_report_button")
        self.save_report_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_button")

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.template_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(QLabel(self.tr("First rows of the file:")))
        lay.addWidget(self.preview, 1)
        lay.addWidget(QLabel(self.tr("Rows that cannot be imported:")))
        lay.addWidget(self.problems, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.progress)
        lay.addLayout(buttons)
        self.resize(900, 640)

        self.choose_button.clicked.connect(self.choose)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.start_import)
        self.save_report_button.clicked.connect(self.save_report)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.close_button.clicked.connect(self.reject)
        self._progress.changed.connect(self._show_progress)
        self._busy(False)

    # -- steps ---------------------------------------------------------------------------------------
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Excel roster"), "", self.tr("Excel files (*.xlsx)")
        )
        if path:
            self.check(path)

    def check(self, path: str) -> None:
        self.file_label.setText(Path(path).name)
        self._busy(True)
        self._cancel.clear()
        registered = self.ctx.services.residents.registered_numbers
        self.ctx.tasks.run_read(
            lambda: resident_import.validate_file(
                path, registered, progress=self._progress.changed.emit, cancelled=self._cancel.is_set
            ),
            self._checked,
            self._failed,
        )

    def _checked(self, report: resident_import.ImportReport) -> None:
        self._busy(False)
        self.report = report
        rows = report.preview
        self.preview.setColumnCount(max((len(r) for r in rows), default=0))
        self.preview.setRowCount(max(0, len(rows) - 1))
        if rows:
            self.preview.setHorizontalHeaderLabels(list(rows[0]))
        for r, values in enumerate(rows[1:]):
            for c, v in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(v))
        self._show_problems(report.errors)
        self.summary.setText(
            self.tr("%1 rows read: %2 can be imported, %3 have problems.")
            .replace("%1", str(report.rows_read))
            .replace("%2", str(len(report.good)))
            .replace("%3", str(report.bad_rows))
        )
        self.import_button.setEnabled(bool(report.good))
        self.save_report_button.setEnabled(True)

    def _show_problems(self, errors) -> None:
        self.problems.setRowCount(len(errors))
        for r, e in enumerate(errors):
            for c, v in enumerate((str(e.row), e.column, e.reason)):
                self.problems.setItem(r, c, QTableWidgetItem(v))

    def start_import(self) -> None:
        report = self.report
        if report is None or not report.good:
            return
        self._busy(True)
        self._cancel.clear()

        def progress(pct: int, msg: str) -> None:
            if self._cancel.is_set():
                raise resident_import.ImportCancelled()  # inside the transaction: it rolls back whole
            self._progress.changed.emit(pct, msg)

        self.ctx.tasks.run_write(
            lambda: resident_import.import_rows(self.ctx.services, self.ctx.actor, report, progress=progress),
            self._imported,
            self._failed,
        )

    def _imported(self, result) -> None:
        self._busy(False)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Imported %1 people.").replace("%1", str(result.inserted)))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, resident_import.ImportCancelled):
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
        elif isinstance(exc, resident_import.ImportFileError):
            self.summary.setText(str(exc))
        elif isinstance(exc, ValidationError) and self.report is not None:
            e = resident_import.import_error(self.report, exc)
            self._show_problems([e])
            self.summary.setText(
                self.tr("Nothing was imported: row %1: %2").replace("%1", str(e.row)).replace("%2", e.reason)
            )
        else:
            self.summary.setText(error_text(exc))

    def save_report(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "校验报告.xlsx", self.tr("Excel files (*.xlsx)")
        )
        if path:
            report = self.report
            self.ctx.tasks.run_write(
                lambda: resident_import.save_report(report, path),
                lambda p: self.summary.setText(self.tr("Report saved: %1").replace("%1", str(p))),
                self._failed,
            )

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), "实有人口导入模板.xlsx", self.tr("Excel files (*.xlsx)")
        )
        if path:
            self.ctx.tasks.run_write(
                lambda: resident_import.save_template(path),
                lambda p: self.summary.setText(self.tr("Template saved: %1").replace("%1", str(p))),
                self._failed,
            )

    # -- state ---------------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        for w in (self.choose_button, self.template_button, self.close_button):
            w.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
            self.save_report_button.setEnabled(False)

    def _show_progress(self, pct: int, msg: str) -> None:
        self.progress.setValue(pct)
        self.progress.setFormat(f"{pct}% {msg}")

    def reject(self) -> None:
        if self.progress.isVisible():  # busy: cancel first, never leave work half-done behind a closed window
            self._cancel.set()
            return
        super().reject()
