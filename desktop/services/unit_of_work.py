"""One unit of work: a transaction around ``fn(session)``; a concurrent change to a versioned row
(another room PC saved first) becomes ``Conflict`` for the view to explain."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.services.errors import Conflict

T = TypeVar("T")


def write(sessions: sessionmaker[Session], fn: Callable[[Session], T], entity: str) -> T:
    try:
        with sessions.begin() as s:
            return fn(s)
    except StaleDataError as exc:
        raise Conflict(entity) from exc
