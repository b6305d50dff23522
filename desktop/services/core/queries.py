"""Query pieces every room's lists and lookups use the same way."""

from __future__ import annotations

from sqlalchemy import and_

_TOP = "\U0010ffff"


def starts_with(column, prefix: str, dialect: str):
    """``column`` begins with ``prefix``, in the form each engine serves from an index: on SQLite a range
    (``LIKE 'p%'`` cannot use an index there, TRAPS.md); on PostgreSQL ``LIKE 'p%'`` over a
    ``text_pattern_ops`` index (a range past U+10FFFF is not safe under a linguistic collation)."""
    if dialect == "sqlite":
        return and_(column >= prefix, column < prefix + _TOP)
    return column.startswith(prefix, autoescape=True)
