"""What the volunteers room hands to views and printing: frozen DTOs, ID numbers and phones already masked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop.services.core.dto import Choice, StaffChoice

# 星级志愿者 at these approved hours (DOMAIN §6): exactly 100 h is the first star
STAR_HOURS: tuple[int, ...] = (100, 300, 600, 1000, 1500)


def star_level(hours: Decimal | float | int) -> int:
    """0 below 100 approved hours, then 1..5."""
    return sum(1 for h in STAR_HOURS if Decimal(hours) >= h)


def next_star(hours: Decimal) -> int | None:
    """The hours of the next level, None at five stars."""
    return next((h for h in STAR_HOURS if hours < h), None)


# -- the roster -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VolunteerInput:
    """A volunteer's own record (the person's name, ID and phone stay on the register).

    ``volunteer_no``: the national 志愿服务网 number when they have one; blank, the centre numbers them."""

    volunteer_no: str | None = None
    team: str | None = None
    joined_on: date | None = None
    emergency_contact: str | None = None
    emergency_phone: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class RosterFilter:
    text: str = ""  # name, its start or pinyin initials, volunteer number, ID or phone last digits
    team: str | None = None
    status: str | None = "current"  # current (active + paused), a VOLUNTEER_STATUS code, or None: everyone


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    version: int
    person_id: int
    volunteer_no: str
    name: str
    sex: str | None
    phone: str  # masked
    team: str | None
    team_label: str
    status: str
    joined_on: date
    left_on: date | None
    hours: Decimal  # approved
    star: int
    certificates_due: int  # certificates expired or expiring within the reminder window


@dataclass(frozen=True)
class SkillDTO:
    id: int
    version: int
    skill: str
    label: str
    certificate_no: str | None
    issued_on: date | None
    expires_on: date | None
    expired: bool
    expiring: bool  # within the reminder window


@dataclass(frozen=True)
class VolunteerDTO:
    id: int
    version: int
    person_id: int
    volunteer_no: str
    name: str
    sex: str | None
    birth_date: date | None
    id_type: str
    id_number: str  # masked
    phone: str  # masked
    address: str
    team: str | None
    team_label: str
    status: str
    joined_on: date
    left_on: date | None
    left_reason: str | None
    emergency_contact: str | None
    emergency_phone: str  # masked
    photo_id: int | None
    notes: str | None
    skills: tuple[SkillDTO, ...]
    hours_approved: Decimal
    hours_pending: Decimal
    services: int  # shifts served with approved hours
    star: int
    next_star_hours: int | None


@dataclass(frozen=True)
class PersonChoice:
    """A person of the register to enrol, and whether they are a volunteer already."""

    person_id: int
    name: str
    sex: str | None
    birth_date: date | None
    id_number: str  # masked
    address: str
    volunteer_id: int | None


@dataclass(frozen=True)
class CertificateDue:
    """A skill certificate expired or expiring soon: the reminder."""

    volunteer_id: int
    volunteer_no: str
    name: str
    skill_label: str
    certificate_no: str | None
    expires_on: date
    expired: bool


@dataclass(frozen=True)
class VolunteerOptions:
    teams: tuple[Choice, ...]
    skills: tuple[Choice, ...]
    grids: tuple[Choice, ...]  # code = grid id as text
    organizers: tuple[StaffChoice, ...]


# -- activities and shifts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityInput:
    """An activity: once (``starts_at``..``ends_at``), or a series repeating that time of day on its days from
    the first occurrence's day to ``last_day`` (weekly on ``weekdays`` 1-7, or every mainland working day)."""

    title: str
    kind: str
    place: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    grid_id: int | None = None
    content: str = ""
    leader_id: int | None = None  # a volunteer leading it (带队)
    organizer_id: int | None = None  # the staff member in charge (default: who creates it)
    recurrence: str = "once"
    weekdays: tuple[int, ...] = ()
    last_day: date | None = None


@dataclass(frozen=True)
class ActivityFilter:
    day_from: date | None = None  # activities with a shift in this window
    day_to: date | None = None
    kind: str | None = None
    text: str = ""


@dataclass(frozen=True)
class ShiftRow:
    id: int
    version: int
    activity_id: int
    title: str
    kind: str
    place: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    signed_up: int
    checked_in: int
    cancelled: bool
    cancel_reason: str | None


@dataclass(frozen=True)
class ActivityRow:
    id: int
    version: int
    title: str
    kind: str
    place: str
    grid: str
    recurrence: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    shifts: int  # not cancelled
    next_shift_at: datetime | None
    leader: str


@dataclass(frozen=True)
class ActivityDTO:
    id: int
    version: int
    title: str
    kind: str
    place: str
    grid_id: int | None
    grid: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    content: str
    leader_id: int | None
    leader: str
    organizer: str
    recurrence: str
    weekdays: tuple[int, ...]
    first_day: date | None
    last_day: date | None
    shifts: tuple[ShiftRow, ...]


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    version: int
    shift_id: int
    activity_id: int
    volunteer_id: int
    volunteer_no: str
    name: str
    how: str
    cancelled: bool
    check_in_at: datetime | None
    check_out_at: datetime | None
    auto_closed: bool
    hours: Decimal | None
    hours_status: str
    role: str | None


# -- the check-in desk ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskShift:
    """A shift of today for one volunteer at the desk: signed up or not, in or out."""

    shift_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    attendance_id: int | None
    attendance_version: int | None
    check_in_at: datetime | None
    check_out_at: datetime | None


@dataclass(frozen=True)
class DeskMatch:
    volunteer_id: int
    volunteer_no: str
    name: str
    team_label: str
    id_number: str  # masked
    phone: str  # masked
    status: str
    match: str  # what matched: number, id, id_tail, phone_tail, name, initials
    present: bool  # checked in now
    shifts: tuple[DeskShift, ...]  # today's, signed up first


@dataclass(frozen=True)
class ScanResult:
    """What the desk did with a typed or scanned volunteer number.

    ``action``: checked_in, checked_out, choose_shift (not signed up for a shift under way or to come today: the
    desk picks one), unknown (no volunteer with that number), not_active (left or paused)."""

    action: str
    volunteer: DeskMatch | None = None
    attendance: AttendanceRow | None = None


@dataclass(frozen=True)
class DeskToday:
    shifts: tuple[ShiftRow, ...]
    present: tuple[AttendanceRow, ...]  # checked in, not out
    open_before_today: int  # check-ins of earlier days never closed: the day's end was missed


# -- hours ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursRow:
    attendance_id: int
    version: int
    volunteer_id: int
    volunteer_no: str
    name: str
    activity_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    check_in_at: datetime | None
    check_out_at: datetime | None
    auto_closed: bool
    hours: Decimal | None
    hours_status: str


@dataclass(frozen=True)
class HoursChangeDTO:
    at: datetime
    by: str
    action: str
    hours_before: Decimal | None
    hours_after: Decimal | None
    status_before: str
    status_after: str
    reason: str | None


@dataclass(frozen=True)
class StarReached:
    volunteer_id: int
    name: str
    level: int
    hours: Decimal


@dataclass(frozen=True)
class ApprovalResult:
    approved: int
    stars_reached: tuple[StarReached, ...]


# -- certificates and figures -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateDTO:
    id: int
    version: int
    cert_no: str
    volunteer_id: int
    name: str
    period_from: date
    period_to: date
    hours: Decimal
    services: int
    purpose: str | None
    issued_on: date
    handler: str
    voided: bool


@dataclass(frozen=True)
class TeamFigure:
    team: str | None
    label: str
    volunteers: int
    hours: Decimal


@dataclass(frozen=True)
class VolunteerFigures:
    """The director's charts: volunteers and approved hours of a period (the read API of this room)."""

    period_from: date
    period_to: date
    volunteers: int  # on the roster at the end of the period (active or paused)
    joined: int  # joined in the period
    services: int  # shifts served with approved hours in the period
    hours: Decimal  # approved hours served in the period
    hours_pending: Decimal  # waiting for approval (or a day-end confirmation)
    by_team: tuple[TeamFigure, ...]
    by_kind: tuple[tuple[str, Decimal], ...]  # ACTIVITY_KIND code -> approved hours in the period
    by_star: tuple[tuple[int, int], ...]  # star level 1..5 -> volunteers at it (all approved hours, to date)
