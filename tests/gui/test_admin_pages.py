"""The administrator's pages: accounts and database settings, on a real database."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop import config
from desktop.tasks import TaskManager
from desktop.views.admin.settings_page import SettingsPage
from desktop.views.admin.users_page import UsersPage
from desktop.views.context import ViewContext
from tests.gui.conftest import ime_type


@pytest.fixture
def ctx(services, admin):
    tasks = TaskManager()
    yield ViewContext(services, tasks, admin.actor(), services.auth.community())
    tasks.shutdown()


def test_given_admin_when_account_created_then_listed_and_a_duplicate_is_refused_at_its_field(
    zh_app, qtbot, ctx
):
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClicks(page.username, "lina")
    ime_type(page.full_name, "李娜")
    page.role.setCurrentIndex(page.role.findData("reception"))
    qtbot.keyClicks(page.password, "Qiantai#1")
    page.create_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    rows = [[page.model.index(r, c).data() for c in range(4)] for r in range(2)]
    assert ["李娜", "lina", "前台接待", "在用"] in rows
    # the same user name again: the message is Chinese and the user-name field is marked
    qtbot.keyClicks(page.username, "lina")
    ime_type(page.full_name, "李娜")
    qtbot.keyClicks(page.password, "Qiantai#1")
    page.create_button.click()
    qtbot.waitUntil(lambda: page.error.text() == "该名称已被使用。")
    assert "b00020" in page.findChild(QLineEdit, "username").styleSheet()


def test_given_it_person_when_pointing_at_the_shared_server_then_tested_and_saved(
    zh_app, qtbot, ctx, pg_server
):
    from sqlalchemy.engine import make_url

    # a new, empty database on the shared server
    u = make_url(pg_server.create_database(f"shared_{os.getpid()}_{id(ctx)}"))
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.use_sqlite.isChecked()
    page.use_postgres.setChecked(True)
    for w, v in ((page.pg_host, u.host), (page.pg_database, u.database), (page.pg_user, u.username)):
        w.clear()
        qtbot.keyClicks(w, v)
    page.pg_port.setValue(u.port)
    page.test_button.click()
    # an empty server database: the page says it will be set up at the next start
    qtbot.waitUntil(lambda: page.status.text().startswith("连接成功"), timeout=20000)
    assert "初始设置" in page.status.text()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("已保存"))
    assert config.load().db_url == f"postgresql+psycopg://{u.username}@{u.host}:{u.port}/{u.database}"


def test_given_wrong_server_then_the_reason_is_shown(zh_app, qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.use_postgres.setChecked(True)
    qtbot.keyClicks(page.pg_host, "127.0.0.1")
    page.pg_port.setValue(1)  # nothing listens there
    page.test_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("无法连接"), timeout=20000)


def test_given_every_action_the_services_record_then_the_audit_page_names_it_in_chinese(zh_app):
    # the actions written by record(s, actor, "<action>", ...) anywhere in the services
    import re
    from pathlib import Path

    from desktop.views.admin.audit_table_model import ACTIONS, action_label

    services_dir = Path(__file__).resolve().parents[2] / "desktop" / "services"
    written = {
        m[1]
        for f in services_dir.rglob("*.py")
        for m in re.finditer(r'record\(\s*\w+,\s*[\w.]+,\s*"([a-z_]+)"', f.read_text(encoding="utf-8"))
    }
    assert {"create", "reveal", "view", "remove_party"} <= written  # the scan finds them
    assert written <= set(ACTIONS)
    for action in ACTIONS:
        label = action_label(action)
        assert label != action and re.search(r"[\u4e00-\u9fff]", label), (action, label)
