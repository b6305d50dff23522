"""Small helpers every room's forms share: named buttons, combo boxes filled from (value, text) pairs, and
errors shown under a form with the field at fault outlined and focused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.core.errors import ServiceError, ValidationError
from desktop.views.common.messages import error_text


def named(owner: QWidget, name: str, widget):
    """``widget`` named ``name``: its objectName (tests find it by it) and ``owner``'s attribute."""
    widget.setObjectName(name)
    setattr(owner, name, widget)
    return widget


def button(owner: QWidget, name: str, text: str, slot=None, *, visible: bool = True) -> QPushButton:
    """A push button named ``name`` (as ``named``), clicked -> ``slot``."""
    b = named(owner, name, QPushButton(text))
    if slot is not None:
        b.clicked.connect(slot)
    if not visible:
        b.hide()
    return b


def debounced(parent: QWidget, ms: int, slot) -> QTimer:
    """A timer to start on every keystroke: ``slot`` runs once, when the typing has paused for ``ms``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def _box(lay: QBoxLayout, items, margins: int | None) -> QBoxLayout:
    for item in items:
        if isinstance(item, int):
            lay.addStretch(item)
        elif isinstance(item, tuple):  # (widget or layout, stretch)
            (lay.addLayout if isinstance(item[0], QLayout) else lay.addWidget)(*item)
        elif isinstance(item, QLayout):
            lay.addLayout(item)
        else:
            lay.addWidget(item)
    if margins is not None:
        lay.setContentsMargins(margins, margins, margins, margins)
    return lay


def hbox(*items, margins: int | None = None, parent: QWidget | None = None) -> QHBoxLayout:
    """A row of widgets and layouts; an int is a stretch, (widget or layout, n) one with stretch n."""
    return _box(QHBoxLayout(parent), items, margins)


def vbox(*items, margins: int | None = None, parent: QWidget | None = None) -> QVBoxLayout:
    """A column, as ``hbox``; with ``parent`` it is that widget's layout."""
    return _box(QVBoxLayout(parent), items, margins)


def fill(combo: QComboBox, pairs, *, blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for value, text in pairs:
        combo.addItem(text, value)


def select(combo: QComboBox, value) -> None:
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)


BAD_FIELD = "border: 1px solid #b00020"  # a field outlined: its value was refused


def show_error(
    parent: QWidget, label: QLabel, exc: BaseException, message: Callable[[BaseException], str] = error_text
) -> None:
    """The message under the form, and the field at fault outlined and focused."""
    label.setText(message(exc))
    for w in parent.findChildren(QWidget):
        if w.styleSheet() == BAD_FIELD and getattr(w, "is_valid", lambda: True)():
            w.setStyleSheet("")  # (a date field whose text is no date keeps its own outline)
    if isinstance(exc, ValidationError) and exc.field:
        w = parent.findChild(QWidget, exc.field)
        if w is not None:
            w.setStyleSheet(BAD_FIELD)
            w.setFocus()


def day_text(d: date | None) -> str:
    """2025-10-11 周六: deadlines are dates shown with the weekday."""
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), "yyyy-MM-dd ddd")


def due_text(d: date | None, provisional: bool = False) -> str:
    """A deadline (``day_text``), marked when it falls in a year whose holiday schedule is not published: the
    program guessed that year's holidays, so the day may move (see ``PROVISIONAL_TIP``)."""
    text = day_text(d)
    if provisional and text:
        text += QCoreApplication.translate("Deadlines", " (provisional)")
    return text


def provisional_tip(provisional: bool) -> str | None:
    if not provisional:
        return None
    return QCoreApplication.translate(
        "Deadlines",
        "The holidays of this year are not published yet: the deadline is counted on a guessed calendar and may "
        "move. The administrator enters the State Council's schedule on the Working calendar page.",
    )


def room_error_message(context: str, errors: dict[str, str]) -> Callable[[BaseException], str]:
    """A room's own error codes (``errors``: code -> English, translated in ``context``), the rest as usual.
    ``%name`` in a text is the error's parameter ``name`` (a date with its weekday); ``%1`` is ``until``."""

    def message(exc: BaseException) -> str:
        if isinstance(exc, ServiceError) and exc.code in errors:
            text = QCoreApplication.translate(context, errors[exc.code])
            until = exc.params.get("until")
            if until:
                text = text.replace("%1", day_text(until))
            for name, value in sorted(exc.params.items(), key=lambda kv: -len(kv[0])):
                text = text.replace(f"%{name}", day_text(value) if isinstance(value, date) else str(value))
            return text
        return error_text(exc)

    return message
