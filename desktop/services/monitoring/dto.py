"""What the video-monitoring room's services hand to views and print loaders (frozen; no ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.devices.camera_urls import redact


@dataclass(frozen=True)
class CameraInput:
    """A camera as the register form gives it. ``password``: None keeps the stored one, "" clears it."""

    code: str
    name: str
    location: str
    vendor: str = "hikvision"
    host: str = ""
    rtsp_port: int = 554
    http_port: int = 80
    nvr: str = ""
    channel: int = 1
    main_template: str = ""
    sub_template: str = ""
    username: str = ""
    password: str | None = field(default=None, repr=False)
    kind: str = "bullet"
    grid_id: int | None = None
    group_name: str = ""
    ptz: bool = False
    maintainer: str = ""
    storage_days: int = 30
    commissioned_on: date | None = None
    filed_on: date | None = None
    filing_no: str = ""
    state: str = "in_service"
    note: str = ""


@dataclass(frozen=True)
class CameraDTO:
    id: int
    version: int
    code: str
    name: str
    location: str
    vendor: str
    host: str
    rtsp_port: int
    http_port: int
    nvr: str
    channel: int
    main_template: str
    sub_template: str
    username: str
    password_hint: str  # "••••••" when one is stored, never any of it
    kind: str
    grid_id: int | None
    group_name: str
    ptz: bool
    maintainer: str
    storage_days: int
    commissioned_on: date | None
    filed_on: date | None
    filing_no: str
    state: str
    note: str
    filing_status: str  # vocabulary.FILING_STATUS
    filing_due: date | None  # commissioned + 30 days (art. 14)
    online: bool | None = None  # the last health check (None: never checked)
    checked_at: datetime | None = None

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class StreamSource:
    """What a tile opens: the addresses carry the credentials (percent-encoded), so they are never shown,
    logged or printed (``repr`` redacts them). ``problem``: why the camera cannot be opened (an error code)."""

    camera_id: int
    code: str
    name: str
    sub_url: str = field(default="", repr=False)
    main_url: str = field(default="", repr=False)
    problem: str | None = None

    def __repr__(self) -> str:
        return (
            f"StreamSource({self.camera_id}, {self.code!r}, sub={redact(self.sub_url)!r}, "
            f"main={redact(self.main_url)!r}, problem={self.problem!r})"
        )


@dataclass(frozen=True)
class TourStep:
    layout: int  # 1, 4, 9 or 16 tiles
    camera_ids: tuple[int, ...]
    dwell: int  # seconds


@dataclass(frozen=True)
class TourDTO:
    id: int
    version: int
    name: str
    steps: tuple[TourStep, ...]


@dataclass(frozen=True)
class HealthDTO:
    """One camera's health for the director: the day's online rate and the last change."""

    camera_id: int
    code: str
    name: str
    online: bool | None
    since: datetime | None
    checks: int
    online_checks: int

    @property
    def rate(self) -> float | None:
        return self.online_checks / self.checks if self.checks else None


@dataclass(frozen=True)
class DayRate:
    day: date
    checks: int
    online_checks: int

    @property
    def rate(self) -> float | None:
        return self.online_checks / self.checks if self.checks else None


@dataclass(frozen=True)
class CameraEventDTO:
    at: datetime
    online: bool
    detail: str


@dataclass(frozen=True)
class DutyEntryInput:
    content: str  # what was seen
    camera_id: int | None = None
    action: str = ""
    reported_to: str = ""
    open: bool = False
    logged_at: datetime | None = None  # None: now
    kind: str = "duty"


@dataclass(frozen=True)
class DutyEntryDTO:
    id: int
    version: int
    kind: str
    logged_at: datetime
    operator: str
    camera_id: int | None
    camera: str
    content: str
    action: str
    reported_to: str
    open: bool
    closed_at: datetime | None
    attachments: int = 0


@dataclass(frozen=True)
class HandoverDTO:
    id: int
    version: int
    handed_at: datetime
    from_id: int
    from_name: str
    to_id: int | None
    to_name: str
    offline_cameras: tuple[str, ...]
    open_matters: tuple[str, ...]
    notes: str
    accepted_at: datetime | None


@dataclass(frozen=True)
class HandoverDraft:
    """What a handover would list now: the cameras offline and the open matters."""

    offline_cameras: tuple[str, ...]
    open_matters: tuple[str, ...]


@dataclass(frozen=True)
class SnapshotDTO:
    attachment_id: int
    owner_kind: str
    owner_id: int
    filename: str
    sha256: str


@dataclass(frozen=True)
class FootageInput:
    requester_org: str
    requester_name: str
    basis: str
    reason: str
    camera_ids: tuple[int, ...]
    window_start: datetime
    window_end: datetime
    requester_id_number: str = ""
    legal_basis: str = ""
    access: str = "view"
    case_id: int | None = None
    visit_id: int | None = None


@dataclass(frozen=True)
class FootageFileDTO:
    id: int
    filename: str
    size: int
    sha256: str
    destination: str
    camera: str
    at: datetime


@dataclass(frozen=True)
class FootageRequestDTO:
    id: int
    version: int
    number: str
    requester_org: str
    requester_name: str
    requester_id: str  # masked
    basis: str
    legal_basis: str
    reason: str
    access: str
    cameras: tuple[str, ...]
    camera_ids: tuple[int, ...]
    window_start: datetime
    window_end: datetime
    case_id: int | None
    case_no: str
    visit_id: int | None
    decision: str
    decision_reason: str
    approver: str
    decided_at: datetime | None
    handler: str
    second_handler: str
    accessed_at: datetime | None
    files: tuple[FootageFileDTO, ...]
    created_at: datetime
    voided: bool = False

    @property
    def status(self) -> str:
        """pending / approved / refused / done / voided."""
        if self.voided:
            return "voided"
        if self.decision == "approved" and self.accessed_at is not None:
            return "done"
        return self.decision


@dataclass(frozen=True)
class RegisterLineDTO:
    """One line of the 调阅登记簿."""

    id: int
    at: datetime
    request_id: int
    number: str
    step: str
    username: str
    data: dict
    hash: str


@dataclass(frozen=True)
class ExportedClip:
    """A time window copied from a device into a file (stream copy, no re-encoding)."""

    path: str
    size: int
    sha256: str
    packets: int
    seconds: float


__all__ = [
    "CameraDTO",
    "CameraEventDTO",
    "CameraInput",
    "DayRate",
    "DutyEntryDTO",
    "DutyEntryInput",
    "ExportedClip",
    "FootageFileDTO",
    "FootageInput",
    "FootageRequestDTO",
    "HandoverDTO",
    "HandoverDraft",
    "HealthDTO",
    "RegisterLineDTO",
    "SnapshotDTO",
    "StreamSource",
    "TourDTO",
    "TourStep",
]
