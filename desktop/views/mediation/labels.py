"""The room's codes as words on screen (English in the code, Chinese in zh_CN.ts), dates with their weekday,
and the room's error messages."""

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

_CTX = "Mediation"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


SOURCES = {
    "application": QT_TRANSLATE_NOOP("Mediation", "Application by a party"),
    "initiative": QT_TRANSLATE_NOOP("Mediation", "On the committee's initiative"),
    "from_visit": QT_TRANSLATE_NOOP("Mediation", "From reception"),
    "grid": QT_TRANSLATE_NOOP("Mediation", "Reported by a grid worker"),
    "police": QT_TRANSLATE_NOOP("Mediation", "Handed over by the police"),
    "court": QT_TRANSLATE_NOOP("Mediation", "Entrusted by a court"),
    "government": QT_TRANSLATE_NOOP("Mediation", "Assigned by the government"),
    "screening": QT_TRANSLATE_NOOP("Mediation", "Found in the weekly screening"),
}
STATUSES = {
    "new": QT_TRANSLATE_NOOP("Mediation", "New"),
    "assigned": QT_TRANSLATE_NOOP("Mediation", "Assigned"),
    "transferred": QT_TRANSLATE_NOOP("Mediation", "Waiting for sign-off"),
    "returned": QT_TRANSLATE_NOOP("Mediation", "Returned"),
    "mediating": QT_TRANSLATE_NOOP("Mediation", "Mediating"),
    "agreed": QT_TRANSLATE_NOOP("Mediation", "Agreement reached"),
    "failed": QT_TRANSLATE_NOOP("Mediation", "Ended without agreement"),
    "closed": QT_TRANSLATE_NOOP("Mediation", "Closed"),
}
OUTCOMES = {
    "success_written": QT_TRANSLATE_NOOP("Mediation", "Success (written agreement)"),
    "success_oral": QT_TRANSLATE_NOOP("Mediation", "Success (oral agreement)"),
    "failed": QT_TRANSLATE_NOOP("Mediation", "Mediation failed"),
    "terminated": QT_TRANSLATE_NOOP("Mediation", "Terminated"),
    "transferred": QT_TRANSLATE_NOOP("Mediation", "Transferred"),
}
ROLES = {
    "applicant": QT_TRANSLATE_NOOP("Mediation", "Applicant"),
    "respondent": QT_TRANSLATE_NOOP("Mediation", "Respondent"),
    "third_party": QT_TRANSLATE_NOOP("Mediation", "Third party"),
}
RISKS = {
    "low": QT_TRANSLATE_NOOP("Mediation", "Low"),
    "medium": QT_TRANSLATE_NOOP("Mediation", "Medium"),
    "high": QT_TRANSLATE_NOOP("Mediation", "High"),
}
CONSENTS = {
    "pending": QT_TRANSLATE_NOOP("Mediation", "Consent pending"),
    "agreed": QT_TRANSLATE_NOOP("Mediation", "Parties agreed to mediation"),
    "refused": QT_TRANSLATE_NOOP("Mediation", "A party refused mediation"),
}
QUEUES = {
    "new": QT_TRANSLATE_NOOP("Mediation", "New"),
    "mine": QT_TRANSLATE_NOOP("Mediation", "Mine"),
    "due_soon": QT_TRANSLATE_NOOP("Mediation", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("Mediation", "Overdue"),
    "awaiting_sign": QT_TRANSLATE_NOOP("Mediation", "Waiting for sign-off"),
    "open": QT_TRANSLATE_NOOP("Mediation", "All open"),
    "closed": QT_TRANSLATE_NOOP("Mediation", "Closed"),
}
SATISFACTION = {
    "satisfied": QT_TRANSLATE_NOOP("Mediation", "Satisfied"),
    "basically": QT_TRANSLATE_NOOP("Mediation", "Mostly satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("Mediation", "Dissatisfied"),
}
CATEGORIES = {
    "identity": QT_TRANSLATE_NOOP("Mediation", "Identity documents of the parties"),
    "authorization": QT_TRANSLATE_NOOP("Mediation", "Power of attorney"),
    "investigation": QT_TRANSLATE_NOOP("Mediation", "Investigation record"),
    "evidence": QT_TRANSLATE_NOOP("Mediation", "Evidence"),
    "session": QT_TRANSLATE_NOOP("Mediation", "Photo or scan of a session"),
    "performance": QT_TRANSLATE_NOOP("Mediation", "Proof of performance"),
    "confirmation": QT_TRANSLATE_NOOP("Mediation", "Judicial confirmation papers"),
    "note": QT_TRANSLATE_NOOP("Mediation", "Note on the file"),
    "other": QT_TRANSLATE_NOOP("Mediation", "Other"),
}
EVENTS = {
    "accepted": QT_TRANSLATE_NOOP("Mediation", "Case accepted"),
    "consent_agreed": QT_TRANSLATE_NOOP("Mediation", "Parties agreed to mediation"),
    "consent_refused": QT_TRANSLATE_NOOP("Mediation", "A party refused mediation"),
    "assign": QT_TRANSLATE_NOOP("Mediation", "Mediator assigned"),
    "police_flag": QT_TRANSLATE_NOOP("Mediation", "Flagged: tell the police (art. 25)"),
    "police_ack": QT_TRANSLATE_NOOP("Mediation", "Police informed"),
    "transfer_sent": QT_TRANSLATE_NOOP("Mediation", "Transferred to an outside body"),
    "transfer_signed": QT_TRANSLATE_NOOP("Mediation", "Signed for by the receiver"),
    "transfer_returned": QT_TRANSLATE_NOOP("Mediation", "Returned by the receiver"),
    "session": QT_TRANSLATE_NOOP("Mediation", "Mediation session"),
    "agreement_written": QT_TRANSLATE_NOOP("Mediation", "Written agreement signed"),
    "agreement_oral": QT_TRANSLATE_NOOP("Mediation", "Oral agreement recorded"),
    "outcome": QT_TRANSLATE_NOOP("Mediation", "Mediation ended"),
    "confirmation_until": QT_TRANSLATE_NOOP("Mediation", "Last day to apply for judicial confirmation"),
    "confirmation_applied": QT_TRANSLATE_NOOP("Mediation", "Judicial confirmation applied for"),
    "return_visit_due": QT_TRANSLATE_NOOP("Mediation", "Return visit due"),
    "return_visit_done": QT_TRANSLATE_NOOP("Mediation", "Return visit"),
    "attachment": QT_TRANSLATE_NOOP("Mediation", "Attachment added"),
    "extended": QT_TRANSLATE_NOOP("Mediation", "Deadline extended with the parties' consent"),
    "due": QT_TRANSLATE_NOOP("Mediation", "Deadline"),
    "closed": QT_TRANSLATE_NOOP("Mediation", "Closed and archived"),
    "dossier": QT_TRANSLATE_NOOP("Mediation", "Dossier assembled"),
    "party_removed": QT_TRANSLATE_NOOP("Mediation", "Party removed"),
    "session_voided": QT_TRANSLATE_NOOP("Mediation", "Mediation record voided"),
}

ERRORS = {
    "too_long": QT_TRANSLATE_NOOP("MediationErrors", "This is too long."),
    "bad_amount": QT_TRANSLATE_NOOP("MediationErrors", "Write the amount in yuan, e.g. 2000 or 1500.50."),
    "unknown_source": QT_TRANSLATE_NOOP("MediationErrors", "Choose where the case comes from."),
    "unknown_dispute_type": QT_TRANSLATE_NOOP("MediationErrors", "Choose a dispute type from the list."),
    "unknown_risk_level": QT_TRANSLATE_NOOP("MediationErrors", "Choose a risk level."),
    "bad_consent": QT_TRANSLATE_NOOP("MediationErrors", "Consent is either pending or given."),
    "bad_people_involved": QT_TRANSLATE_NOOP("MediationErrors", "At least one person is involved."),
    "no_parties": QT_TRANSLATE_NOOP("MediationErrors", "Add the parties of the dispute."),
    "two_sides_needed": QT_TRANSLATE_NOOP(
        "MediationErrors", "Mediation needs both sides: add the applicant and the respondent."
    ),
    "unknown_grid": QT_TRANSLATE_NOOP("MediationErrors", "Choose a grid from the list."),
    "not_a_mediator": QT_TRANSLATE_NOOP("MediationErrors", "Choose a mediator of the centre."),
    "unknown_party_role": QT_TRANSLATE_NOOP("MediationErrors", "Choose the party's role."),
    "unknown_person": QT_TRANSLATE_NOOP("MediationErrors", "This person is not on the register."),
    "in_future": QT_TRANSLATE_NOOP("MediationErrors", "This date is in the future."),
    "before_accepted": QT_TRANSLATE_NOOP("MediationErrors", "This date is before the case was accepted."),
    "in_the_past": QT_TRANSLATE_NOOP("MediationErrors", "This date has passed: choose today or later."),
    "last_party": QT_TRANSLATE_NOOP(
        "MediationErrors", "A case keeps at least one party: add the right one before removing this one."
    ),
    "case_closed": QT_TRANSLATE_NOOP("MediationErrors", "The case is closed."),
    "nothing_to_acknowledge": QT_TRANSLATE_NOOP("MediationErrors", "There is no open police alert."),
    "parties_fixed": QT_TRANSLATE_NOOP(
        "MediationErrors", "The parties agreed to mediation: a party can no longer be removed."
    ),
    "consent_recorded": QT_TRANSLATE_NOOP("MediationErrors", "The parties' answer is already recorded."),
    "not_routable": QT_TRANSLATE_NOOP("MediationErrors", "This case cannot be routed now."),
    "transfer_answered": QT_TRANSLATE_NOOP("MediationErrors", "The receiver has already answered."),
    "before_sent": QT_TRANSLATE_NOOP("MediationErrors", "This date is before the case was sent."),
    "parties_consent_needed": QT_TRANSLATE_NOOP(
        "MediationErrors", "The deadline is extended only with the parties' consent."
    ),
    "no_deadline": QT_TRANSLATE_NOOP("MediationErrors", "This case has no running deadline."),
    "not_later": QT_TRANSLATE_NOOP("MediationErrors", "The new deadline must be later than the current one."),
    "consent_needed": QT_TRANSLATE_NOOP(
        "MediationErrors", "Mediation starts only when the parties agree to it (art. 17)."
    ),
    "not_mediating": QT_TRANSLATE_NOOP("MediationErrors", "This case is not being mediated."),
    "bad_time": QT_TRANSLATE_NOOP("MediationErrors", "Give the date and time."),
    "unknown_agreement_kind": QT_TRANSLATE_NOOP("MediationErrors", "Written or oral agreement?"),
    "no_session": QT_TRANSLATE_NOOP("MediationErrors", "Record the mediation session first."),
    "before_signed": QT_TRANSLATE_NOOP(
        "MediationErrors", "An agreement takes effect when it is signed or later."
    ),
    "no_agreement": QT_TRANSLATE_NOOP("MediationErrors", "This case has no agreement."),
    "unknown_satisfaction": QT_TRANSLATE_NOOP("MediationErrors", "Choose how satisfied the parties are."),
    "already_done": QT_TRANSLATE_NOOP("MediationErrors", "This return visit is already recorded."),
    "already_applied": QT_TRANSLATE_NOOP("MediationErrors", "The application is already recorded."),
    "bad_date": QT_TRANSLATE_NOOP("MediationErrors", "This date is not possible here."),
    "confirmation_window_closed": QT_TRANSLATE_NOOP(
        "MediationErrors", "The 30 days for judicial confirmation ended on %1."
    ),
    "no_outcome": QT_TRANSLATE_NOOP("MediationErrors", "Record the outcome before closing the case."),
    "return_visit_pending": QT_TRANSLATE_NOOP(
        "MediationErrors", "Record the return visit before closing the case."
    ),
    "unknown_category": QT_TRANSLATE_NOOP("MediationErrors", "Choose what the file is."),
    "empty_file": QT_TRANSLATE_NOOP("MediationErrors", "The file is empty."),
    "file_too_large": QT_TRANSLATE_NOOP("MediationErrors", "The file is too large (25 MB at most)."),
    "other_case": QT_TRANSLATE_NOOP("MediationErrors", "This session belongs to another case."),
    "bad_number_format": QT_TRANSLATE_NOOP(
        "MediationErrors",
        "A number needs {year} for the year and {seq} for the running number; {abbr} may add the "
        "committee's short name. No other {…} is possible.",
    ),
    "number_too_long": QT_TRANSLATE_NOOP(
        "MediationErrors", "Numbers made this way would be too long: shorten the format or the short name."
    ),
    "bad_days": QT_TRANSLATE_NOOP("MediationErrors", "Give a number of days from 1 to 365."),
    "unknown_setting": QT_TRANSLATE_NOOP("MediationErrors", "This setting does not exist."),
}


def tr_label(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    text = table.get(code)
    return _t(text) if text else code


error_message = room_error_message("MediationErrors", ERRORS)


def time_text(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


def show_error(parent: QWidget, label: QLabel, exc: BaseException) -> None:
    """The message under the form, and the field at fault outlined and focused."""
    _show_error(parent, label, exc, error_message)
