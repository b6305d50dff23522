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

# Every run-time dependency of pyproject.toml, by the module the program imports (most only where first
# used: a frozen bundle that left one out fails only when a person reaches that feature). The spec once
# excluded pypdf, so the case dossier failed in the installed program alone; tests/unit/test_self_test.py
# keeps this list equal to pyproject's dependencies.
RUNTIME_MODULES = {
    "pyside6-essentials": "PySide6.QtWidgets",
    "pyside6-addons": "PySide6.QtMultimedia",
    "sqlalchemy": "sqlalchemy",
    "alembic": "alembic",
    "argon2-cffi": "argon2",
    "platformdirs": "platformdirs",
    "tomli-w": "tomli_w",
    "faker": "faker",
    "python-stdnum": "stdnum.cn.ric",
    "pypinyin": "pypinyin",
    "reportlab": "reportlab.pdfgen.canvas",
    "rl_accel": "_rl_accel",
    "pillow": "PIL.Image",
    "psycopg": "psycopg",
    "holidays": "holidays.countries.china",
    "openpyxl": "openpyxl",
    "python-calamine": "python_calamine",
    "pyserial": "serial",
    "pypdf": "pypdf",
    "pyqtgraph": "pyqtgraph",  # the director's desk's charts, imported when the desk first opens
    "numpy": "numpy",
    # the monitoring room: stream decoding, camera passwords at rest, finding cameras
    "av": "av",
    "cryptography": "cryptography.fernet",
    "wsdiscovery": "wsdiscovery.discovery",
    "onvif-zeep-async": "onvif",  # imports zeep, and zeep lxml
}


def _check_data_folder() -> str:
    folder = data_dir()
    with tempfile.NamedTemporaryFile(dir=folder):
        pass
    return str(folder)


# the oldest SQLite library the program works with: VACUUM INTO (the backup before an upgrade) is 3.27.
# A Python built on an old system brings that system's SQLite (RHEL 8 / AlmaLinux 8: 3.26).
MIN_SQLITE = (3, 27)


def _check_database(url: str) -> Callable[[], str]:
    def check() -> str:
        import sqlite3

        from sqlalchemy import text

        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise RuntimeError(
                f"SQLite {sqlite3.sqlite_version} is older than {'.'.join(map(str, MIN_SQLITE))}: "
                "the backup before an upgrade (VACUUM INTO) would fail; build with a newer Python"
            )

        from desktop.db import make_engine, schema_status, upgrade

        engine = make_engine(url)
        try:
            backup = upgrade(engine)
            status = schema_status(engine)
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            note = f"; 升级前已备份 backup: {backup}" if backup else ""
            shown = engine.url.render_as_string(hide_password=True)
            return f"{shown} @ {status.current}{note}; SQLite {sqlite3.sqlite_version}"
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


def _check_libraries() -> str:
    import importlib

    failed = []
    for dist, module in RUNTIME_MODULES.items():
        try:
            importlib.import_module(module)
        except Exception as exc:  # noqa: BLE001 - a missing or broken library, whatever it raises
            failed.append(f"{module} ({dist}): {type(exc).__name__}: {exc}")
    import psycopg

    # the binary build carries its own libpq; the pure-Python one needs the system's, which PCs lack
    if psycopg.pq.__impl__ not in ("binary", "c"):
        failed.append(f"psycopg uses its {psycopg.pq.__impl__} implementation, not the bundled libpq")
    if failed:
        raise ImportError("; ".join(failed))
    import av

    codec = ".".join(map(str, av.library_versions["libavcodec"]))
    return f"{len(RUNTIME_MODULES)} libraries, psycopg {psycopg.pq.__impl__}; av {av.__version__} (libavcodec {codec})"


def _check_pdf_join() -> str:
    """The case dossier joins documents into one PDF with pypdf (services/mediation/dossier.py)."""
    import io

    from pypdf import PdfReader, PdfWriter

    from desktop.printing.layout import Document, paragraph

    writer = PdfWriter()
    for n in (1, 2):
        writer.append(PdfReader(io.BytesIO(Document("自检").add(paragraph(f"卷宗第{n}页")).render())))
    out = io.BytesIO()
    writer.write(out)
    joined = PdfReader(io.BytesIO(out.getvalue()))
    text = "".join(page.extract_text() for page in joined.pages)
    if len(joined.pages) != 2 or "卷宗第2页" not in text:
        raise RuntimeError(f"joined PDF has {len(joined.pages)} pages and reads {text!r}")
    return f"2 documents joined, {len(out.getvalue())} bytes, text reads back"


def _check_multimedia() -> str:
    """QtMultimedia and its FFmpeg backend (the video room plays camera footage through it)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QMediaFormat

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    decode = QMediaFormat.ConversionMode.Decode
    formats = QMediaFormat().supportedFileFormats(decode)
    codecs = QMediaFormat().supportedVideoCodecs(decode)
    if not formats or not codecs:
        raise RuntimeError("no media backend: the FFmpeg plugin (plugins/multimedia) is missing")
    return f"{len(formats)} file formats, {len(codecs)} video codecs decodable"


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
        ("程序库 Libraries", _check_libraries),
        ("卷宗合并 Case dossier PDF join", _check_pdf_join),
        ("Qt 平台 Qt platform", _check_qt),
        ("音视频 Multimedia (FFmpeg)", _check_multimedia),
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
