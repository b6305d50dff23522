"""`zongzhi-desk --self-test`: what IT staff run after installing. Prints a Chinese/English report; 0 = all good."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable

from desktop import __version__
from desktop.paths import data_dir, resource_path

FONT = "wqy-microhei.ttc"


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


def _check_font_file() -> str:
    path = resource_path("fonts", FONT)
    if not path.is_file():
        raise FileNotFoundError(path)
    return str(path)


def _check_pdf() -> str:
    from io import BytesIO

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("SelfTestCJK", str(resource_path("fonts", FONT)), subfontIndex=0))
    buf = BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("SelfTestCJK", 16)
    c.drawString(100, 700, "综治工作台自检")
    c.save()
    data = buf.getvalue()
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
        raise RuntimeError("PDF written without an embedded TrueType font")
    return f"{len(data)} bytes, font embedded"


def _check_qt() -> str:
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    fid = QFontDatabase.addApplicationFont(str(resource_path("fonts", FONT)))
    if fid < 0:
        raise RuntimeError("Qt cannot load the bundled CJK font")
    family = QFontDatabase.applicationFontFamilies(fid)[0]
    return f"platform {app.platformName()}, CJK font {family}"


def run(db_url: str) -> int:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("数据文件夹 Data folder", _check_data_folder),
        ("数据库与迁移 Database and migrations", _check_database(db_url)),
        ("中文字体 CJK font", _check_font_file),
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
