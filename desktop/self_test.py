"""`zongzhi-desk --self-test`: what IT staff run after installing. Prints a Chinese/English report; 0 = all good."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable

from desktop import __version__
from desktop.paths import data_dir, resource_path

# a name drawn from every bundled font: Micro Hei (刘), the name fonts' Extension A (㛃) and Extension B (𡒄)
NAME = "刘㛃𡒄"


def _check_data_folder() -> str:
    folder = data_dir()
    with tempfile.NamedTemporaryFile(dir=folder):
        pass
    return str(folder)


def _check_database(url: str) -> Callable[[], str]:
    def check() -> str:
        from sqlalchemy import text

        from desktop.db import make_engine, schema_status, upgrade

        engine = make_engine(url)
        try:
            backup = upgrade(engine)
            status = schema_status(engine)
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            note = f"; 升级前已备份 backup: {backup}" if backup else ""
            return f"{engine.url.render_as_string(hide_password=True)} @ {status.current}{note}"
        finally:
            engine.dispose()

    return check


def _check_font_files() -> str:
    from desktop.printing import font_files

    paths = [resource_path("fonts", name) for name in font_files.ALL]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(map(str, missing)))
    return ", ".join(map(str, paths))


def _check_pdf() -> str:
    """A line with a name needing all three fonts: each embedded, and the text reads back (ToUnicode)."""
    from desktop.printing.layout import Document, paragraph

    pdf = Document("自检").add(paragraph(f"综治工作台自检 {NAME}")).render()
    fonts = pdf.count(b"/FontFile2")
    if not pdf.startswith(b"%PDF") or fonts < 3:
        raise RuntimeError(f"PDF written with {fonts} embedded TrueType fonts, 3 expected")
    for face in (b"ZZNamesA", b"ZZNamesB"):
        if face not in pdf:
            raise RuntimeError(f"the name font {face.decode()} is not in the PDF")
    surrogates = NAME[-1].encode("utf-16-be").hex().upper().encode()
    if surrogates not in pdf:
        raise RuntimeError(f"{NAME[-1]} would not read back from the PDF (no UTF-16 ToUnicode entry)")
    return f"{len(pdf)} bytes, {fonts} fonts embedded, {NAME} drawn"


def _check_qt() -> str:
    from PySide6.QtGui import QGuiApplication

    from desktop.views.common.qt_setup import register_fonts, screen_font

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    families = register_fonts(app)
    drawn = {ch: screen_font(ch, app.font()) for ch in NAME}
    boxes = [ch for ch, family in drawn.items() if not family]
    if boxes:
        raise RuntimeError(f"Qt has no glyph for {''.join(boxes)} (fonts: {', '.join(families)})")
    return (
        f"platform {app.platformName()}, fonts {', '.join(families)}; {NAME} in {', '.join(drawn.values())}"
    )


def run(db_url: str) -> int:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("数据文件夹 Data folder", _check_data_folder),
        ("数据库与迁移 Database and migrations", _check_database(db_url)),
        ("中文字体 CJK fonts", _check_font_files),
        ("PDF 生成 PDF generation", _check_pdf),
        ("Qt 平台 Qt platform", _check_qt),
    ]
    print(
        f"综治工作台 {__version__} 自检 / self-test  (QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')})"
    )
    failed = 0
    for name, fn in checks:
        try:
            detail = fn()
            print(f"  [通过 OK]   {name}: {detail}")
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the rest
            failed += 1
            print(f"  [失败 FAIL] {name}: {type(exc).__name__}: {exc}")
    print(
        "结果 Result: " + ("全部通过 all checks passed" if not failed else f"{failed} 项失败 {failed} failed")
    )
    return 0 if not failed else 1
