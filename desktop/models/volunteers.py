"""平安志愿者: volunteers, activities, attendance (志愿服务条例, 志愿服务记录办法)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.base import Base, UTCDateTime, Versioned, Voidable


class Volunteer(Versioned, Base):
    __tablename__ = "volunteer"
    __changes__ = ((Kind.VOLUNTEER, "id"), (Kind.PERSON, "person_id"))

    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    volunteer_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    id_type: Mapped[str] = mapped_column(String(24), default="resident_id")
    id_number: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(32))
    team: Mapped[str | None] = mapped_column(String(100))
    skills: Mapped[str | None] = mapped_column(Text)
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)


class Activity(Versioned, Voidable, Base):
    __tablename__ = "activity"
    __changes__ = ((Kind.ACTIVITY, "id"),)

    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    content: Mapped[str] = mapped_column(Text, default="")
    organizer_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    __changes__ = ((Kind.ACTIVITY, "activity_id"), (Kind.VOLUNTEER, "volunteer_id"))
    __table_args__ = (UniqueConstraint("activity_id", "volunteer_id"),)

    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    # service hours, travel excluded
    hours: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    role: Mapped[str | None] = mapped_column(String(64))
    evaluation: Mapped[str | None] = mapped_column(Text)
