"""The reception room's codes as words on screen (English in the code, Chinese in zh_CN.ts), dates with their
weekday, and the room's error messages."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.common.form_helpers import (  # noqa: F401 - the room's views import these from here
    day_text,
    fill,
    room_error_message,
    select,
)
from desktop.views.common.form_helpers import show_error as _show_error

_CTX = "Reception"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


OUTCOMES = {
    "answered": QT_TRANSLATE_NOOP("Reception", "Answered on the spot"),
    "to_mediation": QT_TRANSLATE_NOOP("Reception", "To mediation"),
    "to_petition": QT_TRANSLATE_NOOP("Reception", "To petition"),
    "to_police": QT_TRANSLATE_NOOP("Reception", "To the police station"),
    "other": QT_TRANSLATE_NOOP("Reception", "Other"),
}
URGENCIES = {
    "normal": QT_TRANSLATE_NOOP("Reception", "Normal"),
    "urgent": QT_TRANSLATE_NOOP("Reception", "Urgent"),
    "critical": QT_TRANSLATE_NOOP("Reception", "Very urgent"),
}
SEXES = {
    "1": QT_TRANSLATE_NOOP("Reception", "Male"),
    "2": QT_TRANSLATE_NOOP("Reception", "Female"),
}
ID_TYPES = {
    "resident_id": QT_TRANSLATE_NOOP("Reception", "Resident ID card"),
    "passport": QT_TRANSLATE_NOOP("Reception", "Passport"),
    "hk_macao_permit": QT_TRANSLATE_NOOP("Reception", "Hong Kong / Macao permit"),
    "taiwan_permit": QT_TRANSLATE_NOOP("Reception", "Taiwan permit"),
    "foreigner_pr": QT_TRANSLATE_NOOP("Reception", "Foreigner's permanent residence card"),
    "other": QT_TRANSLATE_NOOP("Reception", "Other document"),
}
CHANNELS = {
    "visit": QT_TRANSLATE_NOOP("Reception", "In person"),
    "letter": QT_TRANSLATE_NOOP("Reception", "Letter"),
    "phone": QT_TRANSLATE_NOOP("Reception", "Phone"),
    "fax": QT_TRANSLATE_NOOP("Reception", "Fax"),
    "network": QT_TRANSLATE_NOOP("Reception", "Online"),
}
CATEGORIES = {
    "claim": QT_TRANSLATE_NOOP("Reception", "Complaint or claim"),
    "suggestion": QT_TRANSLATE_NOOP("Reception", "Suggestion or opinion"),
    "accusation": QT_TRANSLATE_NOOP("Reception", "Report or accusation"),
}
DECISIONS = {
    "support": QT_TRANSLATE_NOOP("Reception", "Supported"),
    "explain": QT_TRANSLATE_NOOP("Reception", "Explained"),
    "not_support": QT_TRANSLATE_NOOP("Reception", "Not supported"),
}
STATUSES = {
    "registered": QT_TRANSLATE_NOOP("Reception", "Registered"),
    "accepted": QT_TRANSLATE_NOOP("Reception", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("Reception", "Not accepted"),
    "handling": QT_TRANSLATE_NOOP("Reception", "Being handled"),
    "answered": QT_TRANSLATE_NOOP("Reception", "Answered"),
    "review": QT_TRANSLATE_NOOP("Reception", "Under review"),
    "closed": QT_TRANSLATE_NOOP("Reception", "Closed"),
}
STEPS = {
    "register": QT_TRANSLATE_NOOP("Reception", "Register (art. 22)"),
    "acceptance_notice": QT_TRANSLATE_NOOP("Reception", "Written notice of acceptance (art. 23)"),
    "transfer_notice": QT_TRANSLATE_NOOP("Reception", "Notice of a transferred matter (art. 23)"),
    "transfer_objection": QT_TRANSLATE_NOOP("Reception", "Object to the transfer (art. 23)"),
    "handle": QT_TRANSLATE_NOOP("Reception", "Handle and answer (art. 34)"),
    "extension": QT_TRANSLATE_NOOP("Reception", "Extension (art. 34)"),
    "review_request": QT_TRANSLATE_NOOP("Reception", "Petitioner may ask for review (art. 35)"),
    "review": QT_TRANSLATE_NOOP("Reception", "Review by the higher body (art. 35)"),
    "recheck_request": QT_TRANSLATE_NOOP("Reception", "Petitioner may ask for re-examination (art. 36)"),
    "recheck": QT_TRANSLATE_NOOP("Reception", "Re-examination by the higher body (art. 36)"),
    "progress": QT_TRANSLATE_NOOP("Reception", "Progress"),
}
STATES = {
    "done": QT_TRANSLATE_NOOP("Reception", "Done"),
    "overdue": QT_TRANSLATE_NOOP("Reception", "Overdue"),
    "due_soon": QT_TRANSLATE_NOOP("Reception", "Due soon"),
    "open": QT_TRANSLATE_NOOP("Reception", "Running"),
    "waiting": QT_TRANSLATE_NOOP("Reception", "Waiting"),
    "lapsed": QT_TRANSLATE_NOOP("Reception", "Lapsed"),
    "none": QT_TRANSLATE_NOOP("Reception", "No deadline"),
}
QUEUES = {
    "open": QT_TRANSLATE_NOOP("Reception", "Open"),
    "due_soon": QT_TRANSLATE_NOOP("Reception", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("Reception", "Overdue"),
    "registered": QT_TRANSLATE_NOOP("Reception", "To decide"),
    "handling": QT_TRANSLATE_NOOP("Reception", "Being handled"),
    "answered": QT_TRANSLATE_NOOP("Reception", "Answered"),
    "all": QT_TRANSLATE_NOOP("Reception", "All"),
    "closed": QT_TRANSLATE_NOOP("Reception", "Closed"),
}
MATCH_SOURCES = {
    "register": QT_TRANSLATE_NOOP("Reception", "register"),
    "visit": QT_TRANSLATE_NOOP("Reception", "earlier visit"),
}

ERRORS = {
    "too_long": QT_TRANSLATE_NOOP("ReceptionErrors", "This is too long."),
    "unknown_person": QT_TRANSLATE_NOOP("ReceptionErrors", "This person is not on the register."),
    "unknown_visit": QT_TRANSLATE_NOOP("ReceptionErrors", "The earlier visit no longer exists."),
    "id_bad_length": QT_TRANSLATE_NOOP("ReceptionErrors", "A resident ID number has 18 characters (or 15)."),
    "id_bad_characters": QT_TRANSLATE_NOOP("ReceptionErrors", "An ID number has digits and a final X only."),
    "id_bad_checksum": QT_TRANSLATE_NOOP("ReceptionErrors", "This ID number is mistyped (check character)."),
    "id_bad_birth_date": QT_TRANSLATE_NOOP(
        "ReceptionErrors", "The birth date in this ID number is impossible."
    ),
    "id_unknown_region": QT_TRANSLATE_NOOP(
        "ReceptionErrors", "The region code of this ID number never existed."
    ),
    "id_bad_format": QT_TRANSLATE_NOOP("ReceptionErrors", "This document number is not in the right format."),
    "id_bad_type": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose the type of document."),
    "bad_phone": QT_TRANSLATE_NOOP(
        "ReceptionErrors", "Write a mobile (11 digits) or a landline (025-86612345)."
    ),
    "bad_people_count": QT_TRANSLATE_NOOP("ReceptionErrors", "At least one person."),
    "too_many_representatives": QT_TRANSLATE_NOOP(
        "ReceptionErrors", "A group chooses at most 5 representatives (art. 20)."
    ),
    "representatives_needed": QT_TRANSLATE_NOOP(
        "ReceptionErrors", "A group of 5 or more names its representatives (at most 5, art. 20)."
    ),
    "unknown_purpose": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose the purpose of the visit."),
    "unknown_outcome": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose an outcome from the list."),
    "unknown_urgency": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose how urgent it is."),
    "unknown_staff": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose a member of staff."),
    "bad_time": QT_TRANSLATE_NOOP("ReceptionErrors", "Give the date and time."),
    "in_future": QT_TRANSLATE_NOOP("ReceptionErrors", "This date is in the future."),
    "too_early": QT_TRANSLATE_NOOP("ReceptionErrors", "This date is too early for this step."),
    "already_left": QT_TRANSLATE_NOOP("ReceptionErrors", "This visitor has already left."),
    "before_time_in": QT_TRANSLATE_NOOP("ReceptionErrors", "The visitor cannot leave before arriving."),
    "already_handed_on": QT_TRANSLATE_NOOP("ReceptionErrors", "This visit has already been handed on."),
    "before_day_from": QT_TRANSLATE_NOOP("ReceptionErrors", "The last day is before the first."),
    "range_too_long": QT_TRANSLATE_NOOP("ReceptionErrors", "Export at most one year at a time."),
    "unknown_channel": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose how the petition came in."),
    "unknown_category": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose the category of the petition."),
    "no_petitioners": QT_TRANSLATE_NOOP("ReceptionErrors", "Name the petitioner."),
    "not_handler": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose a handler from reception or the director."),
    "not_approver": QT_TRANSLATE_NOOP(
        "ReceptionErrors", "An extension is approved by the head of the centre (art. 34)."
    ),
    "not_registered": QT_TRANSLATE_NOOP("ReceptionErrors", "Acceptance has already been decided."),
    "no_transfer": QT_TRANSLATE_NOOP("ReceptionErrors", "This petition was not transferred here."),
    "not_handling": QT_TRANSLATE_NOOP("ReceptionErrors", "This petition is not being handled."),
    "already_extended": QT_TRANSLATE_NOOP("ReceptionErrors", "The handling period was already extended."),
    "extension_too_long": QT_TRANSLATE_NOOP("ReceptionErrors", "An extension is 1 to 30 days (art. 34)."),
    "after_due": QT_TRANSLATE_NOOP("ReceptionErrors", "The handling period ended on %1: too late to extend."),
    "unknown_decision": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose the decision."),
    "no_review_request": QT_TRANSLATE_NOOP("ReceptionErrors", "No review can be asked for now."),
    "no_recheck_request": QT_TRANSLATE_NOOP("ReceptionErrors", "No re-examination can be asked for now."),
    "no_review": QT_TRANSLATE_NOOP("ReceptionErrors", "No review is running."),
    "no_recheck": QT_TRANSLATE_NOOP("ReceptionErrors", "No re-examination is running."),
    "window_closed": QT_TRANSLATE_NOOP("ReceptionErrors", "The 30 days to ask ended on %1."),
    "not_answered": QT_TRANSLATE_NOOP("ReceptionErrors", "This petition has not been answered yet."),
    "petition_closed": QT_TRANSLATE_NOOP("ReceptionErrors", "This petition is closed."),
    "category_fixed": QT_TRANSLATE_NOOP("ReceptionErrors", "The category is fixed once accepted."),
    "empty_file": QT_TRANSLATE_NOOP("ReceptionErrors", "The file is empty."),
    "file_too_large": QT_TRANSLATE_NOOP("ReceptionErrors", "The file is too large (25 MB at most)."),
    "not_image_or_pdf": QT_TRANSLATE_NOOP("ReceptionErrors", "Attach scans: images or PDF files."),
    "duplicate_file": QT_TRANSLATE_NOOP("ReceptionErrors", "This file is already attached."),
    "unknown_queue": QT_TRANSLATE_NOOP("ReceptionErrors", "Unknown list."),
    "unknown_line_format": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose a line format."),
    "id_number_field_needed": QT_TRANSLATE_NOOP(
        "ReceptionErrors", "The line format must contain the ID number."
    ),
    "bad_pattern": QT_TRANSLATE_NOOP("ReceptionErrors", "This regular expression is not valid."),
    "bad_baudrate": QT_TRANSLATE_NOOP("ReceptionErrors", "Choose the port speed."),
}


def tr_label(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    text = table.get(code)
    return _t(text) if text else code


error_message = room_error_message("ReceptionErrors", ERRORS)


def time_text(at: datetime | None, with_date: bool = False) -> str:
    if at is None:
        return ""
    return at.astimezone().strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def show_error(parent: QWidget, label: QLabel, exc: BaseException) -> None:
    """The message under the form, and the field at fault outlined and focused."""
    _show_error(parent, label, exc, error_message)
