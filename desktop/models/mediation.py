"""矛盾纠纷调处室: dispute cases, parties, routing, sessions, agreements, return visits."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Kind
from desktop.models.base import Base, UTCDateTime, Versioned, Voidable

# The queue of the mediation room (services/mediation_queue.py) at 200,000 cases: the open cases are a few
# thousand among many closed ones, a skew SQLite's planner does not see (no histograms). Partial indexes over
# the open cases serve every "open" list and their badges; the closed list and the filters get composite
# indexes that count without reading the table. The queue repeats OPEN_CASES literally in its WHERE: that is
# how both engines know a partial index applies.
OPEN_CASES = "status <> 'closed' AND voided_at IS NULL"


def _open_index(name: str, *columns: str) -> Index:
    return Index(name, *columns, sqlite_where=text(OPEN_CASES), postgresql_where=text(OPEN_CASES))


class DisputeCase(Versioned, Voidable, Base):
    __tablename__ = "dispute_case"
    __changes__ = ((Kind.CASE, "id"),)
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        # with what the badges count (mine, overdue, police alerts): read without touching the table
        _open_index(
            "ix_dispute_case_open_due_on",
            "due_on",
            "status",
            "mediator_id",
            "police_flag",
            "police_flag_ack_at",
        ),
        _open_index("ix_dispute_case_open_accepted_on", "accepted_on"),
        Index("ix_dispute_case_status_accepted_on", "status", "voided_at", "accepted_on"),
        Index("ix_dispute_case_type_status", "dispute_type", "status", "voided_at", "accepted_on"),
        Index("ix_dispute_case_mediator_status", "mediator_id", "status", "voided_at"),
        Index("ix_dispute_case_grid_status", "grid_id", "status", "voided_at"),
        Index("ix_dispute_case_seq", "seq"),  # "第12号" typed in the search box
    )

    case_no: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    # application / initiative / from_visit / grid / police / court / government / screening
    source: Mapped[str] = mapped_column(String(16))
    dispute_type: Mapped[str] = mapped_column(String(32))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid.id"))
    facts: Mapped[str] = mapped_column(Text, default="")
    claims: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    people_involved: Mapped[int] = mapped_column(Integer, default=2)
    risk_level: Mapped[str] = mapped_column(String(8), default="low")
    # 人民调解法 art. 25: may turn into a public-order or criminal case -> tell the police now
    police_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    police_flag_ack_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # pending / agreed / refused (art. 17)
    consent: Mapped[str] = mapped_column(String(8), default="pending")
    # new / assigned / transferred / returned / mediating / agreed / failed / closed
    status: Mapped[str] = mapped_column(String(16), default="new")
    accepted_on: Mapped[date] = mapped_column(Date, index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    # success_written / success_oral / failed / terminated / transferred
    outcome: Mapped[str | None] = mapped_column(String(16))
    remedies_told: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)
    # a refusal of mediation (art. 17) or other notes on the parties' consent
    consent_note: Mapped[str | None] = mapped_column(Text)
    # the deadline extended only with the parties' consent, recorded
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extended_on: Mapped[date | None] = mapped_column(Date)


class CaseParty(Versioned, Base):
    __tablename__ = "case_party"
    __changes__ = ((Kind.CASE, "case_id"), (Kind.PERSON, "person_id"))
    # the queue finds a case by the start of a party's name (a range on SQLite, LIKE 'x%' on PostgreSQL)
    __table_args__ = (Index("ix_case_party_name", "name", postgresql_ops={"name": "text_pattern_ops"}),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    # applicant / respondent / third_party
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str | None] = mapped_column(String(1))
    ethnic_code: Mapped[str | None] = mapped_column(String(2))
    birth_date: Mapped[date | None] = mapped_column(Date)
    occupation: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(200))
    agent_name: Mapped[str | None] = mapped_column(String(100))


class CaseTransfer(Versioned, Base):
    """归口调处 to an outside body: sent, then signed for (签收) or returned with a reason (退回)."""

    __tablename__ = "case_transfer"
    __changes__ = ((Kind.CASE, "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    body: Mapped[str] = mapped_column(String(100))
    sent_on: Mapped[date] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date)
    return_reason: Mapped[str | None] = mapped_column(Text)


class MediationSession(Versioned, Voidable, Base):
    __tablename__ = "mediation_session"
    __changes__ = ((Kind.CASE, "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200))
    mediators: Mapped[str] = mapped_column(String(200))
    recorder: Mapped[str] = mapped_column(String(100))
    attendees: Mapped[str] = mapped_column(Text, default="")
    rights_told: Mapped[bool] = mapped_column(Boolean, default=True)
    statements: Mapped[str] = mapped_column(Text, default="")
    facts_verified: Mapped[str] = mapped_column(Text, default="")
    risk_warning: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")


class Agreement(Versioned, Voidable, Base):
    __tablename__ = "agreement"
    __changes__ = ((Kind.CASE, "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    agreement_no: Mapped[str] = mapped_column(String(64), unique=True)
    # written / oral (art. 28)
    kind: Mapped[str] = mapped_column(String(8))
    terms: Mapped[str] = mapped_column(Text)
    performance: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[date] = mapped_column(Date)
    effective_on: Mapped[date] = mapped_column(Date)
    judicial_confirmation_applied_on: Mapped[date | None] = mapped_column(Date)


class ReturnVisit(Versioned, Voidable, Base):
    __tablename__ = "return_visit"
    __changes__ = ((Kind.CASE, "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    performance: Mapped[str | None] = mapped_column(Text)
    # how far the agreement is performed, as found (full / partial / none): the 协议履行 figures
    performed: Mapped[str | None] = mapped_column(String(12))
    satisfaction: Mapped[str | None] = mapped_column(String(16))
    lawsuit: Mapped[bool] = mapped_column(Boolean, default=False)
    escalation_signs: Mapped[str | None] = mapped_column(Text)
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
