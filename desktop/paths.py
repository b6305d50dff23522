"""Where things live: the data folder (per machine when installed so, else platformdirs) and bundled
resources (also when frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_NAME

# Next to the installed program: names the data folder of a per-machine install. The Windows installer writes
# it (C:\ProgramData\ZongzhiDesk, writable by every user of the PC), so all users of a PC share one database.
MACHINE_DATA_MARKER = "data-folder.txt"


def machine_data_dir() -> Path | None:
    """The data folder the installer chose for every user of this PC, if the program is installed so."""
    if not getattr(sys, "frozen", False):
        return None
    marker = Path(sys.executable).resolve().parent / MACHINE_DATA_MARKER
    try:
        named = marker.read_text(encoding="utf-8-sig").strip()
    except OSError:
        return None
    return Path(os.path.expandvars(named)) if named else None


def data_dir() -> Path:
    """The data folder: ZONGZHI_DATA_DIR (tests, portable use), else the per-machine folder the installer
    named, else the user's own (platformdirs)."""
    override = os.environ.get("ZONGZHI_DATA_DIR")
    path = Path(override) if override else machine_data_dir()
    if path is None:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(*parts: str) -> Path:
    """A file under desktop/resources, in a source tree or a PyInstaller bundle (sys._MEIPASS)."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) / "desktop" / "resources" if base else Path(__file__).resolve().parent / "resources"
    return root.joinpath(*parts)


def project_root() -> Path:
    """The folder holding alembic.ini and migrations/ (next to the package, or inside the bundle)."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else Path(__file__).resolve().parent.parent
