"""One timeline per person: the union of every room's records about them, newest first.

A room registers a source ``(session, actor, person_id, visible) -> Iterable[TimelineEntry]`` under a kind with
``@timeline_source("kind")`` in its own package. ``visible`` tells which key-group memberships the actor may
see (None: none), so a source about sensitive work can hide itself; a source shows only what its reader may
see (an accusation petition is shown to those who may read it, and to nobody else at all).
``ResidentService.timeline`` unions them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from desktop.services.core.dto import Actor, TimelineEntry

Source = Callable[[Session, Actor, int, "frozenset[int] | None"], Iterable[TimelineEntry]]
SOURCES: dict[str, Source] = {}


def timeline_source(kind: str) -> Callable[[Source], Source]:
    def register(fn: Source) -> Source:
        SOURCES[kind] = fn
        return fn

    return register


def short(value: str | None, n: int = 60) -> str:
    """One line of at most ``n`` characters (whitespace folded)."""
    value = " ".join((value or "").split())
    return value if len(value) <= n else value[: n - 1] + "…"


def collect(s: Session, actor: Actor, person_id: int, visible: frozenset[int] | None) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for fn in SOURCES.values():
        entries.extend(fn(s, actor, person_id, visible))
    floor = datetime.min.replace(tzinfo=UTC)
    entries.sort(key=lambda e: (e.on, e.at or floor, e.kind, e.ref_id or 0), reverse=True)
    return entries
