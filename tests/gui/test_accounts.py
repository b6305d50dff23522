"""Accounts as the administrator and the staff meet them: the account list with each one's state, a temporary
password that must be replaced at the next login, unlocking, disabling; locking the window with Ctrl+L and
handing the PC to the next user — on a real database file, in Chinese."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop import config
from desktop.app import AppController
from desktop.services.core.errors import AccountLocked, AuthFailed
from desktop.tasks import TaskManager
from desktop.views.admin.users_page import UsersPage
from desktop.views.context import ViewContext
from tests.conftest import ADMIN_PASSWORD

TEMPORARY = "Linshi#2026"


@pytest.fixture
def ctx(services, admin):
    tasks = TaskManager()
    yield ViewContext(services, tasks, admin.actor(), services.auth.community())
    tasks.shutdown()


def _row_of(page, username: str) -> list[str]:
    m = page.model
    for r in range(m.rowCount()):
        if m.index(r, 1).data() == username:
            return [m.index(r, c).data() for c in range(4)]
    raise AssertionError(f"{username} not listed")


def _choose(page, username: str) -> None:
    m = page.model
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == username)
    page.users.setCurrentIndex(m.index(row, 0))


def test_given_a_locked_account_when_the_administrator_unlocks_resets_and_disables_then_the_list_says_each(
    zh_app, qtbot, ctx, services
):
    services.auth.create_user(
        ctx.actor, username="lina", full_name="李娜", role="reception", password="Qiantai#1"
    )
    for _ in range(5):  # five wrong passwords lock the account
        with pytest.raises((AuthFailed, AccountLocked)):
            services.auth.login("lina", "wrong-one")
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert _row_of(page, "lina")[3].startswith("已锁定至")
    _choose(page, "lina")
    assert page.unlock_button.isEnabled() and page.active_button.text() == "停用"
    page.unlock_button.click()
    qtbot.waitUntil(lambda: _row_of(page, "lina")[3] == "在用")
    assert services.auth.login("lina", "Qiantai#1").username == "lina"

    # a temporary password: shown as typed (it is read out to the user), then the list says what it means
    page.reset_button.click()
    dlg = page.dialog
    assert dlg.password.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClicks(dlg.password, "short")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() == "密码至少需要 8 个字符。")
    dlg.password.clear()
    qtbot.keyClicks(dlg.password, TEMPORARY)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: _row_of(page, "lina")[3] == "临时密码：下次登录时须改为本人密码")
    assert services.auth.login("lina", TEMPORARY).must_change_password

    page.active_button.click()
    qtbot.waitUntil(lambda: _row_of(page, "lina")[3] == "已停用")
    assert page.active_button.text() == "启用"
    # the administrator's own account is not disabled: said in words, nothing changed
    _choose(page, "admin")
    page.active_button.click()
    qtbot.waitUntil(lambda: page.error.text().startswith("不能对自己的账号"))
    assert _row_of(page, "admin")[3] == "在用"
    # another role
    _choose(page, "lina")
    page.new_role.setCurrentIndex(page.new_role.findData("mediator"))
    page.role_button.click()
    qtbot.waitUntil(lambda: _row_of(page, "lina")[2] == "调解员")


@pytest.fixture
def controller(zh_app, qtbot, set_up_url):
    c = AppController(zh_app, config.Config(), set_up_url, demo=False)
    qtbot.addWidget(c.login)
    c.start()
    yield c
    c.tasks.shutdown()
    if c.idle is not None:
        c.idle.stop()
    for w in (c.main_window, c.lock_dialog, c.password_dialog, c.login):
        if w is not None:
            w.close()
            w.deleteLater()
    c.main_window = None
    qtbot.wait(0)
    gc.collect()


def _sign_in(qtbot, c, username: str, password: str) -> None:
    qtbot.waitUntil(lambda: c.login.login_button.isEnabled(), timeout=20000)
    c.login.username.setText(username)
    c.login.password.setText(password)
    qtbot.keyClick(c.login.password, Qt.Key.Key_Return)


def test_given_a_reset_password_when_the_user_signs_in_then_a_new_one_is_chosen_before_any_page(
    qtbot, controller
):
    c = controller
    qtbot.waitUntil(lambda: c.services is not None, timeout=20000)
    admin = c.services.auth.login("admin", ADMIN_PASSWORD)
    lina = c.services.auth.create_user(
        admin.actor(), username="lina", full_name="李娜", role="reception", password="Qiantai#1"
    )
    c.services.auth.reset_password(admin.actor(), lina.id, TEMPORARY)

    _sign_in(qtbot, c, "lina", TEMPORARY)
    qtbot.waitUntil(lambda: c.password_dialog is not None and c.password_dialog.isVisible(), timeout=20000)
    dlg = c.password_dialog
    assert c.main_window is None  # no page before the new password
    assert dlg.findChild(QLineEdit, "old_password") is None  # the temporary one was just typed
    qtbot.keyClicks(dlg.password, "Benren#2026")
    qtbot.keyClicks(dlg.repeat, "Benren#2025")
    dlg.save_button.click()
    assert dlg.error.text() == "两次输入的新密码不一致，请输入同一个密码。"
    assert "b00020" in dlg.repeat.styleSheet()
    dlg.password.clear()
    dlg.repeat.clear()
    qtbot.keyClicks(dlg.password, TEMPORARY)
    qtbot.keyClicks(dlg.repeat, TEMPORARY)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() == "新密码不能与原密码相同。", timeout=20000)
    dlg.password.clear()
    dlg.repeat.clear()
    qtbot.keyClicks(dlg.password, "Benren#2026")
    qtbot.keyClicks(dlg.repeat, "Benren#2026")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: c.main_window is not None and c.main_window.isVisible(), timeout=20000)
    assert c.main_window.user_label.text() == "用户：李娜（前台接待）"
    # the temporary password is gone, the user's own one signs in
    with pytest.raises(AuthFailed):
        c.services.auth.login("lina", TEMPORARY)
    assert not c.services.auth.login("lina", "Benren#2026").must_change_password


def test_given_the_main_window_when_ctrl_l_then_locked_and_when_switching_user_then_the_next_one_signs_in(
    qtbot, controller
):
    c = controller
    qtbot.waitUntil(lambda: c.services is not None, timeout=20000)
    admin = c.services.auth.login("admin", ADMIN_PASSWORD)
    c.services.auth.create_user(
        admin.actor(), username="lina", full_name="李娜", role="reception", password="Qiantai#1"
    )
    _sign_in(qtbot, c, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: c.main_window is not None and c.main_window.isVisible(), timeout=20000)
    win = c.main_window
    assert win.lock_button.text() == "锁定（Ctrl+L）"
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.lock_dialog is not None and c.lock_dialog.isVisible(), timeout=5000)
    assert not win.centralWidget().isVisible()
    qtbot.keyClicks(c.lock_dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(c.lock_dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not c.lock_dialog.isVisible(), timeout=20000)
    assert win.centralWidget().isVisible()

    win.switch_button.click()
    qtbot.waitUntil(lambda: c.login.isVisible() and c.main_window is None, timeout=5000)
    assert c.login.community.text() == "华侨路社区综治中心"
    _sign_in(qtbot, c, "lina", "Qiantai#1")
    qtbot.waitUntil(lambda: c.main_window is not None and c.main_window.isVisible(), timeout=20000)
    assert c.main_window.user_label.text() == "用户：李娜（前台接待）"
    assert "账号管理" not in c.main_window.page_titles()
