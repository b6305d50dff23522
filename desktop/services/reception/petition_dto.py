"""What the petition service (信访) hands to views and printing: frozen, no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desktop.services.core import vocabulary
from desktop.services.core.dto import AttachmentDTO

CHANNELS = vocabulary.PETITION_CHANNEL.codes()  # art. 17
CATEGORIES = vocabulary.PETITION_CATEGORY.codes()  # arts. 29-31
DECISIONS = vocabulary.PETITION_DECISION.codes()  # art. 32
STATUSES = vocabulary.PETITION_STATUS.codes()
OPEN_STATUSES = ("registered", "accepted", "handling", "answered", "review")
QUEUES = ("open", "due_soon", "overdue", "registered", "handling", "answered", "all", "closed")
MAX_REPRESENTATIVES = 5  # art. 20
HIDDEN = "（检举控告内容保密）"  # what someone not entitled sees instead of an accusation's content (art. 30)


@dataclass(frozen=True)
class PetitionerInput:
    """A petitioner: a person of the register (``person_id``) or a name given at the desk."""

    name: str = ""
    person_id: int | None = None
    phone: str | None = None
    address: str | None = None
    is_representative: bool = False


@dataclass(frozen=True)
class PetitionInput:
    channel: str
    category: str
    received_on: date
    petitioners: tuple[PetitionerInput, ...]
    request: str
    facts: str = ""
    is_collective: bool = False
    handler_id: int | None = None  # None: the person registering it
    transferred_from: str | None = None  # a matter transferred by a 信访部门 or a higher body (art. 23 ¶3)
    national_ref_no: str | None = (
        None  # 网上信访代理: filed on the national system on the petitioner's behalf
    )
    national_filed_on: date | None = None
    accept_on_the_spot: bool = False  # art. 23 ¶2: the written notice given at once


@dataclass(frozen=True)
class PetitionChanges:
    """What may be corrected after intake (while the petition is open)."""

    request: str | None = None
    facts: str | None = None
    handler_id: int | None = None
    category: str | None = None


class PetitionRow(NamedTuple):
    """A line of the petition list; an accusation's petitioner and request are hidden from those not entitled."""

    id: int
    version: int
    petition_no: str
    received_on: date
    channel: str
    category: str
    petitioner: str
    is_collective: bool
    request: str
    status: str
    handler_id: int | None
    handler: str
    next_kind: str | None  # the office's next open duty
    next_due: date | None
    deadline_state: str  # open / due_soon / overdue / none
    national_ref_no: str | None
    hidden: bool
    due_provisional: bool = False  # next_due lies in a year whose holiday schedule is not published


@dataclass(frozen=True)
class StepDTO:
    id: int
    version: int
    kind: str
    title: str  # Chinese, from the rule table
    owner: str  # office / petitioner / superior
    article: str
    started_on: date
    due_on: date
    done_on: date | None
    approver_id: int | None
    approver: str
    reason: str | None
    note: str | None
    state: str  # done / overdue / due_soon / open / waiting / lapsed
    provisional: bool = False  # due in a year whose holiday schedule is not published: it may move


@dataclass(frozen=True)
class PetitionerDTO:
    id: int
    person_id: int | None
    name: str
    phone: str  # masked
    address: str
    is_representative: bool


@dataclass(frozen=True)
class PetitionDetail:
    id: int
    version: int
    petition_no: str
    channel: str
    category: str
    received_on: date
    person_id: int | None
    petitioner_name: str
    is_collective: bool
    representatives: str
    request: str
    facts: str
    status: str
    handler_id: int | None
    handler: str
    accepted_on: date | None
    decision: str | None
    decision_text: str
    legal_basis: str
    answered_on: date | None
    reject_reason: str
    refer_to: str
    national_ref_no: str | None
    national_filed_on: date | None
    petitioners: tuple[PetitionerDTO, ...]
    steps: tuple[StepDTO, ...]
    attachments: tuple[AttachmentDTO, ...]
    visit_id: int | None  # the visit it came from (首问负责)
    hidden: bool  # an accusation the actor may not read: content fields are blank
    can_edit: bool
    extended_to: date | None
    next_due: date | None
    deadline_state: str

    def step(self, kind: str) -> StepDTO | None:
        """The latest step of a kind."""
        found = [s for s in self.steps if s.kind == kind]
        return found[-1] if found else None


@dataclass(frozen=True)
class DeadlineCounts:
    """The badge on the main window: office duties due within 3 days, and overdue ones."""

    due_soon: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.due_soon + self.overdue


@dataclass(frozen=True)
class PetitionFilter:
    queue: str = "open"
    text: str = ""  # number, or the start of a petitioner's name
    limit: int = 500
