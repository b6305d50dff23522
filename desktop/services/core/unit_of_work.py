"""One unit of work: a transaction around ``fn(session)``; a concurrent change to a versioned row
(another room PC saved first) becomes ``Conflict`` for the view to explain. ``load`` is how a write
fetches the row it changes: missing or voided is ``NotFound``, another version than the screen showed is
``Conflict``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.services.core.errors import Conflict, NotFound

T = TypeVar("T")
M = TypeVar("M")


NUMBER_TRIES = 4  # two PCs numbering a record at the same moment: the later one takes the next number


def write(
    sessions: sessionmaker[Session], fn: Callable[[Session], T], entity: str, *, numbered: bool = False
) -> T:
    """``numbered``: ``fn`` gives a record the next number of a unique sequence (a case, a petition); when
    another PC took that number meanwhile the whole unit runs again, and after NUMBER_TRIES it is a Conflict."""
    for attempt in range(NUMBER_TRIES if numbered else 1):
        try:
            with sessions.begin() as s:
                return fn(s)
        except StaleDataError as exc:
            raise Conflict(entity) from exc
        except IntegrityError:
            if not numbered:
                raise
            if attempt == NUMBER_TRIES - 1:
                raise Conflict(entity) from None
    raise AssertionError("unreachable")


def load(s: Session, model: type[M], row_id: int, version: int | None = None) -> M:
    """The row to change, as the screen saw it (``version``; None: any version)."""
    row = s.get(model, row_id)
    if row is None or getattr(row, "voided_at", None) is not None:
        raise NotFound(model.__tablename__)
    if version is not None and row.version != version:
        raise Conflict(model.__tablename__)
    return row
