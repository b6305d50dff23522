"""What the reception service (群众接待室: the visitor log) hands to views and printing: frozen, no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from desktop.services.core.dto import Choice, StaffChoice
from desktop.services.core.vocabulary import URGENCY, VISIT_OUTCOME

OUTCOMES = VISIT_OUTCOME.codes()
URGENCIES = URGENCY.codes()
GROUP_SIZE = 5  # a visit of 5 or more people is a group visit (集体访)
MAX_REPRESENTATIVES = 5  # 信访工作条例 art. 20


@dataclass(frozen=True)
class VisitInput:
    """A check-in as the desk types it.

    A returning visitor comes with ``person_id`` (the residents register) or ``from_visit_id`` (an earlier visit
    of a non-resident): an ID number or phone left blank, or shown masked (with ``*``), keeps the stored value,
    so the full numbers never travel to the screen.
    """

    visitor_name: str = ""
    person_id: int | None = None
    from_visit_id: int | None = None
    visitor_sex: str | None = None  # "1" male, "2" female (GB/T 2261.1)
    visitor_id_type: str | None = "resident_id"
    visitor_id_number: str | None = None
    visitor_phone: str | None = None
    visitor_address: str | None = None
    time_in: datetime | None = None  # None: now
    people_count: int = 1
    representatives: tuple[str, ...] = ()
    purpose: str = "consult"
    whom: str | None = None
    content: str = ""
    handled_by: int | None = None  # None: whoever checks the visitor in
    outcome: str | None = None
    urgency: str = "normal"
    notes: str | None = None


class VisitorMatch(NamedTuple):
    """A returning visitor found as the desk types: from the register or from an earlier visit; masked."""

    source: str  # "register" or "visit"
    person_id: int | None
    visit_id: int | None  # the latest visit of a non-resident
    name: str
    sex: str | None
    id_type: str | None
    id_number: str  # masked
    phone: str  # masked
    address: str
    birth_date: date | None
    moved_out: bool
    last_visit_at: datetime | None
    match: str = ""  # which lookup found it


class VisitRow(NamedTuple):
    """A line of the on-site list or the day's log: ID number and phone masked."""

    id: int
    version: int
    time_in: datetime
    time_out: datetime | None
    auto_closed: bool
    visitor_name: str
    person_id: int | None
    id_number: str  # masked
    phone: str  # masked
    people_count: int
    representatives: str
    purpose: str  # code
    purpose_label: str
    whom: str
    content: str
    handled_by: str
    outcome: str | None
    urgency: str
    petition_no: str | None
    case_no: str | None
    referral_note: str | None
    stale: bool  # still open from an earlier day

    @property
    def is_group(self) -> bool:
        return self.people_count >= GROUP_SIZE


@dataclass(frozen=True)
class VisitDetail:
    id: int
    version: int
    person_id: int | None
    visitor_name: str
    visitor_sex: str | None
    visitor_id_type: str | None
    visitor_id_number: str  # masked
    visitor_phone: str  # masked
    visitor_address: str
    time_in: datetime
    time_out: datetime | None
    auto_closed: bool
    people_count: int
    representatives: tuple[str, ...]
    purpose: str
    purpose_label: str
    whom: str
    content: str
    handled_by: int | None
    handled_by_name: str
    outcome: str | None
    urgency: str
    notes: str
    # where the matter went (首问负责)
    petition_id: int | None
    petition_no: str | None
    petition_status: str | None
    dispute_case_id: int | None
    case_no: str | None
    case_status: str | None
    referral_note: str | None
    voided: bool

    @property
    def is_group(self) -> bool:
        return self.people_count >= GROUP_SIZE

    @property
    def handed_on(self) -> bool:
        return bool(self.petition_id or self.dispute_case_id or self.referral_note)


@dataclass(frozen=True)
class ReceptionOptions:
    purposes: tuple[Choice, ...]
    staff: tuple[StaffChoice, ...]
    dispute_types: tuple[Choice, ...]
