"""The audit trail: who did what, when, before -> after; hash-chained so tampering shows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import AuditEntry
from desktop.services.core.dto import Actor, AuditEntryDTO, AuditVerdict
from desktop.services.core.permissions import Perm, require

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 7_316_001  # advisory lock key: one writer of the chain at a time on a shared server


def _json_default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    raise TypeError(type(value))


def to_json(data: dict | None) -> str | None:
    if data is None:
        return None
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=_json_default)


def _digest(prev_hash: str, e: AuditEntry) -> str:
    payload = json.dumps(
        [
            prev_hash,
            e.at.astimezone(UTC).isoformat(),
            e.user_id,
            e.username,
            e.action,
            e.entity,
            e.entity_id,
            e.summary,
            e.before,
            e.after,
            e.reason,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    s: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None = None,
    summary: str = "",
    *,
    before: dict | None = None,
    after: dict | None = None,
    reason: str | None = None,
) -> AuditEntry:
    """Append one entry inside the caller's transaction: it commits or rolls back with the change.

    The last hash is read under the writers' lock, so two appends never link to the same entry (a fork
    reads as tampering): an advisory lock on PostgreSQL; on SQLite the database's own write lock, taken
    by a no-op write first — reads that audit a view (key groups) append from the reader threads too."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    elif dialect == "sqlite":
        s.execute(text("UPDATE audit_entry SET id = id WHERE 0"))
    prev = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    entry = AuditEntry(
        at=datetime.now(UTC).replace(microsecond=0),
        user_id=actor.id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        before=to_json(before),
        after=to_json(after),
        reason=reason,
        prev_hash=prev,
    )
    entry.hash = _digest(prev, entry)
    s.add(entry)
    s.flush()
    return entry


def changes(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the fields that changed, for a readable before -> after."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def verify_chain(entries: Iterable[AuditEntry]) -> AuditVerdict:
    prev = GENESIS
    n = 0
    for e in entries:
        n += 1
        if e.prev_hash != prev:
            return AuditVerdict(False, n, e.id, "missing_before")
        if _digest(prev, e) != e.hash:
            return AuditVerdict(False, n, e.id, "altered")
        prev = e.hash
    return AuditVerdict(True, n)


class AuditService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def record(
        self, actor: Actor, action: str, entity: str, entity_id: int | None = None, summary: str = "", **kw
    ) -> None:
        """A stand-alone entry (print, export, reveal, login) in its own transaction."""
        with self._sessions.begin() as s:
            record(s, actor, action, entity, entity_id, summary, **kw)

    def verify(self, actor: Actor) -> AuditVerdict:
        require(actor, Perm.AUDIT_READ)
        with self._sessions() as s:
            return verify_chain(s.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000))

    def search(
        self,
        actor: Actor,
        *,
        username: str | None = None,
        action: str | None = None,
        entity: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
    ) -> list[AuditEntryDTO]:
        require(actor, Perm.AUDIT_READ)
        q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if username:
            q = q.where(AuditEntry.username == username)
        if action:
            q = q.where(AuditEntry.action == action)
        if entity:
            q = q.where(AuditEntry.entity == entity)
        if since:
            q = q.where(AuditEntry.at >= since)
        if until:
            q = q.where(AuditEntry.at < until)
        with self._sessions() as s:
            return [
                AuditEntryDTO(
                    e.id,
                    e.at,
                    e.username,
                    e.action,
                    e.entity,
                    e.entity_id,
                    e.summary,
                    e.before,
                    e.after,
                    e.reason,
                )
                for e in s.scalars(q)
            ]
