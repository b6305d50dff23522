"""What every page of a room does the same way: its first read started before its widgets are built, a
search box that waits for the typing to pause, filters that load again when changed, the changes of the
kinds it shows heard on the bus, one error banner (``error``), and answers for a closed page or an older
filter dropped.

A page says what it shows with three methods: ``filter()`` (what the widgets ask for, read on the GUI thread;
it may raise a ServiceError, e.g. a date typed wrong, shown in the banner), ``query(filt)`` (the read for
it: a callable run on a reader thread) and ``show_result(filt, result)``. ``first`` is the filter of the
first read (the widgets' defaults). ``loads`` counts the results shown; tests and benchmarks wait on it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QTabBar, QWidget
from shiboken6 import isValid

from desktop.changes import Changes, Kind
from desktop.services.core.errors import ServiceError
from desktop.views.common.date_field import DateField
from desktop.views.common.form_helpers import debounced, show_error
from desktop.views.common.messages import error_text
from desktop.views.context import ViewContext

_NO_FIRST_READ = object()  # a page that reads nothing until it is asked (a case page, the settings)


class RoomPage(QWidget):
    loaded = Signal()  # a result is on screen
    kinds: frozenset[Kind] = frozenset()  # changes of these kinds reload the page
    error_message = staticmethod(error_text)  # the room's error codes as sentences
    SEARCH_DELAY_MS = 200

    def __init__(self, ctx: ViewContext, name: str, parent=None, *, first: Any = _NO_FIRST_READ):
        super().__init__(parent)
        self.setObjectName(name)
        self.ctx = ctx
        self.dialog = None  # the open dialog: tests reach it, and it stays alive while open
        self.loads = 0
        self.first_paint_ms: float | None = None
        self._seq = 0
        self._started = time.perf_counter()
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        if self.kinds:
            ctx.tasks.bus.changed.connect(self._heard)
        if first is not _NO_FIRST_READ:
            self._load(first)  # the database works while the widgets are built; the answer comes after

    # -- what a page says ---------------------------------------------------------------------------------
    def filter(self) -> Any:
        return None

    def query(self, filt: Any) -> Callable[[], Any]:
        raise NotImplementedError

    def show_result(self, filt: Any, result: Any) -> None:
        raise NotImplementedError

    def changed(self, ch: Changes) -> None:
        """Something this page shows changed (its ``kinds``): by default, read again."""
        self.reload()

    # -- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            filt = self.filter()
        except ServiceError as exc:  # a filter typed wrong: outlined by itself, said in the banner
            self.error.setText(self.error_message(exc))
            return
        self._load(filt)

    def _load(self, filt: Any) -> None:
        self._seq += 1
        seq = self._seq

        def done(result) -> None:
            if not isValid(self) or seq != self._seq:
                return  # closed meanwhile, or the filter changed and an older answer came late
            self.error.setText("")
            self.show_result(filt, result)
            self.loads += 1
            if self.first_paint_ms is None:
                self.first_paint_ms = (time.perf_counter() - self._started) * 1000
            self.loaded.emit()

        self.ctx.tasks.run_read(self.query(filt), done, self.failed)

    def drop_pending(self) -> None:
        """A newer state is on screen (a step's dialog returned it): answers of reads under way are dropped."""
        self._seq += 1

    def failed(self, exc: BaseException) -> None:
        """An error of this page's work, in the banner (the field at fault outlined)."""
        if isValid(self):
            show_error(self, self.error, exc, self.error_message)

    def _heard(self, ch: Changes) -> None:
        if isValid(self) and ch.touches(*self.kinds):
            self.changed(ch)

    def open_dialog(self, dlg, on_saved: Callable[[Any], None] | None = None):
        """Open a dialog of this page (kept as ``self.dialog``: alive while open, and tests reach it)."""
        self.dialog = dlg
        if on_saved is not None:
            dlg.saved.connect(on_saved)
        dlg.open()
        return dlg

    # -- widgets ------------------------------------------------------------------------------------------
    def search_box(self, hint: str, name: str = "search") -> QLineEdit:
        """The search box: the list loads again once the typing pauses."""
        box = QLineEdit()
        box.setObjectName(name)
        box.setClearButtonEnabled(True)
        box.setPlaceholderText(hint)
        setattr(self, name, box)
        self._timer = debounced(self, self.SEARCH_DELAY_MS, self.reload)
        box.textChanged.connect(lambda _t: self._timer.start())
        return box

    def reload_on(self, *widgets: QWidget) -> None:
        """Filters: a change of any of them loads the page again."""
        for w in widgets:
            if isinstance(w, DateField):
                w.changed.connect(lambda _v: self.reload())
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(lambda _i: self.reload())
            elif isinstance(w, QCheckBox):
                w.toggled.connect(lambda _b: self.reload())
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(lambda _v: self.reload())
            elif isinstance(w, QTabBar):
                w.currentChanged.connect(lambda _i: self.reload())
            else:
                raise TypeError(f"no change signal known for {type(w).__name__}")
