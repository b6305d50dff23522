"""Engine and sessions; SQLite pragmas; Alembic upgrade at start, with a dated backup first."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop import changes
from desktop.paths import data_dir, project_root

log = logging.getLogger(__name__)


# the oldest PostgreSQL the program runs on: 11 is what UOS V20 (Debian 10) installs with apt
MIN_POSTGRES = (11,)


class DatabaseError(RuntimeError):
    """The database cannot be used as it is. The message is for the IT person's log and console; `code` and
    `params` let the screen say it in the user's language (views/common/messages.database_error_text)."""

    def __init__(self, message: str, *, code: str = "other", **params):
        super().__init__(message)
        self.code = code
        self.params = params


class DatabaseTooNew(DatabaseError):
    def __init__(self, message: str, **params):
        super().__init__(message, code="schema_too_new", **params)


# ------------------------------------------------------------------------------- SQLite on a network share
# File systems that share a folder over the network: SQLite's locks do not work over them, so two PCs
# writing the same file corrupt it (https://www.sqlite.org/useovernet.html).
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "ceph",
    "glusterfs",
    "9p",
    "davfs",
    "lustre",
    "fuse.sshfs",
    "fuse.glusterfs",
    "fuse.davfs2",
    "fuse.smbnetfs",
    "fuse.cephfs",
    "fuse.rclone",
}


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes (\040 ...)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def linux_mount_type(path: Path, mounts: str | None = None) -> str:
    """The file system type of the mount holding path (the longest mount point above it)."""
    if mounts is None:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    best, fstype = "", ""
    target = path.as_posix()
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype


def windows_network_reason(path: str, drive_type: int | None = None) -> str:
    r"""Why a Windows path is on another computer ("" when it is local): a UNC path (\\server\share, also
    \\?\UNC\server\share), or a drive letter mapped to a share (GetDriveTypeW: DRIVE_REMOTE)."""
    p = path.replace("/", "\\")
    if p.upper().startswith("\\\\?\\UNC\\"):
        return "UNC"
    if p.startswith("\\\\?\\"):
        p = p[4:]
    elif p.startswith("\\\\"):
        return "UNC"
    if re.match(r"^[A-Za-z]:", p):
        if drive_type is None:
            import ctypes

            drive_type = ctypes.windll.kernel32.GetDriveTypeW(p[:2] + "\\")
        if drive_type == 4:  # DRIVE_REMOTE
            return "mapped network drive " + p[:2].upper()
    return ""


def refuse_network_share(path: Path) -> None:
    """An SQLite file must be on this PC's own disk: refuse one on a network share, saying why."""
    if sys.platform == "win32":
        kind = windows_network_reason(str(path))
    else:
        folder = Path(os.path.abspath(path))
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        fstype = linux_mount_type(folder.resolve())
        kind = fstype if fstype in NETWORK_FILESYSTEMS else ""
    if kind:
        raise DatabaseError(
            f"the database file {path} is on a network share ({kind}). SQLite's file locks do not work over "
            "the network: when two PCs write it, the file corrupts. Keep the file on this PC's own disk, or "
            "let several PCs share a PostgreSQL server (docs/INSTALL.md, 'several PCs')",
            code="network_share",
            path=str(path),
            kind=kind,
        )


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
            refuse_network_share(Path(parsed.database))
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


def connection_error(exc: OperationalError, url) -> DatabaseError:
    """A failed connection as what the IT person must fix: the server is not running or not reachable,
    the password, the database name, the host name."""
    orig = getattr(exc, "orig", exc)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    text_ = str(orig)
    first = text_.strip().splitlines()[0] if text_.strip() else type(orig).__name__
    if url.get_backend_name() == "sqlite":
        return DatabaseError(
            f"cannot open the database file {url.database}: {first}",
            code="sqlite_file",
            path=url.database or "",
            detail=first,
        )
    where = dict(
        host=url.host or "",
        port=str(url.port or 5432),
        database=url.database or "",
        user=url.username or "",
        detail=first,
    )
    # the server's words come in its own language (lc_messages): English, or Chinese on a Chinese install
    if sqlstate == "28P01" or re.search(
        r"password authentication failed|no password supplied|认证失败", text_
    ):
        return DatabaseError(
            f"the server refused the user name or password: {first}", code="wrong_password", **where
        )
    if sqlstate == "3D000" or re.search(r'database ".*" does not exist|数据库 ".*" 不存在', text_):
        return DatabaseError(
            f"there is no database {url.database!r} on the server: {first}", code="no_database", **where
        )
    if sqlstate in ("28000", "42501") or "pg_hba.conf" in text_:
        return DatabaseError(
            f"the server does not let this PC or user in: {first}", code="not_allowed", **where
        )
    if (
        "could not translate host name" in text_
        or "failed to resolve host" in text_
        or "Name or service" in text_
    ):
        return DatabaseError(
            f"no server called {url.host!r} is known on the network: {first}", code="unknown_host", **where
        )
    if "timeout expired" in text_ or "timed out" in text_:
        return DatabaseError(f"the server did not answer in time: {first}", code="timeout", **where)
    if "Connection refused" in text_ or "connection refused" in text_ or "No route to host" in text_:
        return DatabaseError(
            f"nothing answers at {url.host}:{url.port or 5432}: {first}", code="refused", **where
        )
    return DatabaseError(f"cannot connect to the database: {first}", **where)


def _check_server(conn, url) -> None:
    if conn.dialect.name != "postgresql":
        return
    version = conn.dialect.server_version_info or ()
    if tuple(version[: len(MIN_POSTGRES)]) < MIN_POSTGRES:
        shown = ".".join(map(str, version))
        minimum = ".".join(map(str, MIN_POSTGRES))
        raise DatabaseError(
            f"the server runs PostgreSQL {shown}; this program needs {minimum} or later. Upgrade the server",
            code="server_too_old",
            version=shown,
            minimum=minimum,
            host=url.host or "",
        )


def schema_status(engine: Engine) -> SchemaStatus:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    try:
        with engine.connect() as conn:
            _check_server(conn, engine.url)
            current = MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise connection_error(exc, engine.url) from exc
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise DatabaseTooNew(
                f"the database is at schema {current}, which this program does not know: it was written by a "
                "newer release of 综治工作台. Install the newer release on this PC.",
                revision=current,
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
            "first. Back up the server, then run: python -m desktop db upgrade --no-backup",
            code="no_pg_dump",
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
