"""The pages of a case dossier (卷宗) that are not a form of the room, and the joining of all its documents into one
PDF with the document pages numbered (编页号). Pure: PDF bytes and file contents in, PDF bytes out (pypdf joins,
ReportLab draws)."""

from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)


def join(front: list[bytes], documents: list[bytes], title: str) -> tuple[bytes, int, int]:
    """One PDF of the front matter and the documents, the document pages numbered from 1 in the upper right
    corner (the front matter is not numbered). Returns (pdf, front pages, all pages)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in front:
        writer.append(PdfReader(io.BytesIO(pdf)))
    front_pages = len(writer.pages)
    for pdf in documents:
        writer.append(PdfReader(io.BytesIO(pdf)))
    _number_pages(writer, front_pages)
    writer.add_metadata({"/Title": title, "/Creator": "综治工作台 Zongzhi Desk"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), front_pages, len(writer.pages)


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _number_pages(writer, front_pages: int) -> None:
    """页号 in the upper right corner of every document page (the front matter is not numbered)."""
    from pypdf import PdfReader
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from desktop.printing.fonts import FONT, ensure_fonts, text_width

    pages = writer.pages[front_pages:]
    if not pages:
        return
    ensure_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    for n, p in enumerate(pages, 1):
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        c.setPageSize((w, h))
        c.setFont(FONT, 12)
        label = str(n)
        c.drawString(w - 18 * mm - text_width(label, FONT, 12), h - 14 * mm, label)
        c.showPage()
    c.save()
    stamps = PdfReader(io.BytesIO(buf.getvalue())).pages
    for p, stamp in zip(pages, stamps, strict=True):
        p.merge_page(stamp)


def missing_list(committee: str, case_no: str, missing: tuple[str, ...]) -> bytes:
    from desktop.printing.layout import SIZE_4, L, Row, Space, V, paragraph
    from desktop.printing.layout import Document as LayoutDocument

    doc = LayoutDocument("卷宗缺件清单", subject=committee)
    doc.heading("卷宗缺件清单", unit=committee, number=case_no)
    doc.add(paragraph("本卷下列必备材料尚未归档，请补齐后重新组卷：", size=SIZE_4), Space(3))
    doc.table(
        [
            Row([V(str(i), 16, align="center"), V(t, 100), V("必备，未归入", 40)], 11)
            for i, t in enumerate(missing, 1)
        ],
        header=[Row([L("序号", 16), L("文书名称", 100), L("说明", 40)])],
    )
    return doc.render()


def blank_page() -> bytes:
    """封底: the back cover, left blank."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.printing.layout import A4

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(A4.width, A4.height), invariant=1)
    c.setTitle("封底")
    c.showPage()
    c.save()
    return buf.getvalue()


def attachment_pdf(filename: str, mime_type: str, data: bytes) -> bytes:
    """A scan or photo as PDF pages: a PDF as it is, a picture fitted on A4 under its file name, anything
    else as a note that the file is kept electronically."""
    if mime_type == "application/pdf" or filename.lower().endswith(".pdf"):
        try:
            from pypdf import PdfReader

            if len(PdfReader(io.BytesIO(data)).pages):
                return data
        except Exception as exc:  # noqa: BLE001 - a broken scan must not stop the dossier
            log.warning("attachment %s is not a readable PDF: %s", filename, exc)
    else:
        picture = _picture_page(filename, data)
        if picture is not None:
            return picture
    return _note_page(filename, mime_type, "为电子文件，不能排入纸质卷宗，已随案另行保存。")


def _picture_page(filename: str, data: bytes) -> bytes | None:
    from PIL import Image, ImageOps, UnidentifiedImageError
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader

    from desktop.printing.layout import SIZE_CELL, Document, Drawn, Line

    try:
        with Image.open(io.BytesIO(data)) as im:
            im = ImageOps.exif_transpose(im).convert("RGB")
            im.load()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
    box_w, box_h = 156.0, 205.0
    scale = min(box_w / im.width, box_h / im.height)
    w, h = im.width * scale, im.height * scale

    def draw(c, x, top, width):
        c.drawImage(ImageReader(im), x + (width - w * mm) / 2, top - h * mm, w * mm, h * mm)

    doc = Document(filename, footer=False)
    doc.add(Line(f"附件：{filename}", SIZE_CELL, SIZE_CELL * 1.8, keep_with_next=True), Drawn(h, draw))
    return doc.render()


def _note_page(filename: str, mime_type: str, text: str) -> bytes:
    from desktop.printing.layout import SIZE_4, Document, paragraph

    doc = Document(filename, footer=False)
    doc.add(paragraph(f"附件《{filename}》（{mime_type}）{text}", size=SIZE_4))
    return doc.render()
