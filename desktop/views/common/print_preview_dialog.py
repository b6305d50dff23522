"""One preview for every document: pages shown by QtPdf, zoom, page through, print, save as PDF, open.

The document is made off the GUI thread (``ctx.tasks.run_read``), and so are printing (pages rasterised onto
the QPrinter), saving and writing the temporary file to open. Every print, save and open is audited through
the print service.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)
from shiboken6 import isValid

from desktop.services.core.print_service import RenderedDocument
from desktop.views.common.messages import error_text
from desktop.views.common.system_viewer import open_in_viewer, write_copy
from desktop.views.context import ViewContext

MAX_DPI = 300  # printing rasterises pages (QPrinter); more only makes the spool file bigger
MAX_PIXELS = 40_000_000  # a real-size sign would need gigabytes at 300 dpi: lower the resolution instead


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Rasterise every page of ``pdf`` onto ``printer`` at its real size; returns the pages printed.

    Runs on a worker thread (Qt allows painting on a QPrinter outside the GUI thread); the QPdfDocument used
    here is made, used and dropped on that thread.
    """
    folder = Path(tempfile.mkdtemp(prefix="zongzhi-print-"))
    try:
        path = folder / "job.pdf"
        path.write_bytes(pdf)
        doc = QPdfDocument()
        if doc.load(str(path)) != QPdfDocument.Error.None_:
            raise OSError(f"QtPdf cannot read the document: {doc.error()}")
        count = doc.pageCount()
        painter = QPainter()
        for i in range(count):
            size_pt = doc.pagePointSize(i)
            layout = QPageLayout(
                QPageSize(QSizeF(size_pt), QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                QMarginsF(),
            )
            printer.setPageLayout(layout)
            if i == 0:
                if not painter.begin(printer):
                    raise OSError("the printer refused the job")
            elif not printer.newPage():
                raise OSError("the printer refused a new page")
            dpi = min(printer.resolution(), MAX_DPI)
            w, h = size_pt.width() / 72 * dpi, size_pt.height() / 72 * dpi
            if w * h > MAX_PIXELS:
                scale = (MAX_PIXELS / (w * h)) ** 0.5
                w, h = w * scale, h * scale
            image = doc.render(i, QSize(round(w), round(h)))
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(target, image)
        if count:
            painter.end()
        doc.close()
        return count
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class PrintPreviewDialog(QDialog):
    """``render`` returns the PDF bytes (or a RenderedDocument) and runs on a worker thread."""

    def __init__(
        self,
        ctx: ViewContext,
        render: Callable[[], bytes | RenderedDocument],
        title: str,
        key: str,
        record_id: int | None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("print_preview_dialog")
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.ctx, self._render, self.title, self.key, self.record_id = ctx, render, title, key, record_id
        self.pdf: bytes | None = None
        self.copies = 1
        self._blank: bool | None = None
        self._filename = f"{title}.pdf"
        # QPrinter must outlive every dialog and painter that uses it (TRAPS.md): the dialog keeps it
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(title)
        self.printer.setFullPage(True)

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setObjectName("view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

        def button(name: str, text: str, slot) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            setattr(self, name, b)
            return b

        nav = QHBoxLayout()
        nav.addWidget(
            button("previous_button", self.tr("Previous page"), lambda: self.go_to(self.page() - 1))
        )
        self.page_label = QLabel("")
        self.page_label.setObjectName("page_label")
        nav.addWidget(self.page_label)
        nav.addWidget(button("next_button", self.tr("Next page"), lambda: self.go_to(self.page() + 1)))
        nav.addStretch(1)
        nav.addWidget(button("zoom_out_button", self.tr("Zoom out"), lambda: self.zoom(1 / 1.25)))
        nav.addWidget(button("zoom_in_button", self.tr("Zoom in"), lambda: self.zoom(1.25)))
        nav.addWidget(button("fit_button", self.tr("Whole page"), self.fit))

        actions = QHBoxLayout()
        self.status = QLabel(self.tr("Rendering…"))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)  # a refusal names the character and the text holding it
        actions.addWidget(self.status, 1)
        actions.addWidget(button("print_button", self.tr("Print…"), self.print_document))
        actions.addWidget(button("save_button", self.tr("Save as PDF…"), self.save_document))
        actions.addWidget(button("open_button", self.tr("Open in viewer"), self.open_document))
        actions.addWidget(button("close_button", self.tr("Close"), self.reject))

        lay = QVBoxLayout(self)
        lay.addLayout(nav)
        lay.addWidget(self.view, 1)
        lay.addLayout(actions)
        # bound methods, not lambdas: Qt drops these connections when the dialog goes, before its children
        self.view.pageNavigator().currentPageChanged.connect(self._update_nav)
        self.document.statusChanged.connect(self._update_nav)
        self._set_busy(True)
        self.refresh()

    # -- rendering --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._set_busy(True, self.tr("Rendering…"))
        self.ctx.tasks.run_read(self._render, self._on_rendered, self._on_failed)

    def _on_rendered(self, result: bytes | RenderedDocument) -> None:
        if not isValid(self):  # closed before the document was ready
            return
        if isinstance(result, RenderedDocument):
            self.pdf, self.copies, self._blank = result.pdf, result.copies, result.blank
            self._filename = result.filename
            if self.windowTitle() == self.key:
                self.title = result.title
                self.setWindowTitle(result.title)
                self.printer.setDocName(result.title)
        else:
            self.pdf = bytes(result)
        self.printer.setCopyCount(self.copies)
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._set_busy(False, "")
        self._update_nav()

    def _on_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False, error_text(exc))
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(self.pdf is not None)

    def _set_busy(self, busy: bool, message: str | None = None) -> None:
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(not busy and self.pdf is not None)
        if message is not None:
            self.status.setText(message)

    # -- paging and zoom -------------------------------------------------------------------------------------
    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_nav()

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._fitted_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, current * factor)))

    def fit(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _fitted_zoom(self) -> float:
        """The zoom factor "whole page" shows now (QPdfView does not report it)."""
        if not self.page_count():
            return 1.0
        size = self.document.pagePointSize(self.page())
        dpi = self.logicalDpiX() / 72.0
        vp = self.view.viewport().size()
        return max(0.1, min(vp.width() / (size.width() * dpi), vp.height() / (size.height() * dpi)))

    def _update_nav(self, *_args) -> None:
        n = self.page_count()
        p = self.page() + 1 if n else 0
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=p, count=n))
        self.previous_button.setEnabled(n > 0 and p > 1)
        self.next_button.setEnabled(n > 0 and p < n)

    # -- output ------------------------------------------------------------------------------------------------
    def print_document(self) -> None:
        if self.pdf is None:
            return
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pdf, printer = self.pdf, self.printer
        self._set_busy(True, self.tr("Printing…"))
        self.ctx.tasks.run_read(
            lambda: print_pdf(pdf, printer),
            lambda _n: self._done("print", self.tr("Printed.")),
            self._on_failed,
        )

    def save_document(self) -> None:
        if self.pdf is None:
            return
        start = str(Path.home() / self._filename)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        pdf = self.pdf
        self._set_busy(True)
        self.ctx.tasks.run_read(
            lambda: target.write_bytes(pdf),
            lambda _n: self._done("save", self.tr("Saved to {path}").format(path=target)),
            self._on_failed,
        )

    def open_document(self) -> None:
        if self.pdf is None:
            return
        pdf, name = self.pdf, self._filename

        def write() -> Path:
            return write_copy(None, name, pdf)

        def opened(path: Path) -> None:
            open_in_viewer(path)
            self._done("open", self.tr("Opened in the system viewer."))

        self._set_busy(True)
        self.ctx.tasks.run_read(write, opened, self._on_failed)

    def _done(self, how: str, message: str) -> None:
        if isValid(self):
            self._set_busy(False, message)
        actor, key, record_id, blank = self.ctx.actor, self.key, self.record_id, self._blank
        service = self.ctx.services.printing
        self.ctx.tasks.run_write(
            lambda: service.log_output(actor, key, record_id, how, blank=blank), on_error=self._on_failed
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.document.close()
        super().closeEvent(event)


def preview(
    ctx: ViewContext, key: str, record_id: int | None = None, *, title: str = "", parent=None, **options
) -> PrintPreviewDialog:
    """The dialog for a registered document, rendered through the print service (which checks permission).

    The window title becomes the document's title once it is rendered (the registry is not imported here:
    it pulls in ReportLab, which loads on the worker thread).
    """
    service = ctx.services.printing
    actor = ctx.actor

    def render() -> RenderedDocument:
        return service.render_document(actor, key, record_id, **options)

    return PrintPreviewDialog(ctx, render, title or key, key, record_id, parent)
