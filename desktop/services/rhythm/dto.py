"""What the working-rhythm room's services take and return: frozen inputs and DTOs, no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.services.core.dto import AttachmentDTO, Choice, StaffChoice

# -- grid reports (网格上报) ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportPersonInput:
    """Someone the report is about: a person of the register (``person_id``) or a name as the worker told it."""

    person_id: int | None = None
    name: str = ""


@dataclass(frozen=True)
class GridReportInput:
    grid_id: int
    reporter_name: str
    kind: str  # code_item list "grid_report_kind"
    seen: str
    place: str = ""
    reported_at: datetime | None = None  # None: now
    people: tuple[ReportPersonInput, ...] = ()


@dataclass(frozen=True)
class ReportPerson:
    person_id: int | None
    name: str


@dataclass(frozen=True)
class GridChoice:
    id: int
    name: str
    worker_name: str  # the grid's worker: the reporter the form proposes


@dataclass(frozen=True)
class GridReportOptions:
    """What the entry form offers: the active report kinds, the grids, the dispute types of a case route."""

    kinds: tuple[Choice, ...]
    grids: tuple[GridChoice, ...]
    dispute_types: tuple[Choice, ...]


@dataclass(frozen=True)
class GridReportRow:
    id: int
    version: int
    reported_at: datetime
    grid_id: int
    grid_name: str
    reporter_name: str
    kind: str
    kind_label: str
    place: str
    seen: str
    people: tuple[ReportPerson, ...]
    received_by: str
    route: str | None  # None: not yet routed (分家)
    routed_at: datetime | None
    routed_by: str
    route_reason: str
    route_target: str  # the number of the record it became (case, petition), or what it was
    dispute_case_id: int | None = None
    petition_id: int | None = None
    follow_up_id: int | None = None
    hazard_id: int | None = None
    police_read_at: datetime | None = None
    photos: int = 0

    @property
    def people_text(self) -> str:
        return "、".join(p.name for p in self.people)


@dataclass(frozen=True)
class GridReportDetail:
    row: GridReportRow
    photos: tuple[AttachmentDTO, ...]


@dataclass(frozen=True)
class ReportCounts:
    """The badges: reports waiting for 分家, and notes the police officer has not read."""

    unrouted: int = 0
    unrouted_old: int = 0  # received before today
    police_unread: int = 0


# -- rounds (集中排查) and sensitive periods ------------------------------------------------------------------------


@dataclass(frozen=True)
class SensitivePeriodDTO:
    id: int
    version: int
    name: str
    starts_on: date
    ends_on: date
    note: str


@dataclass(frozen=True)
class RoundSlot:
    """A round that is (or was) due: its period, due day, and how it stands on ``today``."""

    cadence: str  # weekly / daily
    period_start: date
    period_end: date
    due_on: date
    status: str  # vocabulary.ROUND_STATUS
    round_id: int | None = None
    submitted_on: date | None = None
    signed_by: str = ""
    sensitive: str = ""  # the sensitive period's name, for a daily round
    zero_areas: int = 0
    found_areas: int = 0


@dataclass(frozen=True)
class FindingDTO:
    """A record of the period an area found: a grid report (and where it went) or a hazard."""

    area: str
    entity: str  # grid_report / hazard
    entity_id: int
    label: str


@dataclass(frozen=True)
class AreaInput:
    nothing_found: bool = False
    findings: str = ""
    measures: str = ""
    unresolved: str = ""
    responsible_id: int | None = None
    resolve_by: date | None = None


@dataclass(frozen=True)
class RoundAreaDTO:
    id: int
    version: int
    area: str
    nothing_found: bool
    findings: str
    measures: str
    unresolved: str
    responsible_id: int | None
    responsible_name: str
    resolve_by: date | None
    linked: tuple[FindingDTO, ...]

    @property
    def reported(self) -> bool:
        """无, or something found: the area may be signed."""
        return self.nothing_found or bool(self.findings.strip() or self.linked)


@dataclass(frozen=True)
class RoundDTO:
    id: int
    version: int
    cadence: str
    period_start: date
    period_end: date
    due_on: date
    held_on: date | None
    participants: str
    submitted_at: datetime | None
    submitted_on: date | None
    signed_by: str
    status: str  # vocabulary.ROUND_STATUS
    sensitive: str
    areas: tuple[RoundAreaDTO, ...]
    staff: tuple[StaffChoice, ...] = ()  # who may be made responsible (跟踪化解)

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None

    @property
    def zero_areas(self) -> tuple[RoundAreaDTO, ...]:
        return tuple(a for a in self.areas if a.nothing_found)


# -- meetings, decisions and tasks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeInput:
    side: str  # staff / police / invited
    name: str = ""
    organisation: str = ""
    staff_id: int | None = None


@dataclass(frozen=True)
class MeetingInput:
    kind: str
    held_at: datetime
    place: str = ""
    chair: str = ""
    recorder: str = ""
    attendees: tuple[AttendeeInput, ...] = ()
    matters: str = ""
    period_from: date | None = None  # None: the kind's usual period ending the day before the meeting
    period_to: date | None = None


@dataclass(frozen=True)
class DecisionInput:
    text: str
    owner_id: int
    due_on: date


@dataclass(frozen=True)
class Figures:
    """The figures of a period as the minutes print them; None: the author may not read that figure."""

    period_from: date
    period_to: date
    rounds: int | None = None  # rounds submitted in the period
    rounds_due: int | None = None  # rounds that fell due in it
    findings: int | None = None  # areas where something was found
    zero_areas: int | None = None  # areas reported as 无
    grid_reports: int | None = None
    unrouted: int | None = None
    open_cases: int | None = None
    overdue_cases: int | None = None
    petitions_due: int | None = None  # an office duty due within 3 days
    petitions_overdue: int | None = None
    follow_ups_due: int | None = None  # key-group follow-ups due within 7 days or overdue
    hazards_open: int | None = None
    hazards_overdue: int | None = None


@dataclass(frozen=True)
class Attendee:
    side: str
    name: str
    organisation: str
    staff_id: int | None


@dataclass(frozen=True)
class TaskDTO:
    id: int
    version: int
    text: str
    owner_id: int
    owner_name: str
    due_on: date
    done_on: date | None
    done_note: str
    meeting_id: int | None
    round_id: int | None
    source: str  # what it came from, e.g. "碰头会 2026年第3期" or "集中排查 3月2日-3月8日"
    overdue_days: int = 0  # > 0: open and past its due date

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    version: int
    kind: str
    year: int
    seq: int
    held_at: datetime
    place: str
    chair: str
    decisions: int
    open_decisions: int

    @property
    def number(self) -> str:
        return f"{self.year}年第{self.seq}期"


@dataclass(frozen=True)
class MeetingDetail:
    row: MeetingRow
    recorder: str
    matters: str
    attendees: tuple[Attendee, ...]
    figures: Figures
    figures_at: datetime | None
    decisions: tuple[TaskDTO, ...]


@dataclass(frozen=True)
class BulletinInput:
    week_start: date  # any day of the week: the Monday is taken
    incidents: str = ""
    stability: str = ""
    public_safety: str = ""
    problems: str = ""
    guidance: str = ""


@dataclass(frozen=True)
class BulletinDTO:
    id: int
    version: int
    week_start: date
    incidents: str
    stability: str
    public_safety: str
    problems: str
    guidance: str
    issued_at: datetime | None
    issued_by: str


# -- public safety (公共安全治理) -------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitInput:
    name: str
    kind: str
    key_unit: bool = False
    contact_name: str = ""
    contact_phone: str | None = None
    address: str = ""
    grid_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class UnitDTO:
    id: int
    version: int
    name: str
    kind: str
    key_unit: bool
    contact_name: str
    contact_phone: str
    address: str
    grid_id: int | None
    grid_name: str
    note: str
    open_hazards: int = 0
    overdue_hazards: int = 0


@dataclass(frozen=True)
class HazardInput:
    kind: str
    severity: str
    place: str
    description: str
    found_on: date
    found_by: str
    correct_by: date
    unit_id: int | None = None
    grid_id: int | None = None
    told_body: str = ""
    told_on: date | None = None


@dataclass(frozen=True)
class InspectionDTO:
    id: int
    inspected_on: date
    inspector: str
    corrected: bool
    note: str


@dataclass(frozen=True)
class HazardRow:
    id: int
    version: int
    unit_id: int | None
    unit_name: str
    grid_name: str
    kind: str
    severity: str
    place: str
    description: str
    found_on: date
    found_by: str
    told_body: str
    told_on: date | None
    correct_by: date
    status: str
    closed_on: date | None
    overdue_days: int  # > 0: not corrected and past its deadline


@dataclass(frozen=True)
class HazardDetail:
    row: HazardRow
    inspections: tuple[InspectionDTO, ...]
    photos: tuple[AttachmentDTO, ...]  # category: found / inspection / closure
    closing_note: str
    grid_report_id: int | None


@dataclass(frozen=True)
class UnitEvent:
    """One line of a unit's history: registered, a hazard found, the body told, a re-inspection, closed."""

    on: date
    kind: str  # unit / hazard / told / inspection / closed
    title: str
    detail: str = ""
    hazard_id: int | None = None
