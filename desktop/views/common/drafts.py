"""Drafts: what the user was typing in a form, offered back after a crash (or a power cut).

Every few seconds a form that differs from how it opened is saved as a draft, one small JSON file per open form in
the data folder (``data_dir()/drafts/``, never the database: a draft is no record). The GUI thread only reads the
widgets and hands the bytes to ``ctx.tasks.files`` (a thread of its own writes them atomically: a temporary file,
fsync, ``os.replace``). The draft is removed when the form is saved or cancelled; when the same form opens again
and a draft of it is there, a bar at the top of the form offers it back (Restore / Discard).

A draft is keyed by the database, the user and the form (``key``): another user of the PC is never offered
someone else's typing. Password fields are never kept. Drafts older than ``MAX_AGE_DAYS`` are removed unread:
they hold personal data, kept no longer than needed (PIPL art. 19).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from desktop.paths import data_dir
from desktop.views.context import ViewContext

SAVE_EVERY_MS = 3000
MAX_AGE_DAYS = 7
FORMAT = 1
_SKIP = object()


def drafts_folder() -> Path:
    return data_dir() / "drafts"


def draft_path(key: str) -> Path:
    """One file per form: a readable part of the key and a hash of all of it."""
    readable = re.sub(r"[^A-Za-z0-9_]+", "_", key.rsplit("|", 1)[-1])[:40]
    return drafts_folder() / f"{readable}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.json"


def value_of(w: QWidget) -> Any:
    """What a field holds, as JSON; ``_SKIP`` for what is no field (or must not be kept: a password)."""
    if isinstance(w, QLineEdit):
        return w.text() if w.echoMode() == QLineEdit.EchoMode.Normal else _SKIP
    if isinstance(w, QPlainTextEdit | QTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        data = w.currentData()
        return {"data": data if isinstance(data, str | int | float | bool) else None, "text": w.currentText()}
    if isinstance(w, QAbstractButton) and w.isCheckable():
        return w.isChecked()
    if isinstance(w, QSpinBox | QDoubleSpinBox):
        return w.value()
    return _SKIP


def set_value_of(w: QWidget, value: Any) -> None:
    if isinstance(w, QLineEdit) and isinstance(value, str):
        w.setText(value)
        w.editingFinished.emit()  # a date field reads its text as it does when the user leaves it
    elif isinstance(w, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        w.setPlainText(value)
    elif isinstance(w, QComboBox) and isinstance(value, dict):
        i = (
            w.findData(value.get("data"))
            if value.get("data") is not None
            else w.findText(value.get("text", ""))
        )
        if i >= 0:
            w.setCurrentIndex(i)
        elif w.isEditable():
            w.setEditText(value.get("text", ""))
    elif isinstance(w, QAbstractButton) and isinstance(value, bool):
        w.setChecked(value)
    elif isinstance(w, QAbstractSpinBox) and isinstance(value, int | float):
        w.setValue(value)


def read_draft(path: Path) -> dict | None:
    """The draft stored there (on a reader thread): None when there is none, it is too old or unreadable."""
    try:
        if time.time() - path.stat().st_mtime > MAX_AGE_DAYS * 86400:
            path.unlink(missing_ok=True)
            return None
        draft = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return draft if isinstance(draft, dict) and draft.get("format") == FORMAT else None


class DraftKeeper(QObject):
    """The drafts of one open form. ``fields()`` returns its fields by name; ``extra_get``/``extra_set`` carry
    what the form knows beyond its fields (the returning visitor the desk picked). ``start()`` once the form is
    filled as it opens: it reads a stored draft (``offered`` when there is one) and begins saving. ``restore()``
    or ``discard()`` answer the offer; ``finish()`` when the form is saved or cancelled."""

    offered = Signal(object)  # the stored draft (a dict): the form shows its bar
    saved_to_disk = Signal()  # a draft was handed to the writer (tests wait on it)

    def __init__(
        self,
        owner: QWidget,
        ctx: ViewContext,
        form: str,
        fields: Callable[[], dict[str, QWidget]],
        *,
        extra_get: Callable[[], dict] | None = None,
        extra_set: Callable[[dict], None] | None = None,
    ):
        super().__init__(owner)
        self.ctx = ctx
        self.form = form
        self._fields = fields
        self._extra_get = extra_get or dict
        self._extra_set = extra_set or (lambda _extra: None)
        self._baseline: dict | None = None
        self._written: dict | None = None
        self.pending: dict | None = None  # a draft offered, not answered yet: it is not overwritten meanwhile
        self.path: Path | None = None
        self.last_error: BaseException | None = None
        self.gui_ms: list[float] = []  # the GUI thread's time per save (bench/bench_drafts.py reads it)
        self._timer = QTimer(self)
        self._timer.setInterval(SAVE_EVERY_MS)
        self._timer.timeout.connect(self.save_now)

    # -- the form's state ---------------------------------------------------------------------------------
    def state(self) -> dict:
        values = {}
        for name, w in self._fields().items():
            if isValid(w):
                v = value_of(w)
                if v is not _SKIP:
                    values[name] = v
        return {"fields": values, "extra": self._extra_get()}

    def key(self, record: str | None = None) -> str:
        """Database | user | form and record: ``record`` None keys it by how the form opened (an edit form
        of another record, or of the same record changed meanwhile, is another form)."""
        if record is None:
            # a combo by its value, not its text: the form is the same one in either language
            fields = (self._baseline or {}).get("fields", {})
            plain = {
                k: (v.get("data", v.get("text")) if isinstance(v, dict) else v) for k, v in fields.items()
            }
            base = json.dumps(plain, sort_keys=True, ensure_ascii=False)
            record = hashlib.sha256(base.encode()).hexdigest()[:12]
        return f"{self.ctx.services.database_label}|{self.ctx.actor.username}|{self.form}:{record}"

    # -- the life of a draft ------------------------------------------------------------------------------
    def start(self, record: str | None = None) -> None:
        """The form is as it opened: look for a draft of it, and save one every few seconds from now on."""
        self._baseline = self.state()
        self._written = None
        self.path = draft_path(self.key(record))
        path = self.path
        self.ctx.tasks.run_read(lambda: read_draft(path), lambda d: self._found(path, d))
        self._timer.start()

    def _found(self, path: Path, draft: dict | None) -> None:
        if draft is None or not isValid(self) or path != self.path:
            return
        self.pending = draft
        self.offered.emit(draft)

    def save_now(self) -> None:
        if self.path is None or self.pending is not None:
            return
        started = time.perf_counter()
        st = self.state()
        if st == self._written:
            return
        if st == self._baseline:
            if self._written is not None:  # typed, then undone: nothing left to keep
                self.ctx.tasks.files.remove(self.path)
            self._written = st
            return
        draft = {
            "format": FORMAT,
            "form": self.form,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
        }
        data = json.dumps(draft | st, ensure_ascii=False).encode("utf-8")
        self.ctx.tasks.files.put(self.path, data, self._failed)
        self._written = st
        self.gui_ms.append((time.perf_counter() - started) * 1000)
        self.saved_to_disk.emit()

    def _failed(self, _path: Path, exc: BaseException) -> None:
        self.last_error = exc
        self._written = None  # try again at the next tick

    def restore(self) -> None:
        draft, self.pending = self.pending, None
        if draft is None:
            return
        fields = self._fields()
        for name, value in draft.get("fields", {}).items():
            if name in fields and isValid(fields[name]):
                set_value_of(fields[name], value)
        self._extra_set(draft.get("extra", {}))
        self._written = None
        self.save_now()  # what is on screen now is the draft

    def discard(self) -> None:
        self.pending = None
        if self.path is not None:
            self.ctx.tasks.files.remove(self.path)
        self._written = self.state()

    def keep(self) -> None:
        """The form closes without saving, its draft kept for when it opens again (a conflict's reload)."""
        self.pending = None
        self.save_now()
        self._timer.stop()
        self.path = None

    def finish(self) -> None:
        """Saved or cancelled: the draft goes."""
        self._timer.stop()
        self.pending = None
        if self.path is not None:
            self.ctx.tasks.files.remove(self.path)
        self.path = None

    def restart(self, record: str | None = None) -> None:
        """The form starts over (the desk's next visitor): no draft for what was there, a new baseline. A
        draft offered and not answered yet stays offered."""
        if self.pending is None:
            self.finish()
        self._baseline = self.state()
        self._written = None
        self.path = draft_path(self.key(record))
        self._timer.start()


class DraftBar(QFrame):
    """The offer at the top of a form: "unsaved input from 14:32 — Restore / Discard"."""

    def __init__(self, keeper: DraftKeeper, parent=None):
        super().__init__(parent)
        self.setObjectName("draft_bar")
        self.keeper = keeper
        self.setStyleSheet("#draft_bar { background: #fff4ce; border: 1px solid #c8a400; }")
        self.text = QLabel("")
        self.text.setObjectName("draft_text")
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restore_draft_button")
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discard_draft_button")
        lay = QHBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.restore_button)
        lay.addWidget(self.discard_button)
        self.hide()
        keeper.offered.connect(self.offer)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)

    def offer(self, draft: dict) -> None:
        try:
            when = datetime.fromisoformat(draft.get("saved_at", "")).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = "?"
        self.text.setText(
            self.tr(
                "This form has unsaved input from %1: the program closed before it was saved. Restore it?"
            ).replace("%1", when)
        )
        self.show()

    def _restore(self) -> None:
        self.keeper.restore()
        self.hide()

    def _discard(self) -> None:
        self.keeper.discard()
        self.hide()
