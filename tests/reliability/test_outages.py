"""What goes wrong under a running app: the server stopped or restarted mid-session, the database file held by
another program, the disk full. Each time the user reads a clear message in their language, what they typed
stays in the form, and once the cause is gone the same save works — the app reconnects by itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer

from desktop.changes import Kind
from desktop.db import libpq_url, make_engine
from desktop.services.container import Services
from desktop.services.reception.dto import VisitInput
from desktop.tasks import TaskManager
from desktop.views.context import ViewContext
from desktop.views.residents.person_dialog import PersonDialog
from tests.conftest import make_actor
from tests.gui.conftest import ime_type


def run(qtbot, tasks: TaskManager, fn):
    """``fn`` on the writer thread as a view runs it: ("ok", result) or ("error", the error the view gets)."""
    out = []
    tasks.run_write(fn, lambda r: out.append(("ok", r)), lambda e: out.append(("error", e)))
    qtbot.waitUntil(lambda: bool(out), timeout=60000)
    return out[0]


def person_form(qtbot, services, tasks, actor, name: str) -> PersonDialog:
    dlg = PersonDialog(ViewContext(services, tasks, actor, services.auth.community()))
    qtbot.addWidget(dlg)
    dlg.show()
    ime_type(dlg.name, name)
    dlg.id_type.setCurrentIndex(dlg.id_type.findData("passport"))
    qtbot.keyClicks(dlg.id_number, "E1234567")
    return dlg


def save_fails(qtbot, dlg: PersonDialog) -> str:
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.error.text() != "" and dlg.save_button.isEnabled(), timeout=60000)
    return dlg.error.text()


def saved(qtbot, dlg: PersonDialog) -> None:
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=60000)


def stop_timers(widget) -> None:
    for timer in widget.findChildren(QTimer):
        timer.stop()


@pytest.mark.pg
def test_given_the_server_stopped_mid_session_then_saving_says_so_keeps_the_input_and_works_once_it_is_back(
    qtbot, zh_app, own_server
):
    server, url = own_server
    services = Services.build(make_engine(url))
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    tasks = TaskManager()
    tasks.listen(libpq_url(services.engine))
    assert tasks.listener.connected.wait(30)
    heard = []
    tasks.bus.changed.connect(heard.append)
    dlg = person_form(qtbot, services, tasks, clerk, "欧阳娜娜")
    try:
        # When the server is stopped while the clerk is typing, and she saves
        server.pause("fast")
        text = save_fails(qtbot, dlg)
        # Then she reads why, in Chinese; the form stays open with what she typed
        assert "无法连接数据库服务器" in text and "自动重新连接" in text, text
        assert dlg.isVisible() and dlg.name.text() == "欧阳娜娜"
        qtbot.waitUntil(lambda: not tasks.listener.connected.is_set(), timeout=30000)
        # When the server is back: the app reconnects by itself, its lists are told to read again
        server.resume()
        qtbot.waitUntil(tasks.listener.connected.is_set, timeout=30000)
        qtbot.waitUntil(
            lambda: any(Kind.PERSON in ch and not ch.of(Kind.PERSON) for ch in heard), timeout=5000
        )
        # and the same save works, with the same engine
        saved(qtbot, dlg)
        assert [p.name for p in services.residents.search(clerk, "欧阳")] == ["欧阳娜娜"]
        # When the server restarts (as after a crash) between two saves, the next save simply works
        server.pause("immediate")
        server.resume()
        state, visit = run(
            qtbot, tasks, lambda: services.reception.check_in(clerk, VisitInput(visitor_name="刘芳"))
        )
        assert state == "ok" and visit.visitor_name == "刘芳"
    finally:
        stop_timers(dlg)
        dlg.close()
        tasks.shutdown()
        services.engine.dispose()


def test_given_another_program_holding_the_database_file_then_saving_says_so_and_works_once_it_lets_go(
    qtbot, zh_app, sqlite_set_up_url
):
    services = Services.build(make_engine(sqlite_set_up_url))
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    tasks = TaskManager()
    dlg = person_form(qtbot, services, tasks, clerk, "司马光")
    # Given another program holding the file's write lock (a copy tool, a second copy of the program)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); sys.stdin.readline(); c.execute('ROLLBACK')",
            sqlite_set_up_url.split(":///", 1)[1],
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        # When the clerk saves: after the busy wait (5 s) she is told, the form keeps what she typed
        text = save_fails(qtbot, dlg)
        assert "另一个程序正占用数据库文件" in text, text
        assert dlg.isVisible() and dlg.name.text() == "司马光"
        # When the other program lets go, the same save works
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(30)
        saved(qtbot, dlg)
        assert services.residents.count_people(clerk) == 1
    finally:
        holder.kill()
        stop_timers(dlg)
        dlg.close()
        tasks.shutdown()
        services.engine.dispose()


@pytest.fixture
def small_disk(tmp_path):
    """A real 8 MB disk (tmpfs) to fill up; mounting needs root, as the test machines run."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here (needs root): {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk) -> None:
    with open(disk / "filler", "wb", buffering=0) as f:  # unbuffered: nothing left to flush at close
        try:
            while True:
                f.write(b"\0" * 65536)
        except OSError:
            pass


def test_given_the_disk_full_then_saving_says_so_the_input_stays_and_the_save_works_once_there_is_room(
    qtbot, zh_app, templates, small_disk, monkeypatch
):
    # Given the database and the data folder (drafts) on a disk that is about to fill up
    db_file = small_disk / "zongzhi.sqlite3"
    shutil.copyfile(templates.sqlite("set_up"), db_file)
    monkeypatch.setenv("ZONGZHI_DATA_DIR", str(small_disk / "data"))
    services = Services.build(make_engine(f"sqlite:///{db_file}"))
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    tasks = TaskManager()
    dlg = person_form(qtbot, services, tasks, clerk, "诸葛瑾")
    try:
        # When the disk fills up (another program's files) while the clerk types
        fill(small_disk)
        qtbot.keyClicks(dlg.phone, "13800002222")
        dlg.drafts.save_now()
        # Then her draft cannot be written (it will try again), and saving tells her the disk is full
        qtbot.waitUntil(lambda: dlg.drafts.last_error is not None, timeout=10000)
        assert dlg.drafts.last_error.errno == 28  # ENOSPC
        text = save_fails(qtbot, dlg)
        assert "磁盘已满" in text, text
        assert dlg.isVisible() and dlg.name.text() == "诸葛瑾" and dlg.phone.text() == "13800002222"
        # When IT frees space, the same save works and nothing half-written is in the database
        os.remove(small_disk / "filler")
        saved(qtbot, dlg)
        assert services.residents.count_people(clerk) == 1
        assert services.audit.verify(make_actor(services, "zhuren", "李红梅", "director")).ok
    finally:
        stop_timers(dlg)
        dlg.close()
        tasks.shutdown()
        services.engine.dispose()


def test_given_each_storage_failure_then_the_view_gets_it_by_name():
    import sqlite3

    import psycopg

    from desktop.services.core.errors import unavailable

    assert unavailable(sqlite3.OperationalError("database is locked")).code == "database_locked"
    assert unavailable(psycopg.OperationalError("connection refused")).code == "server_unreachable"
    assert unavailable(OSError(28, "No space left on device")).code == "disk_full"
    assert unavailable(ValueError("a bug")) is None
    assert isinstance(unavailable(OSError(28, "full")).__cause__, OSError)
