"""What the mediation room (矛盾纠纷调处室) hands to views, printing and other rooms: frozen, no SQLAlchemy.

Codes, not labels, travel in the DTOs (status, outcome, source, role ...); views translate them and the
printed forms use the Chinese of ``print_service``. Phones of parties are masked on the way out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from desktop.services.core import vocabulary
from desktop.services.core.dto import AttachmentDTO, Choice, StaffChoice

# -- the vocabulary ------------------------------------------------------------------------------------------

# 统一受理: every way a dispute reaches the committee (DOMAIN.md §3 and the weekly 排查)
SOURCES = vocabulary.CASE_SOURCE.codes()
PARTY_ROLES = vocabulary.PARTY_ROLE.codes()
RISK_LEVELS = vocabulary.RISK_LEVEL.codes()
CONSENTS = vocabulary.CONSENT.codes()
STATUSES = vocabulary.CASE_STATUS.codes()
OUTCOMES = vocabulary.CASE_OUTCOME.codes()
AGREEMENT_KINDS = ("written", "oral")
SATISFACTION = vocabulary.SATISFACTION.codes()

# before an outcome: the deadline (30 days) runs and the case is in somebody's hands
DEADLINE_STATUSES = ("new", "assigned", "returned", "mediating", "transferred")
# mediation may go on (sessions, outcome) in these
WORKING_STATUSES = ("new", "assigned", "returned", "mediating")
OPEN_STATUSES = (*DEADLINE_STATUSES, "agreed", "failed")

# the queues of the room's list
QUEUES = ("new", "mine", "due_soon", "overdue", "awaiting_sign", "open", "closed", "all")


def by_due_date(queue: str) -> bool:
    """The deadline lists run soonest first; the others newest first."""
    return queue in ("due_soon", "overdue")


# attachments of a case, by the section of the dossier (卷宗) they belong to; ``session`` photos and scans go
# with the 调解记录 of their session
ATTACHMENT_CATEGORIES = vocabulary.CASE_ATTACHMENT.codes()


# -- settings ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MediationSettings:
    """The committee's configuration, kept in the database (every room PC numbers cases the same way).

    Numbers are ``str.format`` patterns over ``year``, ``abbr`` (the committee's short name) and ``seq``.
    Periods are "N日内" (calendar days, the last day moved off a rest day) on the shared work calendar.
    """

    case_no_format: str = "（{year}）{abbr}人调字第{seq}号"
    agreement_no_format: str = "（{year}）{abbr}人调协字第{seq}号"
    committee_abbr: str = ""  # "" -> the community's name without 社区/村, e.g. 华侨路
    due_days: int = 30  # 人民调解工作若干规定 art. 33: normally concluded within a month
    due_soon_days: int = 5
    return_visit_days: int = 15
    confirmation_reminder_days: int = 7  # remind this many days before the 司法确认 window closes
    dossier_retention: str = ""  # 保管期限 printed on the cover; blank: written by hand


# 人民调解法 art. 33: both parties may apply within 30 days of the agreement taking effect (statutory)
CONFIRMATION_DAYS = 30


# -- input ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyInput:
    """A party: from the register (``person_id``; blank fields are filled from the person) or on the spot."""

    role: str
    name: str = ""
    person_id: int | None = None
    sex: str | None = None
    ethnic_code: str | None = None
    birth_date: date | None = None
    occupation: str | None = None
    phone: str | None = None
    address: str | None = None
    agent_name: str | None = None  # 委托代理人


@dataclass(frozen=True)
class CaseInput:
    source: str
    dispute_type: str
    facts: str
    parties: tuple[PartyInput, ...] = ()
    claims: str = ""
    accepted_on: date | None = None  # None: today
    grid_id: int | None = None
    amount: Decimal | None = None
    people_involved: int = 2
    risk_level: str = "low"
    police_flag: bool = False
    consent: str = "pending"  # "agreed" at intake when the parties agree on the spot
    mediator_id: int | None = None


@dataclass(frozen=True)
class CaseChanges:
    """The editable facts of a case (parties are changed one by one)."""

    dispute_type: str
    facts: str
    claims: str = ""
    grid_id: int | None = None
    amount: Decimal | None = None
    people_involved: int = 2
    risk_level: str = "low"
    police_flag: bool = False


@dataclass(frozen=True)
class SessionInput:
    held_at: datetime  # aware
    place: str
    mediators: str
    recorder: str
    attendees: str = ""
    rights_told: bool = True
    statements: str = ""
    facts_verified: str = ""
    risk_warning: str = ""
    result: str = ""


@dataclass(frozen=True)
class AgreementInput:
    kind: str  # written / oral
    terms: str  # 经调解，自愿达成如下协议
    performance: str  # 履行方式、地点、时限 of each term
    signed_on: date | None = None  # None: today
    effective_on: date | None = None  # None: signed_on (art. 29: signed and sealed; art. 30: oral, agreed)


@dataclass(frozen=True)
class ReturnVisitInput:
    done_on: date
    performance: str
    satisfaction: str
    lawsuit: bool = False
    escalation_signs: str = ""
    performed: str | None = None  # PERFORMANCE: full / partial / none (the 协议履行 figures)


# -- output --------------------------------------------------------------------------------------------------


class CaseRow(NamedTuple):
    """One line of the queue (a NamedTuple: a page of the list makes hundreds of these)."""

    id: int
    case_no: str
    accepted_on: date
    source: str
    dispute_type: str
    grid_id: int | None
    mediator_id: int | None
    status: str
    outcome: str | None
    consent: str
    risk_level: str
    due_on: date
    closed_on: date | None
    police_alert: bool  # art. 25 flag not yet acknowledged
    parties: str = ""  # 张三、李四
    returns: int = 0  # how often an outside body sent it back
    due_provisional: bool = False  # due in a year whose holiday schedule is not published: it may move


def row_key(queue: str, row: CaseRow) -> tuple[date, int]:
    """Where the next page of a queue continues from (its sort value and id)."""
    return (row.due_on if by_due_date(queue) else row.accepted_on, row.id)


@dataclass(frozen=True)
class QueueFilter:
    queue: str = "open"
    dispute_type: str | None = None
    grid_id: int | None = None
    mediator_id: int | None = None
    date_from: date | None = None  # accepted on or after
    date_to: date | None = None  # accepted on or before
    text: str = ""  # case number or a party's name (its start)
    ids: tuple[int, ...] = ()  # exactly these cases (the records behind a figure of the desk)


@dataclass(frozen=True)
class QueueCounts:
    new: int = 0
    mine: int = 0
    due_soon: int = 0
    overdue: int = 0
    awaiting_sign: int = 0
    police_alerts: int = 0


@dataclass(frozen=True)
class GridOption:
    id: int
    name: str


@dataclass(frozen=True)
class MediationOptions:
    """The lists a form offers, loaded once per page."""

    dispute_types: tuple[Choice, ...]
    outside_bodies: tuple[Choice, ...]
    grids: tuple[GridOption, ...]
    mediators: tuple[StaffChoice, ...]
    settings: MediationSettings


@dataclass(frozen=True)
class PartyDTO:
    id: int
    version: int
    person_id: int | None
    role: str
    name: str
    sex: str | None
    ethnic_code: str | None
    birth_date: date | None
    occupation: str | None
    phone: str  # masked
    address: str | None
    agent_name: str | None


@dataclass(frozen=True)
class TransferDTO:
    id: int
    version: int
    body: str
    sent_on: date
    signed_on: date | None
    returned_on: date | None
    return_reason: str | None

    @property
    def pending(self) -> bool:
        return self.signed_on is None and self.returned_on is None


@dataclass(frozen=True)
class SessionDTO:
    id: int
    version: int
    held_at: datetime
    place: str
    mediators: str
    recorder: str
    attendees: str
    rights_told: bool
    statements: str
    facts_verified: str
    risk_warning: str
    result: str


@dataclass(frozen=True)
class AgreementDTO:
    id: int
    version: int
    agreement_no: str
    kind: str
    terms: str
    performance: str
    signed_on: date
    effective_on: date
    copies: int  # 协议书: one per party and one for the committee (art. 29)
    confirmation_until: date  # 司法确认: last day to apply (art. 33: 30 days from effect)
    confirmation_reminder_on: date
    confirmation_applied_on: date | None


@dataclass(frozen=True)
class ReturnVisitDTO:
    id: int
    version: int
    agreement_id: int | None
    due_on: date
    done_on: date | None
    performance: str | None
    satisfaction: str | None
    lawsuit: bool
    escalation_signs: str | None
    visitor_name: str
    performed: str | None = None  # PERFORMANCE code


@dataclass(frozen=True)
class CaseEvent:
    """One step of the case's story, for its timeline. ``kind`` says what it is; ``detail`` is record text."""

    on: date
    at: datetime | None
    kind: str
    detail: str = ""
    ref_id: int | None = None
    who: str = ""


@dataclass(frozen=True)
class CaseDTO:
    id: int
    version: int
    case_no: str
    year: int
    seq: int
    source: str
    dispute_type: str
    grid_id: int | None
    facts: str
    claims: str
    amount: Decimal | None
    people_involved: int
    risk_level: str
    police_flag: bool
    police_flag_ack_at: datetime | None
    consent: str
    consent_note: str | None
    status: str
    accepted_on: date
    due_on: date
    extension_reason: str | None
    extended_on: date | None
    mediator_id: int | None
    mediator_name: str
    outcome: str | None
    remedies_told: str | None
    closed_on: date | None
    visit_id: int | None  # the reception visit it came from
    due_provisional: bool = False  # due in a year whose holiday schedule is not published: it may move

    @property
    def police_alert(self) -> bool:
        return self.police_flag and self.police_flag_ack_at is None


@dataclass(frozen=True)
class CaseDetail:
    """Everything the case page shows, read in one unit of work."""

    case: CaseDTO
    parties: tuple[PartyDTO, ...]
    transfers: tuple[TransferDTO, ...]
    sessions: tuple[SessionDTO, ...]
    agreements: tuple[AgreementDTO, ...]
    return_visits: tuple[ReturnVisitDTO, ...]
    attachments: tuple[AttachmentDTO, ...]
    timeline: tuple[CaseEvent, ...]  # oldest first
    today: date
    due_soon_days: int = 5
    has_dossier: bool = False

    @property
    def pending_transfer(self) -> TransferDTO | None:
        return next((t for t in self.transfers if t.pending), None)

    @property
    def returns(self) -> int:
        return sum(1 for t in self.transfers if t.returned_on is not None)

    @property
    def agreement(self) -> AgreementDTO | None:
        return self.agreements[-1] if self.agreements else None

    @property
    def parties_complete(self) -> bool:
        """Two sides at least (第三人 do not count)."""
        return sum(1 for p in self.parties if p.role != "third_party") >= 2

    @property
    def overdue(self) -> bool:
        return self.case.status in DEADLINE_STATUSES and self.case.due_on < self.today

    @property
    def due_soon(self) -> bool:
        c = self.case
        return c.status in DEADLINE_STATUSES and 0 <= (c.due_on - self.today).days <= self.due_soon_days

    @property
    def confirmation_reminder(self) -> bool:
        a = self.agreement
        return (
            a is not None
            and a.confirmation_applied_on is None
            and a.confirmation_reminder_on <= self.today <= a.confirmation_until
        )


@dataclass(frozen=True)
class Reminder:
    """A date-driven to-do of the room: a return visit due, a 司法确认 window about to close."""

    kind: str  # return_visit / confirmation
    case_id: int
    case_no: str
    ref_id: int
    due_on: date
    parties: str
    provisional: bool = False  # the day lies in a year whose holiday schedule is not published


@dataclass(frozen=True)
class DossierPart:
    """One line of the 卷内目录 and where it stands in the PDF (pages counted from the first document)."""

    title: str
    first_page: int | None
    last_page: int | None
    documents: int
    mandatory: bool

    @property
    def missing(self) -> bool:
        return self.mandatory and not self.documents

    @property
    def pages(self) -> str:
        if self.first_page is None:
            return ""
        if self.last_page is None or self.last_page == self.first_page:
            return str(self.first_page)
        return f"{self.first_page}-{self.last_page}"


@dataclass(frozen=True)
class DossierDTO:
    case_id: int
    case_no: str
    pdf: bytes
    parts: tuple[DossierPart, ...]
    missing: tuple[str, ...]  # titles of mandatory documents not in the file
    front_pages: int  # pages before page 1: missing-list, cover, 卷内目录
    page_count: int
    assembled_at: datetime | None = None
