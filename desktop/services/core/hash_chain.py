"""Append-only tables whose rows are hash-chained: each row's hash covers its fields and the hash of the row before
it, so a row changed, removed or slipped in shows when the chain is verified. The audit log and the
footage-access register are such tables.

A table takes part with a ``prev_hash`` and a ``hash`` column; the caller says which fields a row's hash covers
(``fields(row) -> list``, JSON-serialisable, in a fixed order).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.services.core.dto import AuditVerdict

GENESIS = "0" * 64


def digest(prev_hash: str, fields: list) -> str:
    payload = json.dumps([prev_hash, *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def last_hash(s: Session, model, pg_lock: int) -> str:
    """The hash to link the next row to, read under the writers' lock of this chain, so two appends never link
    to the same row (a fork reads as tampering): an advisory lock on PostgreSQL; on SQLite the database's own
    write lock, taken by a no-op write first. The lock is held until the caller's transaction ends."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": pg_lock})
    elif dialect == "sqlite":
        s.execute(text(f"UPDATE {model.__tablename__} SET id = id WHERE 0"))  # noqa: S608 - a table name
    return s.scalar(select(model.hash).order_by(model.id.desc()).limit(1)) or GENESIS


def append(s: Session, model, row, fields: Callable[[object], list], pg_lock: int):
    """Link ``row`` to the chain and add it, in the caller's transaction."""
    row.prev_hash = last_hash(s, model, pg_lock)
    row.hash = digest(row.prev_hash, fields(row))
    s.add(row)
    s.flush()
    return row


def verify(rows: Iterable, fields: Callable[[object], list]) -> AuditVerdict:
    """Walk the rows in id order: the first that does not link to the one before, or whose hash does not match
    its fields, is where the chain was broken."""
    prev = GENESIS
    n = 0
    for r in rows:
        n += 1
        if r.prev_hash != prev:
            return AuditVerdict(False, n, r.id, "missing_before")
        if digest(prev, fields(r)) != r.hash:
            return AuditVerdict(False, n, r.id, "altered")
        prev = r.hash
    return AuditVerdict(True, n)
