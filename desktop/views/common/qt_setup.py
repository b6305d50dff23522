"""Qt-side set-up shared by the app and the self-test: CJK fonts and translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.paths import resource_path
from desktop.printing import font_files

log = logging.getLogger(__name__)

# Preferred system CJK families, best first; the bundled font is the fallback that is always there.
SYSTEM_CJK = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)


def _add_font(file: str) -> str | None:
    """Register a bundled font file with Qt; its (first) family, or None when Qt cannot load it."""
    path = resource_path("fonts", file)
    fid = QFontDatabase.addApplicationFont(str(path))
    if fid < 0:
        log.error("a bundled font could not be loaded: %s", path)
        return None
    return QFontDatabase.applicationFontFamilies(fid)[0]


def register_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and set the app font: a system CJK font when present, else the bundled one,
    then the name fonts (CJK Extension A-B, e.g. 𠮷 U+20BB7), which Qt falls back to character by character.
    Returns the family list of the app font."""
    bundled = _add_font(font_files.MAIN)
    names = [f for f in map(_add_font, font_files.FALLBACKS) if f]
    available = set(QFontDatabase.families())
    family = next((f for f in SYSTEM_CJK if f in available), bundled)
    families = list(dict.fromkeys(f for f in (family, bundled, *names) if f))
    if families:
        font = QFont(families[0], app.font().pointSize())
        font.setFamilies(families)
        app.setFont(font)
    return families


def screen_font(char: str, font: QFont) -> str:
    """The family Qt draws ``char`` in with ``font`` (its fallbacks included); "" when none has its glyph."""
    layout = QTextLayout(char, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    return runs[0].rawFont().familyName() if runs and all(runs[0].glyphIndexes()) else ""


_translators: list[QTranslator] = []  # Qt does not own them: keep them alive


def install_translator(app: QApplication, language: str) -> bool:
    """Chinese is the default; English is the source language of the strings, so it needs no file."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ok = False
    # one file for what is shared and one per room (scripts/translations.py): zh_CN.qm, zh_CN.<room>.qm
    paths = sorted(resource_path("i18n").glob(f"{language}*.qm"))
    for path in paths:
        t = QTranslator(app)
        if t.load(str(path)):
            app.installTranslator(t)
            _translators.append(t)
            ok = True
        else:
            log.error("translation %s cannot be read; run `make translations`", path)
    if not paths:
        log.error("no translation %s*.qm in %s; run `make setup`", language, resource_path("i18n"))
    qt_t = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_t.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_t)
        _translators.append(qt_t)
    return ok
