"""The fonts documents are set in: TrueType outlines only, embedded as subsets, so a PDF prints alike on any PC.

The bundled WenQuanYi Micro Hei (黑体-like, TrueType outlines) is the font of every form. It is a GBK-era
font: it has no CJK Extension A-F, and names carry such characters (㛃 U+36C3, 䶮 U+4DAE, 𠮷 U+20BB7). Each
character is therefore drawn in the first font holding its glyph: the document's font, then Micro Hei, then
the Hanazono Mincho subsets of ``font_files.FALLBACKS`` (registered on first need: most documents never load
them). Measuring goes through the same choice (``text_width``), so lines break and centre on what is drawn.
A character in no font is refused (``MissingGlyphError``) instead of printing as a silent blank.

Signage may use another TrueType font file chosen by the centre; a CFF/PostScript-outline font (most .otf,
Noto CJK) cannot be embedded by ReportLab and is refused with a clear message instead of printing blank.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.paths import resource_path
from desktop.printing import font_files

FONT = "ZZ-MicroHei"  # the name documents use for the bundled font
FALLBACKS = ("ZZ-NamesA", "ZZ-NamesB")  # the registered names of font_files.FALLBACKS, in that order
BOXES = "□■"  # check boxes: drawn as vector squares one em wide (the font's are small), see layout.draw_text
BOX = "\x00box"  # what font_runs gives for a run of check boxes

_lock = threading.Lock()
_registered: dict[str, str] = {}  # font file (resolved) -> registered name
_faces: dict[str, _Face] = {}  # the font a text asks for -> what draws each of its characters
_UNKNOWN = object()


class FontError(ValueError):
    """A font file cannot be used for printing; the message says why in plain words."""


class MissingGlyphError(FontError):
    """A character no font can draw: the document would print with a hole, so it is not printed."""

    def __init__(self, char: str, text: str):
        self.char, self.text = char, text
        super().__init__(f"「{char}」({codepoint(char)}) 不在任何字体中，无法打印：{text}")


def codepoint(char: str) -> str:
    """U+20BB7: how a character is named to a person when it cannot be shown."""
    return f"U+{ord(char):04X}"


class _EmbeddedFont(TTFont):
    """A TrueType font whose text reads back right beyond U+FFFF.

    ReportLab 5.1 writes the ToUnicode entry of 𠮷 (U+20BB7) as five hex digits, ``<20BB7>``, which readers
    take as U+20BB: pdftotext, search and copy give ₻. Written as UTF-16 (a surrogate pair) it reads back.
    """

    _entry = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")

    def addObjects(self, doc):  # noqa: N802 - ReportLab's name
        super().addObjects(doc)
        for key, obj in doc.idToObject.items():
            if key.startswith("toUnicodeCMap:") and isinstance(getattr(obj, "content", None), str):
                obj.content = self._entry.sub(_utf16_entry, obj.content)


def _utf16_entry(m: re.Match) -> str:
    return f"<{m.group(1)}> <{chr(int(m.group(2), 16)).encode('utf-16-be').hex().upper()}>"


def bundled_font_path() -> Path:
    return resource_path("fonts", font_files.MAIN)


def _register(name: str, path: Path) -> None:
    pdfmetrics.registerFont(_EmbeddedFont(name, str(path), subfontIndex=0))
    _registered[str(path.resolve())] = name


def ensure_fonts() -> str:
    """Register the bundled font once (thread-safe); returns its name."""
    if FONT in _registered.values():
        return FONT
    with _lock:
        if FONT not in _registered.values():
            _register(FONT, bundled_font_path())
    return FONT


def _fallback(name: str) -> None:
    """Register a fallback font the first time a character needs it (the files are 5 and 21 MB)."""
    if name in _registered.values():
        return
    with _lock:
        if name not in _registered.values():
            _register(name, resource_path("fonts", font_files.FALLBACKS[FALLBACKS.index(name)]))


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
            _register(name, file)
        except TTFError as exc:
            raise FontError(
                f"字体 {file.name} 无法嵌入PDF（只支持TrueType轮廓字体，如 .ttf/.ttc；{exc}）"
            ) from exc
        return name


def _blank(ch: str) -> bool:
    """Spaces, controls, format characters and variation selectors: nothing to draw when no font has them."""
    cp = ord(ch)
    return (
        ch.isspace()
        or unicodedata.category(ch) in ("Cc", "Cf")
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
    )


class _Face:
    """A font and its fallbacks as one: per character, the font that draws it and its advance at 1 pt.

    ``fonts[ch]`` is a registered font name, BOX for a check box, "" for a blank that draws nothing, None for
    a character in no font (it measures as the notdef box and is refused when drawn).
    """

    def __init__(self, font: str):
        ensure_fonts()
        self.chain = (font, *(f for f in (FONT, *FALLBACKS) if f != font))
        self.widths: dict[str, float] = dict.fromkeys(BOXES, 1.0)
        self.fonts: dict[str, str | None] = dict.fromkeys(BOXES, BOX)
        self.plain: set[str] = set()  # characters the first font draws: a line of only these is one run

    def learn(self, ch: str) -> float:
        cp = ord(ch)
        font: str | None = None
        for name in self.chain:
            if name in FALLBACKS:
                if _blank(ch):  # the name fonts hold ideographs: no need to load them for a tab
                    break
                _fallback(name)
            if cp in pdfmetrics.getFont(name).face.charToGlyph:
                font = name
                break
        if font is None and _blank(ch):
            font = ""
            width = pdfmetrics.stringWidth(" ", self.chain[0], 1.0) if ch.isspace() else 0.0
        else:
            width = pdfmetrics.stringWidth(ch, font or self.chain[0], 1.0)
        self.fonts[ch] = font
        self.widths[ch] = width
        if font == self.chain[0]:
            self.plain.add(ch)
        return width


def _face(font: str) -> _Face:
    face = _faces.get(font)
    if face is None:
        face = _faces[font] = _Face(font)
    return face


def text_width(text: str, font: str, size: float) -> float:
    """Advance width in points, each character in the font that draws it; cached per character (measuring
    is the hot loop of layout)."""
    face = _face(font)
    widths = face.widths
    total = 0.0
    for ch in text:
        w = widths.get(ch)
        if w is None:
            w = face.learn(ch)
        total += w
    return total * size


def font_runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """``text`` cut into (font, run): each run drawn in one font; BOX runs are check boxes, "" runs blanks.

    Raises MissingGlyphError for a character in no font.
    """
    face = _face(font)
    if face.plain.issuperset(text):  # the usual line, checked at C speed
        return [(font, text)] if text else []
    fonts = face.fonts
    runs: list[tuple[str, str]] = []
    start, current = 0, None
    for i, ch in enumerate(text):
        f = fonts.get(ch, _UNKNOWN)
        if f is _UNKNOWN:
            face.learn(ch)
            f = fonts[ch]
        if f is None:
            raise MissingGlyphError(ch, text)
        if f != current:
            if i:
                runs.append((current, text[start:i]))
            start, current = i, f
    if text:
        runs.append((current, text[start:]))
    return runs


def missing_glyphs(text: str, font: str = FONT) -> set[str]:
    """Characters no font can draw (a document holding one is refused)."""
    face = _face(font)
    for ch in set(text) - face.fonts.keys():
        face.learn(ch)
    return {ch for ch in set(text) if face.fonts[ch] is None}
