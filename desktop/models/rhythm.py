"""The centre's working rhythm (founding document §三 4-5, §四 6-7): grid reports and where each went (分家), the
集中排查 rounds with their five areas (零报告: an area with nothing found is reported as 无), the sensitive periods
that make rounds daily, meetings with their minutes and decisions, the tasks decisions become, the police
officer's weekly notice to the grids, and the public-safety register of units and hazards."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.base import Base, UTCDateTime, Versioned, Voidable

# the desk's list of reports not yet routed: a partial index over the few open ones among years of reports
UNROUTED = "route IS NULL AND voided_at IS NULL"


class GridReport(Versioned, Voidable, Base):
    """网格上报: what a grid worker brought back to the centre, entered by whoever received it, and its 分家."""

    __tablename__ = "grid_report"
    __changes__ = ((Kind.GRID_REPORT, "id"),)
    __table_args__ = (
        Index(
            "ix_grid_report_unrouted",
            "reported_at",
            sqlite_where=text(UNROUTED),
            postgresql_where=text(UNROUTED),
        ),
    )

    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"), index=True)
    reporter_name: Mapped[str] = mapped_column(String(64))  # the grid worker (网格员)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(32))  # code_item list "grid_report_kind"
    place: Mapped[str] = mapped_column(String(200), default="")
    seen: Mapped[str] = mapped_column(Text)  # what was seen or heard
    received_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    # 分家: case / petition / follow_up / hazard / police / handled; None while unrouted
    route: Mapped[str | None] = mapped_column(String(16))
    routed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    routed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    route_reason: Mapped[str | None] = mapped_column(Text)
    route_target: Mapped[str | None] = mapped_column(String(64))  # the record's number as it was given
    dispute_case_id: Mapped[int | None] = mapped_column(ForeignKey("dispute_case.id"))
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up.id"))
    hazard_id: Mapped[int | None] = mapped_column(ForeignKey("hazard.id"))
    # a note to the police officer: read (and acknowledged) by them
    police_read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    police_read_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class GridReportPerson(Base):
    """Someone a grid report is about: from the register (``person_id``) or a name as told."""

    __tablename__ = "grid_report_person"
    __changes__ = ((Kind.GRID_REPORT, "report_id"), (Kind.PERSON, "person_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("grid_report.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))


class SensitivePeriod(Versioned, Voidable, Base):
    """Days the director marks (the Spring Festival, a national meeting): the 集中排查 is daily in them."""

    __tablename__ = "sensitive_period"
    __changes__ = ((Kind.SENSITIVE_PERIOD, "id"),)

    name: Mapped[str] = mapped_column(String(100))
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ScreeningRound(Versioned, Base):
    """One 集中排查: a week (weekly) or a day of a sensitive period (daily), signed when submitted."""

    __tablename__ = "screening_round"
    __changes__ = ((Kind.ROUND, "id"),)
    __table_args__ = (UniqueConstraint("period_start", "period_end"),)

    cadence: Mapped[str] = mapped_column(String(8))  # weekly / daily
    period_start: Mapped[date] = mapped_column(Date, index=True)
    period_end: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    held_on: Mapped[date | None] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(String(500), default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_on: Mapped[date | None] = mapped_column(Date)  # the mainland day it was signed
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class RoundArea(Versioned, Base):
    """One of the five areas of a round: what was found, or 无 (a zero report is still a report)."""

    __tablename__ = "round_area"
    __changes__ = ((Kind.ROUND, "round_id"),)
    __table_args__ = (UniqueConstraint("round_id", "area"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("screening_round.id"), index=True)
    area: Mapped[str] = mapped_column(String(16))  # vocabulary.SCREENING_AREA
    nothing_found: Mapped[bool] = mapped_column(Boolean, default=False)
    findings: Mapped[str] = mapped_column(Text, default="")  # 排查发现
    measures: Mapped[str] = mapped_column(Text, default="")  # 化解 / 稳控措施
    unresolved: Mapped[str] = mapped_column(Text, default="")  # what could not be resolved now (跟踪化解)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    resolve_by: Mapped[date | None] = mapped_column(Date)


class RoundFinding(Base):
    """A record of the period an area found: a grid report (and where it went) or a hazard."""

    __tablename__ = "round_finding"
    __changes__ = ((Kind.ROUND, "round_id"),)
    __table_args__ = (UniqueConstraint("round_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("screening_round.id"), index=True)
    area: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(32))  # grid_report / hazard
    entity_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(300))  # as it read when the round was signed


class Meeting(Versioned, Voidable, Base):
    """碰头会 (weekly), 综治警务例会 (fortnightly), 联席会 (monthly): minutes with the period's figures."""

    __tablename__ = "meeting"
    __changes__ = ((Kind.MEETING, "id"),)
    __table_args__ = (UniqueConstraint("kind", "year", "seq"),)

    kind: Mapped[str] = mapped_column(String(16))  # vocabulary.MEETING_KIND
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)  # 第N期 of its kind in the year
    held_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(64), default="")
    recorder: Mapped[str] = mapped_column(String(64), default="")
    matters: Mapped[str] = mapped_column(Text, default="")  # 议定事项 / matters discussed
    # the figures of the period, filled by the program when the minutes are drafted (None: not readable)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    figures_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fig_rounds: Mapped[int | None] = mapped_column(Integer)
    fig_rounds_due: Mapped[int | None] = mapped_column(Integer)
    fig_findings: Mapped[int | None] = mapped_column(Integer)
    fig_zero_areas: Mapped[int | None] = mapped_column(Integer)
    fig_grid_reports: Mapped[int | None] = mapped_column(Integer)
    fig_unrouted: Mapped[int | None] = mapped_column(Integer)
    fig_open_cases: Mapped[int | None] = mapped_column(Integer)
    fig_overdue_cases: Mapped[int | None] = mapped_column(Integer)
    fig_petitions_due: Mapped[int | None] = mapped_column(Integer)
    fig_petitions_overdue: Mapped[int | None] = mapped_column(Integer)
    fig_follow_ups_due: Mapped[int | None] = mapped_column(Integer)
    fig_hazards_open: Mapped[int | None] = mapped_column(Integer)
    fig_hazards_overdue: Mapped[int | None] = mapped_column(Integer)


class MeetingAttendee(Base):
    """Who attended: staff of the centre, the police, invited bodies (name and organisation)."""

    __tablename__ = "meeting_attendee"
    __changes__ = ((Kind.MEETING, "meeting_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    side: Mapped[str] = mapped_column(String(8))  # staff / police / invited
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(100), default="")


class WorkTask(Versioned, Voidable, Base):
    """A decision of a meeting (or a round's 跟踪化解) as a task on its owner's list until done."""

    __tablename__ = "work_task"
    __changes__ = ((Kind.TASK, "id"), (Kind.MEETING, "meeting_id"), (Kind.ROUND, "round_id"))
    __table_args__ = (Index("ix_work_task_owner_open", "owner_id", "done_on", "due_on"),)

    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("screening_round.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    done_note: Mapped[str | None] = mapped_column(Text)


class PoliceBulletin(Versioned, Base):
    """The police officer's weekly notice to every grid (治安警情、维稳形势、公共安全、突出问题)."""

    __tablename__ = "police_bulletin"
    __changes__ = ((Kind.BULLETIN, "id"),)

    week_start: Mapped[date] = mapped_column(Date, unique=True)  # the Monday
    incidents: Mapped[str] = mapped_column(Text, default="")  # 治安警情
    stability: Mapped[str] = mapped_column(Text, default="")  # 维稳形势
    public_safety: Mapped[str] = mapped_column(Text, default="")  # 公共安全
    problems: Mapped[str] = mapped_column(Text, default="")  # 突出问题
    guidance: Mapped[str] = mapped_column(Text, default="")  # what the grids are to do this week
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class PublicUnit(Versioned, Voidable, Base):
    """辖区单位: shops, schools, factories, rental buildings; 重点列管单位 marked."""

    __tablename__ = "public_unit"
    __changes__ = ((Kind.UNIT, "id"),)

    name: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # vocabulary.UNIT_KIND
    key_unit: Mapped[bool] = mapped_column(Boolean, default=False)  # 重点列管单位
    contact_name: Mapped[str] = mapped_column(String(64), default="")
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(200), default="")
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


# hazards whose correction is not yet confirmed: the overdue list reads only these
OPEN_HAZARDS = "status = 'open' AND voided_at IS NULL"


class Hazard(Versioned, Voidable, Base):
    """安全隐患: found, the body told, a deadline to correct it, re-inspections, closure (photos on each)."""

    __tablename__ = "hazard"
    __changes__ = ((Kind.HAZARD, "id"), (Kind.UNIT, "unit_id"))
    __table_args__ = (
        Index(
            "ix_hazard_open_correct_by",
            "correct_by",
            sqlite_where=text(OPEN_HAZARDS),
            postgresql_where=text(OPEN_HAZARDS),
        ),
    )

    unit_id: Mapped[int | None] = mapped_column(ForeignKey("public_unit.id"), index=True)
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"))
    kind: Mapped[str] = mapped_column(String(16))  # vocabulary.HAZARD_KIND
    severity: Mapped[str] = mapped_column(String(8))  # vocabulary.HAZARD_SEVERITY
    place: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    found_on: Mapped[date] = mapped_column(Date, index=True)
    found_by: Mapped[str] = mapped_column(String(64))
    told_body: Mapped[str] = mapped_column(
        String(100), default=""
    )  # the unit or department told to correct it
    told_on: Mapped[date | None] = mapped_column(Date)
    correct_by: Mapped[date] = mapped_column(Date)
    # open / corrected (a re-inspection found it corrected) / closed
    status: Mapped[str] = mapped_column(String(12), default="open")
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    closing_note: Mapped[str | None] = mapped_column(Text)


class HazardInspection(Versioned, Base):
    """A re-inspection (复查) of a hazard: corrected or not, and what was seen."""

    __tablename__ = "hazard_inspection"
    __changes__ = ((Kind.HAZARD, "hazard_id"),)

    hazard_id: Mapped[int] = mapped_column(ForeignKey("hazard.id"), index=True)
    inspected_on: Mapped[date] = mapped_column(Date)
    inspector: Mapped[str] = mapped_column(String(64))
    corrected: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
