"""Qt-side set-up shared by the app and the self-test: CJK fonts and translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import resource_path

log = logging.getLogger(__name__)

BUNDLED_FONT = "wqy-microhei.ttc"
# Preferred system CJK families, best first; the bundled font is the fallback that is always there.
SYSTEM_CJK = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)


def register_fonts(app: QApplication) -> str:
    """Register the bundled CJK font; use a system CJK font when present. Returns the family used."""
    fid = QFontDatabase.addApplicationFont(str(resource_path("fonts", BUNDLED_FONT)))
    bundled = QFontDatabase.applicationFontFamilies(fid)[0] if fid >= 0 else None
    if bundled is None:
        log.error("the bundled CJK font could not be loaded: %s", resource_path("fonts", BUNDLED_FONT))
    families = set(QFontDatabase.families())
    family = next((f for f in SYSTEM_CJK if f in families), bundled)
    if family:
        font = QFont(family, app.font().pointSize())
        app.setFont(font)
    return family or ""


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
    for path in (resource_path("i18n", f"{language}.qm"),):
        t = QTranslator(app)
        if t.load(str(path)):
            app.installTranslator(t)
            _translators.append(t)
            ok = True
        else:
            log.error("translation %s not found; run `make translations`", path)
    qt_t = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_t.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_t)
        _translators.append(qt_t)
    return ok
