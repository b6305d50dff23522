"""The shell as staff meet it: first start, login, main window, lock — in Chinese, on a real database file."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop import config
from desktop.app import AppController
from desktop.views.context import ViewContext
from desktop.views.main_window import MainWindow
from desktop.views.rooms import page_specs
from tests.gui.conftest import ime_type


@pytest.fixture
def controller(zh_app, qtbot, sqlite_url):
    c = AppController(zh_app, config.Config(), sqlite_url, demo=False)
    qtbot.addWidget(c.login)
    c.start()
    yield c
    # take everything down now, while no worker runs: Qt objects left to a later garbage collection
    # (a wizard and its controller form a cycle) were once freed mid-way through the next test
    c.shutdown()
    idle = getattr(c, "idle", None)
    if idle is not None:
        zh_app.removeEventFilter(idle)
        idle.timer.stop()
        idle.deleteLater()
    for w in (c.main_window, c.wizard, getattr(c, "lock_dialog", None)):
        if w is not None:
            w.close()
            w.deleteLater()
    c.wizard = c.main_window = None
    qtbot.wait(0)
    gc.collect()


def _first_start(qtbot, c, password="Admin#2026", again="Admin#2026"):
    qtbot.waitUntil(lambda: c.wizard is not None and c.wizard.isVisible(), timeout=20000)
    w = c.wizard
    ime_type(w.community, "华侨路社区")
    ime_type(w.street, "华侨路街道")
    ime_type(w.district, "鼓楼区")
    w.next()
    qtbot.keyClicks(w.admin_username, "admin")
    ime_type(w.admin_full_name, "王建国")
    qtbot.keyClicks(w.admin_password, password)
    qtbot.keyClicks(w.admin_password2, again)
    w.button(QWizard.WizardButton.FinishButton).click()
    return w


def test_given_new_install_when_wizard_finished_then_login_names_the_centre(qtbot, controller):
    c = controller
    assert c.login.status.text() in ("正在打开数据库…", "首次启动：请先设置社区信息。")
    w = _first_start(qtbot, c, again="Different#1")
    # the two passwords differ: the wizard says so in Chinese and stays open
    assert w.error.text() == "两次输入的密码不一致。" and w.isVisible()
    w.admin_password2.clear()
    qtbot.keyClicks(w.admin_password2, "Admin#2026")
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: c.login.login_button.isEnabled(), timeout=20000)
    assert c.login.community.text() == "华侨路社区综治中心"


def test_given_a_wrong_password_or_an_unknown_name_then_the_same_red_chinese_message(qtbot, controller):
    c = controller
    _first_start(qtbot, c)
    qtbot.waitUntil(lambda: c.login.login_button.isEnabled(), timeout=20000)
    shown = []
    for name in ("admin", "nobody"):
        c.login.username.setText(name)
        c.login.password.setText("wrong-one")
        qtbot.keyClick(c.login.password, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: c.login.login_button.isEnabled() and c.login.status.text() != "", timeout=20000
        )
        shown.append(c.login.status.text())
    assert shown == ["用户名或密码错误。", "用户名或密码错误。"]  # no hint which names exist
    assert "#b00020" in c.login.status.styleSheet()
    assert c.main_window is None


def test_given_admin_logs_in_then_main_window_shows_system_pages_user_and_database(
    qtbot, controller, sqlite_url
):
    c = controller
    _first_start(qtbot, c)
    qtbot.waitUntil(lambda: c.login.login_button.isEnabled(), timeout=20000)
    qtbot.keyClicks(c.login.username, "admin")
    qtbot.keyClicks(c.login.password, "Admin#2026")
    qtbot.keyClick(c.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.main_window is not None and c.main_window.isVisible(), timeout=20000)
    win = c.main_window
    assert win.windowTitle() == "华侨路社区综治中心 — 综治工作台"
    assert {"审计日志", "账号管理", "设置"} <= set(win.page_titles())
    assert win.user_label.text() == "用户：王建国（系统管理员）"
    assert sqlite_url.split(":///")[1] in win.db_label.text()
    # the audit page lists the set-up and the login
    page = win.open_page("审计日志")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=20000)
    page.verify()
    qtbot.waitUntil(lambda: page.status.text().startswith("完整"), timeout=20000)


def test_given_the_program_running_then_it_makes_todays_backup_by_itself(qtbot, controller, _data_dir):
    c = controller
    c.FIRST_BACKUP_CHECK_MS = 200  # 20 s after start, shortened (set before the database is open)
    # Given a centre set up on a new install
    _first_start(qtbot, c)
    qtbot.waitUntil(lambda: c.login.login_button.isEnabled(), timeout=20000)
    # When the program runs past its first check, Then today's backup is in the data folder's backups
    qtbot.waitUntil(lambda: any((_data_dir / "backups").glob("*-daily.sqlite3")), timeout=20000)
    assert c.backup_timer.interval() == c.BACKUP_CHECK_MS  # and it looks again every half hour


def test_given_the_program_closed_then_no_backup_starts_after_it(qtbot, controller, _data_dir):
    c = controller
    c.FIRST_BACKUP_CHECK_MS = 300
    qtbot.waitUntil(lambda: c.backup_timer is not None, timeout=20000)
    # When the program closes before its first backup check
    c.shutdown()
    qtbot.wait(800)
    # Then nothing was started on the closed task manager (that would raise in the event loop) and no backup made
    assert not list((_data_dir / "backups").glob("*-daily*"))


def test_given_idle_time_runs_out_then_window_hides_and_asks_the_password(qtbot, controller):
    c = controller
    _first_start(qtbot, c)
    qtbot.waitUntil(lambda: c.login.login_button.isEnabled(), timeout=20000)
    qtbot.keyClicks(c.login.username, "admin")
    qtbot.keyClicks(c.login.password, "Admin#2026")
    qtbot.keyClick(c.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.main_window is not None, timeout=20000)
    c.idle.timer.setInterval(50)  # ten minutes, shortened
    c.idle.timer.start()
    qtbot.waitUntil(
        lambda: getattr(c, "lock_dialog", None) is not None and c.lock_dialog.isVisible(), timeout=5000
    )
    assert not c.main_window.centralWidget().isVisible()
    # back to ten minutes: at 50 ms the window would lock again right after the unlock
    c.idle.timer.setInterval(10 * 60_000)
    dlg = c.lock_dialog
    qtbot.keyClicks(dlg.password, "nope-nope")
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "用户名或密码错误" in dlg.error.text(), timeout=20000)
    dlg.password.clear()
    qtbot.keyClicks(dlg.password, "Admin#2026")
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    assert c.main_window.centralWidget().isVisible()


def test_given_the_director_then_every_room_is_in_the_navigation_in_chinese_and_each_page_loads(
    qtbot, zh_app, services, admin
):
    from desktop.services.core.id_numbers import check_digit
    from desktop.services.residents.resident_service import validate_person
    from desktop.tasks import TaskManager

    director = services.auth.create_user(
        admin.actor(), username="zr", full_name="李红梅", role="director", password="Zhuren#2026"
    )
    body = "32010219800307123"
    services.residents.create_person(
        director.actor(), validate_person({"name": "张伟", "id_number": body + check_digit(body)})
    )
    tasks = TaskManager()
    win = MainWindow(ViewContext(services, tasks, director.actor(), services.auth.community()), page_specs())
    qtbot.addWidget(win)
    win.show()
    assert win.page_titles() == [
        "工作台",
        "来访登记",
        "信访事项",
        "矛盾纠纷",
        "监控墙",
        "值班记录",
        "摄像机台账",
        "调阅登记",
        "人员信息",
        "待随访",
        "网格上报",
        "集中排查",
        "排查报送情况",
        "民警告知与周通报",
        "会议纪要",
        "交办任务",
        "辖区单位与隐患",
        "志愿者签到台",
        "志愿者花名册",
        "活动与班次",
        "服务时长审核",
        "标识标牌与上墙制度",
        "审计日志",
    ]
    sections = [
        win.nav.item(r).text()
        for r in range(win.nav.count())
        if win.nav.item(r).data(Qt.ItemDataRole.UserRole) is None
    ]
    assert sections == [
        "领导驾驶舱",
        "群众接待室",
        "矛盾纠纷调处室",
        "视频监控室",
        "实有人口",
        "工作运行",
        "平安志愿者",
        "系统",
    ]
    # every page opens on a real database and shows what its first read found, without an error
    shown = {
        "工作台": lambda p: p.loads >= 1 and p.attention["petitions.overdue"].text() == "逾期信访事项: 0",
        "来访登记": lambda p: p.on_site_count.text() == "在场来访 0 批，共 0 人",
        "信访事项": lambda p: p.count_label.text() == "共 0 件信访事项",
        "矛盾纠纷": lambda p: p.count_label.text() == "共 0 件",
        "监控墙": lambda p: (
            p.page_label.text() == "第 1 页，共 1 页" and p.status_label.text() == "0路中0路正常"
        ),
        "值班记录": lambda p: p.rates.text() == "在线率：尚无巡检" and p.model.rowCount() == 0,
        "摄像机台账": lambda p: p.summary.text() == "共0路；已巡检0路，在线0路",
        "调阅登记": lambda p: p.loads >= 1 and p.model.rowCount() == 0,
        "人员信息": lambda p: (
            p.count_label.text() == "共 1 人" and p.model.data(p.model.index(0, p.model.COL_NAME)) == "张伟"
        ),
        "待随访": lambda p: p.summary.text() == "待随访 0 人，其中逾期 0 人",
        "网格上报": lambda p: p.summary.text() == "共0件，待分家0件",
        "集中排查": lambda p: p.heading.text().endswith("尚未开始"),
        "排查报送情况": lambda p: p.summary.text().startswith("待报送"),
        "民警告知与周通报": lambda p: p.bulletin_state.text() == "尚未起草",
        "会议纪要": lambda p: p.loads >= 1 and p.model.rowCount() == 0,
        "交办任务": lambda p: p.summary.text() == "未办结0项，逾期0项",
        "辖区单位与隐患": lambda p: p.hazard_summary.text() == "共0处，逾期0处",
        "志愿者签到台": lambda p: p.today_label.text() == "今日班次 0 个，在岗志愿者 0 人。",
        "志愿者花名册": lambda p: p.count_label.text() == "0 名志愿者",
        "活动与班次": lambda p: p.activity_label.text() == "这段时间没有活动。",
        "服务时长审核": lambda p: p.summary.text() == "共 0 条，0 小时",
        "标识标牌与上墙制度": lambda p: p.centre_name_edit.text() == "华侨路社区综治中心",
        "审计日志": lambda p: p.model.rowCount() > 0 and p.status.text() == f"共 {p.model.rowCount()} 条",
    }
    assert set(shown) == set(win.page_titles())
    for title in win.page_titles():
        page = win.open_page(title)
        assert page.isVisible()
        qtbot.waitUntil(lambda page=page, title=title: shown[title](page), timeout=20000)
        for name in ("error", "message"):
            assert getattr(page, name, None) is None or getattr(page, name).text() == "", (title, name)
    tasks.shutdown()


def test_given_reception_clerk_then_no_admin_pages_are_offered(qtbot, zh_app, services, admin):
    from desktop.tasks import TaskManager

    clerk = services.auth.create_user(
        admin.actor(), username="li", full_name="李娜", role="reception", password="Qiantai#1"
    )
    tasks = TaskManager()
    win = MainWindow(ViewContext(services, tasks, clerk.actor(), services.auth.community()), page_specs())
    qtbot.addWidget(win)
    assert not {"审计日志", "账号管理", "设置", "矛盾纠纷"} & set(win.page_titles())
    assert {"来访登记", "信访事项", "人员信息"} <= set(win.page_titles())
    tasks.shutdown()


def test_given_signage_settings_saved_then_they_persist_and_print_from_the_config(
    qtbot, zh_app, services, admin
):
    from PySide6.QtWidgets import QLineEdit

    from desktop.tasks import TaskManager

    tasks = TaskManager()
    win = MainWindow(ViewContext(services, tasks, admin.actor(), services.auth.community()), page_specs())
    qtbot.addWidget(win)
    page = win.open_page("标识标牌与上墙制度")
    name = page.findChild(QLineEdit, "centre_name_edit")
    qtbot.waitUntil(lambda: name.text() == "华侨路社区综治中心", timeout=20000)
    name.clear()
    ime_type(name, "华侨路社区综合治理中心")
    page.save_button.click()
    qtbot.waitUntil(
        lambda: config.load().signage.get("centre_name") == "华侨路社区综合治理中心", timeout=20000
    )
    tasks.shutdown()


def test_given_each_role_when_signed_in_then_it_lands_on_what_needs_it_today(qtbot, zh_app, services, admin):
    from desktop.tasks import TaskManager
    from tests.conftest import make_actor

    landing = {
        "reception": "来访登记",
        "mediator": "矛盾纠纷",
        "police": "待随访",
        "director": "工作台",
        "admin": "账号管理",
        "monitor": "监控墙",
    }
    tasks = TaskManager()
    try:
        for role, title in landing.items():
            actor = make_actor(services, f"u_{role}", "王丽", role)
            win = MainWindow(ViewContext(services, tasks, actor, services.auth.community()), page_specs())
            qtbot.addWidget(win)
            current = win.nav.currentItem()
            assert current is not None and current.text().strip() == title, role
            win.close()
        # the monitoring-duty operator has the room's pages (approving footage is the director's) and a task list
        monitor = make_actor(services, "u_zhao", "赵强", "monitor")
        win = MainWindow(ViewContext(services, tasks, monitor, services.auth.community()), page_specs())
        qtbot.addWidget(win)
        assert win.page_titles() == ["监控墙", "值班记录", "摄像机台账", "调阅登记", "交办任务"]
        win.close()
    finally:
        tasks.shutdown()


def test_given_the_main_window_then_it_opens_maximised_first_and_then_where_it_was_left(
    qtbot, zh_app, services, admin
):
    from desktop.tasks import TaskManager

    tasks = TaskManager()
    try:
        win = MainWindow(ViewContext(services, tasks, admin.actor(), services.auth.community()), page_specs())
        qtbot.addWidget(win)
        win.show_as_remembered()
        qtbot.waitUntil(lambda: win.isVisible())
        assert win.isMaximized()
        win.showNormal()
        win.setGeometry(40, 40, 720, 520)  # (the offscreen screen is 800x600)
        win.close()
        again = MainWindow(
            ViewContext(services, tasks, admin.actor(), services.auth.community()), page_specs()
        )
        qtbot.addWidget(again)
        again.show_as_remembered()
        qtbot.waitUntil(lambda: again.isVisible())
        assert not again.isMaximized() and (again.width(), again.height()) == (720, 520)
        again.close()
    finally:
        tasks.shutdown()
