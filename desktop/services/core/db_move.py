"""Move a centre from its SQLite file to a PostgreSQL server: `python -m desktop db move --to URL`.

One transaction on the server: the schema by Alembic (the same migrations as every start), every table
copied in foreign-key order, the row counts and the audit chain compared with the source, the sequences set
past the copied ids, and an audit entry saying who moved the database. Anything wrong rolls all of it back,
so the server's database is either a full copy or still empty. The target must be empty: a move never
merges into a database that is already in use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, Integer, LargeBinary, func, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.db import DatabaseError, alembic_config, schema_status
from desktop.models import AuditEntry, Base
from desktop.services.core import audit_service
from desktop.services.core.dto import Actor, AuditVerdict

BATCH = 2000
# rows of tables holding files (attachments of up to 25 MB each) go a few at a time: 2,000 would be 50 GB
FILE_BATCH = 8
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class MoveReport:
    target: str  # the server's URL without its password
    revision: str
    tables: tuple[TableCount, ...]
    rows: int
    audit: AuditVerdict
    sequences: int

    def lines(self) -> list[str]:
        """What the command prints: counts per table and the audit verdict."""
        out = [f"  {c.table:28} {c.source:>9} -> {c.target:>9}" for c in self.tables if c.source]
        chain = "intact" if self.audit.ok else f"broken at entry {self.audit.entry_id} ({self.audit.reason})"
        out.append(
            f"  {len(self.tables)} tables, {self.rows} rows; audit chain: {self.audit.checked} entries, {chain}"
        )
        out.append(f"  {self.sequences} id sequences set past the copied rows; schema {self.revision}")
        return out


def _fail(message: str, code: str, **params) -> DatabaseError:
    return DatabaseError(message, code=code, **params)


def _tables():
    return [t for t in Base.metadata.sorted_tables]


def check_target(target: Engine) -> None:
    """The server answers, is recent enough, and its database has no tables at all."""
    if target.dialect.name != "postgresql":
        raise _fail(
            "the target of a move must be a PostgreSQL server (postgresql+psycopg://…)", "not_postgres"
        )
    schema_status(target)  # connection problems and an old server, in the words of desktop.db
    with target.connect() as conn:
        existing = inspect(conn).get_table_names()
    if existing:
        shown = ", ".join(sorted(existing)[:8]) + (" …" if len(existing) > 8 else "")
        raise _fail(
            f"the target database {target.url.database!r} is not empty ({len(existing)} tables: {shown}). "
            "A move copies into an empty database only: create a new one (docs/INSTALL.md)",
            "target_not_empty",
            database=target.url.database or "",
            tables=len(existing),
        )


def _check_source(source: Engine) -> str:
    status = schema_status(source)
    if not status.up_to_date:
        raise _fail(
            f"the source database is at schema {status.current}, not {status.head}: upgrade it first "
            "(python -m desktop db upgrade)",
            "source_not_current",
        )
    with source.connect() as conn:
        unknown = set(inspect(conn).get_table_names()) - {t.name for t in _tables()} - {"alembic_version"}
    unknown = {n for n in unknown if not n.startswith(("sqlite_", "fts_"))}
    if unknown:
        raise _fail(
            f"the source has tables this program does not know: {', '.join(sorted(unknown))}", "other"
        )
    return status.head


def _count(conn, table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _verdict(conn) -> AuditVerdict:
    with Session(bind=conn) as s:
        return audit_service.verify_chain(
            s.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(BATCH)
        )


def _reset_sequences(conn) -> int:
    n = 0
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer) or pk[0].autoincrement is False:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name})
        name = seq.scalar()
        if name is None:
            continue
        conn.execute(
            text(
                f'SELECT setval(:s, COALESCE(MAX("{pk[0].name}"), 1), MAX("{pk[0].name}") IS NOT NULL) FROM "{table.name}"'
            ),
            {"s": name},
        )
        n += 1
    return n


def _copy_table(src, dst, table, done: int, total: int, progress: Progress) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    size = FILE_BATCH if any(isinstance(c.type, LargeBinary) for c in table.columns) else BATCH
    batch: list[dict] = []
    rows = src.execution_options(yield_per=size).execute(select(table).order_by(*order))
    for row in rows.mappings():
        batch.append(dict(row))
        if len(batch) == size:
            _insert(dst, table, batch)
            done += len(batch)
            batch = []
            progress(int(100 * done / max(total, 1)), table.name)
    if batch:
        _insert(dst, table, batch)
        done += len(batch)
    progress(int(100 * done / max(total, 1)), table.name)
    return done


def _insert(dst, table, batch: list[dict]) -> None:
    try:
        dst.execute(table.insert(), batch)
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()[0]
        ids = f"{batch[0].get('id')}…{batch[-1].get('id')}" if "id" in batch[0] else ""
        raise _fail(
            f"table {table.name} (rows {ids}) does not fit the server's database: {first}",
            "other",
            detail=first,
        ) from exc


def move(source: Engine, target: Engine, actor: Actor, progress: Progress | None = None) -> MoveReport:
    """Copy the whole source database into the empty target; the report of what was checked.

    Close the program on this PC first: rows written during the move make the counts differ, and the move
    is rolled back."""
    progress = progress or (lambda _pct, _msg: None)
    revision = _check_source(source)
    check_target(target)
    tables = _tables()
    with source.connect() as src:
        counts = {t.name: _count(src, t) for t in tables}
        source_audit = _verdict(src)
    total = sum(counts.values())
    progress(0, "schema")
    with target.begin() as dst:
        from alembic import command

        cfg = alembic_config(target)
        cfg.attributes["connection"] = dst
        command.upgrade(cfg, "head")
        # Migrations seed some lists (code items); the source holds those rows too, as it has them now.
        for table in reversed(tables):
            dst.execute(table.delete())
        done = 0
        with source.connect() as src:
            for table in tables:
                done = _copy_table(src, dst, table, done, total, progress)
            after = {t.name: _count(src, t) for t in tables}
        copied = {t.name: _count(dst, t) for t in tables}
        result = tuple(TableCount(t.name, after[t.name], copied[t.name]) for t in tables)
        wrong = [c for c in result if c.source != c.target or c.source != counts[c.table]]
        if wrong:
            shown = ", ".join(f"{c.table} {counts[c.table]}/{c.source}->{c.target}" for c in wrong)
            raise _fail(
                f"row counts differ ({shown}): was the program writing meanwhile? Nothing was moved", "other"
            )
        audit = _verdict(dst)
        if audit != source_audit:
            raise _fail(
                f"the audit chain reads differently after the copy ({source_audit} -> {audit}): nothing was moved",
                "other",
            )
        sequences = _reset_sequences(dst)
        with Session(bind=dst) as s:
            audit_service.record(
                s,
                actor,
                "db_move",
                "database",
                None,
                f"数据库迁移到服务器 {target.url.render_as_string(hide_password=True)}：{total} 行",
                after={"rows": total, "tables": len(tables), "audit_entries": audit.checked},
            )
            s.flush()
    progress(100, "done")
    return MoveReport(
        target=target.url.render_as_string(hide_password=True),
        revision=revision,
        tables=result,
        rows=total,
        audit=audit,
        sequences=sequences,
    )
