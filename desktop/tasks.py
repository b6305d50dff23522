"""The one threading helper: database, file and network work off the GUI thread.

``run_read(fn, on_done, on_error)`` runs ``fn`` on a reader pool (reads may run in parallel);
``run_write(...)`` on the single writer thread (writes stay in order); ``run_long(fn(progress, cancelled), ...)``
runs long work (imports, exports, reports) on a thread of its own with progress and a cancel handle (Orange's
TaskState), so an export never holds up a save. Callbacks run on the GUI thread.

Every write runs inside ``desktop.changes.collect()``: what it committed is announced on ``bus.changed`` (a
``Changes``) before ``on_done`` runs, so every open list refreshes itself — nobody names the change by hand.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop import changes

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]  # percent 0-100, what is being done
Cancelled = Callable[[], bool]


class ChangeBus(QObject):
    """App-wide: ``changed(Changes)`` after a write committed; lists listening reload what they show."""

    changed = Signal(object)


class _Dispatcher(QObject):
    """Lives on the GUI thread; a queued signal carries results back to it."""

    finished = Signal(object, object, object, object)
    progressed = Signal(object, int, str)

    def __init__(self):
        super().__init__()
        self.finished.connect(self._deliver)
        self.progressed.connect(self._progress)

    @staticmethod
    def _guard(call, *args) -> None:
        try:
            call(*args)
        except RuntimeError as exc:
            # the page that asked was closed meanwhile: its answer has nowhere to go
            if "already deleted" not in str(exc):
                raise
            log.debug("result for a closed window dropped: %s", exc)

    @Slot(object, object, object, object)
    def _deliver(self, callback, result, on_error, error) -> None:
        if error is not None:
            if on_error is None:
                raise error  # nobody handles it: let the app-wide excepthook show the dialog
            self._guard(on_error, error)
        elif callback is not None:
            self._guard(callback, result)

    @Slot(object, int, str)
    def _progress(self, on_progress, pct: int, text: str) -> None:
        self._guard(on_progress, pct, text)


class LongTask:
    """A long task under way: ``cancel()`` asks it to stop; the work sees it through ``cancelled()``."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.future: Future | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def done(self) -> bool:
        return self.future is not None and self.future.done()


class TaskManager:
    PROGRESS_EVERY_S = 0.1  # at most ten progress updates a second reach the GUI thread

    def __init__(self, readers: int = 2):
        self._reader = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="read")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="write")
        self._long = ThreadPoolExecutor(max_workers=1, thread_name_prefix="long")
        self._dispatcher = _Dispatcher()
        self.bus = ChangeBus()
        self._pending: set[Future] = set()

    def run_read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future:
        return self._submit(self._reader, fn, on_done, on_error)

    def run_write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future:
        """On the writer thread; what ``fn`` committed is announced on the bus before ``on_done``."""
        return self._submit(self._writer, fn, on_done, on_error)

    def run_long(
        self,
        fn: Callable[[Progress, Cancelled], Any],
        on_progress: Progress | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        write: bool = False,
    ) -> LongTask:
        """Long work ``fn(progress, cancelled)``: on its own thread, or on the writer thread when it is one
        transaction of writes (an import: saves queue behind it instead of failing on a locked database)."""
        task = LongTask()
        last_sent = [0.0]

        def progress(pct: int, text: str = "") -> None:
            now = time.monotonic()
            if on_progress is not None and (pct >= 100 or now - last_sent[0] >= self.PROGRESS_EVERY_S):
                last_sent[0] = now
                self._dispatcher.progressed.emit(on_progress, int(pct), text)

        task.future = self._submit(
            self._writer if write else self._long, lambda: fn(progress, task.cancelled), on_done, on_error
        )
        return task

    def _submit(self, pool, fn, on_done, on_error) -> Future:
        bus = self.bus

        def announce(committed: changes.Changes) -> None:
            if committed:
                bus.changed.emit(committed)

        def done(result, committed: changes.Changes) -> None:
            announce(committed)
            if on_done is not None:
                on_done(result)

        def work():
            with changes.collect() as rec:
                try:
                    result = fn()
                except BaseException as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
                    log.debug("task failed:\n%s", traceback.format_exc())
                    # a write that failed after an earlier transaction of it committed: say what did commit
                    if rec.changes:
                        self._dispatcher.finished.emit(announce, rec.changes, None, None)
                    self._dispatcher.finished.emit(None, None, on_error, exc)
                    raise
            self._dispatcher.finished.emit(lambda r: done(r, rec.changes), result, None, None)
            return result

        future = pool.submit(work)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        return future

    def idle(self) -> bool:
        return not self._pending

    def shutdown(self) -> None:
        self._reader.shutdown(wait=True, cancel_futures=True)
        self._long.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)
