"""Where things live: the data folder (platformdirs) and bundled resources (also when frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_NAME


def data_dir() -> Path:
    """The user's data folder; ZONGZHI_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZONGZHI_DATA_DIR")
    if override:
        path = Path(override)
    else:
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
