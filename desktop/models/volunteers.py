"""平安志愿者: volunteers (people of the register), their skills and certificates, activities and the shifts they
generate, sign-ups with check-in / check-out and hours, the history of every hours change, and the 志愿服务证明
issued (志愿服务条例 art. 19, 志愿服务记录办法)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.base import Base, Tracked, UTCDateTime, Versioned, Voidable


class Volunteer(Versioned, Base):
    """A person of the register serving as a volunteer. Name, ID and phone are the person's (one record)."""

    __tablename__ = "volunteer"
    __changes__ = ((Kind.VOLUNTEER, "id"), (Kind.PERSON, "person_id"))

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    # the national 志愿服务网 number when they have one, else the centre's own (ZY0000001)
    volunteer_no: Mapped[str] = mapped_column(String(32), unique=True)
    team: Mapped[str | None] = mapped_column(String(32))  # code of the "volunteer_team" list
    status: Mapped[str] = mapped_column(String(16), default="active")  # vocabulary.VOLUNTEER_STATUS
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    left_reason: Mapped[str | None] = mapped_column(String(200))
    emergency_contact: Mapped[str | None] = mapped_column(String(100))
    emergency_phone: Mapped[str | None] = mapped_column(String(32))
    photo_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class VolunteerSkill(Versioned, Voidable, Base):
    """A skill, and the certificate that proves it when there is one (急救证 …) with its expiry."""

    __tablename__ = "volunteer_skill"
    __changes__ = ((Kind.VOLUNTEER, "volunteer_id"),)

    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    skill: Mapped[str] = mapped_column(String(32))  # code of the "volunteer_skill" list
    certificate_no: Mapped[str | None] = mapped_column(String(64))
    issued_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)


class Activity(Versioned, Voidable, Base):
    """A 平安志愿活动: one occurrence, or a series (every Friday 19:00-21:00, every working day) whose shifts
    are generated. ``starts_at``/``ends_at`` are the first occurrence's window; a series repeats that time of
    day on its days from ``first_day`` to ``last_day``."""

    __tablename__ = "activity"
    __changes__ = ((Kind.ACTIVITY, "id"),)

    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(24), default="patrol")  # vocabulary.ACTIVITY_KIND
    place: Mapped[str] = mapped_column(String(200))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    capacity: Mapped[int] = mapped_column(Integer, default=10)  # per shift
    content: Mapped[str] = mapped_column(Text, default="")
    organizer_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))  # 带队
    recurrence: Mapped[str] = mapped_column(String(16), default="once")  # vocabulary.RECURRENCE
    weekdays: Mapped[str | None] = mapped_column(String(16))  # "5" (Fridays), "1,3,5": ISO weekdays
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)


class Shift(Versioned, Base):
    """One occurrence of an activity: a time window with a capacity. Cancelling it leaves the series."""

    __tablename__ = "activity_shift"
    __changes__ = ((Kind.ACTIVITY, "activity_id"),)
    __table_args__ = (UniqueConstraint("activity_id", "starts_at"),)

    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    capacity: Mapped[int] = mapped_column(Integer)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(String(500))


class Attendance(Versioned, Base):
    """A volunteer on a shift: signed up or assigned, checked in and out, the hours served (travel excluded)
    and where their approval stands."""

    __tablename__ = "attendance"
    __changes__ = (
        (Kind.ATTENDANCE, "id"),
        (Kind.ACTIVITY, "activity_id"),
        (Kind.VOLUNTEER, "volunteer_id"),
    )
    __table_args__ = (
        UniqueConstraint("shift_id", "volunteer_id"),
        # a volunteer's approved hours (the total, the star level) read from the index alone
        Index("ix_attendance_volunteer_status", "volunteer_id", "hours_status", "hours"),
        Index("ix_attendance_hours_status", "hours_status"),
    )

    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("activity_shift.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    how: Mapped[str] = mapped_column(String(16), default="signed_up")  # vocabulary.SIGN_UP_HOW
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    check_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # never checked out: closed at the day's end, flagged until a leader confirms the hours
    auto_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    # service hours, travel excluded; None until known
    hours: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    hours_status: Mapped[str] = mapped_column(String(16), default="none")  # vocabulary.HOURS_STATUS
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    role: Mapped[str | None] = mapped_column(String(64))
    evaluation: Mapped[str | None] = mapped_column(Text)


class HoursChange(Tracked, Base):
    """One step in the life of an attendance's hours: entered, from check-out, closed at day end, approved,
    rejected, corrected (with the reason). Never changed; ``created_by`` / ``created_at`` say who and when."""

    __tablename__ = "attendance_hours_change"

    attendance_id: Mapped[int] = mapped_column(ForeignKey("attendance.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # vocabulary.HOURS_ACTION
    hours_before: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    hours_after: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    status_before: Mapped[str] = mapped_column(String(16))
    status_after: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)


class CertificateIssue(Versioned, Voidable, Base):
    """A 志愿服务证明 issued: numbered per year without gaps (a void keeps its number), filled from the record
    as it stood on the day of issue, so a reprint says the same."""

    __tablename__ = "volunteer_certificate"
    __changes__ = ((Kind.VOLUNTEER, "volunteer_id"),)
    __table_args__ = (UniqueConstraint("year", "seq"),)

    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    cert_no: Mapped[str] = mapped_column(String(32), unique=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    services: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str | None] = mapped_column(String(200))  # 用途 (升学, 求职 …) as the volunteer asked
    person_in_charge: Mapped[str] = mapped_column(String(100))
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    handler_phone: Mapped[str | None] = mapped_column(String(32))
    issued_on: Mapped[date] = mapped_column(Date)


class CertificateItem(Base):
    """A service a certificate lists, with the hours it was certified at: a reprint lists the same."""

    __tablename__ = "volunteer_certificate_item"

    certificate_id: Mapped[int] = mapped_column(ForeignKey("volunteer_certificate.id"), primary_key=True)
    attendance_id: Mapped[int] = mapped_column(ForeignKey("attendance.id"), primary_key=True)
    hours: Mapped[Decimal] = mapped_column(Numeric(6, 2))
