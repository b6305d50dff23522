"""Shared fixtures: a fresh database per test on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import itertools
import os

import pytest

if not os.environ.get("DISPLAY"):  # under xvfb-run (the e2e tests) Qt uses the real X server
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.pg_server import PgServer  # noqa: E402

_counter = itertools.count()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder: config, logs and backups never touch the user's."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("ZONGZHI_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    name = f"t{os.getpid()}_{next(_counter)}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'zongzhi.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The same test on both engines."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'zongzhi.sqlite3'}"
    return request.getfixturevalue("pg_url")


ADMIN_PASSWORD = "Admin#2026"


@pytest.fixture
def services(db_url):
    """Migrated, set-up database (community + administrator) on both engines."""
    from desktop.db import make_engine, upgrade
    from desktop.services.container import Services

    engine = make_engine(db_url)
    upgrade(engine)
    svc = Services.build(engine)
    svc.auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        city="南京市",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password=ADMIN_PASSWORD,
    )
    yield svc
    engine.dispose()


@pytest.fixture
def admin(services):
    """The administrator created by the first-start set-up, logged in."""
    return services.auth.login("admin", ADMIN_PASSWORD)


def make_actor(services, username: str, full_name: str, role: str):
    """A staff account written directly (argon2 hashing is slow and no test here signs it in)."""
    from desktop.models import StaffUser
    from desktop.services.core.dto import Actor

    with services.sessions.begin() as s:
        u = StaffUser(username=username, full_name=full_name, role=role, password_hash="-", active=True)
        s.add(u)
        s.flush()
        return Actor(u.id, username, full_name, role)


class Clock:
    """Today, as a test sets it: pass as a service's ``clock`` and move ``day`` on."""

    def __init__(self, day):
        self.day = day

    def __call__(self):
        return self.day


@pytest.fixture
def rtsp_server():
    """A real RTSP server (GStreamer, system Python) on a free loopback port: one per test (tests/rtsp_server.py)."""
    from tests.rtsp_server import RtspServer, available

    why = available()
    if why:
        pytest.fail(why)
    server = RtspServer().start()
    yield server
    server.kill()
