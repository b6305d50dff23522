"""Small helpers every room's forms share: combo boxes filled from (value, text) pairs, and errors shown
under a form with the field at fault outlined and focused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.services.errors import ValidationError
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
