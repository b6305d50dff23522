"""The volunteers room's words on screen: its error codes as sentences (with their counts and times), times of
day, hours and star levels."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.core.clock import CST
from desktop.services.core.errors import ServiceError
from desktop.services.core.vocabulary import STAR_LEVEL
from desktop.views.common.labels import term
from desktop.views.common.messages import error_text

CONTEXT = "VolunteerErrors"
ERRORS = {
    "already_volunteer": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "This person is on the volunteer roster already."
    ),
    "volunteer_no_taken": QT_TRANSLATE_NOOP("VolunteerErrors", "Another volunteer has this number."),
    "bad_volunteer_no": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "A volunteer number is 3 to 32 letters, digits or '-'."
    ),
    "unknown_team": QT_TRANSLATE_NOOP("VolunteerErrors", "Choose a team from the list."),
    "unknown_skill": QT_TRANSLATE_NOOP("VolunteerErrors", "Choose a skill from the list."),
    "in_future": QT_TRANSLATE_NOOP("VolunteerErrors", "This date is still to come."),
    "before_joined": QT_TRANSLATE_NOOP("VolunteerErrors", "The volunteer cannot leave before joining."),
    "before_issue": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "The certificate cannot expire before it was issued."
    ),
    "bad_phone": QT_TRANSLATE_NOOP("VolunteerErrors", "This is not a phone number."),
    "ends_before_start": QT_TRANSLATE_NOOP("VolunteerErrors", "The end must come after the start."),
    "too_long_shift": QT_TRANSLATE_NOOP("VolunteerErrors", "A shift lasts 24 hours at most."),
    "bad_capacity": QT_TRANSLATE_NOOP("VolunteerErrors", "Places: from 1 to 1000."),
    "before_first": QT_TRANSLATE_NOOP("VolunteerErrors", "The last day comes before the first."),
    "series_too_long": QT_TRANSLATE_NOOP("VolunteerErrors", "A series runs for one year at most."),
    "no_days": QT_TRANSLATE_NOOP("VolunteerErrors", "No day of the period matches the series."),
    "shift_cancelled": QT_TRANSLATE_NOOP("VolunteerErrors", "This shift was cancelled."),
    "shift_over": QT_TRANSLATE_NOOP("VolunteerErrors", "This shift is over."),
    "shift_not_started": QT_TRANSLATE_NOOP("VolunteerErrors", "This shift has not started yet."),
    "not_active": QT_TRANSLATE_NOOP("VolunteerErrors", "This volunteer is not serving now (paused or left)."),
    "signed_up_already": QT_TRANSLATE_NOOP("VolunteerErrors", "This volunteer is on the shift already."),
    "present_already": QT_TRANSLATE_NOOP("VolunteerErrors", "This volunteer is checked in already."),
    "no_shift_now": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "No shift of this volunteer is under way or starts within the hour: choose one."
    ),
    "served_already": QT_TRANSLATE_NOOP("VolunteerErrors", "This volunteer served this shift already."),
    "not_present": QT_TRANSLATE_NOOP("VolunteerErrors", "This volunteer is not checked in."),
    "bad_hours": QT_TRANSLATE_NOOP("VolunteerErrors", "Hours: 0 to 24, in quarter hours (e.g. 2.5)."),
    "approved_already": QT_TRANSLATE_NOOP("VolunteerErrors", "These hours are approved already."),
    "not_pending": QT_TRANSLATE_NOOP("VolunteerErrors", "These hours are not waiting for approval."),
    "no_service_in_period": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "No approved service in this period: there is nothing to certify."
    ),
    "unknown_grid": QT_TRANSLATE_NOOP("VolunteerErrors", "Choose a grid from the list."),
    "likely_duplicate": QT_TRANSLATE_NOOP(
        "VolunteerErrors",
        "Someone with this name and birth date or phone is on the register: search for them.",
    ),
    "id_bad_length": QT_TRANSLATE_NOOP("VolunteerErrors", "A citizen ID number has 18 (or 15) characters."),
    "id_bad_characters": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "A citizen ID number holds digits (and a final X)."
    ),
    "id_bad_checksum": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "The check character does not fit: a digit is wrong."
    ),
    "id_bad_birth_date": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "The birth date in this ID number does not exist."
    ),
    "id_unknown_region": QT_TRANSLATE_NOOP("VolunteerErrors", "The first six digits are no region code."),
    "id_bad_format": QT_TRANSLATE_NOOP("VolunteerErrors", "This document number is not valid."),
    "id_taken": QT_TRANSLATE_NOOP(
        "VolunteerErrors", "This ID number is on the register already: search for the person."
    ),
}


def time_text(at: datetime | None) -> str:
    return at.astimezone(CST).strftime("%H:%M") if at else ""


def moment_text(at: datetime | None) -> str:
    return at.astimezone(CST).strftime("%Y-%m-%d %H:%M") if at else ""


def hours_text(hours: Decimal | None) -> str:
    return "" if hours is None else f"{hours.normalize():f}"


def star_text(level: int) -> str:
    return term(STAR_LEVEL, str(level)) if level else ""


def error_message(exc: BaseException) -> str:
    if not isinstance(exc, ServiceError):
        return error_text(exc)
    p = exc.params
    if exc.code == "full":
        return (
            QCoreApplication.translate("VolunteerErrors", "The shift is full: %1 of %2 places taken.")
            .replace("%1", str(p.get("count", "")))
            .replace("%2", str(p.get("capacity", "")))
        )
    if exc.code == "below_signed_up":
        return QCoreApplication.translate(
            "VolunteerErrors", "%1 have signed up for a shift to come: give at least as many places."
        ).replace("%1", str(p.get("count", "")))
    if exc.code == "overlap":
        return (
            QCoreApplication.translate(
                "VolunteerErrors", "It overlaps another shift of this volunteer: %1, %2-%3."
            )
            .replace("%1", str(p.get("title", "")))
            .replace("%2", moment_text(p.get("starts_at")))
            .replace("%3", time_text(p.get("ends_at")))
        )
    if exc.code == "checked_in_already":
        return QCoreApplication.translate(
            "VolunteerErrors", "%1 checked in to this shift already: it cannot be cancelled."
        ).replace("%1", str(p.get("count", "")))
    if exc.code in ERRORS:
        return QCoreApplication.translate(CONTEXT, ERRORS[exc.code])
    return error_text(exc)
