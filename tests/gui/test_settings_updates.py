"""The administrator's settings page: connection failures said plainly, and the update the intranet folder
offers, installed only after its SHA-256 checks out."""

from __future__ import annotations

import pytest

from desktop import config
from desktop.services.core import update_service
from desktop.tasks import TaskManager
from desktop.views.admin import settings_page as settings_module
from desktop.views.admin.settings_page import SettingsPage
from desktop.views.context import ViewContext


@pytest.fixture
def ctx(services, admin):
    tasks = TaskManager()
    yield ViewContext(services, tasks, admin.actor(), services.auth.community())
    tasks.shutdown()


def _page(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    return page


def test_given_no_server_on_that_port_when_tested_then_the_page_says_what_to_check(zh_app, qtbot, ctx):
    page = _page(qtbot, ctx)
    page.use_postgres.setChecked(True)
    qtbot.keyClicks(page.pg_host, "127.0.0.1")
    page.pg_port.setValue(1)  # nothing listens there
    page.test_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("无法连接"), timeout=20000)
    assert "127.0.0.1 的端口 1 上没有数据库服务器应答" in page.status.text()
    assert "防火墙" in page.status.text()


def test_given_a_database_name_the_server_lacks_when_tested_then_the_page_names_it(
    zh_app, qtbot, ctx, pg_url
):
    from sqlalchemy.engine import make_url

    u = make_url(pg_url)
    page = _page(qtbot, ctx)
    page.use_postgres.setChecked(True)
    for widget, value in ((page.pg_host, u.host), (page.pg_user, u.username)):
        widget.clear()
        qtbot.keyClicks(widget, value)
    page.pg_database.clear()
    qtbot.keyClicks(page.pg_database, "zongzhi_missing")
    page.pg_port.setValue(u.port)
    page.test_button.click()
    qtbot.waitUntil(lambda: "没有名为“zongzhi_missing”的数据库" in page.status.text(), timeout=20000)


@pytest.fixture
def update_folder(tmp_path, _data_dir):
    """IT's folder offering 9.0.0 for this kind of PC, set in this PC's config."""
    installer = tmp_path / (
        "zongzhi-desk-9.0.0-setup.exe"
        if update_service.platform_key() == "windows"
        else "zongzhi-desk_9.0.0_amd64.deb"
    )
    installer.write_bytes(b"installer of 9.0.0")
    folder = tmp_path / "updates"
    update_service.publish(folder, [installer], "9.0.0", notes="卷宗打印更快")
    config.save(config.with_changes(config.load(), update_folder=str(folder)))
    return folder


def test_given_a_newer_version_in_the_update_folder_when_installed_then_the_checked_copy_is_run(
    zh_app, qtbot, ctx, update_folder, monkeypatch
):
    started = []
    # the system's installer itself is not started in a test: record what would be handed to it
    monkeypatch.setattr(settings_module.update_service, "run_installer", started.append)
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: not page.install_update.isHidden())
    assert "可以安装新版本 9.0.0" in page.update_status.text() and "卷宗打印更快" in page.update_status.text()
    assert page.update_folder.text() == str(update_folder)
    page.install_update.click()
    qtbot.waitUntil(lambda: bool(started), timeout=10000)
    assert started[0].read_bytes() == b"installer of 9.0.0" and started[0].parent != update_folder
    assert "校验通过" in page.update_status.text()


def test_given_the_installer_changed_on_the_share_when_installed_then_nothing_runs_and_it_says_why(
    zh_app, qtbot, ctx, update_folder, monkeypatch
):
    started = []
    monkeypatch.setattr(settings_module.update_service, "run_installer", started.append)
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: "9.0.0" in page.update_status.text())
    offer = update_service.read_offer(update_folder, platform=update_service.platform_key())
    offer.installer.write_bytes(b"something else")
    page.install_update.click()
    qtbot.waitUntil(lambda: "SHA-256" in page.update_status.text(), timeout=10000)
    assert "已拒绝运行" in page.update_status.text() and started == []
    assert page.install_update.isEnabled()


def test_given_a_server_with_no_such_database_when_the_program_starts_then_the_login_window_says_so_in_chinese(
    zh_app, qtbot, pg_url
):
    from sqlalchemy.engine import make_url

    from desktop.app import AppController

    # Given this PC pointed at a database the server does not have
    url = make_url(pg_url).set(database="zongzhi_never_created").render_as_string(hide_password=False)
    controller = AppController(zh_app, config.Config(), url, demo=False)
    qtbot.addWidget(controller.login)
    try:
        # When the program starts, Then the login window names the database and what to do, and stays locked
        controller.start()
        qtbot.waitUntil(lambda: "zongzhi_never_created" in controller.login.status.text(), timeout=20000)
        assert "服务器" in controller.login.status.text() and "先创建数据库" in controller.login.status.text()
        assert not controller.login.login_button.isEnabled()
    finally:
        controller.tasks.shutdown()
