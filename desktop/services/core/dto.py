"""Frozen data-transfer objects: what crosses from services to views and printing.

No SQLAlchemy here: printing imports these without touching the database layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Actor:
    """Who is doing something: the logged-in user (or the system itself)."""

    id: int | None
    username: str
    full_name: str
    role: str


SYSTEM = Actor(id=None, username="system", full_name="系统", role="admin")


@dataclass(frozen=True)
class UserDTO:
    id: int
    username: str
    full_name: str
    role: str
    phone: str | None
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    version: int = 0
    must_change_password: bool = False  # the administrator reset it: a new one is chosen at this login

    def locked(self, at: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > at

    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.full_name, self.role)


@dataclass(frozen=True)
class CommunityDTO:
    id: int
    name: str
    street: str
    district: str
    city: str
    address: str
    phone: str
    reception_hours: str
    mediation_committee: str
    is_demo: bool

    @property
    def centre_name(self) -> str:
        return f"{self.name}综治中心"


@dataclass(frozen=True)
class AuditEntryDTO:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: str | None
    after: str | None
    reason: str | None


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class FieldChange:
    """One field of a change to a person's record. ``field`` is PersonInput's field name (the view labels
    it); values are as stored: codes (sex, ethnic group, resident type, ID type), ISO dates, text — ID
    numbers and phones masked, the address as its text, long text shortened; None when empty."""

    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a person's life at the centre; ``kind`` names the source (visit, petition, ...).

    A change of the record (kind "record") carries the changed fields in ``changes`` and no ``detail``."""

    on: date
    at: datetime | None
    kind: str
    title: str
    detail: str = ""
    ref_id: int | None = None
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class Choice:
    """An entry of a list a form offers: a configured code and its label."""

    code: str
    label: str


@dataclass(frozen=True)
class StaffChoice:
    """A staff member a form offers (handler, mediator, worker)."""

    id: int
    full_name: str
    role: str


@dataclass(frozen=True)
class AttachmentDTO:
    """A stored file (core.attachments); ``category`` and ``session_id`` say where a room files it."""

    id: int
    filename: str
    mime_type: str
    size: int
    sha256: str
    created_at: datetime
    category: str = ""
    session_id: int | None = None
