"""实有人口: households, persons, key-group memberships and their follow-ups."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.audit import AuditEntry
from desktop.models.base import Base, Versioned, Voidable
from desktop.models.community import Address

# Columns searched by prefix: SQLite uses a range (col >= p AND col < p || U+10FFFF, TRAPS.md); PostgreSQL
# uses LIKE 'p%', which needs text_pattern_ops under any collation other than C.
_PATTERN = "text_pattern_ops"


class Household(Versioned, Base):
    __tablename__ = "household"
    __changes__ = ((Kind.HOUSEHOLD, "id"),)

    address_id: Mapped[int] = mapped_column(ForeignKey("address.id"), index=True)
    household_no: Mapped[str | None] = mapped_column(String(32))
    # 家庭户 / 集体户
    kind: Mapped[str] = mapped_column(String(16), default="family")


class Person(Versioned, Base):
    __tablename__ = "person"
    __changes__ = ((Kind.PERSON, "id"),)
    __table_args__ = (
        UniqueConstraint("id_type", "id_number"),
        Index("ix_person_name", "name", postgresql_ops={"name": _PATTERN}),
        Index("ix_person_phone", "phone", postgresql_ops={"phone": _PATTERN}),
        Index("ix_person_id_number", "id_number", postgresql_ops={"id_number": _PATTERN}),
        Index("ix_person_id_number_rev", "id_number_rev", postgresql_ops={"id_number_rev": _PATTERN}),
        Index("ix_person_phone_rev", "phone_rev", postgresql_ops={"phone_rev": _PATTERN}),
        Index("ix_person_name_initials", "name_initials", postgresql_ops={"name_initials": _PATTERN}),
        # the people list counts current residents and filters by type without reading the table
        Index("ix_person_moved_out_on", "moved_out_on"),
        Index("ix_person_resident_type", "resident_type"),
    )

    name: Mapped[str] = mapped_column(String(100))
    # id types: resident_id, passport, hk_macao_permit, taiwan_permit, foreigner_pr, other
    id_type: Mapped[str] = mapped_column(String(24), default="resident_id")
    id_number: Mapped[str | None] = mapped_column(String(40))
    sex: Mapped[str | None] = mapped_column(String(1))  # GB/T 2261.1: 1 male, 2 female, 0/9 unknown
    ethnic_code: Mapped[str | None] = mapped_column(String(2))  # GB/T 3304
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(32))
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
    # Derived search keys, kept by desktop.services.residents.search (never typed by anyone):
    # pinyin initials of the name (张伟 -> "zw"), and the ID number and phone reversed, so that "the last
    # 4-6 digits" is an indexed prefix of the reversed column instead of a LIKE '%1234' scan.
    name_initials: Mapped[str | None] = mapped_column(String(100))
    id_number_rev: Mapped[str | None] = mapped_column(String(40))
    phone_rev: Mapped[str | None] = mapped_column(String(32))


class PersonNameGram(Base):
    """Every two consecutive characters of a person's (case-folded) name: substring search on both engines.

    The FTS5 trigram tokenizer returns nothing for two-character queries and most Chinese names are two or
    three characters; PostgreSQL's pg_trgm ignores CJK under a C locale. A plain bigram table works the
    same on both. WITHOUT ROWID on SQLite: the primary key is the whole row.
    """

    __tablename__ = "person_name_gram"
    __table_args__ = {"sqlite_with_rowid": False}

    gram: Mapped[str] = mapped_column(String(8), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)


class AddressGram(Base):
    """Bigrams of an address's building + unit + room, for the address part of the search box."""

    __tablename__ = "address_gram"
    __table_args__ = {"sqlite_with_rowid": False}

    gram: Mapped[str] = mapped_column(String(8), primary_key=True)
    address_id: Mapped[int] = mapped_column(ForeignKey("address.id"), primary_key=True)


class BuildingGram(Base):
    """Bigrams of each building name (a few thousand names where there are hundreds of thousands of
    addresses): an address typed without the start of its building name ('州新村4幢501', '3幢302') finds the
    buildings here, then their rooms through ``ix_address_building_room``. Kept by
    ``resident_search.write_address_grams``; a building no address uses any more only costs a lookup."""

    __tablename__ = "building_gram"
    __table_args__ = {"sqlite_with_rowid": False}

    gram: Mapped[str] = mapped_column(String(8), primary_key=True)
    building: Mapped[str] = mapped_column(String(32), primary_key=True)


class HouseholdMember(Versioned, Base):
    __tablename__ = "household_member"
    __changes__ = ((Kind.HOUSEHOLD, "household_id"), (Kind.PERSON, "person_id"))

    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    relation_code: Mapped[str] = mapped_column(String(2))  # GB/T 4761
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)


class KeyGroup(Versioned, Base):
    """A configurable key group (重点人群)."""

    __tablename__ = "key_group"
    __changes__ = ((Kind.KEY_GROUP, "id"),)

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    has_risk_level: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_days: Mapped[int] = mapped_column(Integer, default=90)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class KeyGroupMembership(Versioned, Voidable, Base):
    __tablename__ = "key_group_membership"
    __changes__ = ((Kind.MEMBERSHIP, "id"), (Kind.PERSON, "person_id"), (Kind.KEY_GROUP, "key_group_id"))

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
    __changes__ = ((Kind.FOLLOW_UP, "id"), (Kind.MEMBERSHIP, "membership_id"))

    membership_id: Mapped[int] = mapped_column(ForeignKey("key_group_membership.id"), index=True)
    done_on: Mapped[date] = mapped_column(Date)
    # 入户 / 电话 / 约谈 / 其他
    way: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    risk_level: Mapped[int | None] = mapped_column(Integer)
    next_due_on: Mapped[date | None] = mapped_column(Date)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    # risk 1-2 (严重精神障碍): the next follow-up is 3 months on if stable, 1 month if not
    condition_stable: Mapped[bool | None] = mapped_column(Boolean)


# One person's record changes on the timeline: audit entries of ("person", id). Declared here because the
# residents room is what reads the audit log by entity; it belongs to the audit_entry table.
Index("ix_audit_entry_entity_entity_id", AuditEntry.entity, AuditEntry.entity_id)
# The search box finds '广州新村4幢501' with one lookup and '广州新村' as a range (以房管人: address first).
Index(
    "ix_address_building_room",
    Address.building,
    Address.room,
    postgresql_ops={"building": "text_pattern_ops", "room": "text_pattern_ops"},
)
