"""Service errors as sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.services.core.errors import ServiceError


def error_text(exc: BaseException) -> str:
    if not isinstance(exc, ServiceError):
        return QCoreApplication.translate("Errors", "Something went wrong: %1").replace("%1", str(exc))
    code, p = exc.code, exc.params
    if code == "required":
        return QCoreApplication.translate("Errors", "This field is required.")
    if code == "unreadable_date":
        return QCoreApplication.translate("Errors", "Write the date as 2025-11-20 (or 20251120).")
    if code == "unreadable_moment":
        return QCoreApplication.translate("Errors", "Write the date and time as 2025-11-20 14:30.")
    if code == "password_too_short":
        return QCoreApplication.translate("Errors", "The password needs at least %1 characters.").replace(
            "%1", str(p.get("min", 8))
        )
    if code == "duplicate":
        return QCoreApplication.translate("Errors", "This name is already taken.")
    if code == "unknown_role":
        return QCoreApplication.translate("Errors", "Choose a role from the list.")
    if code == "wrong_password":
        return QCoreApplication.translate("Errors", "The password is wrong.")
    if code == "already_set_up":
        return QCoreApplication.translate("Errors", "This database has already been set up.")
    if code == "bad_credentials":  # the same for an unknown name: no hint which names exist
        return QCoreApplication.translate("Errors", "Wrong user name or password.")
    if code == "locked":
        until = p.get("until")
        when = QLocale().toString(until.astimezone().time(), QLocale.FormatType.ShortFormat) if until else ""
        return QCoreApplication.translate(
            "Errors", "Too many wrong passwords: the account is locked until %1."
        ).replace("%1", when)
    if code == "permission_denied":
        return QCoreApplication.translate("Errors", "Your role may not do this.")
    if code == "conflict":
        return QCoreApplication.translate(
            "Errors", "Someone else changed this record meanwhile. Reload it and try again."
        )
    if code == "unprintable_character":
        return (
            QCoreApplication.translate(
                "Errors",
                "Not printed: the character 「%1」 (%2) in “%3” is in none of the fonts, so it would print "
                "as a blank. Check how it is entered, or write it by hand on a blank form.",
            )
            .replace("%1", p.get("char", ""))
            .replace("%2", p.get("codepoint", ""))
            .replace("%3", p.get("text", ""))
        )
    if code == "not_found":
        return QCoreApplication.translate("Errors", "The record no longer exists.")
    return QCoreApplication.translate("Errors", "Something went wrong: %1").replace("%1", str(exc))
