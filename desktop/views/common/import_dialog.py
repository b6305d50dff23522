"""Import a roster from Excel, the same way in every room: choose, check (preview + every bad row), import the
good rows all together or none. Checking, importing and saving the report or the template are long work: the
common progress dialog shows them, with Cancel (an import cancelled midway rolls back whole).

A room says what its import is with a ``RosterImport``: its title, its check of a file and its import of the
good rows (``core.sheet_import`` reads the file and makes the report for both), its template, the refusal of a
whole import at a row, and the sentence for what was imported."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from desktop.services.core import sheet_import
from desktop.services.core.errors import Cancelled, ValidationError
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.messages import error_text
from desktop.views.common.progress_dialog import ProgressDialog, stopping
from desktop.views.common.table_models import Column, RowTableModel, field
from desktop.views.common.table_view import table_view
from desktop.views.context import ViewContext

PROBLEM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ImportDialog", "Row"), lambda e: str(e.row)),
    Column(QT_TRANSLATE_NOOP("ImportDialog", "Column"), field("column")),
    Column(QT_TRANSLATE_NOOP("ImportDialog", "Reason"), field("reason")),
)


def _preview_columns(header: tuple[str, ...]) -> tuple[Column, ...]:
    """The file's own columns: its header row as it is."""
    return tuple(Column(text, lambda r, i=i: r[i] if i < len(r) else "") for i, text in enumerate(header))


@dataclass(frozen=True)
class RosterImport:
    title: str  # the window's title, translated
    template_name: str  # the template's file name offered
    check: Callable[[str, Any, Any], sheet_import.ImportReport]  # (path, progress, cancelled), on a worker
    run: Callable[[sheet_import.ImportReport, Any], Any]  # (report, progress): one transaction of writes
    refusal: Callable[[sheet_import.ImportReport, ValidationError], sheet_import.RowError]
    save_template: Callable[[str], Path]
    imported: Callable[[Any], str]  # what ``run`` returned, as a sentence


class ImportDialog(QDialog):
    def __init__(self, ctx: ViewContext, spec: RosterImport, parent=None):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(spec.title)
        self.ctx = ctx
        self.spec = spec
        self.report: sheet_import.ImportReport | None = None
        self.progress_dialog: ProgressDialog | None = None
        button(self, "choose_button", self.tr("Choose file…"), self.choose)
        button(self, "template_button", self.tr("Save template…"), self.save_template)
        named(self, "file_label", QLabel(self.tr("No file chosen.")))
        self.preview = table_view("preview", RowTableModel((), "ImportDialog", self))
        self.problems = table_view(
            "problems", RowTableModel(PROBLEM_COLUMNS, "ImportDialog", self), (60, 120)
        )
        named(self, "summary", QLabel(""))
        self.summary.setWordWrap(True)
        button(self, "import_button", self.tr("Import the good rows"), self.start_import).setEnabled(False)
        button(self, "save_report_button", self.tr("Save report…"), self.save_report).setEnabled(False)
        button(self, "close_button", self.tr("Close"), self.reject)
        vbox(
            hbox(self.choose_button, (self.file_label, 1), self.template_button),
            QLabel(self.tr("First rows of the file:")),
            (self.preview, 1),
            QLabel(self.tr("Rows that cannot be imported:")),
            (self.problems, 1),
            self.summary,
            hbox(self.save_report_button, 1, self.import_button, self.close_button),
            parent=self,
        )
        self.resize(900, 640)

    # -- steps ---------------------------------------------------------------------------------------
    def _run(self, title: str, work, on_done, *, write: bool = False) -> None:
        self.progress_dialog = ProgressDialog(
            self.ctx, title, work, on_done, self._failed, write=write, parent=self
        )

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Excel roster"), "", self.tr("Excel files (*.xlsx)")
        )
        if path:
            self.check(path)

    def check(self, path: str) -> None:
        self.file_label.setText(Path(path).name)
        self.report = None  # a file that fails its check leaves nothing of the previous one to import
        self.import_button.setEnabled(False)
        self.save_report_button.setEnabled(False)
        check = self.spec.check

        def work(progress, cancelled):
            return check(path, progress, cancelled)

        self._run(self.tr("Checking the file…"), work, self._checked)

    def _checked(self, report: sheet_import.ImportReport) -> None:
        self.report = report
        rows = report.preview
        self.preview.model().set_rows(rows[1:], _preview_columns(tuple(rows[0]) if rows else ()))
        self.problems.model().set_rows(report.errors)
        self.summary.setText(
            self.tr("%1 rows read: %2 can be imported, %3 have problems.")
            .replace("%1", str(report.rows_read))
            .replace("%2", str(len(report.good)))
            .replace("%3", str(report.bad_rows))
        )
        self.import_button.setEnabled(bool(report.good))
        self.save_report_button.setEnabled(True)

    def start_import(self) -> None:
        report = self.report
        if report is None or not report.good:
            return
        run = self.spec.run

        def work(progress, cancelled):
            # cancelled inside the transaction: the whole import rolls back
            return run(report, stopping(progress, cancelled))

        self.import_button.setEnabled(False)
        self._run(self.tr("Importing…"), work, self._imported, write=True)

    def _imported(self, result) -> None:
        self.summary.setText(self.spec.imported(result))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, (Cancelled, sheet_import.ImportCancelled)):
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
        elif isinstance(exc, sheet_import.ImportFileError):
            self.summary.setText(str(exc))
        elif isinstance(exc, ValidationError) and self.report is not None:
            e = self.spec.refusal(self.report, exc)
            self.problems.model().set_rows([e])
            self.summary.setText(
                self.tr("Nothing was imported: row %1: %2").replace("%1", str(e.row)).replace("%2", e.reason)
            )
        else:
            self.summary.setText(error_text(exc))
        self.import_button.setEnabled(self.report is not None and bool(self.report.good))

    def save_report(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "校验报告.xlsx", self.tr("Excel files (*.xlsx)")
        )
        if path:
            report = self.report
            self._run(
                self.tr("Save report"),
                lambda _progress, _cancelled: sheet_import.save_report(report, path),
                lambda p: self.summary.setText(self.tr("Report saved: %1").replace("%1", str(p))),
            )

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), self.spec.template_name, self.tr("Excel files (*.xlsx)")
        )
        if path:
            self._run(
                self.tr("Save template"),
                lambda _progress, _cancelled: self.spec.save_template(path),
                lambda p: self.summary.setText(self.tr("Template saved: %1").replace("%1", str(p))),
            )
