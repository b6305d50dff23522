"""The fonts documents are set in: TrueType outlines only, embedded as subsets, so a PDF prints alike on any PC.

The bundled WenQuanYi Micro Hei (黑体-like, TrueType outlines) is the font of every form. Signage may use
another TrueType font file chosen by the centre; a CFF/PostScript-outline font (most .otf, Noto CJK) cannot
be embedded by ReportLab and is refused with a clear message instead of printing blank.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.paths import resource_path

FONT = "ZZ-MicroHei"  # the name documents use for the bundled font
_BUNDLED = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()
_registered: dict[str, str] = {}  # font file (resolved) -> registered name
_widths: dict[str, dict[str, float]] = {}  # font name -> char -> advance at 1 pt
BOXES = "□■"  # check boxes: drawn as vector squares one em wide (the font's are small), see layout.draw_text


class FontError(ValueError):
    """A font file cannot be used for printing; the message says why in plain words."""


def bundled_font_path() -> Path:
    return resource_path(*_BUNDLED)


def ensure_fonts() -> str:
    """Register the bundled font once (thread-safe); returns its name."""
    if FONT in _registered.values():
        return FONT
    with _lock:
        if FONT not in _registered.values():
            path = bundled_font_path()
            pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
            _registered[str(path.resolve())] = FONT
    return FONT


def typeface(path: str | None) -> str:
    """The registered name of a TrueType font file (the bundled font for ""/None); raises FontError."""
    if not path:
        return ensure_fonts()
    file = Path(path).expanduser()
    key = str(file.resolve()) if file.exists() else str(file)
    name = _registered.get(key)
    if name:
        return name
    if not file.is_file():
        raise FontError(f"字体文件不存在：{file}")
    with _lock:
        name = _registered.get(key)
        if name:
            return name
        name = f"ZZ-{len(_registered)}-{file.stem}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(file), subfontIndex=0))
        except TTFError as exc:
            raise FontError(
                f"字体 {file.name} 无法嵌入PDF（只支持TrueType轮廓字体，如 .ttf/.ttc；{exc}）"
            ) from exc
        _registered[key] = name
        return name


def _table(font: str) -> dict[str, float]:
    table = _widths.get(font)
    if table is None:
        if font == FONT:
            ensure_fonts()
        table = _widths[font] = dict.fromkeys(BOXES, 1.0)
    return table


def text_width(text: str, font: str, size: float) -> float:
    """Advance width in points; widths are cached per character (measuring is the hot loop of layout)."""
    table = _table(font)
    total = 0.0
    for ch in text:
        w = table.get(ch)
        if w is None:
            w = table[ch] = pdfmetrics.stringWidth(ch, font, 1000.0) / 1000.0
        total += w
    return total * size


def missing_glyphs(text: str, font: str = FONT) -> set[str]:
    """Characters the font cannot draw (they would print as empty boxes)."""
    face = pdfmetrics.getFont(font).face
    cmap = face.charToGlyph
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in cmap}
