"""Errors services raise. Each carries a stable ``code`` the views translate, and the field at fault."""

from __future__ import annotations


class ServiceError(Exception):
    code = "error"

    def __init__(self, message: str = "", *, field: str | None = None, **params):
        super().__init__(message or self.code)
        self.field = field
        self.params = params


class ValidationError(ServiceError):
    """Bad input; ``field`` names the form field, ``code`` what is wrong with it."""

    def __init__(self, field: str, code: str, message: str = "", **params):
        self.code = code
        super().__init__(message or f"{field}: {code}", field=field, **params)


class PermissionDenied(ServiceError):
    code = "permission_denied"


class AuthFailed(ServiceError):
    code = "bad_credentials"


class AccountLocked(ServiceError):
    code = "locked"


class NotFound(ServiceError):
    code = "not_found"


class Conflict(ServiceError):
    """Someone else changed the record meanwhile (optimistic locking)."""

    code = "conflict"


class Cancelled(ServiceError):
    """Long work stopped because the user cancelled it; whatever it was writing rolled back."""

    code = "cancelled"


class Unavailable(ServiceError):
    """The database cannot be reached or written just now: the disk is full, another program holds the file,
    the server is away. Nothing of the unit of work was saved; the same action may succeed later. ``code``:
    disk_full, database_locked, database_read_only, disk_error, server_unreachable."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        super().__init__(detail or code)


_SQLITE_CODES = {
    "SQLITE_FULL": "disk_full",
    "SQLITE_BUSY": "database_locked",
    "SQLITE_LOCKED": "database_locked",
    "SQLITE_READONLY": "database_read_only",
    "SQLITE_IOERR": "disk_error",
    "SQLITE_CANTOPEN": "disk_error",
}


def unavailable(exc: BaseException) -> Unavailable | None:
    """``exc`` as an Unavailable when it says the storage is away or full (the driver's own exception is
    its ``__cause__``); None for every other error, which stays what it is."""
    import errno
    import sqlite3

    if isinstance(exc, Unavailable):
        return exc
    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's exception
    code = None
    if isinstance(orig, OSError) and orig.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        code = "disk_full"
    elif isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", "") or ""
        code = next((c for prefix, c in _SQLITE_CODES.items() if name.startswith(prefix)), None)
        if code is None and "locked" in str(orig):
            code = "database_locked"
    elif type(orig).__module__.startswith("psycopg"):
        import psycopg

        sqlstate = getattr(orig, "sqlstate", None) or ""
        if sqlstate == "53100":  # the server's disk is full
            code = "disk_full"
        # connection lost, server shut down or starting; no code at all: refused, closed unexpectedly
        elif (
            sqlstate[:2] == "08"
            or sqlstate[:4] == "57P0"
            or not sqlstate
            and isinstance(orig, psycopg.OperationalError)
        ):
            code = "server_unreachable"
    if code is None and getattr(exc, "connection_invalidated", False):
        code = "server_unreachable"
    if code is None:
        return None
    error = Unavailable(code, str(orig).strip().splitlines()[0] if str(orig).strip() else code)
    error.__cause__ = exc
    return error
