"""Shared fixtures: a fresh database per test on SQLite and on a real PostgreSQL server.

An Alembic upgrade costs about half a second on SQLite and more on PostgreSQL, so each pytest process
(each xdist worker) migrates one template per engine, and sets one up (community + administrator), once;
every test then gets its own copy of it: a file copy on SQLite, ``CREATE DATABASE … TEMPLATE`` on
PostgreSQL. ``db_url``, ``pg_url`` and ``sqlite_url`` stay empty databases, for the tests of the migrations
themselves and of the app's own first start.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from pathlib import Path

import pytest

# The centre's PCs run on China Standard Time, and statutory days are mainland days (services/core/clock.py):
# the tests run in that zone too, so "today" is the same day for Qt's widgets, the tests and the services at
# every hour of the day (a CI machine on UTC between 16:00 and 24:00 is already on the next mainland day).
os.environ["TZ"] = "Asia/Shanghai"
time.tzset()

if not os.environ.get("DISPLAY"):  # under xvfb-run (the e2e tests) Qt uses the real X server
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.pg_server import PgServer  # noqa: E402

_counter = itertools.count()
ENGINES = ["sqlite", "postgresql"]
ADMIN_PASSWORD = "Admin#2026"


def set_up_centre(services) -> None:
    """The first-start set-up every ``services`` test starts from."""
    services.auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        city="南京市",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password=ADMIN_PASSWORD,
    )


def pytest_collection_modifyitems(items):
    """The ``pg`` marker means what it says: every test that reaches the PostgreSQL server carries it."""
    for item in items:
        params = getattr(item, "callspec", None)
        on_pg = params is not None and any(
            params.params.get(name) == "postgresql" for name in ("db_url", "set_up_url")
        )
        if on_pg or "pg_server" in item.fixturenames:
            item.add_marker(pytest.mark.pg)


@pytest.fixture(scope="session", autouse=True)
def production_hasher():
    """Argon2 at its cheapest while testing; yields the production hasher, which stays as it is."""
    from argon2 import PasswordHasher

    from desktop.services.core import auth_service

    production = auth_service.hasher
    auth_service.hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield production
    auth_service.hasher = production


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder: config, logs and backups never touch the user's."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("ZONGZHI_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def pg_server():
    """One throw-away server per pytest process: xdist workers never share one."""
    server = PgServer().start()
    yield server
    server.stop()


def _new_pg_database(pg_server, template: str | None = None) -> tuple[str, str]:
    name = f"t{os.getpid()}_{next(_counter)}"
    return name, pg_server.create_database(name, template=template)


@pytest.fixture
def pg_url(pg_server):
    name, url = _new_pg_database(pg_server)
    yield url
    pg_server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'zongzhi.sqlite3'}"


@pytest.fixture(params=ENGINES)
def db_url(request, tmp_path):
    """The same test on both engines, on an empty database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'zongzhi.sqlite3'}"
    return request.getfixturevalue("pg_url")


class Templates:
    """The migrated and the set-up database, made once per pytest process and engine, copied per test."""

    KINDS = ("migrated", "set_up")

    def __init__(self, folder: Path):
        self._folder = folder
        self._made: dict[tuple[str, str], str] = {}

    def _build(self, url: str, kind: str) -> None:
        from desktop.db import make_engine, upgrade
        from desktop.services.container import Services

        engine = make_engine(url)
        try:
            if kind == "migrated":
                upgrade(engine, make_backup=False)
            else:
                set_up_centre(Services.build(engine))
        finally:
            engine.dispose()  # PostgreSQL copies a template only while nobody is connected to it

    def sqlite(self, kind: str) -> Path:
        """The template file; the set-up one is the migrated one, set up."""
        if ("sqlite", kind) not in self._made:
            path = self._folder / f"{kind}.sqlite3"
            if kind == "migrated":
                self._build(f"sqlite:///{path}", kind)
            else:
                shutil.copyfile(self.sqlite("migrated"), path)
                self._build(f"sqlite:///{path}", kind)
            # the last connection closed checkpointed the write-ahead log: the file alone is the database
            assert not path.with_name(path.name + "-wal").exists()
            self._made["sqlite", kind] = str(path)
        return Path(self._made["sqlite", kind])

    def pg(self, pg_server, kind: str) -> str:
        """The template database's name."""
        if ("postgresql", kind) not in self._made:
            name = f"template_{kind}"
            source = None if kind == "migrated" else self.pg(pg_server, "migrated")
            self._build(pg_server.create_database(name, template=source), kind)
            self._made["postgresql", kind] = name
        return self._made["postgresql", kind]

    def copy(self, request, engine: str, kind: str) -> str:
        """A fresh database of that kind for the requesting test, dropped after it on PostgreSQL."""
        assert kind in self.KINDS
        if engine == "sqlite":
            target = request.getfixturevalue("tmp_path") / "zongzhi.sqlite3"
            shutil.copyfile(self.sqlite(kind), target)
            return f"sqlite:///{target}"
        pg_server = request.getfixturevalue("pg_server")
        name, url = _new_pg_database(pg_server, template=self.pg(pg_server, kind))
        request.addfinalizer(lambda: pg_server.drop_database(name))
        return url


@pytest.fixture(scope="session")
def templates(tmp_path_factory) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def migrated_sqlite_url(request, templates):
    """An SQLite database at the head revision, with no rows yet."""
    return templates.copy(request, "sqlite", "migrated")


@pytest.fixture(params=ENGINES)
def set_up_url(request, templates):
    """A migrated database after the first-start set-up (``set_up_centre``), on both engines."""
    return templates.copy(request, request.param, "set_up")


@pytest.fixture
def services(set_up_url):
    """Migrated, set-up database (community + administrator) on both engines."""
    from desktop.db import make_engine
    from desktop.services.container import Services

    engine = make_engine(set_up_url)
    yield Services.build(engine)
    engine.dispose()


@pytest.fixture
def admin(services):
    """The administrator created by the first-start set-up, logged in."""
    return services.auth.login("admin", ADMIN_PASSWORD)


def make_actor(services, username: str, full_name: str, role: str):
    """A staff account written directly (no test here signs it in)."""
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
