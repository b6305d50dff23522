"""Drafts of open forms: what the desk was typing, offered back after the program was killed; gone once the form
is saved or cancelled; never another user's; never a password; written off the GUI thread."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from desktop.tasks import TaskManager
from desktop.views.common import drafts
from desktop.views.context import ViewContext
from desktop.views.reception.check_in_form import CheckInForm
from desktop.views.residents.person_dialog import PersonDialog
from tests.conftest import make_actor
from tests.gui.conftest import ime_type
from tests.reliability.typist import TYPED

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clerk(services):
    return make_actor(services, "qiantai", "王丽", "reception")


@pytest.fixture
def open_form(services, qtbot, zh_app):
    """A form as the app opens it, with a task manager of its own; torn down at the end."""
    made = []

    def make(cls, actor):
        tasks = TaskManager()
        widget = cls(ViewContext(services, tasks, actor, services.auth.community()))
        qtbot.addWidget(widget)
        widget.show()
        made.append((widget, tasks))
        qtbot.waitUntil(lambda: widget.drafts.path is not None, timeout=10000)
        return widget

    yield make
    for widget, tasks in made:
        for timer in widget.findChildren(QTimer):
            timer.stop()
        widget.close()
        tasks.shutdown()


def killed_while_typing(set_up_url: str, username: str, form: str) -> Path:
    """The form typed into in a process of its own, killed (SIGKILL) once its draft is on disk."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.typist", set_up_url, username, form],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert line.startswith("drafted "), proc.stderr.read() if proc.poll() is not None else line
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    return Path(line.split(" ", 1)[1].strip())


def test_given_the_desk_typing_a_check_in_when_the_program_is_killed_then_the_form_offers_it_back(
    qtbot, services, clerk, set_up_url, open_form
):
    # Given the desk typing a new visitor's check-in, when the program is killed (SIGKILL) mid-way
    path = killed_while_typing(set_up_url, clerk.username, "check_in")
    assert path.parent == drafts.drafts_folder() and oct(path.stat().st_mode & 0o777) == "0o600"
    # When the program starts again and the check-in form opens
    form = open_form(CheckInForm, clerk)
    # Then a bar offers the unsaved input back, and Restore puts every field back as it was typed
    qtbot.waitUntil(form.draft_bar.isVisible, timeout=10000)
    assert "未保存" in form.draft_bar.text.text()
    assert form.visitor_name.text() == ""
    form.draft_bar.restore_button.click()
    for name, text in TYPED["check_in"].items():
        w = getattr(form, name)
        assert (w.toPlainText() if name == "content" else w.text()) == text, name
    assert not form.draft_bar.isVisible()
    # and the visitor checks in with it: the draft is gone
    form.save_button.click()
    qtbot.waitUntil(lambda: "欧阳𠮷祥" in form.status.text(), timeout=10000)
    form.ctx.tasks.files.flush()
    assert not path.exists()
    [visit] = services.reception.on_site(clerk)
    assert (visit.visitor_name, visit.whom) == ("欧阳𠮷祥", "刘主任")


def test_given_a_person_form_typed_when_the_program_is_killed_then_registering_a_person_offers_it_back(
    qtbot, services, clerk, set_up_url, open_form
):
    path = killed_while_typing(set_up_url, clerk.username, "person")
    dlg = open_form(PersonDialog, clerk)
    qtbot.waitUntil(dlg.draft_bar.isVisible, timeout=10000)
    dlg.draft_bar.restore_button.click()
    assert {
        n: (getattr(dlg, n).toPlainText() if n == "notes" else getattr(dlg, n).text())
        for n in TYPED["person"]
    } == TYPED["person"]
    # cancelled: the draft goes, and the next "register a person" starts empty
    dlg.cancel_button.click()
    dlg.ctx.tasks.files.flush()
    assert not path.exists()
    again = open_form(PersonDialog, clerk)
    qtbot.wait(300)
    assert not again.draft_bar.isVisible() and again.name.text() == ""


def test_given_a_draft_of_one_user_then_another_user_of_the_pc_is_not_offered_it(
    qtbot, services, clerk, set_up_url, open_form
):
    killed_while_typing(set_up_url, clerk.username, "person")
    other = make_actor(services, "qiantai2", "赵敏", "reception")
    dlg = open_form(PersonDialog, other)
    qtbot.wait(500)  # the draft is looked for on a reader thread: give it time to (not) arrive
    assert dlg.drafts.pending is None and not dlg.draft_bar.isVisible()


def test_given_a_form_typed_into_then_its_draft_is_written_every_few_seconds_without_holding_the_gui(
    qtbot, services, clerk, open_form
):
    # Given a person form being typed
    dlg = open_form(PersonDialog, clerk)
    ime_type(dlg.name, "诸葛亮")
    # Then within a few seconds the draft is on disk, written atomically (no temporary file left)
    with qtbot.waitSignal(dlg.drafts.saved_to_disk, timeout=drafts.SAVE_EVERY_MS + 2000):
        pass
    assert dlg.ctx.tasks.files.flush()
    stored = json.loads(dlg.drafts.path.read_text(encoding="utf-8"))
    assert stored["fields"]["name"] == "诸葛亮" and stored["form"] == "person_dialog"
    assert not list(drafts.drafts_folder().glob(".*.tmp"))
    # and the GUI thread spent only the time to read the fields (the file is written on the writer's thread)
    assert max(dlg.drafts.gui_ms) < 50, dlg.drafts.gui_ms
    # Saved: the draft goes
    qtbot.keyClicks(dlg.id_number, "E7654321")
    dlg.id_type.setCurrentIndex(dlg.id_type.findData("passport"))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    dlg.ctx.tasks.files.flush()
    assert list(drafts.drafts_folder().glob("*.json")) == []


def test_given_a_password_field_then_it_is_never_kept_in_a_draft(qapp):
    secret = QLineEdit("Mima#2026")
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    assert drafts.value_of(secret) is drafts._SKIP
    assert drafts.value_of(QLineEdit("张伟")) == "张伟"


def test_given_the_disk_stuck_then_handing_drafts_to_the_writer_does_not_wait(qapp, tmp_path):
    # Given the writer's thread stuck in the disk: its temporary file is a pipe nobody reads yet, so opening
    # it blocks, as a network folder that stopped answering does
    tasks = TaskManager()
    target = tmp_path / "d.json"
    stuck = tmp_path / ".d.json.tmp"
    os.mkfifo(stuck)
    try:
        tasks.files.put(target, b"first")
        time.sleep(0.2)  # the writer is now inside open()
        # When the GUI thread hands it a hundred newer drafts meanwhile
        started = time.perf_counter()
        for i in range(100):
            tasks.files.put(target, f"draft {i}".encode())
        took = time.perf_counter() - started
        # Then none of them waited for the disk
        assert took < 0.05, took
        assert not tasks.files.flush(timeout=0.2)  # still stuck
        # and once the disk answers, the newest content is what ends on disk
        with open(stuck, "rb") as pipe:
            assert pipe.read() == b"first"
        assert tasks.files.flush()
        assert target.read_bytes() == b"draft 99"
    finally:
        tasks.shutdown()
