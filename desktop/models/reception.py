"""群众接待室: the visitor log and petitions (信访) with their time-limited steps."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.base import Base, UTCDateTime, Versioned, Voidable

# Who is in the building (checked in, not out) is a handful of rows among years of visits; and the desk looks up
# earlier visits of non-residents (no person row) by ID number, phone (whole, first or last digits) and name as
# it types. Partial indexes keep both flat in the size of the history; the WHERE is repeated literally in the
# queries (reception_service) so both engines see that they apply.
ON_SITE = "time_out IS NULL AND voided_at IS NULL"
NON_RESIDENT = "person_id IS NULL"


def _visit_index(name: str, column: str, where: str) -> Index:
    return Index(
        name,
        column,
        sqlite_where=text(where),
        postgresql_where=text(where),
        postgresql_ops={column: "text_pattern_ops"} if column != "time_in" else {},
    )


class Visit(Versioned, Voidable, Base):
    __tablename__ = "visit"
    __changes__ = ((Kind.VISIT, "id"), (Kind.PERSON, "person_id"))
    __table_args__ = (
        _visit_index("ix_visit_on_site", "time_in", ON_SITE),
        _visit_index("ix_visit_earlier_id", "visitor_id_number", NON_RESIDENT),
        _visit_index("ix_visit_earlier_id_rev", "visitor_id_rev", NON_RESIDENT),
        _visit_index("ix_visit_earlier_phone", "visitor_phone", NON_RESIDENT),
        _visit_index("ix_visit_earlier_phone_rev", "visitor_phone_rev", NON_RESIDENT),
        _visit_index("ix_visit_earlier_name", "visitor_name", NON_RESIDENT),
    )

    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    # the visitor as registered at the desk (a non-resident visitor has no person row)
    visitor_name: Mapped[str] = mapped_column(String(100))
    visitor_sex: Mapped[str | None] = mapped_column(String(1))
    visitor_id_type: Mapped[str | None] = mapped_column(String(24))
    visitor_id_number: Mapped[str | None] = mapped_column(String(40))
    visitor_phone: Mapped[str | None] = mapped_column(String(32))
    # reversed, so "the last 4-6 digits" is the prefix of an index (kept by the reception service)
    visitor_id_rev: Mapped[str | None] = mapped_column(String(40))
    visitor_phone_rev: Mapped[str | None] = mapped_column(String(32))
    visitor_address: Mapped[str | None] = mapped_column(String(200))
    time_in: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    time_out: Mapped[datetime | None] = mapped_column(UTCDateTime)
    auto_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    representatives: Mapped[str | None] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(String(32))
    whom: Mapped[str | None] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text, default="")
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    # answered / to_mediation / to_petition / to_police / other
    outcome: Mapped[str | None] = mapped_column(String(16))
    urgency: Mapped[str] = mapped_column(String(8), default="normal")
    notes: Mapped[str | None] = mapped_column(Text)
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    dispute_case_id: Mapped[int | None] = mapped_column(ForeignKey("dispute_case.id"))
    # where the matter went when it left the building (派出所 referral: which station, whom, how)
    referral_note: Mapped[str | None] = mapped_column(Text)


class Petition(Versioned, Voidable, Base):
    __tablename__ = "petition"
    __changes__ = ((Kind.PETITION, "id"), (Kind.PERSON, "person_id"))

    petition_no: Mapped[str] = mapped_column(String(40), unique=True)
    # network / letter / phone / fax / visit (art. 17)
    channel: Mapped[str] = mapped_column(String(16))
    # suggestion / accusation / claim (arts. 29-31)
    category: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    petitioner_name: Mapped[str] = mapped_column(String(100))
    is_collective: Mapped[bool] = mapped_column(Boolean, default=False)
    representatives: Mapped[str | None] = mapped_column(Text)
    request: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    # registered / accepted / rejected / handling / answered / review / closed
    status: Mapped[str] = mapped_column(String(16), default="registered", index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(16))
    answered_on: Mapped[date | None] = mapped_column(Date)
    national_ref_no: Mapped[str | None] = mapped_column(String(64))
    national_filed_on: Mapped[date | None] = mapped_column(Date)
    # 不予受理告知书: why, and the body the petitioner is referred to
    reject_reason: Mapped[str | None] = mapped_column(Text)
    refer_to: Mapped[str | None] = mapped_column(String(200))
    # 信访事项处理意见书: facts found, the decision's reasons and its legal basis
    decision_text: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    # the petitioner's evaluation of the answer (满意度评价: satisfied / basically / dissatisfied), and when
    evaluation: Mapped[str | None] = mapped_column(String(16))
    evaluated_on: Mapped[date | None] = mapped_column(Date)


class Petitioner(Versioned, Base):
    """A petitioner of a petition: a person of the register or one named at the desk; the
    representatives of a collective petition (art. 20: at most 5) are flagged."""

    __tablename__ = "petitioner"
    __changes__ = ((Kind.PETITION, "petition_id"),)

    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(200))
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)


class PetitionStep(Versioned, Base):
    """One time-limited step of a petition (register, notice, handle, extension, review, ...)."""

    __tablename__ = "petition_step"
    __changes__ = ((Kind.PETITION, "petition_id"),)

    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    started_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class Attachment(Versioned, Base):
    """A scanned letter, photo or PDF kept with a record (stored in the database, so every room PC sees it)."""

    __tablename__ = "attachment"
    # owner_kind is the owning record's table, optionally with a category: "dispute_case.evidence"
    __changes__ = staticmethod(
        lambda a: [(Kind(k), a.owner_id)] if (k := a.owner_kind.split(".")[0]) in set(Kind) else []
    )

    # the owning record: ("petition", id), ("dispute_case", id), ("mediation_session", id), ...
    owner_kind: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = mapped_column(Integer, index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
