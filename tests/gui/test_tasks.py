"""The task helper: long work with progress and a cancel handle, on a thread of its own."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from desktop.changes import Kind
from desktop.services.core.errors import Cancelled
from desktop.tasks import TaskManager


def test_given_long_work_then_progress_reaches_the_gui_thread_and_the_result_arrives(qtbot, qapp):
    tasks = TaskManager()
    seen: list[tuple[int, str, bool]] = []
    result = []

    def work(progress, cancelled):
        for i in range(0, 101, 10):
            progress(i, f"第{i}步")
            time.sleep(0.02)
        return threading.current_thread().name

    tasks.run_long(
        work,
        lambda pct, text: seen.append((pct, text, QThread.currentThread() is qapp.thread())),
        result.append,
    )
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    tasks.shutdown()
    assert result[0].startswith("long")  # neither the writer nor a reader thread
    assert seen[-1][:2] == (100, "第100步") and all(on_gui for *_, on_gui in seen)
    assert [p for p, *_ in seen] == sorted(p for p, *_ in seen)


def test_given_long_work_when_cancelled_then_it_stops_and_says_so(qtbot):
    tasks = TaskManager()
    started, errors = threading.Event(), []

    def work(progress, cancelled):
        started.set()
        for _ in range(500):
            if cancelled():
                raise Cancelled()
            time.sleep(0.01)
        return "finished"

    task = tasks.run_long(work, None, lambda r: errors.append(r), errors.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    tasks.shutdown()
    assert isinstance(errors[0], Cancelled) and task.done()


def test_given_a_long_write_then_what_it_committed_is_announced(qtbot, services, admin):
    from desktop.services.core.id_numbers import check_digit
    from desktop.services.residents.resident_service import validate_person
    from tests.conftest import make_actor

    police = make_actor(services, "minjing", "张警官", "police")
    number = "32010219800307123" + check_digit("32010219800307123")
    tasks = TaskManager()
    heard = []
    tasks.bus.changed.connect(heard.append)

    def work(progress, cancelled):
        return services.residents.create_person(
            police, validate_person({"name": "张伟", "id_number": number})
        )

    done = []
    tasks.run_long(work, None, done.append, write=True)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    tasks.shutdown()
    assert heard and heard[0].of(Kind.PERSON) == {done[0].id}
