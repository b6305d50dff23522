"""Moving a centre from its SQLite file to a PostgreSQL server (`python -m desktop db move --to URL`)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop import config
from desktop.db import DatabaseError, make_engine, upgrade
from desktop.services.container import Services
from desktop.services.core import db_move
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_sqlite(tmp_path_factory):
    """The demo community (a small one) in an SQLite file, made once for this module; copied per test."""
    from desktop import demo

    path = tmp_path_factory.mktemp("demo") / "centre.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    demo.generate(engine, scale=0.1)
    engine.dispose()
    return path


@pytest.fixture
def centre(demo_sqlite, tmp_path):
    copy = tmp_path / "zongzhi.sqlite3"
    with sqlite3.connect(demo_sqlite) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return copy


def _cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZONGZHI_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _counts(engine) -> dict[str, int]:
    from desktop.models import Base

    with engine.connect() as conn:
        return {
            t.name: conn.execute(text(f'SELECT COUNT(*) FROM "{t.name}"')).scalar()
            for t in Base.metadata.tables.values()
        }


def test_given_the_demo_community_in_sqlite_when_moved_by_the_command_then_the_server_holds_all_of_it_and_this_pc_uses_it(
    centre, pg_url, _data_dir
):
    # Given the demo community in this PC's SQLite file, and an empty database on the server
    source_url = f"sqlite:///{centre}"
    before = _counts(make_engine(source_url))
    assert before["person"] > 500 and before["audit_entry"] > 0

    # When IT runs the move
    out = _cli("db", "move", "--db", source_url, "--to", pg_url, data_dir=_data_dir)

    # Then it ends well, with a progress bar on the way and the counts and the audit chain checked
    assert out.returncode == 0, out.stdout + out.stderr
    assert "100% done" in out.stderr and "[##############################]" in out.stderr
    assert "audit chain:" in out.stdout and "intact" in out.stdout
    # every table has the same rows on the server (the audit log one more: who moved the database)
    target = make_engine(pg_url)
    after = _counts(target)
    assert after == {**before, "audit_entry": before["audit_entry"] + 1}
    # and this PC's config now points at the server
    assert config.load(_data_dir / "config.toml").db_url == pg_url

    # and the program works on the server as before: the administrator signs in, the chain verifies,
    # and new records get fresh ids (the sequences were set past the copied ones)
    services = Services.build(target)
    admin = services.auth.login("admin", "demo1234")
    verdict = services.audit.verify(admin.actor())
    assert verdict.ok and verdict.checked == before["audit_entry"] + 2  # + the move + this login
    with target.begin() as conn:
        copied_max = conn.execute(text("SELECT MAX(id) FROM code_item")).scalar()
        new_id = conn.execute(
            text(
                "INSERT INTO code_item (list_name, code, label, sort, active) "
                "VALUES ('t', 'x', '新', 0, true) RETURNING id"
            )
        ).scalar()
    assert new_id == copied_max + 1
    target.dispose()


def test_given_a_server_database_in_use_when_moving_into_it_then_refused_and_nothing_changes(centre, pg_url):
    # Given a server database already holding a centre
    target = make_engine(pg_url)
    upgrade(target)
    Services.build(target).auth.set_up(
        community="另一社区",
        street="某街道",
        district="某区",
        admin_username="admin",
        admin_full_name="李四",
        admin_password=ADMIN_PASSWORD,
    )
    before = _counts(target)
    # When the move is asked to copy into it, Then it refuses, saying the target is not empty
    from desktop.cli import cli_actor

    with pytest.raises(DatabaseError, match="not empty") as err:
        db_move.move(make_engine(f"sqlite:///{centre}"), target, cli_actor())
    assert err.value.code == "target_not_empty"
    assert _counts(target) == before
    target.dispose()


def test_given_a_row_the_server_cannot_take_when_moving_then_everything_is_rolled_back_and_the_server_stays_empty(
    centre, pg_url
):
    # Given a source row that SQLite kept but PostgreSQL refuses (a text longer than its column allows)
    with sqlite3.connect(centre) as c:
        c.execute("UPDATE person SET name = ? WHERE id = (SELECT MAX(id) FROM person)", ("长" * 500,))
    target = make_engine(pg_url)
    from desktop.cli import cli_actor

    # When moved, Then the move fails naming the table, and the server's database has no table at all
    with pytest.raises(DatabaseError, match="table person"):
        db_move.move(make_engine(f"sqlite:///{centre}"), target, cli_actor())
    with target.connect() as conn:
        assert inspect(conn).get_table_names() == []
    target.dispose()


def test_given_the_command_without_a_postgresql_target_then_it_says_what_is_needed(
    centre, _data_dir, tmp_path
):
    out = _cli("db", "move", "--db", f"sqlite:///{centre}", data_dir=_data_dir)
    assert out.returncode == 2 and "--to postgresql+psycopg://" in out.stderr
    out = _cli(
        "db",
        "move",
        "--db",
        f"sqlite:///{centre}",
        "--to",
        f"sqlite:///{tmp_path / 'x.sqlite3'}",
        data_dir=_data_dir,
    )
    assert out.returncode == 2 and "PostgreSQL" in out.stderr


def test_given_scanned_files_kept_with_cases_when_moved_then_each_arrives_byte_for_byte(centre, pg_url):
    import hashlib

    # Given 20 scans of 1.5 MB each in the centre's SQLite file (files are kept in the database)
    blobs = [os.urandom(1_500_000) for _ in range(20)]
    with sqlite3.connect(centre) as c:
        for n, blob in enumerate(blobs):
            c.execute(
                "INSERT INTO attachment (owner_kind, owner_id, filename, mime_type, sha256, size, data, version, "
                "created_at, updated_at) VALUES ('dispute_case.evidence', 1, ?, 'image/jpeg', ?, ?, ?, 1, "
                "'2026-11-01 08:00:00.000000', '2026-11-01 08:00:00.000000')",
                (f"扫描件{n}.jpg", hashlib.sha256(blob).hexdigest(), len(blob), blob),
            )
    from desktop.cli import cli_actor

    # When moved, Then every file on the server has the bytes (and the hash) it had
    target = make_engine(pg_url)
    db_move.move(make_engine(f"sqlite:///{centre}"), target, cli_actor())
    with target.connect() as conn:
        rows = conn.execute(text("SELECT filename, sha256, data FROM attachment ORDER BY id")).all()
    copied = [r for r in rows if r.filename.startswith("扫描件")]
    assert [bytes(r.data) for r in copied] == blobs
    assert all(hashlib.sha256(bytes(r.data)).hexdigest() == r.sha256 for r in copied)
    target.dispose()
