"""The working-rhythm room's error codes as sentences, and the few texts its pages share."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services.core.clock import CST
from desktop.views.common.form_helpers import day_text, room_error_message

ERRORS = {
    "already_routed": QT_TRANSLATE_NOOP("RhythmErrors", "This report has already been routed."),
    "not_in_report": QT_TRANSLATE_NOOP(
        "RhythmErrors", "Choose a key-group record of someone the report is about."
    ),
    "no_parties": QT_TRANSLATE_NOOP(
        "RhythmErrors", "A dispute case needs its parties: add the people involved first."
    ),
    "no_petitioners": QT_TRANSLATE_NOOP(
        "RhythmErrors", "A petition needs a petitioner: add the people involved first."
    ),
    "unknown_grid": QT_TRANSLATE_NOOP("RhythmErrors", "Choose a grid."),
    "unknown_grid_report_kind": QT_TRANSLATE_NOOP("RhythmErrors", "Choose a kind of report from the list."),
    "unknown_person": QT_TRANSLATE_NOOP("RhythmErrors", "That person is no longer in the register."),
    "too_many_people": QT_TRANSLATE_NOOP("RhythmErrors", "Too many people for one report."),
    "in_future": QT_TRANSLATE_NOOP("RhythmErrors", "This date lies in the future."),
    "in_past": QT_TRANSLATE_NOOP("RhythmErrors", "This date has already passed."),
    "bad_date": QT_TRANSLATE_NOOP("RhythmErrors", "This date does not fit."),
    "has_findings": QT_TRANSLATE_NOOP(
        "RhythmErrors", "Something was found in this area (or written down): it cannot be reported as 无."
    ),
    "area_not_reported": QT_TRANSLATE_NOOP(
        "RhythmErrors", "Every area needs 无 or what was found before the round is signed."
    ),
    "already_submitted": QT_TRANSLATE_NOOP(
        "RhythmErrors", "This round has been signed and is no longer changed."
    ),
    "outside_period": QT_TRANSLATE_NOOP(
        "RhythmErrors", "The round is held within its period, not after today."
    ),
    "not_begun": QT_TRANSLATE_NOOP("RhythmErrors", "That round has not begun yet."),
    "unknown_owner": QT_TRANSLATE_NOOP("RhythmErrors", "Choose someone of the centre's staff."),
    "before_start": QT_TRANSLATE_NOOP("RhythmErrors", "The end comes before the start."),
    "period_too_long": QT_TRANSLATE_NOOP(
        "RhythmErrors", "A sensitive period longer than three months is a mistake."
    ),
    "bad_range": QT_TRANSLATE_NOOP("RhythmErrors", "Choose at most a year, the end after the start."),
    "before_meeting": QT_TRANSLATE_NOOP("RhythmErrors", "The due date comes before the meeting."),
    "kind_fixed": QT_TRANSLATE_NOOP("RhythmErrors", "The kind of a meeting stays as it was numbered."),
    "other_year": QT_TRANSLATE_NOOP("RhythmErrors", "The minutes stay in the year they were numbered in."),
    "too_far_ahead": QT_TRANSLATE_NOOP("RhythmErrors", "That is too far ahead for minutes."),
    "unknown_meeting_kind": QT_TRANSLATE_NOOP("RhythmErrors", "Choose the kind of meeting."),
    "unknown_side": QT_TRANSLATE_NOOP("RhythmErrors", "Choose whom an attendee stands for."),
    "too_many_attendees": QT_TRANSLATE_NOOP("RhythmErrors", "Too many attendees."),
    "already_done": QT_TRANSLATE_NOOP("RhythmErrors", "This task is already done."),
    "already_issued": QT_TRANSLATE_NOOP(
        "RhythmErrors", "This week's notice has been issued and stays as it was."
    ),
    "before_found": QT_TRANSLATE_NOOP("RhythmErrors", "This date comes before the hazard was found."),
    "before_told": QT_TRANSLATE_NOOP("RhythmErrors", "The deadline comes before the unit was told."),
    "before_inspection": QT_TRANSLATE_NOOP(
        "RhythmErrors", "The new deadline comes before the re-inspection."
    ),
    "not_corrected": QT_TRANSLATE_NOOP(
        "RhythmErrors", "A hazard is closed after a re-inspection found it corrected."
    ),
    "already_corrected": QT_TRANSLATE_NOOP("RhythmErrors", "This hazard is no longer open."),
    "unknown_hazard_kind": QT_TRANSLATE_NOOP("RhythmErrors", "Choose the kind of hazard."),
    "unknown_severity": QT_TRANSLATE_NOOP("RhythmErrors", "Choose how serious it is."),
    "unknown_unit_kind": QT_TRANSLATE_NOOP("RhythmErrors", "Choose the kind of unit."),
    "bad_phone": QT_TRANSLATE_NOOP(
        "RhythmErrors", "Write a mobile (11 digits) or a landline such as 025-86612345."
    ),
    "too_long": QT_TRANSLATE_NOOP("RhythmErrors", "This text is too long."),
    "not_image_or_pdf": QT_TRANSLATE_NOOP("RhythmErrors", "Only photos (JPEG, PNG) or PDF scans are kept."),
    "duplicate_file": QT_TRANSLATE_NOOP("RhythmErrors", "This file is already kept with the record."),
    "file_too_large": QT_TRANSLATE_NOOP("RhythmErrors", "The file is too large."),
    "empty_file": QT_TRANSLATE_NOOP("RhythmErrors", "The file is empty."),
}

rhythm_error_text = room_error_message("RhythmErrors", ERRORS)


def when(at: datetime | None) -> str:
    """A moment as the centre reads it: mainland time, to the minute."""
    return at.astimezone(CST).strftime("%Y-%m-%d %H:%M") if at else ""


def period_text(start: date, end: date) -> str:
    if start == end:
        return day_text(start)
    return f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"


def figure(value: int | None) -> str:
    """A figure of the minutes; one the author may not read shows as —."""
    return "—" if value is None else str(value)
