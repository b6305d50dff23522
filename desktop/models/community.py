"""The community, its grids and addresses (以房管人: the address is the root), configurable code lists."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.base import Base, UTCDateTime, Versioned


class Community(Versioned, Base):
    __tablename__ = "community"
    __changes__ = ((Kind.COMMUNITY, "id"),)

    name: Mapped[str] = mapped_column(String(100))
    street: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100))
    city: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    reception_hours: Mapped[str] = mapped_column(String(200), default="")
    mediation_committee: Mapped[str] = mapped_column(String(100), default="")
    # A demo database is marked so in the window title and may hold the demo accounts.
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Grid(Versioned, Base):
    __tablename__ = "grid"
    __changes__ = ((Kind.COMMUNITY, "community_id"),)

    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class Address(Versioned, Base):
    __tablename__ = "address"
    __changes__ = ((Kind.ADDRESS, "id"),)
    __table_args__ = (UniqueConstraint("grid_id", "building", "unit", "room"),)

    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"), index=True)
    building: Mapped[str] = mapped_column(String(32))
    unit: Mapped[str] = mapped_column(String(32), default="")
    room: Mapped[str] = mapped_column(String(32), default="")
    # 住宅 / 出租屋 / 商铺 / 其他
    kind: Mapped[str] = mapped_column(String(16), default="residence")
    full_text: Mapped[str] = mapped_column(String(200), default="")


class CalendarDay(Base):
    """The administrator's correction of the working calendar: the State Council publishes each year's
    holidays and 调休 workdays in Nov/Dec, and libraries lag behind it."""

    __tablename__ = "calendar_day"
    __changes__ = ((Kind.CALENDAR, "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")


class CalendarYear(Base):
    """A year whose holiday schedule the administrator entered from the State Council's notice: for that year
    the entered days (calendar_day) and plain weekdays/weekends decide, not the library's guess."""

    __tablename__ = "calendar_year"
    __changes__ = ((Kind.CALENDAR, "year"),)

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(200), default="")  # e.g. 国办发明电〔2026〕7号
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CodeItem(Base):
    """Entries of the configurable lists (visit purposes, dispute types, outside bodies, ...)."""

    __tablename__ = "code_item"
    __changes__ = ((Kind.CODE_ITEM, "id"),)
    __table_args__ = (UniqueConstraint("list_name", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_name: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(100))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text)
