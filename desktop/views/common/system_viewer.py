"""Files handed to the system's viewer (an attachment, a printout): a copy in one private folder per run,
removed when the program ends. Writing runs off the GUI thread; opening is a call on it."""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

_folder: Path | None = None
_folder_lock = threading.Lock()
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


def viewer_folder() -> Path:
    """The private folder (0700, mkdtemp) of this run's copies."""
    global _folder
    with _folder_lock:
        if _folder is None or not _folder.is_dir():
            _folder = Path(tempfile.mkdtemp(prefix="zongzhi-files-"))
            atexit.register(shutil.rmtree, _folder, True)
        return _folder


def safe_name(filename: str, fallback: str) -> str:
    """The last part of a stored file name, without what no file system takes ('../x', 'a:b', '  .')."""
    name = _UNSAFE.sub("_", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    return name or fallback


def write_copy(key: str | None, filename: str, data: bytes, folder: Path | None = None) -> Path:
    """``data`` as ``filename`` in a subfolder named ``key`` (one per stored file, so two files of the same
    name do not overwrite each other; None: a new subfolder each time). Runs off the GUI thread."""
    base = folder or viewer_folder()
    if key is None:
        target = Path(tempfile.mkdtemp(dir=base))
    else:
        target = base / safe_name(key, "file")
        target.mkdir(mode=0o700, exist_ok=True)
    path = target / safe_name(filename, f"{key or 'file'}")
    if not (path.is_file() and path.read_bytes() == data):  # opened before: the viewer may still hold it
        path.write_bytes(data)
    return path


def open_in_viewer(path: Path) -> bool:
    """False when no program on this computer opens this kind of file."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
