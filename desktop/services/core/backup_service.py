"""Backups of the whole database: a daily one while the program runs, one before every migration (db.upgrade),
one when the administrator asks; each copied to a second folder or USB disk set by IT (config ``[backup]``), and
rotated in both places (the newest of each of the last 30 days with backups, and of each of the last 12 months).
A backup is verified (integrity, schema revision, row counts) before it may replace the live database, and the
database it replaces is kept.

SQLite: ``VACUUM INTO`` (one step, a consistent snapshot while others write; never the incremental backup API,
TRAPS.md) into a temporary name, renamed once complete (db.backup); a restore copies the backup into the live
file with SQLite's own single-step ``backup()``, so the write-ahead log and open connections stay consistent.
PostgreSQL: ``pg_dump --format=custom``; a restore goes into a new database first (that is the verification),
which then takes the live database's name, the replaced one renamed beside it.

No Qt: the admin page (views/admin/backups_page.py), the app's daily timer and the command line call it.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, select, table
from sqlalchemy.orm import Session, sessionmaker

from desktop import db
from desktop.config import BackupSettings
from desktop.models import Base, StaffUser
from desktop.paths import data_dir
from desktop.services.core.audit_service import record
from desktop.services.core.dto import SYSTEM, Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm, require

log = logging.getLogger(__name__)

REGULAR = ("daily", "manual")  # rotated by day and month
KEEP_OTHERS = 10  # backups before a migration, databases a restore replaced: the newest ten of each
STALE_PARTIAL_S = 3600  # what a backup killed half-way left under its temporary name (another may be writing)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<revision>[^-]+)-(?P<reason>[a-z]+)(?:\.(?P<seq>\d+))?"
    r"(?P<suffix>\.sqlite3|\.dump)$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # this PC's local time, from the name
    revision: str  # the schema revision it holds ("empty": none)
    reason: str  # daily, manual, upgrade (before a migration), replaced (what a restore replaced)
    size: int
    where: str  # "local" (the data folder) or "second" (the folder IT set)


@dataclass(frozen=True)
class BackupRun:
    made: BackupFile
    copied_to: Path | None  # the second folder's copy (None: no second folder, or it failed)
    copy_error: str | None  # why the second copy failed (the USB disk is not plugged in …)
    removed: tuple[Path, ...]  # rotated away


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    ok: bool
    problem: str | None  # unreadable, damaged, no_schema, too_new, other_database, tool_missing
    integrity: str  # "ok", or what the check found
    revision: str | None
    head: str
    counts: tuple[tuple[str, int], ...]  # rows per table in the backup
    live_counts: tuple[tuple[str, int], ...]  # rows per table in the live database now

    @property
    def needs_upgrade(self) -> bool:
        return self.ok and self.revision != self.head


@dataclass(frozen=True)
class RestoreResult:
    check: BackupCheck
    replaced: str  # where the database it replaced was kept: a backup file, or a database on the server


def parse(path: Path, where: str = "local") -> BackupFile | None:
    m = _NAME.match(path.name)
    if m is None or not path.is_file():
        return None
    return BackupFile(
        path,
        datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S"),
        m["revision"],
        m["reason"],
        path.stat().st_size,
        where,
    )


def _order(f: BackupFile) -> tuple[datetime, int]:
    """Made at, then the number a second backup of the same second got in its name (….2.sqlite3)."""
    m = _NAME.match(f.path.name)
    return f.made_at, int(m["seq"]) if m and m["seq"] else 1


def to_remove(files: list[BackupFile], keep_daily: int, keep_monthly: int) -> list[BackupFile]:
    """Rotation: of the daily and manual backups the newest of each of the last ``keep_daily`` days that have
    one, and of each of the last ``keep_monthly`` months; of the others the newest KEEP_OTHERS per reason."""
    newest_first = sorted(files, key=_order, reverse=True)
    keep: set[Path] = set()
    regular = [f for f in newest_first if f.reason in REGULAR]
    for key, n in (
        (lambda f: f.made_at.date(), keep_daily),
        (lambda f: (f.made_at.year, f.made_at.month), keep_monthly),
    ):
        seen: list = []
        for f in regular:
            k = key(f)
            if k not in seen:
                seen.append(k)
                if len(seen) <= n:
                    keep.add(f.path)
    for reason in {f.reason for f in newest_first} - set(REGULAR):
        keep.update(f.path for f in [f for f in newest_first if f.reason == reason][:KEEP_OTHERS])
    return [f for f in newest_first if f.path not in keep]


def _copy_atomic(source: Path, target: Path) -> None:
    partial = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(source, partial)
        db.fsync_file(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _head() -> str:
    return ScriptDirectory.from_config(db.alembic_config()).get_current_head()


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(db.alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown revision
        return False


def _counts(conn_execute: Callable[[str], int], tables: set[str]) -> tuple[tuple[str, int], ...]:
    return tuple((t, conn_execute(t)) for t in sorted(tables & set(Base.metadata.tables)))


class BackupService:
    def __init__(
        self,
        engine: Engine,
        sessions: sessionmaker[Session],
        settings: Callable[[], BackupSettings] | None = None,
        folder: Path | None = None,
        now: Callable[[], datetime] = datetime.now,
    ):
        self._engine = engine
        self._sessions = sessions
        self._settings = settings or BackupSettings
        self._folder = folder
        self._now = now
        self.last_run: BackupRun | None = None
        self.last_error: str | None = None  # of the automatic backup: the page shows it

    # -- where ----------------------------------------------------------------------------------------------------
    @property
    def backend(self) -> str:
        return self._engine.url.get_backend_name()

    @property
    def stem(self) -> str:
        url = self._engine.url
        return Path(url.database).stem if self.backend == "sqlite" else url.database

    def local_folder(self) -> Path:
        return self._folder or data_dir() / "backups"

    def second_folder(self) -> Path | None:
        folder = self._settings().folder.strip()
        return Path(folder).expanduser() if folder else None

    def _files(self, folder: Path, where: str) -> list[BackupFile]:
        if not folder.is_dir():
            return []
        found = (parse(p, where) for p in folder.iterdir())
        return [f for f in found if f is not None and f.path.name.startswith(f"{self.stem}-")]

    # -- making ---------------------------------------------------------------------------------------------------
    def _revision(self) -> str | None:
        return db.schema_status(self._engine).current

    def _make(self, actor: Actor, reason: str) -> BackupRun:
        made = parse(db.backup(self._engine, self._revision(), self.local_folder(), reason, self._now()))
        removed = [f.path for f in self._rotate(self.local_folder(), "local")]
        copied, copy_error = None, None
        second = self.second_folder()
        if second is not None:
            try:
                copied, more = self._mirror(second)
                removed += more
            except OSError as exc:
                copy_error = str(exc)
                log.warning("backup %s not copied to %s: %s", made.path.name, second, exc)
        with self._sessions.begin() as s:
            where = (
                f"，另存到{second}"
                if copied
                else (f"；未能复制到{second}：{copy_error}" if copy_error else "")
            )
            record(s, actor, "backup", "database", None, f"备份数据库：{made.path.name}{where}")
        run = BackupRun(made, copied, copy_error, tuple(removed))
        self.last_run = run
        log.info(
            "backed up the database to %s (%s)%s", made.path, reason, f", copy: {copied}" if copied else ""
        )
        return run

    def _rotate(self, folder: Path, where: str) -> list[BackupFile]:
        cfg = self._settings()
        gone = to_remove(self._files(folder, where), cfg.keep_daily, cfg.keep_monthly)
        for f in gone:
            f.path.unlink(missing_ok=True)
        now = self._now().timestamp()
        for partial in folder.glob(f".{self.stem}-*.partial"):
            if now - partial.stat().st_mtime > STALE_PARTIAL_S:
                partial.unlink(missing_ok=True)
        return gone

    def _mirror(self, second: Path) -> tuple[Path | None, list[Path]]:
        """Every backup kept here that the second folder lacks is copied there; then it is rotated too."""
        if not second.is_dir():
            raise FileNotFoundError(f"the backup folder {second} is not there (is the USB disk plugged in?)")
        there = {f.path.name for f in self._files(second, "second")}
        newest = None
        for f in sorted(self._files(self.local_folder(), "local"), key=lambda f: f.made_at):
            if f.path.name not in there:
                _copy_atomic(f.path, second / f.path.name)
            newest = second / f.path.name
        return newest, [f.path for f in self._rotate(second, "second")]

    def back_up(self, actor: Actor) -> BackupRun:
        """A backup now (the administrator's button, the command line)."""
        require(actor, Perm.BACKUPS_ADMIN)
        return self._make(actor, "manual")

    def due(self) -> bool:
        """No daily or manual backup made today, here or in the second folder (on a shared server another PC
        may have made today's already)."""
        today = self._now().date()
        second = self.second_folder()
        files = self._files(self.local_folder(), "local") + (self._files(second, "second") if second else [])
        return not any(f.reason in REGULAR and f.made_at.date() == today for f in files)

    def daily(self) -> BackupRun | None:
        """The automatic backup, when today's is not made yet (the app calls it at start and every half hour)."""
        if not self._settings().daily or not self.due():
            return None
        try:
            run = self._make(SYSTEM, "daily")
        except Exception as exc:
            self.last_error = str(exc)
            log.error("the daily backup failed: %s", exc)
            raise
        self.last_error = None
        return run

    def backups(self, actor: Actor) -> list[BackupFile]:
        """The backups here and in the second folder, newest first."""
        require(actor, Perm.BACKUPS_ADMIN)
        second = self.second_folder()
        files = self._files(self.local_folder(), "local") + (self._files(second, "second") if second else [])
        return sorted(files, key=lambda f: (f.made_at, f.where == "local"), reverse=True)

    # -- checking -------------------------------------------------------------------------------------------------
    def live_counts(self) -> tuple[tuple[str, int], ...]:
        with self._engine.connect() as conn:
            tables = set(self._engine.dialect.get_table_names(conn))
            return _counts(lambda t: conn.scalar(select(func.count()).select_from(table(t))), tables)

    def verify(self, actor: Actor, path: Path) -> BackupCheck:
        require(actor, Perm.BACKUPS_ADMIN)
        check, scratch = self._verify(Path(path), keep=False)
        return check

    def _result(
        self, path: Path, problem: str | None, integrity: str, revision=None, counts=()
    ) -> BackupCheck:
        if problem is None and revision is None:
            problem = "no_schema"
        elif problem is None and not _known(revision):
            problem = "too_new"
        return BackupCheck(
            path, problem is None, problem, integrity, revision, _head(), tuple(counts), self.live_counts()
        )

    def _verify(self, path: Path, *, keep: bool) -> tuple[BackupCheck, str | None]:
        """The check; on PostgreSQL the backup restored into a new database (``keep``: left there, its name
        returned, for the restore to rename)."""
        if path.suffix != db.BACKUP_SUFFIX[self.backend]:
            return self._result(path, "other_database", ""), None
        if self.backend == "sqlite":
            return self._verify_sqlite(path), None
        return self._verify_pg(path, keep=keep)

    def _verify_sqlite(self, path: Path) -> BackupCheck:
        try:
            # immutable: a backup file is never written, so no lock, journal or -shm file is needed to read it
            with sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True) as conn:
                found = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if found != ["ok"]:
                    return self._result(path, "damaged", "\n".join(found))
                revision = (
                    conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    if "alembic_version" in tables
                    else None
                )
                counts = _counts(lambda t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0], tables)
        except sqlite3.DatabaseError as exc:
            return self._result(path, "unreadable", str(exc))
        return self._result(path, None, "ok", revision[0] if revision else None, counts)

    def _admin_conn(self):
        import psycopg

        return psycopg.connect(db.libpq_url(self._engine.url.set(database="postgres")), autocommit=True)

    def _verify_pg(self, path: Path, *, keep: bool) -> tuple[BackupCheck, str | None]:
        import psycopg

        pg_restore = db.pg_tool("pg_restore")
        if not pg_restore:
            return self._result(path, "tool_missing", "pg_restore"), None
        listed = subprocess.run(
            [pg_restore, "--list", str(path)], capture_output=True, text=True, timeout=600
        )
        if listed.returncode != 0:
            return self._result(path, "unreadable", listed.stderr.strip()), None
        scratch = f"{self.stem}_restore_{self._now():%Y%m%d_%H%M%S}"
        with self._admin_conn() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{scratch}"')
            conn.execute(f'CREATE DATABASE "{scratch}"')
        target = self._engine.url.set(database=scratch)
        done = subprocess.run(
            [
                pg_restore,
                "--exit-on-error",
                "--single-transaction",
                "--no-owner",
                f"--dbname={db.libpq_url(target)}",
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=3600,
        )
        ok = done.returncode == 0
        check = self._result(path, "damaged", done.stderr.strip()) if not ok else None
        if ok:
            with psycopg.connect(db.libpq_url(target)) as conn:
                tables = {
                    r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                }
                revision = (
                    conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    if "alembic_version" in tables
                    else None
                )
                counts = _counts(lambda t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0], tables)
            check = self._result(path, None, "ok", revision[0] if revision else None, counts)
        if not (keep and check.ok):
            with self._admin_conn() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
            return check, None
        return check, scratch

    # -- restoring ------------------------------------------------------------------------------------------------
    def restore(self, actor: Actor, path: Path) -> RestoreResult:
        """The backup replaces the live database, after it passed the check; the live one is kept (a backup
        file on SQLite, a database named ``<name>_replaced_<time>`` on the server). An older schema is
        upgraded after. Every open list should read again; the restore is in the audit log."""
        require(actor, Perm.BACKUPS_ADMIN)
        path = Path(path)
        check, scratch = self._verify(path, keep=True)
        if not check.ok:
            raise ValidationError("backup", check.problem or "damaged", integrity=check.integrity)
        replaced = self._restore_sqlite(path) if self.backend == "sqlite" else self._restore_pg(scratch)
        self._engine.dispose()  # every connection opens on the restored database
        if check.needs_upgrade:
            db.upgrade(self._engine)
        with self._sessions.begin() as s:
            # the administrator's account may be younger than the backup: then the entry names them only
            u = s.get(StaffUser, actor.id) if actor.id is not None else None
            known = u is not None and u.username == actor.username
            record(
                s,
                actor if known else Actor(None, actor.username, actor.full_name, actor.role),
                "restore",
                "database",
                None,
                f"从备份恢复数据库：{path.name}（{check.revision}），替换前的数据库保存为{replaced}",
            )
        log.warning("the database was restored from %s; the replaced one is kept as %s", path, replaced)
        return RestoreResult(check, replaced)

    def _restore_sqlite(self, path: Path) -> str:
        kept = db.backup(self._engine, self._revision(), self.local_folder(), "replaced", self._now())
        live = self._engine.url.database
        self._engine.dispose()
        with (
            sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True) as source,
            sqlite3.connect(live, timeout=30) as target,
        ):
            source.backup(target)  # one step, under the live file's own write lock
        return str(kept)

    def _restore_pg(self, scratch: str) -> str:
        live = self.stem
        kept = f"{live}_replaced_{self._now():%Y%m%d_%H%M%S}"
        self._engine.dispose()
        with self._admin_conn() as conn:
            # nobody may connect while the names change; the other PCs reconnect by themselves after
            conn.execute(f'ALTER DATABASE "{live}" WITH ALLOW_CONNECTIONS false')
            try:
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                    (live,),
                )
                conn.execute(f'ALTER DATABASE "{live}" RENAME TO "{kept}"')
            finally:
                name = kept if self._exists(conn, kept) else live
                conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
            conn.execute(f'ALTER DATABASE "{scratch}" RENAME TO "{live}"')
        return kept

    @staticmethod
    def _exists(conn, name: str) -> bool:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None
