"""Changes as data: what a write changed, by kind of record and id (Anki's OpChanges).

Nobody names a change by hand. Every ORM model says which records a row of it belongs to (``__changes__``:
``((Kind.CASE, "case_id"), ...)``, or a function of the row); the session records the rows a transaction
flushed and, once it commits, hands them to the collector of the write that is running (``collect()``, a
context variable, so each thread has its own). ``tasks.run_write`` runs every write inside ``collect()`` and
announces exactly what was committed on the app-wide bus; pages subscribe by kind. Bulk writes that bypass the
ORM (Core inserts of an import) tell what they touched with ``bulk_written()``.

No SQLAlchemy and no Qt here: models, services, tasks and views all use it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """Kinds of records pages show. The values are the table names of the records they stand for."""

    COMMUNITY = "community"
    ADDRESS = "address"
    CALENDAR = "calendar_day"
    CODE_ITEM = "code_item"  # code lists and the settings kept as code items
    STAFF = "staff_user"
    PERSON = "person"
    HOUSEHOLD = "household"
    KEY_GROUP = "key_group"
    MEMBERSHIP = "key_group_membership"
    FOLLOW_UP = "follow_up"
    VISIT = "visit"
    PETITION = "petition"
    CASE = "dispute_case"
    CAMERA = "camera"
    DUTY_LOG = "duty_log"
    FOOTAGE = "footage_request"
    CAMERA_EVENT = "camera_event"  # health checks: online/offline history and the day's counts
    HANDOVER = "shift_handover"
    VOLUNTEER = "volunteer"
    GRID_REPORT = "grid_report"
    SENSITIVE_PERIOD = "sensitive_period"
    ROUND = "screening_round"
    MEETING = "meeting"
    TASK = "work_task"
    BULLETIN = "police_bulletin"
    UNIT = "public_unit"
    HAZARD = "hazard"
    ACTIVITY = "activity"  # an activity and its shifts
    ATTENDANCE = "attendance"  # a volunteer on a shift: sign-up, check-in / out, hours


# what a model's ``__changes__`` may be: pairs of (kind, attribute holding the id), or a function of the row
ChangeSpec = tuple[tuple[Kind, str], ...] | Callable[[object], Iterable[tuple[Kind, int | None]]]


def roots(row: object) -> Iterator[tuple[Kind, int | None]]:
    """The records a changed row belongs to (nothing for rows no page shows, e.g. the audit log)."""
    spec = getattr(type(row), "__changes__", None)
    if spec is None:
        return
    if callable(spec):
        yield from spec(row)
        return
    for kind, attr in spec:
        yield kind, getattr(row, attr)


@dataclass(frozen=True)
class Changes:
    """Kinds changed and their ids; an empty id set means "some, not told which" (a bulk write)."""

    ids: dict[Kind, frozenset[int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __contains__(self, kind: Kind) -> bool:
        return kind in self.ids

    def touches(self, *kinds: Kind) -> bool:
        return any(k in self.ids for k in kinds)

    def of(self, kind: Kind) -> frozenset[int]:
        return self.ids.get(kind, frozenset())

    def kinds(self) -> frozenset[Kind]:
        return frozenset(self.ids)

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(merged)

    def __repr__(self) -> str:
        inner = ", ".join(f"{k.name}:{sorted(v)}" for k, v in sorted(self.ids.items()))
        return f"Changes({inner})"


NONE = Changes()


class Recorder:
    """What the writes inside one ``collect()`` committed."""

    def __init__(self) -> None:
        self._ids: dict[Kind, set[int]] = {}

    def add(self, pairs: Iterable[tuple[Kind, int | None]]) -> None:
        for kind, rid in pairs:
            ids = self._ids.setdefault(Kind(kind), set())
            if rid is not None:
                ids.add(rid)

    @property
    def changes(self) -> Changes:
        return Changes({k: frozenset(v) for k, v in self._ids.items()})


_current: ContextVar[Recorder | None] = ContextVar("zongzhi_changes", default=None)


@contextmanager
def collect() -> Iterator[Recorder]:
    """Collect what the writes run inside commit: ``with collect() as rec: ...; rec.changes``."""
    rec = Recorder()
    token = _current.set(rec)
    try:
        yield rec
    finally:
        _current.reset(token)


def committed(pairs: Iterable[tuple[Kind, int | None]]) -> None:
    """Hand what a transaction committed to the running collector (the session's commit hook calls this)."""
    rec = _current.get()
    if rec is not None:
        rec.add(pairs)


def bulk_written(kind: Kind, ids: Iterable[int] = ()) -> None:
    """A write that bypasses the ORM tells what it touched (no ids: some records of this kind)."""
    ids = list(ids)
    committed([(kind, i) for i in ids] if ids else [(kind, None)])


# -- between PCs: what one app committed, told to the others (PostgreSQL NOTIFY; db.py sends, tasks.py hears) --

CHANNEL = "zongzhi_changes"
INSTANCE = uuid.uuid4().hex[:16]  # this running app: it does not announce its own writes twice
_MAX_PAYLOAD = 7900  # PostgreSQL refuses a NOTIFY payload of 8000 bytes or more


def to_payload(pairs: Iterable[tuple[Kind, int | None]]) -> str:
    """What a transaction changed, as the message other PCs hear; too many ids: the kinds only."""
    rec = Recorder()
    rec.add(pairs)
    ids = {k.value: sorted(v) for k, v in rec.changes.ids.items()}
    text = json.dumps({"from": INSTANCE, "k": ids}, separators=(",", ":"))
    if len(text.encode()) > _MAX_PAYLOAD:
        text = json.dumps({"from": INSTANCE, "k": {k: [] for k in ids}}, separators=(",", ":"))
    return text


def from_payload(text: str) -> tuple[str, Changes]:
    """(the app that wrote it, what it changed); kinds this release does not know are skipped."""
    raw = json.loads(text)
    known = {k.value for k in Kind}
    return str(raw.get("from", "")), Changes(
        {Kind(k): frozenset(int(i) for i in v) for k, v in raw.get("k", {}).items() if k in known}
    )


def everything() -> Changes:
    """Some records of every kind may have changed (heard nothing for a while: the server was away)."""
    return Changes({k: frozenset() for k in Kind})
