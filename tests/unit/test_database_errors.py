"""Why a database cannot be opened, said plainly: a file on a network share, and every connection failure
against the real test server (refused, wrong password, no database, not allowed, server too old, schema
newer than the program)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from desktop import db
from desktop.db import DatabaseError, make_engine, schema_status, upgrade
from desktop.services.core import settings_service

# /proc/mounts of a Kylin PC with the centre's share mounted over CIFS and a home folder over NFS
MOUNTS = r"""/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//192.0.2.10/综治中心 /mnt/共享\040文件夹 cifs rw,relatime,vers=3.0,cache=strict,username=it 0 0
192.0.2.11:/export/home /home/nfs nfs4 rw,relatime,vers=4.2 0 0
tmpfs /run tmpfs rw,nosuid,nodev 0 0
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/mnt/共享 文件夹/zongzhi.sqlite3", "cifs"),
        ("/home/nfs/wang/zongzhi.sqlite3", "nfs4"),
        ("/home/wang/.local/share/zongzhi-desk/zongzhi.sqlite3", "ext4"),
        ("/mnt/共享 文件夹2/x.sqlite3", "ext4"),  # a sibling of the mount point is not inside it
    ],
)
def test_given_the_mount_table_then_the_file_system_holding_a_path_is_found(path, fstype):
    assert db.linux_mount_type(Path(path), MOUNTS) == fstype


@pytest.mark.parametrize(
    ("path", "drive_type", "reason"),
    [
        (r"\\fileserver\综治\zongzhi.sqlite3", None, "UNC"),
        ("//fileserver/share/zongzhi.sqlite3", None, "UNC"),
        (r"\\?\UNC\fileserver\share\zongzhi.sqlite3", None, "UNC"),
        (r"Z:\综治\zongzhi.sqlite3", 4, "mapped network drive Z:"),  # GetDriveTypeW: DRIVE_REMOTE
        (r"C:\ProgramData\ZongzhiDesk\zongzhi.sqlite3", 3, ""),  # DRIVE_FIXED
        (r"\\?\C:\data\zongzhi.sqlite3", 3, ""),
    ],
)
def test_given_a_windows_path_then_a_network_location_is_recognised(path, drive_type, reason):
    assert db.windows_network_reason(path, drive_type) == reason


def test_given_a_folder_on_this_pcs_disk_then_sqlite_opens(tmp_path):
    # the real /proc/mounts of this machine: the temporary folder is on a local file system
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'zongzhi.sqlite3'}")
    assert upgrade(engine) is None and schema_status(engine).up_to_date
    engine.dispose()


def test_given_a_network_file_system_then_sqlite_is_refused_saying_why_and_what_to_do(tmp_path, monkeypatch):
    # Given this machine's temporary folder counted as a network file system (no NFS server runs here)
    fstype = db.linux_mount_type(tmp_path.resolve())
    monkeypatch.setattr(db, "NETWORK_FILESYSTEMS", {fstype})
    # When the program opens a database file there, Then it refuses before creating anything
    with pytest.raises(DatabaseError) as err:
        make_engine(f"sqlite:///{tmp_path / 'shared' / 'zongzhi.sqlite3'}")
    assert err.value.code == "network_share" and err.value.params["kind"] == fstype
    assert "locks do not work over the network" in str(err.value) and "PostgreSQL" in str(err.value)
    assert not (tmp_path / "shared").exists()
    # and the settings page's "test connection" says the same
    check = settings_service.check_connection(f"sqlite:///{tmp_path / 'zongzhi.sqlite3'}")
    assert not check.ok and check.code == "network_share"


def _code(url: str) -> str:
    check = settings_service.check_connection(url)
    assert not check.ok, url
    return check.code


@pytest.fixture
def password_user(pg_server):
    """A user that signs in with a password (scram-sha-256) on the test server, which trusts everyone else."""
    with psycopg.connect(
        f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres", autocommit=True
    ) as conn:
        conn.execute("DROP ROLE IF EXISTS zz_pw")
        conn.execute("CREATE ROLE zz_pw LOGIN PASSWORD 'Right#2026'")
        hba = pg_server.data / "pg_hba.conf"
        original = hba.read_text()
        hba.write_text(
            "host all zz_pw 127.0.0.1/32 scram-sha-256\nhost all zz_denied 127.0.0.1/32 reject\n" + original
        )
        conn.execute("SELECT pg_reload_conf()")
        yield "zz_pw"
        hba.write_text(original)
        conn.execute("SELECT pg_reload_conf()")
        conn.execute("DROP ROLE zz_pw")


def test_given_each_way_a_connection_fails_then_the_check_names_it(pg_server, pg_url, password_user):
    base = make_url(pg_url)
    assert _code(base.set(port=1).render_as_string(False)) == "refused"
    assert _code(base.set(database="no_such_db").render_as_string(False)) == "no_database"
    wrong = base.set(username=password_user, password="wrong").render_as_string(False)
    assert _code(wrong) == "wrong_password"
    assert _code(base.set(username=password_user, password=None).render_as_string(False)) == "wrong_password"
    assert _code(base.set(username="zz_denied").render_as_string(False)) == "not_allowed"
    assert _code(base.set(host="no-such-server.invalid").render_as_string(False)) == "unknown_host"
    # and the right password connects
    right = base.set(username=password_user, password="Right#2026").render_as_string(False)
    assert settings_service.check_connection(right).ok


def test_given_a_server_older_than_the_minimum_then_refused_with_both_versions(pg_url, monkeypatch):
    # the test server is recent; the rule is checked against it with the minimum raised above it
    monkeypatch.setattr(db, "MIN_POSTGRES", (99,))
    check = settings_service.check_connection(pg_url)
    assert not check.ok and check.code == "server_too_old"
    assert check.params["minimum"] == "99" and int(check.params["version"].split(".")[0]) >= 11


def test_given_a_database_of_a_newer_release_then_the_check_says_so(pg_url):
    engine = make_engine(pg_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()
    check = settings_service.check_connection(pg_url)
    assert check.code == "schema_too_new" and check.params["revision"] == "9999_future"
