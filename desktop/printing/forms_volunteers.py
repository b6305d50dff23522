"""平安志愿者 documents: 志愿服务证明, 志愿者花名册, and the volunteer card (志愿者证) — one credit-card-size page, or
10 to an A4 sheet with cut marks. The card's QR code holds the volunteer number: what the desk's keyboard-wedge
scanner types."""

from __future__ import annotations

import io

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.context import RenderContext
from desktop.printing.fonts import FONT, ensure_fonts, text_width
from desktop.printing.form_data import (
    VolunteerCardData,
    VolunteerCardSheetData,
    VolunteerCertificateData,
    VolunteerRosterData,
)
from desktop.printing.layout import (
    SIZE_NOTE,
    Document,
    L,
    Row,
    Space,
    V,
    blank,
    draw_text,
    fields_line,
    fmt_date,
    new_canvas,
    paragraph,
    seal_block,
)
from desktop.printing.photos import PHOTO_H, PHOTO_W, draw_placeholder, photo_from_bytes


def volunteer_certificate(ctx: RenderContext, v: VolunteerCertificateData | None) -> bytes:
    doc = Document("志愿服务证明", subject=ctx.centre)
    issuer = (v.issuer if v and v.issuer else "") or ctx.centre
    doc.heading("志愿服务证明", unit=issuer, number=v.cert_no if v else "")
    doc.add(Space(3))
    if v:
        ident = "，".join(
            x
            for x in (
                f"{v.id_type}：{v.id_number}" if v.id_number else "",
                f"志愿者编号：{v.volunteer_no}" if v.volunteer_no else "",
            )
            if x
        )
        ident = f"（{ident}）" if ident else ""
        period = (
            f"自{fmt_date(v.period_from)}至{fmt_date(v.period_to)}，" if v.period_from and v.period_to else ""
        )
        text = (
            f"兹证明{v.name}{ident}{period}在{issuer}参加志愿服务，经核实志愿服务记录，累计志愿服务时长"
            f"{blank(v.total_hours, 6)}小时（不含往返交通时间）。主要服务情况如下："
        )
    else:
        text = (
            "兹证明__________（证件类型及号码：______________________，志愿者编号：____________）"
            "自____年__月__日至____年__月__日，在本单位参加志愿服务，经核实志愿服务记录，累计志愿服务时长"
            "________小时（不含往返交通时间）。主要服务情况如下："
        )
    doc.add(paragraph(text))
    header = [Row([L("序号", 12), L("日期", 36), L("服务内容", 62), L("地点", 28), L("小时数", 18)])]
    items = list(v.services) if v else []
    rows = [
        Row(
            [
                V(str(i), 12, align="center"),
                V(fmt_date(s.day, ""), 36),
                V(s.content, 62),
                V(s.place, 28),
                V(s.hours, 18, align="center"),
            ]
        )
        for i, s in enumerate(items, 1)
    ]
    rows += [Row([V("", w) for w in (12, 36, 62, 28, 18)]) for _ in range(max(0, 5 - len(rows)))]
    doc.table(rows, header=header)
    closing = f"本证明用于{v.purpose}。特此证明。" if v and v.purpose else "特此证明。"
    doc.add(Space(2), paragraph(closing))
    doc.add(Space(2))
    doc.add(
        fields_line(
            [("负责人：", v.person_in_charge if v else None, 36), ("经办人：", v.handler if v else None, 36)],
            keep_with_next=True,
        )
    )
    doc.add(fields_line([("联系电话：", v.handler_phone if v else None, 50)], keep_with_next=True))
    doc.add(seal_block(issuer, v.issued_on if v else None, height_mm=28))
    doc.add(
        paragraph(
            "本证明依据《志愿服务条例》第十九条、第二十条，根据志愿服务记录无偿、如实出具。",
            size=SIZE_NOTE,
            indent_chars=0,
        )
    )
    return doc.render()


_ROSTER_COLUMNS = (  # mm at 小五 (9 pt): a mobile number, a date and a volunteer number each on one line
    ("序号", 10),
    ("姓名", 20),
    ("性别", 10),
    ("志愿者编号", 20),
    ("联系电话", 23),
    ("所属队伍", 25),
    ("加入日期", 20),
    ("时长", 14),
    ("星级", 14),
)


def volunteer_roster(ctx: RenderContext, r: VolunteerRosterData | None) -> bytes:
    """志愿者花名册: a ruled list over as many pages as it takes; the header row repeats on every page."""
    doc = Document("志愿者花名册", subject=ctx.centre)
    doc.heading("平安志愿者花名册", unit=ctx.centre, number=None)
    if r and r.as_of:
        doc.add(paragraph(f"截至{fmt_date(r.as_of)}", size=10.5, indent_chars=0, align="right"))
    z = SIZE_NOTE
    widths = [w for _t, w in _ROSTER_COLUMNS]
    header = [Row([L(t, w, size=z) for t, w in _ROSTER_COLUMNS], 8)]
    items = list(r.rows) if r else []
    rows = [
        Row(
            [
                V(value, w, size=z, align="center" if k in (0, 2, 7) else None)
                for k, (value, w) in enumerate(
                    zip(
                        (
                            str(i),
                            x.name,
                            x.sex,
                            x.volunteer_no,
                            x.phone,
                            x.team,
                            x.joined_on.isoformat() if x.joined_on else "",
                            x.hours,
                            x.star.replace("级志愿者", ""),  # 三星
                        ),
                        widths,
                        strict=True,
                    )
                )
            ],
            8,
        )
        for i, x in enumerate(items, 1)
    ]
    if not items:  # a blank roster: one page of empty ruled rows
        rows = [Row([V("", w) for w in widths], 9) for _ in range(20)]
    doc.table(rows, header=header)
    return doc.render()


# -- the card ----------------------------------------------------------------------------------------------------

CARD_W, CARD_H = 85.6 * mm, 53.98 * mm  # ISO/IEC 7810 ID-1, the size of a bank card
_RED = HexColor("#C8161D")
_GREY = HexColor("#555555")
SHEET_COLUMNS, SHEET_ROWS = 2, 5  # 10 cards to an A4 sheet
_MARK, _MARK_GAP = 5 * mm, 1.5 * mm  # cut marks: 5 mm long, 1.5 mm off the card's edge


def _qr(c: Canvas, value: str, x: float, y: float, side: float, border: int = 2) -> None:
    """The QR code of ``value`` (level M) as filled squares, ``border`` modules of quiet zone inside ``side``.
    Drawn on the canvas itself: a ReportLab Drawing would name a standard font it never embeds."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    n = qr.getModuleCount()
    cell = side / (n + 2 * border)
    c.saveState()
    c.setFillColor(HexColor("#000000"))
    for r in range(n):
        for k in range(n):
            if qr.isDark(r, k):
                c.rect(
                    x + (k + border) * cell, y + side - (r + border + 1) * cell, cell, cell, stroke=0, fill=1
                )
    c.restoreState()


def _fit(text: str, width: float, size: float, floor: float = 6.0) -> float:
    while size > floor and text_width(text, FONT, size) > width:
        size -= 0.5
    return size


def _draw_card(c: Canvas, card: VolunteerCardData, x: float, y: float, issuer: str) -> None:
    """One card with its lower left corner at (x, y)."""
    band = 11 * mm
    c.saveState()
    c.setFillColor(_RED)
    c.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
    c.setFillColor(white)
    c.setStrokeColor(white)  # the bold face is stroked outlines: white on the red band
    title = "平安志愿者"
    draw_text(
        c, x + (CARD_W - text_width(title, FONT, 15)) / 2, y + CARD_H - band + 3.6 * mm, title, 15, bold=True
    )
    c.restoreState()
    pad = 4 * mm
    photo_w = 20 * mm
    photo_h = photo_w * PHOTO_H / PHOTO_W
    px, py = x + pad, y + CARD_H - band - 3 * mm - photo_h
    jpeg = photo_from_bytes(card.photo)
    if jpeg is not None:
        c.drawImage(ImageReader(io.BytesIO(jpeg)), px, py, photo_w, photo_h)
    else:
        draw_placeholder(c, px, py, photo_w, photo_h)
    qr_side = 19 * mm
    qx, qy = x + CARD_W - pad - qr_side, y + 7 * mm
    _qr(c, card.volunteer_no, qx, qy, qr_side)
    tx = px + photo_w + 3.5 * mm
    room = qx - tx - 1.5 * mm
    lines = (("姓名", card.name, 11), ("队伍", card.team, 8.5), ("编号", card.volunteer_no, 8.5))
    ty = y + CARD_H - band - 8.5 * mm
    for label, value, size in lines:
        draw_text(c, tx, ty, label, 7)
        draw_text(c, tx, ty - 4.2 * mm, value, _fit(value, room, size))
        ty -= 10 * mm
    c.setFillColor(_GREY)
    foot = _fit(issuer, CARD_W - 2 * pad, 7)
    draw_text(c, x + pad, y + 2.6 * mm, issuer, foot)
    c.setFillColor(HexColor("#000000"))


def _pdf(title: str, size: tuple[float, float], pages) -> bytes:
    ensure_fonts()
    buf = io.BytesIO()
    c = new_canvas(buf, size, title)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def _blank_card(ctx: RenderContext) -> VolunteerCardData:
    return VolunteerCardData("", "", "", None, ctx.centre)


def volunteer_card(ctx: RenderContext, card: VolunteerCardData | None) -> bytes:
    """One card on a page of its own size (a card printer, or to cut by hand)."""
    card = card or _blank_card(ctx)
    return _pdf(
        "志愿者证", (CARD_W, CARD_H), [lambda c: _draw_card(c, card, 0, 0, card.issuer or ctx.centre)]
    )


def _cut_marks(c: Canvas, left: float, bottom: float) -> None:
    """Short lines in the margins on every cutting line of the grid, clear of the cards."""
    c.saveState()
    c.setLineWidth(0.5)
    right, top = left + SHEET_COLUMNS * CARD_W, bottom + SHEET_ROWS * CARD_H
    for i in range(SHEET_COLUMNS + 1):
        gx = left + i * CARD_W
        c.line(gx, top + _MARK_GAP, gx, top + _MARK_GAP + _MARK)
        c.line(gx, bottom - _MARK_GAP, gx, bottom - _MARK_GAP - _MARK)
    for j in range(SHEET_ROWS + 1):
        gy = bottom + j * CARD_H
        c.line(left - _MARK_GAP, gy, left - _MARK_GAP - _MARK, gy)
        c.line(right + _MARK_GAP, gy, right + _MARK_GAP + _MARK, gy)
    c.restoreState()


def volunteer_card_sheet(ctx: RenderContext, sheet: VolunteerCardSheetData | None) -> bytes:
    """Cards 10 to an A4 sheet (2 × 5, edge to edge: one cut between two cards), cut marks in the margins."""
    page_w, page_h = 210 * mm, 297 * mm
    left = (page_w - SHEET_COLUMNS * CARD_W) / 2
    bottom = (page_h - SHEET_ROWS * CARD_H) / 2
    cards = list(sheet.cards) if sheet and sheet.cards else [_blank_card(ctx)] * (SHEET_COLUMNS * SHEET_ROWS)
    per_page = SHEET_COLUMNS * SHEET_ROWS

    def page(batch):
        def draw(c: Canvas) -> None:
            _cut_marks(c, left, bottom)
            for k, card in enumerate(batch):
                col, row = k % SHEET_COLUMNS, k // SHEET_COLUMNS
                x = left + col * CARD_W
                y = bottom + (SHEET_ROWS - 1 - row) * CARD_H
                _draw_card(c, card, x, y, card.issuer or ctx.centre)

        return draw

    return _pdf(
        "志愿者证（A4拼版）",
        (page_w, page_h),
        [page(cards[i : i + per_page]) for i in range(0, len(cards), per_page)],
    )
