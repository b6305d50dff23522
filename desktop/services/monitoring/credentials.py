"""Camera and NVR passwords at rest: Fernet tokens in the database, the key in a file of this PC's data folder
(never in the database, so a copied database or a backup holds no usable password).

The key is made on first use (owner-only permissions). A PC without the key (a second room PC on a shared
PostgreSQL server) cannot read the passwords: its streams say so, and copying ``camera-credentials.key`` from
the first PC's data folder, or entering the password again, mends it. No password is ever returned to a screen:
``hint`` says only whether one is set.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from desktop.services.core.errors import ServiceError

KEY_FILE = "camera-credentials.key"


class CredentialsUnreadable(ServiceError):
    """The stored password was encrypted with another key than this PC's."""

    code = "credentials_unreadable"


class CredentialBox:
    def __init__(self, key_path: Path | None = None):
        self._path = key_path
        self._fernet = None  # cryptography's Fernet, made on first use (not on the start-up path)
        self._lock = threading.Lock()

    @property
    def key_path(self) -> Path:
        if self._path is None:
            from desktop.paths import data_dir

            self._path = data_dir() / KEY_FILE
        return self._path

    def _box(self):
        from cryptography.fernet import Fernet

        with self._lock:
            if self._fernet is None:
                path = self.key_path
                if not path.exists():
                    path.parent.mkdir(parents=True, exist_ok=True)
                    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                    with os.fdopen(fd, "wb") as f:
                        f.write(Fernet.generate_key())
                self._fernet = Fernet(path.read_bytes().strip())
            return self._fernet

    def encrypt(self, secret: str | None) -> str | None:
        if not secret:
            return None
        return self._box().encrypt(secret.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str | None) -> str | None:
        from cryptography.fernet import InvalidToken

        if not token:
            return None
        try:
            return self._box().decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise CredentialsUnreadable("password encrypted with another key") from None


def hint(token: str | None) -> str:
    """What a screen may show of a stored password: that there is one (never any of its characters)."""
    return "••••••" if token else ""
