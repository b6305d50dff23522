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
