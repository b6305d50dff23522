"""Render installer/zongzhi-desk.svg to PNGs (Linux hicolor theme) and to a Windows .ico.

    python installer/render_icons.py --png-dir DIR [--name N]  DIR/<size>x<size>/apps/N.png (N: zongzhi-desk)
    python installer/render_icons.py --ico FILE.ico

Uses Qt's SVG renderer (offscreen, no display needed) and Pillow for the .ico, both already in the venv.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "zongzhi-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--png-dir", type=Path)
    p.add_argument("--ico", type=Path)
    p.add_argument("--name", default="zongzhi-desk", help="icon name of the PNGs (the .deb: its appid)")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts/painting need it
    if args.png_dir:
        for size in PNG_SIZES:
            target = args.png_dir / f"{size}x{size}" / "apps" / f"{args.name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            if not _render(size).save(str(target)):
                raise SystemExit(f"render_icons: cannot write {target}")
    if args.ico:
        import io

        from PIL import Image
        from PySide6.QtCore import QBuffer, QIODevice

        buf = QBuffer()
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        _render(256).save(buf, "PNG")
        big = Image.open(io.BytesIO(bytes(buf.data())))
        args.ico.parent.mkdir(parents=True, exist_ok=True)
        big.save(args.ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return 0


if __name__ == "__main__":
    sys.exit(main())
