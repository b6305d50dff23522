"""Staff photos for the 人员公示 chart: any format Pillow reads, EXIF rotation honoured, cropped to the ID-photo
ratio 358×441 and resized; a missing or unreadable file gives None and the chart draws a placeholder."""

from __future__ import annotations

import io
import logging
import os
from functools import lru_cache

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

PHOTO_W, PHOTO_H = 358, 441  # pixels of a 2-inch ID photo (35×45 mm at 260 dpi): the ratio every photo gets
_CENTRING = (0.5, 0.35)  # crop a tall picture nearer its top, where the face is


def photo_jpeg(path: str | None) -> bytes | None:
    """The photo as JPEG bytes of 358×441 pixels, or None (no path, missing file, not a picture)."""
    if not path:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _prepared(os.path.abspath(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=64)
def _prepared(path: str, _mtime_ns: int, _size: int) -> bytes | None:
    return _fitted(path, path)


def photo_from_bytes(data: bytes | None) -> bytes | None:
    """A stored photo (a volunteer's, from the attachments store) prepared the same way, or None."""
    return _fitted(io.BytesIO(data), "stored photo") if data else None


def _fitted(source, what: str) -> bytes | None:
    try:
        with Image.open(source) as im:
            im = ImageOps.exif_transpose(im)
            if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
                im = im.convert("RGBA")
                ground = Image.new("RGBA", im.size, (255, 255, 255, 255))
                im = Image.alpha_composite(ground, im)
            im = im.convert("RGB")
            im = ImageOps.fit(im, (PHOTO_W, PHOTO_H), Image.Resampling.LANCZOS, centering=_CENTRING)
            out = io.BytesIO()
            im.save(out, "JPEG", quality=88, optimize=True)
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        log.warning("cannot use photo %s: %s", what, exc)
        return None


def draw_placeholder(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A quiet grey silhouette where a photo is missing."""
    c.saveState()
    c.setFillColor(HexColor("#EEEEEE"))
    c.setStrokeColor(HexColor("#BBBBBB"))
    c.setLineWidth(0.6)
    c.rect(x, y, w, h, stroke=1, fill=1)
    c.setFillColor(HexColor("#C8C8C8"))
    c.circle(x + w / 2, y + h * 0.6, w * 0.19, stroke=0, fill=1)
    p = c.beginPath()
    p.moveTo(x + w * 0.16, y)
    p.curveTo(x + w * 0.16, y + h * 0.3, x + w * 0.3, y + h * 0.38, x + w / 2, y + h * 0.38)
    p.curveTo(x + w * 0.7, y + h * 0.38, x + w * 0.84, y + h * 0.3, x + w * 0.84, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()
