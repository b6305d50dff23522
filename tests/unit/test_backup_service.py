"""Backups on SQLite and on PostgreSQL: made whole, copied to IT's second folder, rotated (30 daily, 12 monthly),
verified before a restore, restored to exactly the rows they hold, the replaced database kept."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop import db
from desktop.config import BackupSettings
from desktop.models import AuditEntry, Base, Visit
from desktop.services.core.backup_service import BackupService, parse, to_remove
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.mediation.dto import CaseInput, PartyInput
from desktop.services.reception.dto import VisitInput
from tests.conftest import make_actor
from tests.fixtures.make_revision_databases import path as fixture_path


@pytest.fixture
def desk(services):
    return make_actor(services, "qiantai", "王丽", "reception")


@pytest.fixture
def director(services):
    return make_actor(services, "zhuren", "李红梅", "director")


def some_work(services, director, n: int, tag: str) -> None:
    for i in range(n):
        services.reception.check_in(director, VisitInput(visitor_name=f"{tag}{i}", content="咨询低保政策"))
    services.mediation.create_case(
        director,
        CaseInput(
            source="application",
            dispute_type="neighbour",
            facts=f"{tag}：楼上漏水。",
            parties=(PartyInput("applicant", "张三"), PartyInput("respondent", "李四")),
        ),
    )


def all_rows(services, *, skip=("audit_entry",)) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    out = {}
    with services.engine.connect() as conn:
        for t in Base.metadata.sorted_tables:
            if t.name in skip:
                continue
            out[t.name] = [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
    return out


def audit_rows(services) -> list[tuple]:
    with services.sessions() as s:
        return [
            (e.id, e.action, e.summary, e.hash) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_given_work_done_after_a_backup_when_it_is_restored_then_every_row_is_as_it_was_and_the_replaced_one_kept(
    services, admin, director
):
    # Given a centre at work, backed up by the administrator
    some_work(services, director, 3, "备份前")
    run = services.backups.back_up(admin)
    at_backup = all_rows(services)
    audit_at_backup = audit_rows(services)[:-1]  # the entry saying it backed up is written after the copy
    # and work after the backup: new visits, a changed one, a voided one
    some_work(services, director, 2, "备份后")
    first = services.reception.visits_of_day(director)[-1]
    services.reception.void_visit(director, first.id, first.version, "登记错误")
    assert all_rows(services) != at_backup

    # When the administrator verifies the backup and restores it
    check = services.backups.verify(admin, run.made.path)
    assert check.ok and check.integrity == "ok" and check.revision == check.head
    assert dict(check.counts)["visit"] == 3 and dict(check.live_counts)["visit"] == 5
    result = services.backups.restore(admin, run.made.path)

    # Then every table holds exactly the rows of the backup; the audit log is the backup's, then the restore
    assert all_rows(services) == at_backup
    audit = audit_rows(services)
    assert audit[: len(audit_at_backup)] == audit_at_backup
    assert [a[1] for a in audit[len(audit_at_backup) :]] == ["restore"]
    assert run.made.path.name in audit[-1][2]
    assert services.audit.verify(admin).ok
    # and the database it replaced is kept, with the work after the backup in it
    if services.engine.url.get_backend_name() == "sqlite":
        kept = Path(result.replaced)
        assert parse(kept).reason == "replaced"
        with sqlite3.connect(kept) as conn:
            names = {r[0] for r in conn.execute("SELECT visitor_name FROM visit")}
    else:
        kept_url = services.engine.url.set(database=result.replaced)
        kept_engine = db.make_engine(kept_url.render_as_string(hide_password=False))
        with kept_engine.connect() as conn:
            names = {r[0] for r in conn.execute(text("SELECT visitor_name FROM visit"))}
        kept_engine.dispose()
    assert {"备份后0", "备份后1", "备份前0"} <= names


def test_given_a_damaged_backup_when_the_administrator_restores_it_then_it_is_refused_and_nothing_changes(
    services, admin, director, tmp_path
):
    # Given a backup whose file was damaged on the USB disk (bytes overwritten in its middle)
    some_work(services, director, 2, "损坏")
    made = services.backups.back_up(admin).made.path
    damaged = made.with_name(made.name.replace("-manual", "-daily"))
    data = bytearray(made.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xff" * 8192
    damaged.write_bytes(bytes(data))
    before = all_rows(services)
    # When it is verified, and restored anyway
    check = services.backups.verify(admin, damaged)
    # Then the check names what is wrong, the restore refuses, the live database is as it was
    assert not check.ok and check.problem in ("damaged", "unreadable")
    with pytest.raises(ValidationError) as refused:
        services.backups.restore(admin, damaged)
    assert refused.value.field == "backup"
    assert all_rows(services) == before


def test_given_a_backup_of_a_newer_release_then_it_is_refused_as_too_new(services, admin):
    # Given a backup made by a newer release (its schema revision unknown to this one)
    head = db.schema_status(services.engine).head
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    newer = db.backup(services.engine, "9999", services.backups.local_folder(), "daily")
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
    # Then the check says so, and the restore refuses it
    check = services.backups.verify(admin, newer)
    assert (check.ok, check.problem, check.revision) == (False, "too_new", "9999")
    with pytest.raises(ValidationError):
        services.backups.restore(admin, newer)


def test_given_a_second_folder_set_by_it_then_every_backup_is_copied_there_and_a_missing_disk_is_said(
    services, admin, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    settings = BackupSettings(folder=str(usb))
    svc = BackupService(services.engine, services.sessions, lambda: settings)
    # Given the USB disk plugged in: the backup is copied there, whole
    run = svc.back_up(admin)
    assert run.copy_error is None and run.copied_to == usb / run.made.path.name
    assert run.copied_to.read_bytes() == run.made.path.read_bytes()
    assert [f.where for f in svc.backups(admin)] == ["local", "second"]
    # When the disk is unplugged, the backup is still made here, and the page can say why the copy is missing
    usb.rename(tmp_path / "unplugged")
    later = svc.back_up(admin)
    assert later.made.path.exists() and later.copied_to is None
    assert "USB" in later.copy_error
    # and once it is back, what it missed is copied over at the next backup
    (tmp_path / "unplugged").rename(usb)
    svc.back_up(admin)
    assert {p.name for p in usb.iterdir()} == {f.path.name for f in svc.backups(admin) if f.where == "local"}


def test_given_the_daily_backup_then_it_is_made_once_a_day(services, admin):
    clock = [datetime(2026, 3, 2, 9, 0)]
    svc = BackupService(services.engine, services.sessions, now=lambda: clock[0])
    assert svc.due()
    assert svc.daily() is not None
    assert not svc.due() and svc.daily() is None
    assert [f.reason for f in svc.backups(admin)] == ["daily"]
    with services.sessions() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.action, entry.username) == ("backup", "system")


def test_given_backups_of_fourteen_months_then_rotation_keeps_30_days_and_12_months(tmp_path):
    # Given a backup every day for 430 days, two on some days, and a few before migrations
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2025, 1, 1, 18, 0)
    for d in range(430):
        day = start + timedelta(days=d)
        (folder / f"zongzhi-{day:%Y%m%d-%H%M%S}-0006-daily.sqlite3").write_bytes(b"x")
        if d % 7 == 0:
            (folder / f"zongzhi-{day + timedelta(hours=1):%Y%m%d-%H%M%S}-0006-manual.sqlite3").write_bytes(
                b"x"
            )
    for d in range(0, 430, 30):
        (folder / f"zongzhi-{start + timedelta(days=d):%Y%m%d-%H%M%S}-0005-upgrade.sqlite3").write_bytes(b"x")
    files = [parse(p) for p in folder.iterdir()]
    # When rotated
    gone = {f.path for f in to_remove(files, keep_daily=30, keep_monthly=12)}
    kept = [f for f in files if f.path not in gone]
    regular = sorted((f for f in kept if f.reason in ("daily", "manual")), key=lambda f: f.made_at)
    # Then the newest of each of the last 30 days, and of each of the last 12 months, are kept; nothing else
    days = {f.made_at.date() for f in regular}
    last_day = start.date() + timedelta(days=429)
    last_30 = {last_day - timedelta(days=i) for i in range(30)}
    assert last_30 <= days
    assert len({f.made_at.date() for f in regular}) == len(regular)  # one a day
    months = {(f.made_at.year, f.made_at.month) for f in regular}
    assert len(months) == 12 and (2026, 3) in months and (2025, 3) not in months
    # the months of the last 30 days have their newest among those days: nothing more is kept for them
    assert len(regular) == 30 + 12 - len({(d.year, d.month) for d in last_30})
    assert len([f for f in kept if f.reason == "upgrade"]) == 10


def test_given_an_older_database_when_the_app_upgrades_it_then_a_backup_is_made_first(tmp_path, _data_dir):
    # Given the database a release at revision 0005 left behind
    live = tmp_path / "zongzhi.sqlite3"
    shutil.copyfile(fixture_path("0005"), live)
    engine = db.make_engine(f"sqlite:///{live}")
    try:
        # When the app upgrades it at start
        copy = db.upgrade(engine)
        # Then a complete backup of the 0005 database is in the backups folder, named for what it is
        f = parse(copy)
        assert (f.reason, f.revision, copy.parent) == ("upgrade", "0005", _data_dir / "backups")
        with sqlite3.connect(f"{copy.as_uri()}?immutable=1", uri=True) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
        assert not list(copy.parent.glob(".*partial"))
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_services(request, templates):
    """The committed databases of earlier releases are SQLite files: these tests run on SQLite."""
    from desktop.services.container import Services

    engine = db.make_engine(templates.copy(request, "sqlite", "set_up"))
    yield Services.build(engine)
    engine.dispose()


def test_given_a_backup_of_an_older_schema_when_restored_then_it_is_upgraded_to_this_release(
    sqlite_services, _data_dir
):
    from tests.conftest import ADMIN_PASSWORD

    services = sqlite_services
    admin = services.auth.login("admin", ADMIN_PASSWORD)
    # Given a backup made by the 0005 release
    older = _data_dir / "backups" / "zongzhi-20260101-080000-0005-daily.sqlite3"
    older.parent.mkdir(exist_ok=True)
    shutil.copyfile(fixture_path("0005"), older)
    # When it is verified and restored
    check = services.backups.verify(admin, older)
    assert check.ok and check.revision == "0005" and check.needs_upgrade
    services.backups.restore(admin, older)
    # Then the database is at this release's schema, with the rows of the backup
    assert db.schema_status(services.engine).up_to_date
    with services.sessions() as s:
        assert s.scalar(select(Visit.id).limit(1)) is not None  # the fixture's visits came back


def test_given_a_receptionist_then_backups_are_not_hers_to_make_or_restore(services, desk, admin):
    made = services.backups.back_up(admin).made.path
    for action in (
        lambda: services.backups.back_up(desk),
        lambda: services.backups.backups(desk),
        lambda: services.backups.verify(desk, made),
        lambda: services.backups.restore(desk, made),
    ):
        with pytest.raises(PermissionDenied):
            action()
