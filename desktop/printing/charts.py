"""Wall charts, A3 or A4 portrait: 工作职责, 工作制度, 人员公示 (with photos), 信访接待公示 (信访工作条例 art. 18).

Each chart has a coloured title band, the centre's name, a body whose type size is the largest that fits the
page, and a footer with the centre's address and phone.
"""

from __future__ import annotations

import io
import math

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import text_width, typeface
from desktop.printing.layout import draw_text, new_canvas, wrap
from desktop.printing.photos import PHOTO_H, PHOTO_W, draw_placeholder, photo_jpeg
from desktop.printing.signage_config import PAPERS_MM, SignageConfig
from desktop.printing.texts import DUTIES_CHART, NUMERALS, RULES_CHART

INSET = 12 * mm
GREY = HexColor("#333333")


class _Chart:
    """One chart page: frame, title band, centre name, footer; ``body`` is what is left for the content."""

    def __init__(self, c: Canvas, cfg: SignageConfig, title: str):
        self.c, self.cfg = c, cfg
        self.font = typeface(cfg.typeface)
        self.ink = HexColor(cfg.chart_ink)
        pw, ph = (v * mm for v in PAPERS_MM[cfg.chart_paper])
        self.pw, self.ph = pw, ph
        c.setPageSize((pw, ph))
        c.setStrokeColor(self.ink)
        c.setLineWidth(2.2 * mm * pw / (297 * mm))
        c.rect(INSET, INSET, pw - 2 * INSET, ph - 2 * INSET, stroke=1, fill=0)
        band_h = ph * 0.1
        band_top = ph - INSET - 4 * mm
        c.setFillColor(self.ink)
        c.rect(INSET + 4 * mm, band_top - band_h, pw - 2 * INSET - 8 * mm, band_h, stroke=0, fill=1)
        size = min(band_h * 0.56, (pw - 2 * INSET) * 0.7 / max(text_width(title, self.font, 1), 1))
        c.setFillColor(white)
        c.setStrokeColor(white)
        self.centred(
            title, size, band_top - band_h / 2 - size * 0.36, spread_to=(pw - 2 * INSET) * 0.55, bold=True
        )
        name_size = ph * 0.022
        c.setFillColor(self.ink)
        c.setStrokeColor(self.ink)
        self.centred(cfg.centre_name, name_size, band_top - band_h - name_size * 1.9, bold=True)
        foot = "　".join(
            x
            for x in (
                cfg.centre_name,
                f"地址：{cfg.address}" if cfg.address else "",
                f"电话：{cfg.phone}" if cfg.phone else "",
            )
            if x
        )
        fsize = min(ph * 0.011, (pw - 2 * INSET - 16 * mm) / max(text_width(foot, self.font, 1), 1))
        c.setFillColor(GREY)
        self.centred(foot, fsize, INSET + 7 * mm)
        c.setStrokeColor(self.ink)
        c.setLineWidth(0.8)
        c.line(
            INSET + 8 * mm, INSET + 7 * mm + fsize * 1.6, pw - INSET - 8 * mm, INSET + 7 * mm + fsize * 1.6
        )
        self.left = INSET + 14 * mm
        self.width = pw - 2 * self.left
        self.top = band_top - band_h - name_size * 3.6
        self.bottom = INSET + 7 * mm + fsize * 1.6 + 8 * mm

    @property
    def height(self) -> float:
        return self.top - self.bottom

    def centred(
        self, text: str, size: float, y: float, *, spread_to: float = 0.0, bold: bool = False
    ) -> None:
        w = text_width(text, self.font, size)
        space = 0.0
        if spread_to and len(text) > 1 and w < spread_to:
            space = min((spread_to - w) / (len(text) - 1), size * 0.8)
        total = w + space * (len(text) - 1)
        draw_text(self.c, (self.pw - total) / 2, y, text, size, font=self.font, bold=bold, char_space=space)


def _numbered_items(ch: _Chart, items: list[tuple[str, str]], *, badges: bool = True) -> None:
    """Numbered headings with their text, at the largest type size that fits the body."""
    font, width = ch.font, ch.width

    def layout(size: float):
        badge = size * 2.0 if badges else 0.0
        col = width - (badge + size * 0.8 if badges else 0.0)
        blocks = []
        for head, body in items:
            lines = wrap(body, col, size, font) if body else []
            h = size * 1.5 + len(lines) * size * 1.55
            blocks.append((head, lines, max(h, badge)))
        gap = size * 1.0
        total = sum(b[2] for b in blocks) + gap * (len(blocks) - 1)
        return blocks, badge, col, gap, total

    lo, hi = 6.0, 60.0
    for _ in range(18):
        mid = (lo + hi) / 2
        if layout(mid)[4] <= ch.height:
            lo = mid
        else:
            hi = mid
    size = lo
    blocks, badge, _col, gap, total = layout(size)
    c = ch.c
    y = ch.top - max(0.0, (ch.height - total) / 4)
    x_text = ch.left + (badge + size * 0.8 if badges else 0.0)
    for i, (head, lines, h) in enumerate(blocks):
        if badges:
            c.setFillColor(ch.ink)
            c.circle(ch.left + badge / 2, y - badge / 2, badge / 2, stroke=0, fill=1)
            c.setFillColor(white)
            c.setStrokeColor(white)
            num = str(i + 1)
            ns = badge * 0.55
            draw_text(
                c,
                ch.left + badge / 2 - text_width(num, font, ns) / 2,
                y - badge / 2 - ns * 0.36,
                num,
                ns,
                font=font,
                bold=True,
            )
        c.setFillColor(ch.ink)
        c.setStrokeColor(ch.ink)
        draw_text(c, x_text, y - size * 1.15, head, size * 1.12, font=font, bold=True)
        c.setFillColor(black)
        for k, line in enumerate(lines):
            draw_text(c, x_text, y - size * 1.5 - (k + 1) * size * 1.55 + size * 0.35, line, size, font=font)
        y -= h + gap


def duties_chart(cfg: SignageConfig) -> bytes:
    """工作职责: the eight daily tasks of the founding document."""
    return _single(cfg, "工作职责", lambda ch: _numbered_items(ch, list(DUTIES_CHART)))


def rules_chart(cfg: SignageConfig) -> bytes:
    """工作制度: weekly 排查, 零报告, meetings, 首问负责 and the rest."""
    return _single(cfg, "工作制度", lambda ch: _numbered_items(ch, list(RULES_CHART)))


def reception_notice_chart(cfg: SignageConfig) -> bytes:
    """信访接待公示: what 信访工作条例 art. 18 requires the reception room to post."""
    place = cfg.reception_place + (f"（{cfg.address}）" if cfg.address else "")
    items = [
        ("网上信访渠道", cfg.online_channel),
        ("通信地址", cfg.mail_address or cfg.address or "____________________"),
        ("咨询投诉电话", cfg.phone or "____________"),
        ("接待时间", cfg.reception_hours),
        ("接待地点", place),
        ("查询办理进展和结果的方式", cfg.progress_query),
        (
            "信访事项办理程序",
            "登记 → 受理告知（能当场告知的当场书面告知，不能当场告知的自收到之日起15日内书面告知）"
            " → 办理（自受理之日起60日内办结，情况复杂的经批准可延长，延长不超过30日）→ 书面答复 → 不服的可自收到"
            "书面答复之日起30日内请求复查，对复查意见不服的可自收到之日起30日内请求复核。",
        ),
        (
            "温馨提示",
            "信访人可以采用信息网络、书信、电话、传真、走访等形式反映情况；多人走访提出共同信访事项的，"
            "应当推选代表，代表人数不超过5人；请如实反映情况，遵守信访秩序。任何组织和个人不得打击报复信访人。",
        ),
    ]
    items = [(f"{NUMERALS[i]}、{h}", b) for i, (h, b) in enumerate(items)]
    return _single(cfg, "信访接待公示", lambda ch: _numbered_items(ch, items, badges=False))


def staff_chart(cfg: SignageConfig) -> bytes:
    """人员公示: a card per person (ID-ratio photo, name, role, phone); as many pages as it takes."""
    buf = io.BytesIO()
    c = new_canvas(buf, (100, 100), "人员公示", cfg.centre_name)
    people = [p for p in cfg.staff if p.name.strip()]
    max_cols = 5 if cfg.chart_paper == "A3" else 4
    page = 0
    while True:
        ch = _Chart(c, cfg, "人员公示")
        cols, card_w, card_h = _card_grid(ch, len(people), max_cols)
        gap = ch.width * 0.05
        photo_w = card_w * 0.74
        photo_h = photo_w * PHOTO_H / PHOTO_W
        name_size = card_w * 0.1
        small = card_w * 0.068
        rows = max(1, int((ch.height + gap * 0.6) // card_h))
        per_page = rows * cols
        chunk = people[page * per_page : (page + 1) * per_page]
        if not people:
            c.setFillColor(GREY)
            ch.centred(
                "（请在“标识标牌”页面的人员公示设置中添加人员及照片）",
                ch.width * 0.025,
                ch.top - ch.height / 2,
            )
        n_rows = math.ceil(len(chunk) / cols)
        y0 = ch.top - max(0.0, (ch.height - n_rows * card_h) / 3)
        for k, person in enumerate(chunk):
            r, col = divmod(k, cols)
            in_row = min(cols, len(chunk) - r * cols)
            x = ch.left + (ch.width - in_row * card_w - (in_row - 1) * gap) / 2 + col * (card_w + gap)
            top = y0 - r * card_h
            px, py = x + (card_w - photo_w) / 2, top - photo_h
            jpeg = photo_jpeg(person.photo)
            if jpeg:
                c.drawImage(ImageReader(io.BytesIO(jpeg)), px, py, photo_w, photo_h)
                c.setStrokeColor(HexColor("#BBBBBB"))
                c.setLineWidth(0.6)
                c.rect(px, py, photo_w, photo_h, stroke=1, fill=0)
            else:
                draw_placeholder(c, px, py, photo_w, photo_h)
            cx = x + card_w / 2
            c.setFillColor(black)
            c.setStrokeColor(black)
            ny = py - name_size * 1.4
            _centred_at(
                c, person.name, ch.font, _fit(person.name, ch.font, name_size, card_w), cx, ny, bold=True
            )
            c.setFillColor(ch.ink)
            ry = ny - small * 1.7
            _centred_at(c, person.role, ch.font, _fit(person.role, ch.font, small, card_w), cx, ry)
            if person.phone:
                c.setFillColor(GREY)
                phone = f"电话：{person.phone}"
                _centred_at(c, phone, ch.font, _fit(phone, ch.font, small, card_w), cx, ry - small * 1.6)
        c.showPage()
        page += 1
        if page * per_page >= len(people):
            break
    c.save()
    return buf.getvalue()


def _card_grid(ch: _Chart, n: int, max_cols: int) -> tuple[int, float, float]:
    """Columns and card size: the largest cards that put everyone on one page, else ``max_cols`` a row."""
    gap = ch.width * 0.05

    def card(cols: int) -> tuple[float, float]:
        w = (ch.width - gap * (cols - 1)) / cols
        return w, w * 0.74 * PHOTO_H / PHOTO_W + w * 0.1 * 1.9 + w * 0.068 * 3.6 + gap * 0.6

    for cols in range(2, max_cols + 1):
        w, h = card(cols)
        w = min(w, ch.width * 0.3)  # two or three people do not get posters of their own
        h = w * 0.74 * PHOTO_H / PHOTO_W + w * 0.1 * 1.9 + w * 0.068 * 3.6 + gap * 0.6
        if math.ceil(max(n, 1) / cols) * h <= ch.height + gap * 0.6:
            return cols, w, h
    w, h = card(max_cols)
    return max_cols, w, h


def _fit(text: str, font: str, size: float, width: float) -> float:
    w = text_width(text, font, size)
    return size if w <= width else size * width / w


def _centred_at(
    c: Canvas, text: str, font: str, size: float, cx: float, y: float, *, bold: bool = False
) -> None:
    draw_text(c, cx - text_width(text, font, size) / 2, y, text, size, font=font, bold=bold)


def _single(cfg: SignageConfig, title: str, body) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, (100, 100), title, cfg.centre_name)
    body(_Chart(c, cfg, title))
    c.showPage()
    c.save()
    return buf.getvalue()
