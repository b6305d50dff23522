"""Updates from a folder on the centre's intranet, which IT sets as `update_folder` in config.toml.

The folder holds the installers and a `latest.json` that names them (installer/publish_update.py writes it):

    {"version": "0.2.0", "notes": "…",
     "windows": {"file": "zongzhi-desk-0.2.0-setup.exe", "sha256": "…"},
     "linux":   {"file": "zongzhi-desk_0.2.0_amd64.deb", "sha256": "…"}}

The administrator is offered a version newer than the running one. The installer is copied to this PC
first and its SHA-256 checked on the copy, so the file that runs is the file that was checked: a changed
or half-copied installer on the share never runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ServiceError
from desktop.services.core.permissions import Perm, require

LATEST = "latest.json"


class UpdateError(ServiceError):
    """codes: update_folder_unreadable, update_index_invalid, update_file_missing, update_hash_mismatch"""

    def __init__(self, code: str, **params):
        self.code = code
        super().__init__(f"{code}: " + ", ".join(f"{k}={v}" for k, v in params.items()), **params)


@dataclass(frozen=True)
class UpdateOffer:
    version: str
    current: str
    installer: Path  # on the share
    sha256: str
    notes: str
    newer: bool


def platform_key() -> str:
    return "windows" if sys.platform == "win32" else "linux"


def version_key(version: str) -> tuple:
    """0.10.0 > 0.9.1; a Debian-style pre-release (0.2.0~rc1) sorts before its release."""
    release, _, pre = version.partition("~")
    return (tuple(int(n) for n in re.findall(r"\d+", release)), 0 if pre else 1, pre)


def read_offer(folder: str | os.PathLike, current: str = __version__, platform: str | None = None):
    """What the folder offers this PC (None: nothing for this platform). Raises UpdateError when the
    folder or its latest.json cannot be read."""
    index = Path(folder) / LATEST
    try:
        raw = json.loads(index.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UpdateError("update_folder_unreadable", path=str(index), detail=str(exc)) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise UpdateError("update_index_invalid", path=str(index), detail=str(exc)) from exc
    entry = raw.get(platform or platform_key()) if isinstance(raw, dict) else None
    if entry is None:
        return None
    try:
        version, name, digest = str(raw["version"]), str(entry["file"]), str(entry["sha256"]).lower()
    except (KeyError, TypeError) as exc:
        raise UpdateError("update_index_invalid", path=str(index), detail=f"missing {exc}") from exc
    if not re.fullmatch(r"[0-9a-f]{64}", digest) or Path(name).name != name:
        raise UpdateError("update_index_invalid", path=str(index), detail="sha256 or file name malformed")
    return UpdateOffer(
        version=version,
        current=current,
        installer=Path(folder) / name,
        sha256=digest,
        notes=str(raw.get("notes", "")),
        newer=version_key(version) > version_key(current),
    )


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_checked(actor: Actor, offer: UpdateOffer, into: Path | None = None) -> Path:
    """The installer copied to this PC, its SHA-256 checked on the copy; a mismatch deletes the copy.
    Installing is the administrator's to decide."""
    require(actor, Perm.SETTINGS_ADMIN)
    folder = into or Path(tempfile.mkdtemp(prefix="zongzhi-update-"))
    copy = folder / offer.installer.name
    try:
        shutil.copyfile(offer.installer, copy)
    except OSError as exc:
        raise UpdateError("update_file_missing", path=str(offer.installer), detail=str(exc)) from exc
    actual = sha256_of(copy)
    if actual != offer.sha256:
        copy.unlink()
        raise UpdateError(
            "update_hash_mismatch", path=str(offer.installer), expected=offer.sha256, actual=actual
        )
    return copy


def run_installer(installer: Path) -> None:
    """Start the checked installer and return. Windows: the setup (it asks for administrator rights, then
    closes the running program itself); Linux: the .deb opens in the system's package installer."""
    if sys.platform == "win32":
        os.startfile(str(installer), "open", "/SILENT /SUPPRESSMSGBOXES /NORESTART")
    else:
        subprocess.Popen(["xdg-open", str(installer)], start_new_session=True)


def publish(folder: str | os.PathLike, installers: list[Path], version: str, notes: str = "") -> Path:
    """IT's side: copy the installers into the folder and write its latest.json (Windows .exe, Linux .deb)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    index: dict = {"version": version, "notes": notes}
    for path in installers:
        key = {".exe": "windows", ".deb": "linux"}.get(path.suffix.lower())
        if key is None:
            raise UpdateError(
                "update_index_invalid", path=str(path), detail="an installer is a .exe or a .deb"
            )
        if path.resolve() != (folder / path.name).resolve():
            shutil.copyfile(path, folder / path.name)
        index[key] = {"file": path.name, "sha256": sha256_of(folder / path.name)}
    tmp = folder / (LATEST + ".tmp")
    tmp.write_text(json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(folder / LATEST)  # PCs reading the folder meanwhile see the old index or the new one
    return folder / LATEST
