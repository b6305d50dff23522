"""实有人口: households, persons, key-group memberships and their follow-ups."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Versioned, Voidable


class Household(Versioned, Base):
    __tablename__ = "household"

    address_id: Mapped[int] = mapped_column(ForeignKey("address.id"), index=True)
    household_no: Mapped[str | None] = mapped_column(String(32))
    # 家庭户 / 集体户
    kind: Mapped[str] = mapped_column(String(16), default="family")


class Person(Versioned, Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("id_type", "id_number"),)

    name: Mapped[str] = mapped_column(String(100), index=True)
    # id types: resident_id, passport, hk_macao_permit, taiwan_permit, foreigner_pr, other
    id_type: Mapped[str] = mapped_column(String(24), default="resident_id")
    id_number: Mapped[str | None] = mapped_column(String(40))
    sex: Mapped[str | None] = mapped_column(String(1))  # GB/T 2261.1: 1 male, 2 female, 0/9 unknown
    ethnic_code: Mapped[str | None] = mapped_column(String(2))  # GB/T 3304
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    phone2: Mapped[str | None] = mapped_column(String(32))
    # registered (户籍) / floating (流动) / overseas (境外)
    resident_type: Mapped[str] = mapped_column(String(16), default="registered")
    address_id: Mapped[int | None] = mapped_column(ForeignKey("address.id"), index=True)
    employer: Mapped[str | None] = mapped_column(String(200))
    hukou_address: Mapped[str | None] = mapped_column(String(200))
    permit_no: Mapped[str | None] = mapped_column(String(40))
    permit_issued_on: Mapped[date | None] = mapped_column(Date)
    permit_endorse_due: Mapped[date | None] = mapped_column(Date)
    moved_in_on: Mapped[date | None] = mapped_column(Date)
    moved_out_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class HouseholdMember(Versioned, Base):
    __tablename__ = "household_member"

    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    relation_code: Mapped[str] = mapped_column(String(2))  # GB/T 4761
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)


class KeyGroup(Versioned, Base):
    """A configurable key group (重点人群)."""

    __tablename__ = "key_group"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    has_risk_level: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_days: Mapped[int] = mapped_column(Integer, default=90)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class KeyGroupMembership(Versioned, Voidable, Base):
    __tablename__ = "key_group_membership"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    key_group_id: Mapped[int] = mapped_column(ForeignKey("key_group.id"), index=True)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    risk_level: Mapped[int | None] = mapped_column(Integer)
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class FollowUp(Versioned, Voidable, Base):
    __tablename__ = "follow_up"

    membership_id: Mapped[int] = mapped_column(ForeignKey("key_group_membership.id"), index=True)
    done_on: Mapped[date] = mapped_column(Date)
    # 入户 / 电话 / 约谈 / 其他
    way: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    risk_level: Mapped[int | None] = mapped_column(Integer)
    next_due_on: Mapped[date | None] = mapped_column(Date)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
