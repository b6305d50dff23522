"""Fixtures of the reliability tests: the shared PostgreSQL server's set-up database, a server of their own to stop
and start, and the Chinese app (tests/gui/conftest.py)."""

from __future__ import annotations

import pytest

from tests.conftest import set_up_centre
from tests.gui.conftest import zh_app  # noqa: F401 - a fixture
from tests.pg_server import PgServer


@pytest.fixture
def pg_set_up_url(request, templates, pg_server):
    """Two PCs share a server: these tests run on PostgreSQL."""
    return templates.copy(request, "postgresql", "set_up")


def build_services(url: str):
    from desktop.db import make_engine
    from desktop.services.container import Services

    return Services.build(make_engine(url))


@pytest.fixture
def pg_services(pg_set_up_url):
    services = build_services(pg_set_up_url)
    yield services
    services.engine.dispose()


@pytest.fixture
def own_server():
    """A server of this test alone, set up, to stop and start mid-session: (server, url)."""
    from desktop.db import make_engine, upgrade

    server = PgServer().start()
    try:
        url = server.create_database("zongzhi")
        engine = make_engine(url)
        upgrade(engine, make_backup=False)
        engine.dispose()
        services = build_services(url)
        set_up_centre(services)
        services.engine.dispose()
        yield server, url
    finally:
        server.stop()


@pytest.fixture
def sqlite_set_up_url(request, templates):
    return templates.copy(request, "sqlite", "set_up")
