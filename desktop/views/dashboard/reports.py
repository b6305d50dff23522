"""The desk's one-click reports: Excel written on the long-work thread with a progress dialog, PDF in the print
preview (made on a reader thread); the monthly summary's text edited first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)
from shiboken6 import isValid

SECTIONS = ("主要工作", "存在问题", "下月计划")


def export_excel(page, key: str, path: str | None = None) -> None:
    """Ask where (unless given), then write the report of the page's month on the long-work thread."""
    month, grid = page.filter()
    title = page.report_titles()[key]
    if path is None:
        default = f"{title.split('(')[-1].rstrip(')')}-{month:%Y%m}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            page, QCoreApplication.translate("DeskReports", "Save report"), default, "Excel (*.xlsx)"
        )
        if not path:
            return
    svc, actor = page.ctx.services.dashboard, page.ctx.actor
    dialog = QProgressDialog(title, QCoreApplication.translate("DeskReports", "Cancel"), 0, 100, page)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    page.dialog = dialog

    def progress(pct: int, text: str) -> None:
        if isValid(dialog):
            dialog.setValue(pct)
            dialog.setLabelText(text)

    def done(_table) -> None:
        if isValid(dialog):
            dialog.close()
        page.exported = Path(path)
        if isValid(page):
            page.error.setText(
                QCoreApplication.translate("DeskReports", "Saved: %1").replace("%1", str(path))
            )

    def failed(exc: BaseException) -> None:
        if isValid(dialog):
            dialog.close()
        page.failed(exc)

    page.ctx.tasks.run_long(
        lambda report, _cancelled: svc.export_excel(actor, key, path, month, grid, progress=report),
        progress,
        done,
        failed,
    )


class SummaryDialog(QDialog):
    """The monthly summary's text as the figures tell it, for the director to edit before it is printed."""

    def __init__(self, page, draft: dict[str, str]):
        super().__init__(page)
        self.setObjectName("summary_dialog")
        self.setWindowTitle(QCoreApplication.translate("DeskReports", "Monthly summary"))
        self.resize(760, 600)
        lay = QVBoxLayout(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        for name, heading in zip(("work", "problems", "plans"), SECTIONS, strict=True):
            lay.addWidget(QLabel(heading))
            edit = QPlainTextEdit(draft.get(heading, ""))
            edit.setObjectName(name)
            setattr(self, name, edit)
            self.edits[heading] = edit
            lay.addWidget(edit, 1)
        self.preview_button = QPushButton(QCoreApplication.translate("DeskReports", "Preview…"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.accept)
        cancel = QPushButton(QCoreApplication.translate("DeskReports", "Cancel"))
        cancel.setObjectName("cancel_button")
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.preview_button)
        row.addWidget(cancel)
        lay.addLayout(row)

    def sections(self) -> dict[str, str]:
        return {h: e.toPlainText() for h, e in self.edits.items()}


def print_report(page, key: str) -> None:
    month, grid = page.filter()
    ctx = page.ctx
    svc, printing, actor = ctx.services.dashboard, ctx.services.printing, ctx.actor
    title = page.report_titles()[key]
    if key != "monthly_summary":
        _preview(
            page,
            title,
            key,
            lambda: printing.render_document(
                actor, f"report_{key}", data=svc.report_table(actor, key, month, grid)
            ),
        )
        return

    def edit(draft: dict[str, str]) -> None:
        if not isValid(page):
            return
        dlg = SummaryDialog(page, draft)
        page.dialog = dlg

        def preview() -> None:
            sections = dlg.sections()
            _preview(
                page,
                title,
                key,
                lambda: printing.render_document(
                    actor, "report_monthly_summary", data=svc.summary(actor, month, grid, sections)
                ),
            )

        dlg.accepted.connect(preview)
        dlg.open()

    ctx.tasks.run_read(lambda: svc.summary_draft(actor, month, grid), edit, page.failed)


def _preview(page, title: str, key: str, render) -> None:
    from desktop.views.common.print_preview_dialog import PrintPreviewDialog

    dlg = PrintPreviewDialog(page.ctx, render, title, f"report_{key}", None, page)
    page.dialog = dlg
    dlg.open()
