"""Engine and sessions; SQLite pragmas; Alembic upgrade at start, with a dated backup first."""

from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop import changes
from desktop.paths import data_dir, project_root

log = logging.getLogger(__name__)


class DatabaseError(RuntimeError):
    """The database cannot be used as it is; the message is for the IT person."""


class DatabaseTooNew(DatabaseError):
    pass


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5)


def _flushed(session: Session, _ctx) -> None:
    """Remember which records the rows just flushed belong to (desktop.changes)."""
    seen = session.info.setdefault("changes", [])
    for row in (*session.new, *session.dirty, *session.deleted):
        seen.extend(changes.roots(row))


def _committed(session: Session) -> None:
    changes.committed(session.info.pop("changes", ()))


def _rolled_back(session: Session, _previous=None) -> None:
    session.info.pop("changes", None)


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions that tell the running write what they committed (``desktop.changes.collect``)."""
    maker = sessionmaker(engine, expire_on_commit=False)
    event.listen(maker, "after_flush", _flushed)
    event.listen(maker, "after_commit", _committed)
    event.listen(maker, "after_rollback", _rolled_back)
    return maker


def alembic_config(engine: Engine | None = None) -> AlembicConfig:
    cfg = AlembicConfig(str(project_root() / "alembic.ini"))
    cfg.set_main_option("script_location", str(project_root() / "migrations"))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return cfg


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_status(engine: Engine) -> SchemaStatus:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise DatabaseTooNew(
                f"the database is at schema {current}, which this program does not know: it was written by a "
                "newer release of 综治工作台. Install the newer release on this PC."
            ) from exc
    return SchemaStatus(current, head)


def backup(engine: Engine, revision: str | None, folder: Path | None = None) -> Path:
    """A dated copy of the database before it is changed."""
    folder = folder or data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    url = engine.url
    if url.get_backend_name() == "sqlite":
        target = folder / f"{Path(url.database).stem}-{stamp}-{revision or 'empty'}.sqlite3"
        with engine.connect() as conn:
            # one step: an incremental backup restarts on every write from another PC (TRAPS.md)
            conn.exec_driver_sql("VACUUM INTO ?", (str(target),))
        return target
    pg_dump = shutil.which("pg_dump")
    if not pg_dump:
        raise DatabaseError(
            "the shared database needs an upgrade, but pg_dump is not installed on this PC to back it up "
            "first. Back up the server, then run: python -m desktop db upgrade --no-backup"
        )
    target = folder / f"{url.database}-{stamp}-{revision or 'empty'}.dump"
    env_url = url.set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run([pg_dump, "--format=custom", f"--file={target}", env_url], check=True, timeout=3600)
    return target


def upgrade(engine: Engine, *, make_backup: bool = True) -> Path | None:
    """Bring the schema to head. Returns the backup made, if any. Refuses a database newer than us."""
    status = schema_status(engine)
    if status.up_to_date:
        return None
    copy = backup(engine, status.current) if make_backup and status.current is not None else None
    if copy:
        log.info("backed up the database to %s before upgrading %s -> %s", copy, status.current, status.head)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # batch mode drops and re-creates tables others refer to (see _foreign_keys_off)
            _foreign_keys(conn, False)
        try:
            with conn.begin():
                cfg = alembic_config(engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise DatabaseError(f"the upgrade would leave a broken reference: {tuple(broken)}")
        finally:
            if sqlite:
                _foreign_keys(conn, True)
    return copy


def _foreign_keys(conn, on: bool) -> None:
    """SQLite's batch migrations copy a table, drop it and rename the copy (SQLite cannot alter most of a table).
    With foreign keys on, dropping a table other rows refer to fails, or (deferred) the commit does; SQLite's own
    procedure turns them off for the change and checks every reference before the commit (``foreign_key_check``
    in ``upgrade``). The setting can only change outside a transaction, so it is set before the upgrade's and
    restored after it: the connection goes back to the pool as it came."""
    conn.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    conn.commit()
