"""Import residents from an Excel roster: choose, check (preview + every bad row), import the good rows.
Checking, importing and saving the report or the template are long work: the common progress dialog shows
them, with Cancel (an import cancelled midway rolls back whole)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from desktop.services.core.errors import Cancelled, ValidationError
from desktop.services.residents import importer as resident_import
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


class ImportDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import residents from Excel"))
        self.ctx = ctx
        self.report: resident_import.ImportReport | None = None
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
        registered = self.ctx.services.residents.registered_numbers

        def work(progress, cancelled):
            return resident_import.validate_file(path, registered, progress=progress, cancelled=cancelled)

        self._run(self.tr("Checking the file…"), work, self._checked)

    def _checked(self, report: resident_import.ImportReport) -> None:
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
        services, actor = self.ctx.services, self.ctx.actor

        def work(progress, cancelled):
            # cancelled inside the transaction: the whole import rolls back
            return resident_import.import_rows(
                services, actor, report, progress=stopping(progress, cancelled)
            )

        self.import_button.setEnabled(False)
        self._run(self.tr("Importing…"), work, self._imported, write=True)

    def _imported(self, result) -> None:
        self.summary.setText(self.tr("Imported %1 people.").replace("%1", str(result.inserted)))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, (Cancelled, resident_import.ImportCancelled)):
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
        elif isinstance(exc, resident_import.ImportFileError):
            self.summary.setText(str(exc))
        elif isinstance(exc, ValidationError) and self.report is not None:
            e = resident_import.import_error(self.report, exc)
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
                lambda _progress, _cancelled: resident_import.save_report(report, path),
                lambda p: self.summary.setText(self.tr("Report saved: %1").replace("%1", str(p))),
            )

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), "实有人口导入模板.xlsx", self.tr("Excel files (*.xlsx)")
        )
        if path:
            self._run(
                self.tr("Save template"),
                lambda _progress, _cancelled: resident_import.save_template(path),
                lambda p: self.summary.setText(self.tr("Template saved: %1").replace("%1", str(p))),
            )
