"""The periodic reports in PDF: 矛盾纠纷排查情况表, 人民调解统计表, 信访三率通报 (one table layout with merged
headers and the 签发人 / 制表人 / 填报日期 footer) and the 月度工作总结 with its charts.

Charts are drawn as vector graphics and read in black and white: bars in greys of distinct lightness with a
black outline (and hatching for the third series), lines in black with their own dash and marker, values
written at the bars, so a photocopy still tells the series apart.
"""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.context import RenderContext
from desktop.printing.fonts import FONT, text_width
from desktop.printing.layout import (
    PAD_X,
    RULE,
    SIZE_BODY,
    SIZE_NOTE,
    SIZE_SMALL,
    Atom,
    Cell,
    Document,
    Drawn,
    Line,
    Row,
    Space,
    baseline_offset,
    draw_text,
    fields_line,
    fmt_date,
    paragraph,
    wrap,
)
from desktop.printing.report_data import Cell as ReportCell
from desktop.printing.report_data import ChartData, ReportTable, SummaryData, placed

BLOCK = 156.0  # mm
CELL = SIZE_SMALL
GREYS = (0.2, 0.55, 0.85, 0.4, 0.7, 0.1)
DASHES = ((), (4, 2), (1, 1.5), (6, 2, 1, 2))


def _mm_widths(widths: tuple[float, ...]) -> list[float]:
    """Relative widths -> mm adding up to the text block exactly."""
    total = sum(widths)
    out = [round(w * BLOCK / total, 2) for w in widths]
    out[-1] = round(BLOCK - sum(out[:-1]), 2)
    return out


class _Header(Atom):
    """Header rows with merged cells (across columns and down rows), drawn as one block and repeated on every
    page the table runs onto."""

    ROW_MM = 9.0

    def __init__(self, rows: tuple[tuple[ReportCell, ...], ...], widths_mm: list[float]):
        self.rows, self.widths = rows, widths_mm
        self.keep_with_next = True
        self.cells = placed(rows)
        self.height = len(rows) * self.ROW_MM * mm

    def draw(self, c, x, top, width):
        c.setLineWidth(RULE)
        edges = [x]
        for w in self.widths:
            edges.append(edges[-1] + w * mm)
        h = self.ROW_MM * mm
        for r, col, cell in self.cells:
            x0, x1 = edges[col], edges[col + cell.cols]
            y1 = top - r * h
            y0 = y1 - cell.rows * h
            text = cell.text
            c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
            lines = wrap(text, x1 - x0 - 2 * PAD_X, CELL)
            lead = CELL * 1.35
            ytop = y1 - (y1 - y0 - len(lines) * lead) / 2
            for i, line in enumerate(lines):
                w = text_width(line, FONT, CELL)
                draw_text(
                    c,
                    x0 + (x1 - x0 - w) / 2,
                    ytop - i * lead - baseline_offset(CELL, lead),
                    line,
                    CELL,
                    bold=True,
                )


def _body_row(cells: tuple[ReportCell, ...], widths_mm: list[float]) -> Row:
    out, col = [], 0
    for k, cell in enumerate(cells):
        w = round(sum(widths_mm[col : col + cell.cols]), 2)
        col += cell.cols
        if k == 0 or cell.cols == len(widths_mm):
            out.append(Cell(cell.text, w, label=cell.bold, align="left", size=CELL))
        else:
            out.append(Cell(cell.text, w, align="center", size=CELL))
    total = round(sum(c.width for c in out), 2)
    out[-1].width = round(out[-1].width + BLOCK - total, 2)
    return Row(out, 8)


def _footer(signer: str, preparer: str, made_on) -> Drawn:
    return fields_line(
        [
            ("签发人：", signer or None, 28),
            ("制表人：", preparer or None, 28),
            ("填报日期：", fmt_date(made_on), 44),
        ],
        size=SIZE_SMALL,
        height_mm=11,
    )


def _table_atoms(doc: Document, t: ReportTable) -> None:
    widths = _mm_widths(t.widths)
    header = _Header(t.header, widths)
    doc.table([_body_row(row, widths) for row in t.rows], header=[header])


def report_table(ctx: RenderContext, t: ReportTable | None) -> bytes:
    """A report table; blank (``t`` None): the layout of 信访三率通报 to fill by hand is not meaningful, so a
    blank report is its title, the unit and an empty ruled table of ten rows."""
    title = t.title if t else "统计报表"
    doc = Document(title, subject=ctx.centre)
    doc.heading(title)
    if t is None:
        widths = _mm_widths((40, 29, 29, 29, 29))
        doc.add(Line(f"填报单位：{ctx.centre}", SIZE_SMALL))
        doc.table([_body_row(tuple(ReportCell("") for _ in widths), widths) for _ in range(10)])
        doc.add(_footer("", "", None))
        return doc.render()
    doc.add(Line(t.unit, SIZE_SMALL, keep_with_next=True))
    doc.add(Line(t.period, SIZE_SMALL, keep_with_next=True))
    doc.add(Space(1))
    _table_atoms(doc, t)
    doc.add(Space(1))
    for note in t.notes:
        doc.add(paragraph(note, size=SIZE_NOTE, indent_chars=0))
    doc.add(_footer(t.signer, t.preparer, t.made_on))
    return doc.render()


# -- the monthly summary ------------------------------------------------------------------------------------------


def _heading(text: str) -> Line:
    return Line(text, SIZE_BODY, SIZE_BODY * 1.9, bold=True, keep_with_next=True)


NUMERALS = "一二三四五六七八九十"


def monthly_summary(ctx: RenderContext, d: SummaryData | None) -> bytes:
    title = d.title if d else f"{ctx.centre}月度工作总结"
    doc = Document(title, subject=ctx.centre)
    doc.heading(title)
    if d is None:
        for i, h in enumerate(("基本情况", "主要工作", "存在问题", "下月计划")):
            doc.add(_heading(f"{NUMERALS[i]}、{h}"), Space(40))
        return doc.render()
    doc.add(Line(d.period, SIZE_SMALL))
    doc.add(_heading(f"{NUMERALS[0]}、基本情况"))
    _table_atoms(doc, d.basics)
    n = 1
    for heading, text in d.sections:
        doc.add(_heading(f"{NUMERALS[n]}、{heading}"))
        doc.add(paragraph(text or "无。", size=SIZE_BODY - 2))
        n += 1
    if d.charts:
        doc.add(_heading(f"{NUMERALS[n]}、图表"))
        for chart in d.charts:
            doc.add(
                Drawn(88, lambda c, x, top, width, ch=chart: draw_chart(c, x, top, width, 84 * mm, ch)),
                Space(3),
            )
    doc.add(Space(4))
    doc.add(
        fields_line(
            [("制表人：", d.preparer or None, 30), ("日期：", fmt_date(d.made_on), 44)], size=SIZE_SMALL
        )
    )
    return doc.render()


def _nice_max(v: float) -> float:
    """The top of an axis of four steps, each step 1, 2 or 5 times a power of ten (counts read as whole numbers)."""
    if v <= 0:
        return 4.0
    step = v / 4
    power = 10 ** math.floor(math.log10(step))
    for m in (1, 2, 5, 10):
        if step <= m * power:
            return max(4 * m * power, 4.0)
    return 40 * power


def draw_chart(c: Canvas, x: float, top: float, width: float, height: float, ch: ChartData) -> None:
    """One chart: title, y axis with grid lines, the series, category labels, a legend."""
    size = SIZE_NOTE
    title_w = text_width(ch.title, FONT, SIZE_SMALL)
    draw_text(c, x + (width - title_w) / 2, top - SIZE_SMALL, ch.title, SIZE_SMALL, bold=True)
    left, right = x + 14 * mm, x + width - 2 * mm
    bottom, ceiling = top - height + 16 * mm, top - 10 * mm
    values = [v for _n, vs in ch.series for v in vs if v is not None]
    if ch.kind == "stacked":
        values = [sum(vs[i] or 0 for _n, vs in ch.series) for i in range(len(ch.categories))]
    vmax = 1.0 if ch.percent else _nice_max(max(values, default=0))
    c.saveState()
    c.setLineWidth(0.3)
    c.setStrokeGray(0.6)
    for k in range(5):
        y = bottom + (ceiling - bottom) * k / 4
        c.line(left, y, right, y)
        label = f"{vmax * k / 4 * 100:.0f}%" if ch.percent else f"{vmax * k / 4:g}"
        draw_text(c, left - text_width(label, FONT, size) - 1 * mm, y - size * 0.3, label, size)
    c.setStrokeGray(0)
    c.setLineWidth(0.6)
    c.line(left, bottom, right, bottom)
    n = max(len(ch.categories), 1)
    slot = (right - left) / n

    def y_of(v: float) -> float:
        return bottom + (ceiling - bottom) * min(v / vmax, 1.0)

    if not ch.categories or not values:
        msg = "本期无数据"
        draw_text(c, (left + right - text_width(msg, FONT, size)) / 2, (bottom + ceiling) / 2, msg, size)
    elif ch.kind == "line":
        for s, (_name, vs) in enumerate(ch.series):
            _dash(c, s)
            pts = [(left + slot * (i + 0.5), y_of(v)) for i, v in enumerate(vs) if v is not None]
            for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
                c.line(x0, y0, x1, y1)
            c.setDash()
            for px, py in pts:
                _marker(c, s, px, py)
    else:
        stacked = ch.kind == "stacked"
        k = 1 if stacked else max(len(ch.series), 1)
        bar = slot * 0.7 / k
        base = [0.0] * n
        for s, (_name, vs) in enumerate(ch.series):
            for i, v in enumerate(vs):
                if v is None:
                    continue
                bx = left + slot * i + slot * 0.15 + (0 if stacked else s * bar)
                y0 = y_of(base[i]) if stacked else bottom
                y1 = y_of(base[i] + v) if stacked else y_of(v)
                _bar(c, s, bx, y0, bar, y1 - y0)
                if not stacked and v:
                    label = f"{v * 100:.0f}%" if ch.percent else f"{v:g}"
                    lw = text_width(label, FONT, size * 0.85)
                    draw_text(c, bx + (bar - lw) / 2, y1 + 0.8 * mm, label, size * 0.85)
                if stacked:
                    base[i] += v
        if stacked:
            for i in range(n):
                if base[i]:
                    label = f"{base[i]:g}"
                    lw = text_width(label, FONT, size * 0.85)
                    draw_text(
                        c, left + slot * (i + 0.5) - lw / 2, y_of(base[i]) + 0.8 * mm, label, size * 0.85
                    )
    # category labels (shortened to the slot)
    for i, cat in enumerate(ch.categories):
        label = cat
        while len(label) > 1 and text_width(label, FONT, size) > slot - 1:
            label = label[:-1]
        draw_text(
            c,
            left + slot * (i + 0.5) - text_width(label, FONT, size) / 2,
            bottom - size - 1.2 * mm,
            label,
            size,
        )
    # legend
    lx, ly = left, top - height + 3 * mm
    for s, (name, _vs) in enumerate(ch.series):
        if ch.kind == "line":
            _dash(c, s)
            c.line(lx, ly + size * 0.35, lx + 7 * mm, ly + size * 0.35)
            c.setDash()
            _marker(c, s, lx + 3.5 * mm, ly + size * 0.35)
        else:
            _bar(c, s, lx, ly, 5 * mm, size * 0.8)
        draw_text(c, lx + 8 * mm, ly, name, size)
        lx += 8 * mm + text_width(name, FONT, size) + 5 * mm
        if lx > right - 30 * mm:
            lx, ly = left, ly - size * 1.4
    c.restoreState()


def _dash(c: Canvas, s: int) -> None:
    pattern = DASHES[s % len(DASHES)]
    c.setDash(list(pattern), 0) if pattern else c.setDash()


def _bar(c: Canvas, s: int, x: float, y: float, w: float, h: float) -> None:
    c.saveState()
    c.setFillGray(GREYS[s % len(GREYS)])
    c.setStrokeGray(0)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=1)
    if s % 3 == 2 and h > 2:  # hatching: a third grey alone would vanish on a photocopy
        c.saveState()
        p = c.beginPath()
        p.rect(x, y, w, h)
        c.clipPath(p, stroke=0, fill=0)
        c.setLineWidth(0.3)
        step = 1.6 * mm
        k = -h
        while k < w:
            c.line(x + k, y, x + k + h, y + h)
            k += step
        c.restoreState()
    c.restoreState()


def _marker(c: Canvas, s: int, x: float, y: float) -> None:
    c.saveState()
    _marker_shape(c, s, x, y)
    c.restoreState()


def _marker_shape(c: Canvas, s: int, x: float, y: float) -> None:
    r = 1.1 * mm
    c.setStrokeGray(0)
    if s % 4 == 0:
        c.setFillGray(0)
        c.circle(x, y, r * 0.8, stroke=1, fill=1)
    elif s % 4 == 1:
        c.setFillGray(1)
        c.rect(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4, stroke=1, fill=1)
    elif s % 4 == 2:
        c.setFillGray(1)
        c.circle(x, y, r * 0.8, stroke=1, fill=1)
    else:
        c.setFillGray(0)
        p = c.beginPath()
        p.moveTo(x, y + r)
        p.lineTo(x - r, y - r * 0.7)
        p.lineTo(x + r, y - r * 0.7)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
