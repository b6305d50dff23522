"""The schema: Alembic owns it, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import inspect

from desktop.db import DatabaseTooNew, alembic_config, make_engine, schema_status, upgrade
from desktop.models import Base


def _run(engine, fn, *args):
    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        fn(cfg, *args)


def test_given_empty_database_when_upgrade_downgrade_upgrade_then_all_tables_exist(db_url):
    engine = make_engine(db_url)
    _run(engine, command.upgrade, "head")
    _run(engine, command.downgrade, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    _run(engine, command.upgrade, "head")
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_given_migrated_database_then_models_and_migrations_agree(db_url):
    # `alembic check`: autogenerate finds nothing to add, drop or alter
    engine = make_engine(db_url)
    upgrade(engine)
    _run(engine, command.check)
    engine.dispose()


def test_given_database_of_an_older_release_when_app_starts_then_a_dated_backup_holds_the_old_data(
    tmp_path, _data_dir
):
    # Given a database left at the previous release's schema, with data in it
    engine = make_engine(f"sqlite:///{tmp_path / 'z.sqlite3'}")
    _run(engine, command.upgrade, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO code_item (list_name, code, label, sort, active) VALUES ('t','1','旧数据',0,1)"
        )
    # When the app starts and upgrades it
    copy = upgrade(engine)
    # Then a dated copy at the old schema, with the old rows, sits in the data folder's backups
    assert copy is not None and copy.parent == _data_dir / "backups" and "-0002" in copy.name
    with sqlite3.connect(copy) as c:
        assert c.execute("SELECT label FROM code_item").fetchone() == ("旧数据",)
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    assert schema_status(engine).up_to_date
    engine.dispose()


def test_given_database_from_a_newer_release_then_start_is_refused_with_a_clear_message(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseTooNew, match="newer release"):
        upgrade(engine)
    engine.dispose()


def test_given_sqlite_file_then_pragmas_protect_the_data(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()


def test_given_a_shared_postgresql_database_of_an_older_release_when_upgraded_then_pg_dump_kept_the_old_data(
    pg_url, _data_dir
):
    import subprocess

    # Given a shared database left at an earlier revision, with data in it
    engine = make_engine(pg_url)
    _run(engine, command.upgrade, "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO code_item (list_name, code, label, sort, active) VALUES ('t','1','旧数据',0,true)"
        )
    # When the app upgrades it
    copy = upgrade(engine)
    # Then a dated pg_dump archive of the old schema and rows sits in the data folder's backups
    assert (
        copy is not None and copy.parent == _data_dir / "backups" and copy.name.endswith("-0004-upgrade.dump")
    )
    sql = subprocess.run(
        ["pg_restore", "--data-only", "--table=code_item", "--file=-", str(copy)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    assert "旧数据" in sql
    listing = subprocess.run(["pg_restore", "--list", str(copy)], capture_output=True, check=True, text=True)
    assert "TABLE public person" in listing.stdout and "building_gram" not in listing.stdout  # before 0005
    assert schema_status(engine).up_to_date
    engine.dispose()
