"""One attachments store for every room: scans, photos and files kept in the database with the record they
belong to (every room PC sees them), by one set of rules.

- The type comes from the content (file signatures), never from what the caller or the file name says; a file
  whose content is not recognised gets its name's type only if the room accepts any file (``accept=None``).
- Empty files and files over ``MAX_SIZE`` are refused; so is the same file twice for the same record.
- Only the file's own name is kept (no folders: ``..\\x`` or ``/etc/x`` come in as ``x``).
- ``owner_kind`` is the owning record's table, optionally with a category: ``dispute_case.evidence``.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import re
import threading
from collections import OrderedDict
from collections.abc import Collection

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import Attachment
from desktop.paths import resource_path
from desktop.services.core.dto import Actor, AttachmentDTO
from desktop.services.core.errors import NotFound, ValidationError
from desktop.services.core.validators import text_field

MAX_SIZE = 25 * 1024 * 1024
THUMB_PX = 160

# file signatures: what a scan or photo is (the extension is not trusted)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def sniff_mime(data: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


IMAGES_AND_PDF = frozenset(mime for _magic, mime in _MAGIC) | {"image/webp"}


def safe_name(filename: str, field: str = "file") -> str:
    """The file's own name, without any folder (Windows or POSIX)."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    if name in ("", ".", ".."):
        raise ValidationError(field, "required")
    return text_field(name, field, required=True, limit=255)


def check_file(
    filename: str, data: bytes, *, accept: Collection[str] | None = IMAGES_AND_PDF, field: str = "file"
) -> tuple[str, str, str]:
    """(name, mime type, sha256) of a file a room may keep; ValidationError at ``field`` otherwise."""
    if not data:
        raise ValidationError(field, "empty_file")
    if len(data) > MAX_SIZE:
        raise ValidationError(field, "file_too_large", limit=MAX_SIZE)
    name = safe_name(filename, field)
    mime = sniff_mime(data)
    if accept is not None and mime not in accept:
        raise ValidationError(field, "not_image_or_pdf")
    if mime is None:
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return name, mime[:100], hashlib.sha256(data).hexdigest()


def store(
    s: Session,
    actor: Actor,
    owner_kind: str,
    owner_id: int,
    filename: str,
    data: bytes,
    *,
    accept: Collection[str] | None = IMAGES_AND_PDF,
    field: str = "file",
) -> Attachment:
    """Keep a file with its record, in the caller's transaction (the caller audits it with its own words)."""
    name, mime, digest = check_file(filename, data, accept=accept, field=field)
    record = owner_kind.split(".")[0]  # the same record whatever category the file was filed under
    same = s.scalar(
        select(Attachment).where(
            or_(Attachment.owner_kind == record, Attachment.owner_kind.startswith(record + ".")),
            Attachment.owner_id == owner_id,
            Attachment.sha256 == digest,
        )
    )
    if same is not None:
        raise ValidationError(field, "duplicate_file", filename=same.filename)
    row = Attachment(
        owner_kind=owner_kind,
        owner_id=owner_id,
        filename=name,
        mime_type=mime,
        sha256=digest,
        size=len(data),
        data=data,
        created_by=actor.id,
    )
    s.add(row)
    s.flush()
    return row


def load(s: Session, attachment_id: int, owner_kinds: Collection[str] | None = None) -> Attachment:
    """The stored file; NotFound unless it belongs to one of ``owner_kinds`` (prefixes before a ".")."""
    row = s.get(Attachment, attachment_id)
    if row is None or (owner_kinds is not None and row.owner_kind.split(".")[0] not in owner_kinds):
        raise NotFound("attachment")
    return row


# what a list of attachments selects: everything but the file itself
LISTED = (
    Attachment.id,
    Attachment.owner_kind,
    Attachment.owner_id,
    Attachment.filename,
    Attachment.mime_type,
    Attachment.size,
    Attachment.sha256,
    Attachment.created_at,
)


def dto(row, *, category: str = "", session_id: int | None = None) -> AttachmentDTO:
    """The DTO of a stored file: an Attachment, or a row of ``select(*LISTED)``."""
    return AttachmentDTO(
        id=row.id,
        filename=row.filename,
        mime_type=row.mime_type,
        size=row.size,
        sha256=row.sha256,
        created_at=row.created_at,
        category=category,
        session_id=session_id,
    )


def thumbnail(row: Attachment, px: int = THUMB_PX) -> bytes:
    """A PNG thumbnail (Pillow) of an image, or of the scanned page inside a PDF; a card for other files."""
    return _thumbnail(row.sha256, row.mime_type, row.data, row.filename, px)


_JPEG_IN_PDF = re.compile(rb"/Filter\s*/DCTDecode.*?stream\r?\n", re.S)


def _pdf_first_jpeg(data: bytes) -> bytes | None:
    """A scanner's PDF is a JPEG per page: the first one, if there is one (no PDF renderer needed)."""
    m = _JPEG_IN_PDF.search(data)
    if m is None:
        return None
    start = m.end()
    end = data.find(b"endstream", start)
    if end < 0 or data[start : start + 3] != b"\xff\xd8\xff":
        return None
    return data[start:end].rstrip(b"\r\n")


_THUMBS: OrderedDict[tuple[str, int], bytes] = OrderedDict()
_THUMBS_MAX = 256
_THUMBS_LOCK = threading.Lock()


def _render_thumbnail(mime: str, data: bytes, filename: str, px: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = None
    source = _pdf_first_jpeg(data) if mime == "application/pdf" else data
    if source is not None:
        try:
            img = Image.open(io.BytesIO(source))
            img.draft("RGB", (px, px))  # JPEG: decode at a fraction of the size
            img = img.convert("RGB")
            img.thumbnail((px, px))
        except Exception:  # noqa: BLE001 - a damaged scan still gets a card
            img = None
    if img is None:  # a PDF without a scanned page (a typed letter): a card with its name
        img = Image.new("RGB", (px * 3 // 4, px), "white")
        draw = ImageDraw.Draw(img)
        try:
            font = ImageFont.truetype(str(resource_path("fonts", "wqy-microhei.ttc")), max(10, px // 12))
        except OSError:
            font = ImageFont.load_default()
        draw.rectangle([0, 0, img.width - 1, img.height - 1], outline="#888888")
        draw.rectangle(
            [0, 0, img.width - 1, px // 4], fill="#b00020" if mime == "application/pdf" else "#555555"
        )
        draw.text(
            (8, 6),
            "PDF" if mime == "application/pdf" else mime.split("/")[-1].upper(),
            fill="white",
            font=font,
        )
        stem = filename.rsplit(".", 1)[0]
        per_line = max(4, (img.width - 16) // max(10, px // 12))
        for i in range(0, min(len(stem), per_line * 4), per_line):
            draw.text(
                (8, px // 4 + 8 + i // per_line * (px // 10)), stem[i : i + per_line], fill="black", font=font
            )
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _thumbnail(sha256: str, mime: str, data: bytes, filename: str, px: int) -> bytes:
    """Thumbnails are made on demand and kept in memory by content hash (the same scan in two petitions once)."""
    key = (sha256, px)
    with _THUMBS_LOCK:
        if key in _THUMBS:
            _THUMBS.move_to_end(key)
            return _THUMBS[key]
    png = _render_thumbnail(mime, data, filename, px)
    with _THUMBS_LOCK:
        _THUMBS[key] = png
        while len(_THUMBS) > _THUMBS_MAX:
            _THUMBS.popitem(last=False)
    return png
