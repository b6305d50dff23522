"""Guard against the PySide6 6.12.0 crash (TRAPS.md): void Qt methods must not drop references to None."""

import sys

from PySide6.QtCore import QObject


def test_given_20000_calls_of_a_void_qt_method_then_none_keeps_its_references():
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(20_000):
        obj.setObjectName("x" if i % 2 else "y")
    # 6.12.0 loses one reference per call and aborts with "none_dealloc" after about 5,000
    assert sys.getrefcount(None) >= before - 100


def test_given_a_page_closed_before_its_data_arrives_then_the_answer_is_dropped_quietly(qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop.tasks import TaskManager

    tasks = TaskManager()
    label = QLabel()
    gate = __import__("threading").Event()
    tasks.run_read(lambda: gate.wait(5) and "行", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    gate.set()
    qtbot.waitUntil(tasks.idle)
    qtbot.wait(50)  # the queued answer is delivered (and dropped) by the event loop
    tasks.shutdown()
