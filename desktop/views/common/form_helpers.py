"""Small helpers every room's forms share: combo boxes filled from (value, text) pairs, and errors shown
under a form with the field at fault outlined and focused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.services.core.errors import ServiceError, ValidationError
from desktop.views.common.messages import error_text


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


_BAD = "border: 1px solid #b00020"


def show_error(
    parent: QWidget, label: QLabel, exc: BaseException, message: Callable[[BaseException], str] = error_text
) -> None:
    """The message under the form, and the field at fault outlined and focused."""
    label.setText(message(exc))
    for w in parent.findChildren(QWidget):
        if w.styleSheet() == _BAD:
            w.setStyleSheet("")
    if isinstance(exc, ValidationError) and exc.field:
        w = parent.findChild(QWidget, exc.field)
        if w is not None:
            w.setStyleSheet(_BAD)
            w.setFocus()


def day_text(d: date | None) -> str:
    """2025-10-11 周六: deadlines are dates shown with the weekday."""
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), "yyyy-MM-dd ddd")


def room_error_message(context: str, errors: dict[str, str]) -> Callable[[BaseException], str]:
    """A room's own error codes (``errors``: code -> English, translated in ``context``), the rest as usual."""

    def message(exc: BaseException) -> str:
        if isinstance(exc, ServiceError) and exc.code in errors:
            text = QCoreApplication.translate(context, errors[exc.code])
            until = exc.params.get("until")
            return text.replace("%1", day_text(until)) if until else text
        return error_text(exc)

    return message
