"""SQLAlchemy ORM models, one file per domain. Importing this package registers every table."""

from desktop.models.audit import AuditEntry
from desktop.models.base import Base
from desktop.models.community import Address, CalendarDay, CalendarYear, CodeItem, Community, Grid
from desktop.models.mediation import (
    Agreement,
    CaseParty,
    CaseTransfer,
    DisputeCase,
    MediationSession,
    ReturnVisit,
)
from desktop.models.monitoring import (
    Camera,
    CameraDay,
    CameraEvent,
    CameraTour,
    DutyLog,
    FootageCamera,
    FootageFile,
    FootageRegisterEntry,
    FootageRequest,
    ShiftHandover,
)
from desktop.models.reception import Attachment, Petition, Petitioner, PetitionStep, Visit
from desktop.models.residents import (
    FollowUp,
    Household,
    HouseholdMember,
    KeyGroup,
    KeyGroupMembership,
    Person,
)
from desktop.models.staff import StaffUser
from desktop.models.volunteers import Activity, Attendance, Volunteer

__all__ = [
    "Activity",
    "Address",
    "Agreement",
    "Attachment",
    "Attendance",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "CalendarYear",
    "Camera",
    "CameraDay",
    "CameraEvent",
    "CameraTour",
    "CaseParty",
    "CaseTransfer",
    "CodeItem",
    "Community",
    "DisputeCase",
    "DutyLog",
    "FollowUp",
    "FootageCamera",
    "FootageFile",
    "FootageRegisterEntry",
    "FootageRequest",
    "Grid",
    "Household",
    "HouseholdMember",
    "KeyGroup",
    "KeyGroupMembership",
    "MediationSession",
    "Person",
    "Petition",
    "Petitioner",
    "PetitionStep",
    "ReturnVisit",
    "ShiftHandover",
    "StaffUser",
    "Visit",
    "Volunteer",
]
