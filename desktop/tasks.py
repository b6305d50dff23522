"""The one threading helper: database, file and network work off the GUI thread.

``run_read(fn, on_done, on_error)`` runs ``fn`` on a reader pool (reads may run in parallel);
``run_write(...)`` on the single writer thread (writes stay in order); ``run_long(fn(progress, cancelled), ...)``
runs long work (imports, exports, reports) on a thread of its own with progress and a cancel handle (Orange's
TaskState), so an export never holds up a save. Callbacks run on the GUI thread.

Every write runs inside ``desktop.changes.collect()``: what it committed is announced on ``bus.changed`` (a
``Changes``) before ``on_done`` runs, so every open list refreshes itself — nobody names the change by hand.
On a shared PostgreSQL server ``listen(dsn)`` hears what the other PCs committed (``ChangeListener``, a thread of
its own) and announces it on the same bus. A failure that says the storage is away or full (disk full, file locked
by another program, server unreachable) reaches ``on_error`` as ``errors.Unavailable``, so every view says it the
same way. ``files`` writes small files (the drafts of open forms) on a thread of its own, newest content wins.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop import changes
from desktop.services.core.errors import unavailable

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


class FileWriter:
    """Small files written on a thread of its own: ``put(path, data)`` and ``remove(path)`` return at once (a
    dictionary entry under a lock); the thread writes the newest content of each path atomically (a temporary
    file in the same folder, fsync, ``os.replace``), so a crash leaves the old file or the new one, never half.
    A failure (a full disk) goes to ``on_error(path, exc)`` on the GUI thread; the next put tries again."""

    def __init__(self, dispatcher: _Dispatcher):
        self._dispatcher = dispatcher
        self._pending: dict[Path, tuple[bytes | None, Callable | None]] = {}
        self._lock = threading.Condition()
        self._busy = False
        self._closed = False
        self._thread: threading.Thread | None = None

    def put(self, path: Path, data: bytes, on_error: Callable[[Path, BaseException], None] | None = None):
        self._queue(Path(path), data, on_error)

    def remove(self, path: Path) -> None:
        self._queue(Path(path), None, None)

    def _queue(self, path: Path, data: bytes | None, on_error) -> None:
        with self._lock:
            if self._closed:  # the app is closing: a window closed after the shutdown has nothing to keep
                log.debug("file writer shut down: %s not written", path)
                return
            self._pending[path] = (data, on_error)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="files", daemon=True)
                self._thread.start()
            self._lock.notify()

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._pending and not self._closed:
                    self._lock.wait()
                if not self._pending:
                    return
                path, (data, on_error) = self._pending.popitem()
                self._busy = True
            try:
                self._write(path, data)
            except OSError as exc:
                log.warning("could not write %s: %s", path, exc)
                if on_error is not None:
                    self._dispatcher.finished.emit(None, None, lambda e, p=path, f=on_error: f(p, e), exc)
            finally:
                with self._lock:
                    self._busy = False
                    self._lock.notify_all()

    @staticmethod
    def _write(path: Path, data: bytes | None) -> None:
        if data is None:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # drafts hold personal data
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything put so far is on disk (shutdown, tests): True when it is."""
        end = time.monotonic() + timeout
        with self._lock:
            while self._pending or self._busy:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(left)
        return True

    def shutdown(self) -> None:
        self.flush()
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        if self._thread is not None:
            self._thread.join(10)


class ChangeListener:
    """What the other PCs committed on the shared PostgreSQL server, heard on a connection of its own (LISTEN,
    on a thread of its own) and announced on the bus like a local write. When the server goes away it tries
    again (0.5 s, doubling, at most every 5 s); once it is back every kind is announced as changed, since
    what was committed meanwhile was not heard."""

    RETRY_MAX_S = 5.0
    PING_EVERY_S = 10.0  # a connection that died silently (a cable pulled) is found within this time

    def __init__(self, dsn: str, announce: Callable[[changes.Changes], None]):
        self._dsn = dsn
        self._announce = announce
        self._stop = threading.Event()
        self.connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name="listen", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psycopg

        lost = False
        delay = 0.5
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._dsn, autocommit=True, connect_timeout=5, keepalives=1, keepalives_idle=10
                ) as conn:
                    conn.execute(f"LISTEN {changes.CHANNEL}")
                    self.connected.set()
                    if lost:
                        log.info("the database server is back: every open list reloads")
                        self._announce(changes.everything())
                    lost, delay = False, 0.5
                    pinged = time.monotonic()
                    while not self._stop.is_set():
                        for n in conn.notifies(timeout=0.5):
                            self._heard(n.payload)
                        if time.monotonic() - pinged > self.PING_EVERY_S:
                            conn.execute("SELECT 1")
                            pinged = time.monotonic()
            except psycopg.Error as exc:
                self.connected.clear()
                if not lost:
                    log.warning("lost the database server's change messages, reconnecting: %s", exc)
                lost = True
                self._stop.wait(delay)
                delay = min(delay * 2, self.RETRY_MAX_S)
        self.connected.clear()

    def _heard(self, payload: str) -> None:
        try:
            sender, ch = changes.from_payload(payload)
        except (ValueError, TypeError, AttributeError) as exc:
            log.warning("a change message that is not ours: %r (%s)", payload[:200], exc)
            return
        if sender != changes.INSTANCE and ch:
            self._announce(ch)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


class TaskManager:
    PROGRESS_EVERY_S = 0.1  # at most ten progress updates a second reach the GUI thread

    def __init__(self, readers: int = 2):
        self._reader = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="read")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="write")
        self._long = ThreadPoolExecutor(max_workers=1, thread_name_prefix="long")
        self._dispatcher = _Dispatcher()
        self.bus = ChangeBus()
        self._pending: set[Future] = set()
        self.files = FileWriter(self._dispatcher)
        self.listener: ChangeListener | None = None

    def listen(self, dsn: str) -> ChangeListener:
        """Hear what other PCs commit on the shared server (``db.libpq_url(engine)``); on the bus."""
        bus = self.bus

        def announce(ch: changes.Changes) -> None:  # on the listener's thread: to the GUI thread
            self._dispatcher.finished.emit(bus.changed.emit, ch, None, None)

        self.listener = ChangeListener(dsn, announce)
        return self.listener

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
                    told = unavailable(exc)
                    if told is not None:
                        log.warning("the database is unavailable (%s): %s", told.code, told)
                    self._dispatcher.finished.emit(None, None, on_error, told or exc)
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
        if self.listener is not None:
            self.listener.stop()
        self.files.shutdown()
        self._reader.shutdown(wait=True, cancel_futures=True)
        self._long.shutdown(wait=True, cancel_futures=True)
        self._writer.shutdown(wait=True)
