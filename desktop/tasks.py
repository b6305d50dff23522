"""The one threading helper: database, file and network work off the GUI thread.

``run_read(fn, on_done, on_error)`` runs ``fn`` on a reader pool (reads may run in parallel);
``run_write(...)`` on the single writer thread (writes stay in order). Callbacks run on the GUI thread.
A write that changed data announces it on ``bus.changed(kind, ids)`` so every open list refreshes.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """App-wide: ``changed("visit", [12])`` after a write; lists listening reload what they show."""

    changed = Signal(str, list)


class _Dispatcher(QObject):
    """Lives on the GUI thread; a queued signal carries results back to it."""

    finished = Signal(object, object, object, object)

    def __init__(self):
        super().__init__()
        self.finished.connect(self._deliver)

    @Slot(object, object, object, object)
    def _deliver(self, callback, result, on_error, error) -> None:
        try:
            if error is not None:
                if on_error is None:
                    # nobody handles it: let the app-wide excepthook show the dialog
                    raise error
                on_error(error)
            elif callback is not None:
                callback(result)
        except RuntimeError as exc:
            # the page that asked was closed meanwhile: its answer has nowhere to go
            if "already deleted" not in str(exc):
                raise
            log.debug("result for a closed window dropped: %s", exc)


class TaskManager:
    def __init__(self, readers: int = 2):
        self._reader = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="read")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="write")
        self._dispatcher = _Dispatcher()
        self.bus = ChangeBus()
        self._pending: set[Future] = set()

    def run_read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future:
        return self._submit(self._reader, fn, on_done, on_error, None)

    def run_write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        changed: tuple[str, Callable[[Any], list]] | None = None,
    ) -> Future:
        """``changed=(kind, ids_of_result)`` announces the write on the bus after it succeeded."""
        return self._submit(self._writer, fn, on_done, on_error, changed)

    def _submit(self, pool, fn, on_done, on_error, changed) -> Future:
        def done(result):
            if changed is not None:
                kind, ids_of = changed
                self.bus.changed.emit(kind, list(ids_of(result)))
            if on_done is not None:
                on_done(result)

        def work():
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
                log.debug("task failed:\n%s", traceback.format_exc())
                self._dispatcher.finished.emit(None, None, on_error, exc)
                raise
            self._dispatcher.finished.emit(done, result, None, None)
            return result

        future = pool.submit(work)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        return future

    def idle(self) -> bool:
        return not self._pending

    def shutdown(self) -> None:
        self._reader.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)
