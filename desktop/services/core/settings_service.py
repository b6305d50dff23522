"""Database settings for the IT person: try a URL before saving it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from desktop.config import ConfigError, check_db_url
from desktop.db import DatabaseError, make_engine, schema_status


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    message: str  # the driver's own words when it fails (English), for the log
    needs_upgrade: bool = False
    empty: bool = False
    code: str = ""  # desktop.db.DatabaseError.code: what went wrong, for a sentence in the user's language
    params: dict = field(default_factory=dict)


def postgres_url(host: str, port: int, database: str, user: str, password: str) -> str:
    from sqlalchemy.engine import URL

    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
    ).render_as_string(hide_password=False)


def describe(url: str) -> dict:
    """The parts of a URL to fill the settings form."""
    u = make_url(url)
    return {
        "backend": u.get_backend_name(),
        "path": u.database or "",
        "host": u.host or "",
        "port": u.port or 5432,
        "database": u.database or "",
        "user": u.username or "",
        "password": u.password or "",
    }


def check_connection(url: str) -> ConnectionCheck:
    try:
        check_db_url(url)
        engine = make_engine(url)
        try:
            status = schema_status(engine)
        finally:
            engine.dispose()
    except DatabaseError as exc:
        return ConnectionCheck(False, str(exc).splitlines()[0], code=exc.code, params=exc.params)
    except (ConfigError, SQLAlchemyError, OSError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return ConnectionCheck(False, first, code="other", params={"detail": first})
    return ConnectionCheck(True, "", needs_upgrade=not status.up_to_date, empty=status.current is None)
