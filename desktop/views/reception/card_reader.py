"""ID card readers on the Qt side: the keyboard-wedge burst caught in the fields it lands in, and the serial reader's
thread handed to the GUI thread. The rules (what a burst is, what a line holds) are in services/id_reader.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop.devices.id_reader import (
    CardData,
    IdReaderConfig,
    SerialCardReader,
    WedgeDetector,
    card_from_number,
)
from desktop.devices.id_reader import monotonic as _monotonic


class WedgeFilter(QObject):
    """Watches the keys typed into a form's text fields. When the last 18 came as a reader's burst, the field they
    landed in gets back what it held before, the Enter the reader sends after the number is swallowed, and
    ``card_read`` carries the card. ``submit`` (Ctrl+Enter in any field) is emitted too: the form's save key works
    wherever the focus is, without a window-wide shortcut."""

    card_read = Signal(object)  # CardData
    submit = Signal()

    def __init__(
        self, parent: QObject | None = None, *, max_gap_ms: int = 35, clock: Callable[[], float] = _monotonic
    ):
        super().__init__(parent)
        self.detector = WedgeDetector(max_gap=max_gap_ms / 1000)
        self.enabled = True
        self._clock = clock
        self._before: tuple[QWidget, str] | None = None

    def watch(self, root: QWidget) -> None:
        for w in [root, *root.findChildren(QWidget)]:
            if isinstance(w, QLineEdit | QPlainTextEdit) or w is root:
                w.installEventFilter(self)

    @staticmethod
    def _text(w) -> str | None:
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit.emit()
                return True
            if self.enabled and self.detector.is_trailing_key(self._clock()):
                self.detector.finished_at = None
                return True  # the reader's Enter after the number
            return False
        if not self.enabled:
            return False
        text = event.text()
        if len(text) != 1 or not text.isprintable():
            return False
        now = self._clock()
        if self.detector.starts_new_run(now) or self.detector.run_length == 0:
            before = self._text(obj)
            self._before = (obj, before) if before is not None else None
        number = self.detector.feed(text, now)
        if number is None:
            return False
        # the burst's first 17 characters are in the field already, the 18th is this key: undo them, drop it
        if self._before is not None:
            field, old = self._before
            if isinstance(field, QLineEdit):
                field.setText(old)
            elif isinstance(field, QPlainTextEdit):
                field.setPlainText(old)
        self._before = None
        card = card_from_number(number)
        if card is not None:
            self.card_read.emit(card)
        return True


class SerialReaderBridge(QObject):
    """A serial reader whose cards and errors arrive on the GUI thread as signals."""

    card_read = Signal(object)  # CardData
    failed = Signal(str)
    _card = Signal(object)
    _error = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.reader: SerialCardReader | None = None
        # queued: emitted on the reader's thread, delivered on this object's (the GUI) thread
        self._card.connect(self.card_read, Qt.ConnectionType.QueuedConnection)
        self._error.connect(self.failed, Qt.ConnectionType.QueuedConnection)

    def start(self, cfg: IdReaderConfig) -> bool:
        self.stop()
        if not cfg.serial.enabled:
            return False
        self.reader = SerialCardReader(
            cfg.serial, self._card.emit, lambda exc: self._error.emit(str(exc))
        ).start()
        return True

    def stop(self) -> None:
        if self.reader is not None:
            self.reader.stop()
            self.reader = None

    @property
    def running(self) -> bool:
        return self.reader is not None and self.reader.running


__all__ = ["CardData", "SerialReaderBridge", "WedgeFilter"]
