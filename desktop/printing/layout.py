"""Page layout for forms in the spirit of GB/T 9704-2012, on a ReportLab canvas (no Qt).

A document is a vertical flow of *atoms* (a line of text, a table row, a signature line, a space).
``Document.render()`` cuts the flow into pages — a table row taller than the room left is split between its
text lines, table header rows are repeated after a break — and then draws every page, so the footer can say
"共 N 页 第 M 页". Geometry: A4, top margin 37 mm, left (binding) 28 mm, text block 156 × 225 mm; titles 2号
(22 pt), body 3号 (16 pt), table cells 小四 (12 pt).
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import BOX, FONT, ensure_fonts, font_runs, text_width

SIZE_TITLE = 22.0  # 二号
SIZE_BODY = 16.0  # 三号
SIZE_4 = 14.0  # 四号
SIZE_CELL = 12.0  # 小四
SIZE_SMALL = 10.5  # 五号
SIZE_NOTE = 9.0  # 小五

RULE = 0.6  # table rule width, pt


@dataclass(frozen=True)
class PageSpec:
    """A page and its text block (points)."""

    width: float
    height: float
    top: float
    left: float
    block_w: float
    block_h: float

    @property
    def block_top(self) -> float:
        return self.height - self.top


A4 = PageSpec(210 * mm, 297 * mm, 37 * mm, 28 * mm, 156 * mm, 225 * mm)
BLOCK_MM = 156.0  # the text block width in mm, what table rows add up to


# -- formatting ------------------------------------------------------------------------------------------

BLANK_DATE = "　　　　年　　月　　日"
BLANK_DATETIME = "　　年　　月　　日　　时　　分"


def fmt_date(d: date | datetime | None, blank: str = BLANK_DATE) -> str:
    if d is None:
        return blank
    return f"{d.year}年{d.month}月{d.day}日"


def fmt_datetime(d: datetime | None, blank: str = BLANK_DATETIME) -> str:
    if d is None:
        return blank
    return f"{d.year}年{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d}"


def choices(options: Sequence[str], chosen: str | Sequence[str] | None = None, sep: str = "　") -> str:
    """ "■当场解答　□转信访": the chosen option(s) marked; each box stays on the line of its label."""
    picked = {chosen} if isinstance(chosen, str) else set(chosen or ())
    return sep.join(("■" if o in picked else "□") + o for o in options)


def blank(text: str | None, n: int = 8) -> str:
    """The value, or a run of underscores to write on by hand."""
    return text if text else "_" * n


# -- text ------------------------------------------------------------------------------------------------

# Closing punctuation never starts a line; opening punctuation never ends one (禁则).
NO_START = set("，。、；：？！）》」』”’】〕…—%,.;:?!)]}·")
NO_END = set("（《「『“‘【〔([{")
# a box with its label, a Latin/number word, a run of blanks, whitespace, or one character
_TOKEN = re.compile(r"[□■][^\s　□■]*|[A-Za-z0-9_@#&+\-./:×*]+|[ \t　]+|.", re.S)


def wrap(text: str, width: float, size: float, font: str = FONT) -> list[str]:
    """Break text into lines no wider than ``width`` points (CJK: between any two characters)."""
    lines: list[str] = []
    for para in (text or "").split("\n"):
        lines.extend(_wrap_para(para.rstrip(), width, size, font) or [""])
    return lines


def _wrap_para(para: str, width: float, size: float, font: str) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    cur_w = 0.0
    tokens = _TOKEN.findall(para)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        w = text_width(tok, font, size)
        if cur_w + w <= width + 0.01:
            if cur or not tok.isspace() or not lines:
                cur.append(tok)
                cur_w += w
            i += 1
            continue
        if tok.isspace():  # a break falls on a space: the space goes
            lines.append("".join(cur).rstrip())
            cur, cur_w = [], 0.0
            i += 1
            continue
        if w > width or not cur:
            # longer than a whole line: break it between characters
            if len(tok) > 1:
                tokens[i : i + 1] = list(tok)
                continue
            cur.append(tok)
            cur_w += w
            i += 1
            continue
        carry: list[str] = []
        if tok[0] in NO_START:  # take characters down until the new line starts with a non-closing one
            while len(cur) > 1:
                carry.insert(0, cur.pop())
                if carry[0][0] not in NO_START and not carry[0].isspace():
                    break
        while len(cur) > 1 and cur[-1][-1] in NO_END:
            carry.insert(0, cur.pop())
        lines.append("".join(cur).rstrip())
        cur = [t for t in carry if not t.isspace()]
        cur_w = sum(text_width(t, font, size) for t in cur)
    if cur:
        lines.append("".join(cur).rstrip())
    return lines


def draw_text(
    c: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    font: str = FONT,
    bold: bool = False,
    char_space: float = 0.0,
) -> None:
    """One line at baseline y; ``bold`` strokes the outlines (the bundled font has no bold face).

    Each character is drawn in the first font that has it (``font``, the bundled font, the name fonts: see
    fonts.py), measured in that same font; a character in no font raises MissingGlyphError.
    Check boxes (□ unticked, ■ ticked) are drawn as vector squares one em wide; the character itself is
    written invisibly on top, so the text read back from the PDF still says which option was ticked.
    """
    runs = font_runs(text, font)
    if bold:
        c.setLineWidth(size * 0.035)
    if len(runs) == 1 and runs[0][0] == font:  # the usual line: one font, no boxes
        _text_run(c, x, y, text, size, font, bold, char_space)
    else:
        for run_font, run in runs:
            if run_font == BOX:
                for ch in run:
                    _box(c, x, y, size, ticked=ch == "■")
                    _text_run(c, x, y, ch, size, font, False, 0.0, invisible=True)
                    x += size + char_space
                continue
            if run_font:
                _text_run(c, x, y, run, size, run_font, bold, char_space)
            x += text_width(run, font, size) + char_space * len(run)
    if bold:
        c.setLineWidth(RULE)


def _text_run(
    c: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    font: str,
    bold: bool,
    char_space: float,
    invisible: bool = False,
) -> None:
    t = c.beginText(x, y)
    t.setFont(font, size)
    if char_space:
        t.setCharSpace(char_space)
    if bold or invisible:
        t.setTextRenderMode(3 if invisible else 2)
    t.textOut(text)
    if bold or invisible:
        t.setTextRenderMode(0)  # the render mode is text state: it outlives the text object in PDF
    if char_space:
        t.setCharSpace(0)
    c.drawText(t)


def _box(c: Canvas, x: float, y: float, size: float, ticked: bool) -> None:
    side = size * 0.72
    bx, by = x + (size - side) / 2, y - size * 0.08
    c.saveState()
    c.setLineWidth(max(0.5, size * 0.05))
    c.rect(bx, by, side, side, stroke=1, fill=0)
    if ticked:
        c.setLineWidth(max(0.8, size * 0.09))
        p = c.beginPath()
        p.moveTo(bx + side * 0.18, by + side * 0.52)
        p.lineTo(bx + side * 0.42, by + side * 0.22)
        p.lineTo(bx + side * 0.86, by + side * 0.86)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def baseline_offset(size: float, leading: float) -> float:
    """Distance from the top of a line box to its baseline (glyphs centred in the leading)."""
    return (leading - size) / 2 + size * 0.86


# -- atoms -----------------------------------------------------------------------------------------------


class Atom:
    """A piece of the vertical flow: a height and a way to draw itself with its top at ``top``."""

    height: float = 0.0
    keep_with_next: bool = False
    discard_at_top: bool = False  # spaces vanish at the top of a page
    repeat: tuple[Atom, ...] = ()  # header rows to draw again after a page break inside a table

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        raise NotImplementedError

    def split(self, room: float) -> tuple[Atom, Atom] | None:
        """A head that fits in ``room`` and the rest, or None when the atom cannot be cut there."""
        return None


class Space(Atom):
    discard_at_top = True

    def __init__(self, height_mm: float):
        self.height = height_mm * mm

    def draw(self, c, x, top, width):
        pass


class PageBreak(Atom):
    def draw(self, c, x, top, width):
        pass


@dataclass(eq=False)
class Line(Atom):
    """One line of text; ``justify`` spreads a full line of a paragraph to both edges."""

    text: str
    size: float = SIZE_BODY
    leading: float = 0.0
    align: str = "left"  # left / center / right
    justify: bool = False
    bold: bool = False
    keep_with_next: bool = False

    def __post_init__(self):
        self.leading = self.leading or self.size * 1.75
        self.height = self.leading

    def draw(self, c, x, top, width):
        y = top - baseline_offset(self.size, self.leading)
        w = text_width(self.text, FONT, self.size)
        space = 0.0
        if self.align == "center":
            x += (width - w) / 2
        elif self.align == "right":
            x += width - w
        elif self.justify and len(self.text) > 1 and w < width:
            space = (width - w) / (len(self.text) - 1)
            if space > self.size * 0.3:  # a short line is not spread across the page
                space = 0.0
        draw_text(c, x, y, self.text, self.size, bold=self.bold, char_space=space)


def paragraph(
    text: str,
    *,
    size: float = SIZE_BODY,
    indent_chars: int = 2,
    width: float = A4.block_w,
    leading: float | None = None,
    align: str = "left",
    bold: bool = False,
) -> list[Line]:
    """Lines of a paragraph: first line indented two characters, full lines justified to both edges."""
    leading = leading or size * 1.75
    out: list[Line] = []
    for para in (text or "").split("\n"):
        lines = wrap("　" * indent_chars + para, width, size) if para else [""]
        for i, line in enumerate(lines):
            spread = align == "left" and i < len(lines) - 1
            out.append(Line(line, size, leading, align, justify=spread, bold=bold))
    return out


@dataclass
class Cell:
    """A table cell. Widths are mm; the widths of a row add up to the text block (156 mm)."""

    text: str = ""
    width: float = 0.0
    label: bool = False
    align: str | None = None  # left / center / right; labels default to center
    valign: str | None = None  # middle / top; labels and single lines default to middle
    size: float = SIZE_CELL

    @property
    def leading(self) -> float:
        return self.size * 1.45


PAD_X = 1.6 * mm
PAD_Y = 1.4 * mm
ROW_MIN = 10 * mm  # room to write one line by hand


def L(text: str, width: float, **kw) -> Cell:  # noqa: N802 - reads like the form: L("姓名", 25)
    return Cell(text, width, label=True, **kw)


def V(text: str | None, width: float, **kw) -> Cell:  # noqa: N802
    return Cell(text or "", width, **kw)


class Row(Atom):
    """A table row of ruled cells; its height grows with the longest cell, and it splits between lines."""

    def __init__(
        self,
        cells: Sequence[Cell],
        min_height_mm: float = 10,
        *,
        keep_with_next: bool = False,
        span_mm: float = BLOCK_MM,
        lines: list[list[str]] | None = None,
    ):
        self.cells = list(cells)
        self.min_height_mm = min_height_mm
        self.keep_with_next = keep_with_next
        self.span_mm = span_mm
        total = sum(cell.width for cell in self.cells)
        if abs(total - span_mm) > 0.01:
            raise ValueError(f"row cells add up to {total} mm, not {span_mm}: {[c.text for c in self.cells]}")
        if lines is None:
            lines = [
                wrap(cell.text, cell.width * mm - 2 * PAD_X, cell.size) if cell.text else []
                for cell in self.cells
            ]
        self.lines = lines
        content = max((len(ls) * cell.leading for ls, cell in zip(lines, self.cells, strict=True)), default=0)
        self.height = max(min_height_mm * mm, content + 2 * PAD_Y)

    def draw(self, c, x, top, width):
        h = self.height
        c.setLineWidth(RULE)
        cx = x
        for cell, lines in zip(self.cells, self.lines, strict=True):
            w = cell.width * mm
            c.rect(cx, top - h, w, h, stroke=1, fill=0)
            _draw_cell_text(c, cell, lines, cx, top, w, h)
            cx += w

    def split(self, room):
        n = min(math.floor((room - 2 * PAD_Y) / cell.leading) for cell in self.cells)
        longest = max(len(ls) for ls in self.lines)
        if n < 2 or longest - n < 2:  # never one lone line at the foot or the head of a page
            return None
        head = self._with_lines([ls[:n] for ls in self.lines])
        head.height = max(head.height, room - 0.01)  # the head fills the page down to its last rule
        tail = self._with_lines(
            [[] if cell.label else ls[n:] for ls, cell in zip(self.lines, self.cells, strict=True)]
        )
        return head, tail

    def _with_lines(self, lines: list[list[str]]) -> Row:
        row = Row(self.cells, 0, keep_with_next=self.keep_with_next, span_mm=self.span_mm, lines=lines)
        row.repeat = self.repeat
        return row


def _draw_cell_text(
    c: Canvas, cell: Cell, lines: list[str], x: float, top: float, w: float, h: float
) -> None:
    if not lines:
        return
    lead = cell.leading
    block = len(lines) * lead
    valign = cell.valign or ("middle" if cell.label or len(lines) == 1 else "top")
    y0 = top - (h - block) / 2 if valign == "middle" else top - PAD_Y
    align = cell.align or ("center" if cell.label else "left")
    for i, line in enumerate(lines):
        y = y0 - i * lead - baseline_offset(cell.size, lead)
        if align == "center":
            lx = x + (w - text_width(line, FONT, cell.size)) / 2
        elif align == "right":
            lx = x + w - PAD_X - text_width(line, FONT, cell.size)
        else:
            lx = x + PAD_X
        draw_text(c, lx, y, line, cell.size)


class Group(Atom):
    """Rows with one label spanning them on the left (申请人 | 姓名 … / 职业 … / 住址 …); never split."""

    def __init__(
        self,
        label: str,
        label_mm: float,
        rows: Sequence[Sequence[Cell]],
        min_heights: Sequence[float] | None = None,
        *,
        keep_with_next: bool = False,
        vertical: bool = True,
    ):
        if vertical:  # one character a line, the way a tall label stands on a Chinese form
            label = "\n".join(label)
        self.label = Cell(label, label_mm, label=True)
        self.keep_with_next = keep_with_next
        heights = list(min_heights or [9] * len(rows))
        self.rows = []
        for cells, hmin in zip(rows, heights, strict=True):
            self.rows.append(Row(cells, hmin, span_mm=BLOCK_MM - label_mm))
        self.label_lines = wrap(label, label_mm * mm - 2 * PAD_X, self.label.size)
        self.height = max(
            sum(r.height for r in self.rows), len(self.label_lines) * self.label.leading + 2 * PAD_Y
        )
        if self.height > sum(r.height for r in self.rows):
            self.rows[-1].height += self.height - sum(r.height for r in self.rows)

    def draw(self, c, x, top, width):
        lw = self.label.width * mm
        c.setLineWidth(RULE)
        c.rect(x, top - self.height, lw, self.height, stroke=1, fill=0)
        _draw_cell_text(c, self.label, self.label_lines, x, top, lw, self.height)
        t = top
        for row in self.rows:
            row.draw(c, x + lw, t, width - lw)
            t -= row.height


@dataclass(eq=False)
class Drawn(Atom):
    """Anything else: a height and a function drawing it (x, top, width)."""

    height_mm: float
    fn: Callable[[Canvas, float, float, float], None]
    keep_with_next: bool = False

    def __post_init__(self):
        self.height = self.height_mm * mm

    def draw(self, c, x, top, width):
        self.fn(c, x, top, width)


def fields_line(
    parts: Sequence[tuple[str, str | None, float]],
    *,
    size: float = SIZE_4,
    height_mm: float = 12,
    align: str = "left",
    keep_with_next: bool = False,
) -> Drawn:
    """A line of "label：value" pairs whose value stands on a rule to sign or write on.

    ``parts`` are (label, value, rule width in mm); a value of None leaves the rule empty for a pen.
    """

    def fn(c: Canvas, x: float, top: float, width: float) -> None:
        y = top - height_mm * mm + 3.2 * mm
        labels = sum(text_width(lbl, FONT, size) for lbl, _, _ in parts) + (len(parts) - 1) * 6 * mm
        rules = sum(w * mm for _, _, w in parts)
        shrink = min(1.0, max(0.0, width - labels) / rules) if rules else 1.0  # never past the text block
        total = labels + rules * shrink
        px = x + (width - total if align == "right" else 0)
        c.setLineWidth(0.5)
        for i, (lbl, value, w) in enumerate(parts):
            if i:
                px += 6 * mm
            draw_text(c, px, y, lbl, size)
            px += text_width(lbl, FONT, size)
            if w:
                rule = w * mm * shrink
                c.line(px, y - 1.2 * mm, px + rule, y - 1.2 * mm)
                if value:
                    draw_text(c, px + 0.5 * mm, y, value, _fit_size(value, rule - 1 * mm, size))
                px += rule
        c.setLineWidth(RULE)

    return Drawn(height_mm, fn, keep_with_next)


def sign_lines(
    label: str, count: int, *, rule_mm: float = 36, size: float = SIZE_CELL, height_mm: float = 10
) -> list[Drawn]:
    """ "当事人（签名盖章或按指印）：____  ____": one rule per signer, as many a line as fit under the label."""
    per_line = max(1, int((BLOCK_MM * mm - text_width(label, FONT, size)) // ((rule_mm + 5) * mm)))
    out: list[Drawn] = []
    for start in range(0, max(count, 1), per_line):
        n = min(per_line, count - start) if count else 1

        def fn(c: Canvas, x: float, top: float, width: float, first: bool = not start, n: int = n) -> None:
            y = top - height_mm * mm + 3.2 * mm
            lw = text_width(label, FONT, size)
            if first:
                draw_text(c, x, y, label, size)
            c.setLineWidth(0.5)
            for k in range(n):
                px = x + lw + k * (rule_mm + 5) * mm
                c.line(px, y - 1.2 * mm, px + rule_mm * mm, y - 1.2 * mm)
            c.setLineWidth(RULE)

        out.append(Drawn(height_mm, fn, keep_with_next=True))
    return out


def _fit_size(text: str, width: float, size: float, floor: float = 7.0) -> float:
    w = text_width(text, FONT, size)
    return size if w <= width else max(floor, size * width / w)


def seal_block(
    unit: str, day: date | None, *, size: float = SIZE_4, height_mm: float = 34, note: str = "（盖章）"
) -> Drawn:
    """The issuing unit, room for its seal, and the date, at the right of the page."""

    def fn(c: Canvas, x: float, top: float, width: float) -> None:
        right = x + width - 6 * mm
        lines = [f"{unit}{note}", fmt_date(day)]
        for i, text in enumerate(lines):
            y = top - height_mm * mm + (len(lines) - i) * size * 1.7 - size * 0.6
            w = text_width(text, FONT, size)
            draw_text(c, right - w, y, text, size)

    return Drawn(height_mm, fn)


# -- the document ----------------------------------------------------------------------------------------


@dataclass
class Document:
    """A flow of atoms on pages of one size, with "共 N 页 第 M 页" footers; ``render()`` gives PDF bytes."""

    title: str
    page: PageSpec = A4
    footer: bool = True
    subject: str = ""
    author: str = ""
    atoms: list[Atom] = field(default_factory=list)

    def add(self, *atoms: Atom | Sequence[Atom]) -> Document:
        for a in atoms:
            if isinstance(a, Atom):
                self.atoms.append(a)
            else:
                self.atoms.extend(a)
        return self

    # builders for what every form has --------------------------------------------------------------
    def heading(self, title: str, *, number: str | None = None, unit: str | None = None) -> Document:
        """The title (二号, centred, bold) and a line with the issuing unit (left) and document number (right)."""
        for line in wrap(title, self.page.block_w, SIZE_TITLE):
            self.add(Line(line, SIZE_TITLE, SIZE_TITLE * 1.6, "center", bold=True, keep_with_next=True))
        if number is not None or unit is not None:
            self.add(_unit_number_line(unit or "", number))
        self.add(Space(3))
        return self

    def table(self, rows: Sequence[Row | Group], header: Sequence[Row] = ()) -> Document:
        """Rows in order; ``header`` rows open the table and are repeated on every page it runs onto."""
        header = tuple(header)
        for h in header:
            h.keep_with_next = True
        for r in rows:
            r.repeat = header
        self.add(*header, *rows)
        return self

    # pagination and drawing --------------------------------------------------------------------------
    def paginate(self) -> list[list[tuple[Atom, float]]]:
        """Pages of (atom, offset from the top of the text block)."""
        full = self.page.block_h
        pages: list[list[tuple[Atom, float]]] = [[]]
        used = 0.0
        fresh = True  # nothing but repeated table headers on this page yet
        queue = list(self.atoms)
        i = 0

        def new_page(next_atom: Atom | None) -> float:
            pages.append([])
            top = 0.0
            if next_atom is not None and next_atom not in next_atom.repeat:
                for h in next_atom.repeat:
                    pages[-1].append((h, top))
                    top += h.height
            return top

        while i < len(queue):
            a = queue[i]
            if isinstance(a, PageBreak) or (a.discard_at_top and fresh):
                if not isinstance(a, PageBreak):
                    i += 1
                    continue
                used, fresh = new_page(queue[i + 1] if i + 1 < len(queue) else None), True
                i += 1
                continue
            # the atom and those it keeps with (capped at half a page, so a chain cannot push forever)
            need, j = a.height, i
            while (
                (queue[j].keep_with_next or queue[j].discard_at_top)
                and j + 1 < len(queue)
                and need < full * 0.5
            ):
                j += 1
                need += queue[j].height
            fits = used + a.height <= full + 0.01
            if fits and (used + need <= full + 0.01 or fresh):
                pages[-1].append((a, used))
                used, fresh = used + a.height, False
                i += 1
                continue
            room = full - used
            parts = a.split(room) if not fits and room >= 18 * mm else None
            if parts is not None:
                head, tail = parts
                pages[-1].append((head, used))
                queue[i] = tail
                used, fresh = new_page(tail), True
                continue
            if not fresh:
                used, fresh = new_page(a), True
                continue
            # taller than an empty page and not splittable: it is cut at the page edge
            pages[-1].append((a, used))
            used, fresh = used + a.height, False
            i += 1
        while len(pages) > 1 and not pages[-1]:
            pages.pop()
        return pages

    def render(self) -> bytes:
        ensure_fonts()
        pages = self.paginate()
        buf = io.BytesIO()
        c = new_canvas(buf, (self.page.width, self.page.height), self.title, self.subject, self.author)
        n = len(pages)
        x = self.page.left
        for number, page in enumerate(pages, 1):
            for atom, offset in page:
                atom.draw(c, x, self.page.block_top - offset, self.page.block_w)
            if self.footer:
                footer = f"共 {n} 页　第 {number} 页"
                w = text_width(footer, FONT, SIZE_SMALL)
                draw_text(
                    c,
                    x + (self.page.block_w - w) / 2,
                    self.page.height - self.page.top - self.page.block_h - 14 * mm,
                    footer,
                    SIZE_SMALL,
                )
            c.showPage()
        c.save()
        return buf.getvalue()


def _unit_number_line(unit: str, number: str | None) -> Drawn:
    def fn(c: Canvas, x: float, top: float, width: float) -> None:
        y = top - 6.5 * mm
        if unit:
            draw_text(c, x, y, unit, SIZE_CELL)
        if number is not None:
            text = f"编号：{number}" if number else "编号：" + "_" * 16
            draw_text(c, x + width - text_width(text, FONT, SIZE_CELL), y, text, SIZE_CELL)

    return Drawn(9, fn, keep_with_next=True)


def new_canvas(
    buf: io.BytesIO, pagesize: tuple[float, float], title: str, subject: str = "", author: str = ""
) -> Canvas:
    """A canvas whose output depends only on what is drawn (``invariant``) and names only embedded fonts."""
    font = ensure_fonts()
    # uncompressed, like a plain ReportLab canvas: zlib over the font subsets costs a third of the time of a
    # form, and a form is printed, not mailed (60 KB compressed, 90 KB not)
    c = Canvas(
        buf, pagesize=pagesize, invariant=1, pageCompression=0, initialFontName=font, initialFontSize=12
    )
    c.setTitle(title)
    c.setSubject(subject)
    c.setAuthor(author)
    c.setCreator("综治工作台 Zongzhi Desk")
    c.setLineWidth(RULE)
    return c
