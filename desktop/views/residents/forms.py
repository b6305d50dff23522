"""The residents room's error codes as sentences, and its dates as text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.views.common.form_helpers import room_error_message

_CTX = "ResidentErrors"

# code -> English (the Chinese lives in zh_CN.ts under the context "ResidentErrors")
MESSAGES = {
    "id_bad_length": QT_TRANSLATE_NOOP(
        "ResidentErrors", "An ID number has 18 characters (or 15 for an old one)."
    ),
    "id_bad_characters": QT_TRANSLATE_NOOP(
        "ResidentErrors", "An ID number has only digits, and X as its last character."
    ),
    "id_bad_checksum": QT_TRANSLATE_NOOP(
        "ResidentErrors",
        "The last character of this ID number does not match: check it for a typing mistake.",
    ),
    "id_bad_birth_date": QT_TRANSLATE_NOOP(
        "ResidentErrors", "The birth date in this ID number is impossible or in the future."
    ),
    "id_unknown_region": QT_TRANSLATE_NOOP(
        "ResidentErrors", "The first six digits of this ID number are not a region code ever assigned."
    ),
    "id_bad_format": QT_TRANSLATE_NOOP(
        "ResidentErrors", "This document number does not have the form of its type."
    ),
    "id_bad_type": QT_TRANSLATE_NOOP("ResidentErrors", "Choose an ID type from the list."),
    "id_taken": QT_TRANSLATE_NOOP("ResidentErrors", "This ID number is already registered."),
    "id_twice_in_batch": QT_TRANSLATE_NOOP("ResidentErrors", "This ID number appears twice in the file."),
    "unknown_ethnic": QT_TRANSLATE_NOOP("ResidentErrors", "Choose an ethnic group from the list."),
    "unknown_relation": QT_TRANSLATE_NOOP("ResidentErrors", "Choose a relation from the list."),
    "unknown_sex": QT_TRANSLATE_NOOP("ResidentErrors", "Choose the sex from the list."),
    "unknown_resident_type": QT_TRANSLATE_NOOP("ResidentErrors", "Choose a resident type from the list."),
    "bad_date": QT_TRANSLATE_NOOP("ResidentErrors", "Write the date as 2024-03-01."),
    "bad_phone": QT_TRANSLATE_NOOP(
        "ResidentErrors", "A mobile has 11 digits starting with 1; a landline is written like 025-86612345."
    ),
    "birth_date_mismatch": QT_TRANSLATE_NOOP(
        "ResidentErrors", "The birth date differs from the one in the ID number."
    ),
    "sex_mismatch": QT_TRANSLATE_NOOP("ResidentErrors", "The sex differs from the one in the ID number."),
    "in_future": QT_TRANSLATE_NOOP("ResidentErrors", "This date is in the future."),
    "inactive_group": QT_TRANSLATE_NOOP(
        "ResidentErrors", "This key group is no longer in use: the administrator deactivated it."
    ),
    "before_moved_in": QT_TRANSLATE_NOOP("ResidentErrors", "Moving out cannot be before moving in."),
    "before_issue": QT_TRANSLATE_NOOP(
        "ResidentErrors", "The endorsement date cannot be before the issue date."
    ),
    "bad_address": QT_TRANSLATE_NOOP("ResidentErrors", "Choose an address from the list."),
    "second_householder": QT_TRANSLATE_NOOP("ResidentErrors", "This household already has a householder."),
    "householder_leaves": QT_TRANSLATE_NOOP(
        "ResidentErrors",
        "The householder cannot leave while others remain in the household. Choose a new householder first.",
    ),
    "before_joined": QT_TRANSLATE_NOOP(
        "ResidentErrors", "This date is before the person joined the household."
    ),
    "already_in_household": QT_TRANSLATE_NOOP(
        "ResidentErrors", "This person already belongs to a household."
    ),
    "not_in_household": QT_TRANSLATE_NOOP("ResidentErrors", "Choose a member of this household."),
    "member_left": QT_TRANSLATE_NOOP("ResidentErrors", "This person has left the household."),
    "already_householder": QT_TRANSLATE_NOOP(
        "ResidentErrors", "This person is the householder already: choose another member."
    ),
    "householder_relation": QT_TRANSLATE_NOOP(
        "ResidentErrors",
        "Choose a relation to the householder; to make someone householder, use “Change householder…”.",
    ),
    "is_householder": QT_TRANSLATE_NOOP(
        "ResidentErrors", "The householder's relation changes only with “Change householder…”."
    ),
    "already_member": QT_TRANSLATE_NOOP("ResidentErrors", "This person is already in this key group."),
    "bad_risk_level": QT_TRANSLATE_NOOP("ResidentErrors", "The risk level is 0 to 5."),
    "before_start": QT_TRANSLATE_NOOP("ResidentErrors", "This date is before the person joined the group."),
    "not_after_done": QT_TRANSLATE_NOOP("ResidentErrors", "The next follow-up must come after this one."),
    "too_long": QT_TRANSLATE_NOOP("ResidentErrors", "This is too long."),
    "likely_duplicate": QT_TRANSLATE_NOOP("ResidentErrors", "This may be someone already registered."),
}


resident_error_text = room_error_message(_CTX, MESSAGES)


def iso(d: date | None) -> str:
    return d.isoformat() if d else ""
