"""Database settings for the IT person: try a URL before saving it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from desktop.config import ConfigError, check_db_url
from desktop.db import DatabaseError, make_engine, schema_status


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    message: str  # the driver's own words when it fails; shown to the IT person as they are
    needs_upgrade: bool = False
    empty: bool = False


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
    except (ConfigError, DatabaseError, SQLAlchemyError, OSError) as exc:
        return ConnectionCheck(False, str(exc).splitlines()[0])
    return ConnectionCheck(True, "", needs_upgrade=not status.up_to_date, empty=status.current is None)
