"""What the residents room hands to views, printing and the import: frozen, no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desktop.services.core.errors import ServiceError


class LikelyDuplicate(ServiceError):
    """Same name + birth date, or same phone, as someone on the register: confirm before saving.

    ``params["hints"]`` holds the DuplicateHint list; saving again with ``allow_likely_duplicate=True``
    goes ahead.
    """

    code = "likely_duplicate"


@dataclass(frozen=True)
class PersonInput:
    """A validated person to create or update (``ResidentService.validate_person`` makes one)."""

    name: str
    id_type: str = "resident_id"
    id_number: str | None = None
    sex: str | None = None
    ethnic_code: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    phone2: str | None = None
    resident_type: str = "registered"
    address_id: int | None = None
    employer: str | None = None
    hukou_address: str | None = None
    permit_no: str | None = None
    permit_issued_on: date | None = None
    permit_endorse_due: date | None = None
    moved_in_on: date | None = None
    moved_out_on: date | None = None
    notes: str | None = None


class PersonRow(NamedTuple):
    """A line of the people list or of search results: ID number and phones masked.

    Immutable like the other DTOs, but a NamedTuple: the search box builds up to 100 of these per
    keystroke, and a frozen dataclass costs several times as much to create."""

    id: int
    name: str
    sex: str | None
    birth_date: date | None
    id_type: str
    id_number: str  # masked
    phone: str  # masked
    resident_type: str
    address: str
    moved_out_on: date | None
    match: str = ""  # which lookup found it (search only)


@dataclass(frozen=True)
class HouseholdLink:
    household_id: int
    member_id: int
    household_no: str | None
    address: str
    relation_code: str
    relation: str
    joined_on: date | None
    left_on: date | None


@dataclass(frozen=True)
class PersonDTO:
    """One person's record as the user may see it: ID number and phones masked."""

    id: int
    version: int
    name: str
    id_type: str
    id_number: str  # masked
    sex: str | None
    ethnic_code: str | None
    birth_date: date | None
    phone: str  # masked
    phone2: str  # masked
    resident_type: str
    address_id: int | None
    address: str
    employer: str | None
    hukou_address: str | None
    permit_no: str | None
    permit_issued_on: date | None
    permit_endorse_due: date | None
    moved_in_on: date | None
    moved_out_on: date | None
    notes: str | None
    households: tuple[HouseholdLink, ...]
    # None: the user may not see key-group membership at all; () : none the user may see
    memberships: tuple[MembershipDTO, ...] | None
    can_reveal: bool


@dataclass(frozen=True)
class Revealed:
    person_id: int
    id_number: str | None
    phone: str | None
    phone2: str | None


@dataclass(frozen=True)
class DuplicateHint:
    person_id: int
    name: str
    birth_date: date | None
    id_number: str  # masked
    address: str
    reason: str  # same_id / same_name_birth / same_phone


@dataclass(frozen=True)
class GridDTO:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class AddressDTO:
    id: int
    grid_id: int
    grid_name: str
    building: str
    unit: str
    room: str
    kind: str
    full_text: str


@dataclass(frozen=True)
class HouseholdMemberDTO:
    id: int
    person_id: int
    name: str
    relation_code: str
    relation: str
    joined_on: date | None
    left_on: date | None
    version: int  # optimistic locking: what a change of relation or householder sends back


@dataclass(frozen=True)
class HouseholdDTO:
    id: int
    version: int
    address_id: int
    address: str
    household_no: str | None
    kind: str
    members: tuple[HouseholdMemberDTO, ...]


@dataclass(frozen=True)
class KeyGroupDTO:
    id: int
    code: str
    name: str
    has_risk_level: bool
    follow_up_days: int
    active: bool


@dataclass(frozen=True)
class MembershipDTO:
    id: int
    version: int
    person_id: int
    person_name: str
    key_group_id: int
    group_name: str
    has_risk_level: bool
    start_on: date
    end_on: date | None
    worker_id: int | None
    worker_name: str
    risk_level: int | None
    next_follow_up_on: date | None
    notes: str | None


@dataclass(frozen=True)
class FollowUpDTO:
    id: int
    membership_id: int
    done_on: date
    way: str
    content: str
    findings: str
    risk_level: int | None
    condition_stable: bool | None
    next_due_on: date | None
    worker_name: str


@dataclass(frozen=True)
class DueFollowUp:
    membership_id: int
    person_id: int
    person_name: str
    group_name: str
    worker_id: int | None
    worker_name: str
    risk_level: int | None
    due_on: date
    overdue_days: int  # > 0 overdue, 0 due today, < 0 due in that many days


@dataclass(frozen=True)
class PeopleFilter:
    """What the people list shows: current residents by default; optionally one resident type."""

    include_moved_out: bool = False
    resident_type: str | None = None


@dataclass(frozen=True)
class BulkResult:
    inserted: int
    seconds: float
