"""The audit trail: who did what, when, before -> after; hash-chained so tampering shows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import AuditEntry
from desktop.services.core import hash_chain
from desktop.services.core.dto import Actor, AuditEntryDTO, AuditVerdict
from desktop.services.core.permissions import Perm, require

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


def _fields(e: AuditEntry) -> list:
    """What an entry's hash covers."""
    return [
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
    ]


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

    The chain's lock (``hash_chain.last_hash``) is held until the transaction ends: reads that audit a view (key
    groups) append from the reader threads too."""
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
    )
    return hash_chain.append(s, AuditEntry, entry, _fields, _PG_AUDIT_LOCK)


def changes(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the fields that changed, for a readable before -> after."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def verify_chain(entries: Iterable[AuditEntry]) -> AuditVerdict:
    return hash_chain.verify(entries, _fields)


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
