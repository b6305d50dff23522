"""Signs at real size, as vectors: the centre plate and room door plates; tiling onto A4/A3 sheets.

A sign is a size and a function drawing it in its own coordinates. ``render_signs`` puts each sign on a page
of its own size ("real"), or on A4/A3 sheets: centred with cut marks when it fits, else cut into tiles that
overlap by ``overlap_mm`` and carry cut marks, alignment marks and a label saying which part of the sign
they hold. The same drawing function draws every tile, clipped, so tiles reassemble into the real sign.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import FONT, text_width, typeface
from desktop.printing.layout import draw_text, new_canvas
from desktop.printing.signage_config import PAPERS_MM, SignageConfig

MARGIN_MM = 12.0  # the sheet margin of a tile: cut marks and the label live there
MAX_PAGE_MM = 5080.0  # 200 inches: the largest page PDF readers accept


@dataclass(frozen=True)
class Sign:
    name: str
    width_mm: float
    height_mm: float
    draw: Callable[[Canvas], None]  # draws the sign with its lower-left corner at (0, 0), in points


@dataclass(frozen=True)
class Tile:
    """The part of a sign one sheet holds, in mm from the sign's top-left corner."""

    row: int
    col: int
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float


@dataclass(frozen=True)
class TilePlan:
    sheet_w_mm: float
    sheet_h_mm: float
    rows: int
    cols: int
    tiles: tuple[Tile, ...]

    @property
    def single(self) -> bool:
        return self.rows == self.cols == 1


def tile_plan(
    width_mm: float, height_mm: float, paper: str, overlap_mm: float = 10.0, margin_mm: float = MARGIN_MM
) -> TilePlan:
    """How a sign of this size goes onto sheets of ``paper``: the orientation needing fewest sheets."""
    pw, ph = PAPERS_MM[paper]
    best: TilePlan | None = None
    for sw, sh in ((pw, ph), (ph, pw)):
        aw, ah = sw - 2 * margin_mm, sh - 2 * margin_mm
        cols = 1 if width_mm <= aw else math.ceil((width_mm - overlap_mm) / (aw - overlap_mm))
        rows = 1 if height_mm <= ah else math.ceil((height_mm - overlap_mm) / (ah - overlap_mm))
        tiles = []
        for r in range(rows):
            y0 = r * (ah - overlap_mm)
            for c in range(cols):
                x0 = c * (aw - overlap_mm)
                tiles.append(Tile(r, c, x0, y0, min(aw, width_mm - x0), min(ah, height_mm - y0)))
        plan = TilePlan(sw, sh, rows, cols, tuple(tiles))
        if best is None or rows * cols < best.rows * best.cols:
            best = plan
    assert best is not None
    return best


# -- the signs -----------------------------------------------------------------------------------------------


def _fit_lines(
    text: str,
    font: str,
    box_w: float,
    box_h: float,
    *,
    line_gap: float = 0.25,
    max_em_of_height: float = 0.62,
) -> tuple[list[str], float]:
    """One or two lines (whichever allows larger type) and the type size filling the box."""
    text = text.strip()
    options = [[text]]
    if "\n" in text:
        options = [[t.strip() for t in text.split("\n") if t.strip()]]
    elif len(text) >= 8:
        cut = math.ceil(len(text) / 2)  # balanced, or after the street / community when the name has one
        for key in ("街道", "社区"):
            at = text.find(key)
            if at > 0 and at + len(key) < len(text):
                cut = at + len(key)
                break
        options.append([text[:cut], text[cut:]])
    best: tuple[list[str], float] = ([text], 0.0)
    for lines in options:
        n = len(lines)
        widest = max(text_width(t, font, 1.0) for t in lines) or 1.0
        by_height = box_h * max_em_of_height if n == 1 else box_h / (n + (n - 1) * line_gap) * 0.9
        size = min(box_w / widest, by_height)
        if size > best[1]:
            best = (lines, size)
    return best


def _centred_lines(
    c: Canvas,
    lines: list[str],
    font: str,
    size: float,
    cx: float,
    cy: float,
    *,
    spread_to: float = 0.0,
    line_gap: float = 0.25,
    bold: bool = True,
) -> None:
    """Lines centred on (cx, cy); a line shorter than ``spread_to`` gets its characters spaced out to it."""
    pitch = size * (1 + line_gap)
    top_baseline = cy + (len(lines) - 1) * pitch / 2 - size * 0.36
    for i, line in enumerate(lines):
        w = text_width(line, font, size)
        space = 0.0
        if spread_to and len(line) > 1 and w < spread_to:
            space = min((spread_to - w) / (len(line) - 1), size * 0.6)
        total = w + space * (len(line) - 1)
        draw_text(
            c, cx - total / 2, top_baseline - i * pitch, line, size, font=font, char_space=space, bold=bold
        )


def _ground(c: Canvas, w: float, h: float, ground: str, ink: str, border: bool) -> None:
    c.setFillColor(HexColor(ground))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    if border:
        inset = min(w, h) * 0.045
        c.setStrokeColor(HexColor(ink))
        c.setLineWidth(min(w, h) * 0.012)
        c.rect(inset, inset, w - 2 * inset, h - 2 * inset, stroke=1, fill=0)


def centre_plate(cfg: SignageConfig) -> Sign:
    """The plate "XX社区综治中心": one line (or two) across, or one column down for a vertical plate."""
    font = typeface(cfg.typeface)
    w, h = cfg.plate_width_mm * mm, cfg.plate_height_mm * mm
    text = cfg.centre_name.strip() or "XX社区综治中心"

    def draw(c: Canvas) -> None:
        _ground(c, w, h, cfg.plate_ground, cfg.plate_ink, cfg.plate_border)
        c.setFillColor(HexColor(cfg.plate_ink))
        c.setStrokeColor(
            HexColor(cfg.plate_ink)
        )  # the characters are stroked too: 黑体 reads bold on a plate
        pad = min(w, h) * 0.14
        if cfg.plate_orientation == "vertical":
            chars = [ch for ch in text if not ch.isspace()]
            n = len(chars)
            size = min((w - 2 * pad) * 0.92, (h - 2 * pad) / (n * 1.12))
            pitch = (h - 2 * pad) / n
            for i, ch in enumerate(chars):
                cy = h - pad - pitch * (i + 0.5)
                draw_text(
                    c,
                    w / 2 - text_width(ch, font, size) / 2,
                    cy - size * 0.36,
                    ch,
                    size,
                    font=font,
                    bold=True,
                )
        else:
            lines, size = _fit_lines(text, font, w - 2 * pad, h - 2 * pad)
            _centred_lines(c, lines, font, size, w / 2, h / 2, spread_to=(w - 2 * pad) * 0.9)

    return Sign("综治中心标牌", cfg.plate_width_mm, cfg.plate_height_mm, draw)


def door_plate(cfg: SignageConfig, room: str) -> Sign:
    """A room's door plate: the room name large; the centre's name small beneath a rule."""
    font = typeface(cfg.typeface)
    w, h = cfg.door_width_mm * mm, cfg.door_height_mm * mm

    def draw(c: Canvas) -> None:
        _ground(c, w, h, cfg.door_ground, cfg.door_ink, True)
        ink = HexColor(cfg.door_ink)
        c.setFillColor(ink)
        pad = min(w, h) * 0.12
        if cfg.door_show_centre:
            name_h = (h - 2 * pad) * 0.62
            name_cy = h - pad - name_h / 2
            rule_y = h - pad - name_h - (h - 2 * pad) * 0.08
            c.setStrokeColor(ink)
            c.setLineWidth(min(w, h) * 0.006)
            c.line(w * 0.18, rule_y, w * 0.82, rule_y)
            small = min(
                (h - 2 * pad) * 0.17, (w - 2 * pad) * 0.7 / max(text_width(cfg.centre_name, font, 1), 1)
            )
            _centred_lines(
                c, [cfg.centre_name], font, small, w / 2, (rule_y + pad) / 2 + small * 0.05, bold=False
            )
        else:
            name_h = h - 2 * pad
            name_cy = h / 2
        size = min(name_h * 0.72, (w - 2 * pad) / max(text_width(room, font, 1), 1))
        _centred_lines(c, [room], font, size, w / 2, name_cy, spread_to=(w - 2 * pad) * 0.85)

    return Sign(f"门牌：{room}", cfg.door_width_mm, cfg.door_height_mm, draw)


def door_plates(cfg: SignageConfig) -> list[Sign]:
    return [door_plate(cfg, room) for room in cfg.rooms if room.strip()]


# -- output ---------------------------------------------------------------------------------------------------


def render_signs(signs: list[Sign], media: str, overlap_mm: float, title: str) -> bytes:
    """One PDF: every sign at real size ("real"), or on A4/A3 sheets, tiled when larger than a sheet."""
    buf = io.BytesIO()
    c = new_canvas(buf, (100, 100), title, "标识标牌")
    for sign in signs:
        if media == "real":
            if max(sign.width_mm, sign.height_mm) > MAX_PAGE_MM:
                raise ValueError(f"{sign.name} 超过PDF页面上限 {MAX_PAGE_MM:g} 毫米，请选择拼接到A4或A3纸")
            c.setPageSize((sign.width_mm * mm, sign.height_mm * mm))
            sign.draw(c)
            c.showPage()
        else:
            _tiles(c, sign, media, overlap_mm)
    c.save()
    return buf.getvalue()


def _tiles(c: Canvas, sign: Sign, paper: str, overlap_mm: float) -> None:
    plan = tile_plan(sign.width_mm, sign.height_mm, paper, overlap_mm)
    sw, sh = plan.sheet_w_mm * mm, plan.sheet_h_mm * mm
    m = MARGIN_MM * mm
    for t in plan.tiles:
        c.setPageSize((sw, sh))
        tw, th = t.width_mm * mm, t.height_mm * mm
        if plan.single:  # the whole sign on one sheet, centred
            ax, ay = (sw - tw) / 2, (sh - th) / 2
        else:  # a tile sits at the top-left of the printable area, so every sheet lines up alike
            ax, ay = m, sh - m - th
        c.saveState()
        p = c.beginPath()
        p.rect(ax, ay, tw, th)
        c.clipPath(p, stroke=0, fill=0)
        c.translate(ax - t.x_mm * mm, ay + th - (sign.height_mm - t.y_mm) * mm)
        sign.draw(c)
        c.restoreState()
        _cut_marks(c, ax, ay, tw, th)
        if not plan.single:
            _align_marks(c, t, plan, ax, ay, tw, th, overlap_mm * mm)
        _tile_label(c, sign, t, plan, ax, ay)
        c.showPage()


def _cut_marks(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Crop marks just outside each corner of the printed area."""
    gap, length = 1.5 * mm, 6 * mm
    c.saveState()
    c.setStrokeColor(HexColor("#000000"))
    c.setLineWidth(0.3)
    for cx, sx in ((x, -1), (x + w, 1)):
        for cy, sy in ((y, -1), (y + h, 1)):
            c.line(cx + sx * gap, cy, cx + sx * (gap + length), cy)
            c.line(cx, cy + sy * gap, cx, cy + sy * (gap + length))
    c.restoreState()


def _align_marks(
    c: Canvas, t: Tile, plan: TilePlan, x: float, y: float, w: float, h: float, ov: float
) -> None:
    """Where the next tile's cut edge goes: a dashed tick in the margin at the start of the overlap."""
    c.saveState()
    c.setStrokeColor(HexColor("#808080"))
    c.setLineWidth(0.3)
    c.setDash(2, 1.5)
    if t.col + 1 < plan.cols:
        ax = x + w - ov
        c.line(ax, y + h + 1.5 * mm, ax, y + h + 7 * mm)
        c.line(ax, y - 1.5 * mm, ax, y - 7 * mm)
    if t.row + 1 < plan.rows:
        ay = y + ov
        c.line(x - 1.5 * mm, ay, x - 7 * mm, ay)
        c.line(x + w + 1.5 * mm, ay, x + w + 7 * mm, ay)
    c.restoreState()


def _tile_label(c: Canvas, sign: Sign, t: Tile, plan: TilePlan, x: float, y: float) -> None:
    size = 7.0
    c.saveState()
    c.setFillColor(HexColor("#404040"))
    head = f"{sign.name}　实际尺寸 {sign.width_mm:g}×{sign.height_mm:g} 毫米"
    if plan.single:
        text = f"{head}　沿四角裁切线裁切"
    else:
        text = (
            f"{head}　第{t.row + 1}行第{t.col + 1}列（共{plan.rows}行{plan.cols}列）　本张：横 {t.x_mm:g}–"
            f"{t.x_mm + t.width_mm:g}，纵 {t.y_mm:g}–{t.y_mm + t.height_mm:g} 毫米"
        )
    draw_text(c, x + 8 * mm, y + t.height_mm * mm + 4 * mm, text, size, font=FONT)
    if not plan.single and (t.col or t.row):
        hint = "拼接：裁去本张左侧、上侧页边，对齐相邻张的虚线后粘贴"
        draw_text(c, x + 8 * mm, y - 7 * mm, hint, size, font=FONT)
    c.restoreState()
