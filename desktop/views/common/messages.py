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
    if code == "same_password":
        return QCoreApplication.translate("Errors", "Choose a password different from the old one.")
    if code == "passwords_differ":
        return QCoreApplication.translate("Errors", "The two new passwords differ: type the same one twice.")
    if code == "own_account":
        return QCoreApplication.translate(
            "Errors", "Not on your own account: another administrator must do this, so the system keeps one."
        )
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


def database_error_text(code: str, params: dict, detail: str = "") -> str:
    """Why the database cannot be opened, and what to do, in the user's language (desktop.db.DatabaseError's
    code and params; detail: the driver's own words, shown when no sentence fits)."""

    p = {k: str(v) for k, v in params.items()}
    host, port, user, db = p.get("host", ""), p.get("port", ""), p.get("user", ""), p.get("database", "")
    if code == "network_share":
        return (
            QCoreApplication.translate(
                "Database",
                "The database file %1 is on a network share (%2). SQLite cannot lock a file over the network: "
                "when two PCs write it, the file is corrupted. Keep the database file on this PC's own disk, "
                "or let the room PCs share a PostgreSQL server (see the IT guide, docs/INSTALL.md).",
            )
            .replace("%1", p.get("path", ""))
            .replace("%2", p.get("kind", ""))
        )
    if code == "refused":
        return (
            QCoreApplication.translate(
                "Database",
                "No database server answers at %1, port %2. Check that PostgreSQL is running on that computer, "
                "that it listens on the network (listen_addresses) and that its firewall lets port %2 in.",
            )
            .replace("%1", host)
            .replace("%2", port)
        )
    if code == "unknown_host":
        return QCoreApplication.translate(
            "Database",
            "No computer called “%1” is known on the network. Check the server name, or use its IP address.",
        ).replace("%1", host)
    if code == "timeout":
        return QCoreApplication.translate(
            "Database",
            "The database server %1 did not answer in time. Check the network cable and the firewall.",
        ).replace("%1", host)
    if code == "wrong_password":
        return QCoreApplication.translate(
            "Database",
            "The server refused user “%1”: the password is wrong, or there is no such user. Check both with IT.",
        ).replace("%1", user)
    if code == "not_allowed":
        return (
            QCoreApplication.translate(
                "Database",
                "The server %1 does not let this PC in as user “%2”. On the server, IT adds this PC's network "
                "to pg_hba.conf (see the IT guide).",
            )
            .replace("%1", host)
            .replace("%2", user)
        )
    if code == "no_database":
        return (
            QCoreApplication.translate(
                "Database",
                "There is no database “%1” on the server %2. Check the name, or create the database first "
                "(see the IT guide).",
            )
            .replace("%1", db)
            .replace("%2", host)
        )
    if code == "server_too_old":
        return (
            QCoreApplication.translate(
                "Database",
                "The server runs PostgreSQL %1; this program needs PostgreSQL %2 or later. Upgrade PostgreSQL "
                "on the server.",
            )
            .replace("%1", p.get("version", ""))
            .replace("%2", p.get("minimum", ""))
        )
    if code == "schema_too_new":
        return QCoreApplication.translate(
            "Database",
            "The database was written by a newer release of the program (schema %1). Install that release "
            "on this PC; this one must not change the database.",
        ).replace("%1", p.get("revision", ""))
    if code == "no_pg_dump":
        return QCoreApplication.translate(
            "Database",
            "The shared database must be upgraded, but pg_dump is not installed on this PC to back it up "
            "first. IT backs up the server and upgrades it from the command line (see the IT guide).",
        )
    if code == "sqlite_file":
        return (
            QCoreApplication.translate("Database", "Cannot open the database file %1: %2")
            .replace("%1", p.get("path", ""))
            .replace("%2", p.get("detail", detail))
        )
    return QCoreApplication.translate("Database", "Cannot open the database: %1").replace(
        "%1", p.get("detail", "") or detail
    )


def database_exception_text(exc: BaseException) -> str:
    """A failure to open the database (a desktop.db.DatabaseError carries its code) as a sentence."""
    return database_error_text(getattr(exc, "code", "other"), getattr(exc, "params", {}), str(exc))


def update_error_text(exc: BaseException) -> str:
    """Why the update folder's offer cannot be used (services/core/update_service.UpdateError)."""
    code, p = getattr(exc, "code", ""), getattr(exc, "params", {})
    path = str(p.get("path", ""))
    if code == "update_folder_unreadable":
        return QCoreApplication.translate(
            "Updates",
            "The update folder cannot be read (%1). Check that the share is reachable from this PC.",
        ).replace("%1", path)
    if code == "update_index_invalid":
        return QCoreApplication.translate(
            "Updates",
            "The update folder's latest.json is not valid (%1): ask IT to publish the update again.",
        ).replace("%1", path)
    if code == "update_file_missing":
        return QCoreApplication.translate(
            "Updates", "The installer named in latest.json is missing or unreadable: %1"
        ).replace("%1", path)
    if code == "update_hash_mismatch":
        return QCoreApplication.translate(
            "Updates",
            "The installer %1 is not the one IT published (its SHA-256 differs): it was not run. It may be "
            "damaged or half-copied; tell IT.",
        ).replace("%1", path)
    return error_text(exc)
