"""The one date field of the program (filters, every form): a date typed in full is taken as typed.

Qt's QDateEdit edits a date in sections and keeps the current year when one types into them: "2025-11-20"
typed becomes 2026-11-20, and a petition received that day is overdue at once. Here the text is read whole:
2025-11-20, 2025/11/20, 2025.11.20, 2025年11月20日 and 20251120 (full-width digits too, as an input method
gives them) are all 2025-11-20, shown as 2025-11-20 once the field is left. A calendar pops up from the
field's button. A field may allow no date (``blank``: the text it shows then, e.g. "any" in a filter). Text
that is no date is outlined with a message and never silently replaced by the previous value; ``value()``
then raises a ValidationError naming the field, which a form shows under itself like any refused value.

``MomentField`` is the same with a time of day (a session's time: 2025-11-20 14:30).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QVBoxLayout, QWidget

from desktop.services.core.errors import ValidationError
from desktop.views.common.form_helpers import BAD_FIELD
from desktop.views.common.messages import error_text

_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{4})(\d{2})(\d{2})"
_TIME = r"(\d{1,2})\s*[:：.时]\s*(\d{2})\s*分?|(\d{2})(\d{2})"
_DAY_RE = re.compile(_DATE)
_MOMENT_RE = re.compile(rf"(?:{_DATE})(?:\s+|\s*[T日]\s*)?(?:{_TIME})")


def _numbers(match: re.Match) -> list[int]:
    return [int(g) for g in match.groups() if g is not None]


def parse_day(text: str) -> date | None:
    """The date a person typed, or None when the text is no date."""
    m = _DAY_RE.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if m is None:
        return None
    try:
        return date(*_numbers(m))
    except ValueError:
        return None  # 2025-02-30


def parse_moment(text: str) -> datetime | None:
    """A date and time of day typed (local time), or None."""
    m = _MOMENT_RE.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if m is None:
        return None
    try:
        return datetime(*_numbers(m)).astimezone()
    except ValueError:
        return None


def _calendar_icon() -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setPen(QColor("#555555"))
    p.drawRect(1, 2, 13, 12)
    p.fillRect(1, 2, 14, 4, QColor("#555555"))
    for x in (4, 7, 10):
        for y in (8, 11):
            p.fillRect(x, y, 2, 2, QColor("#555555"))
    p.end()
    return QIcon(pix)


class DateField(QLineEdit):
    """``value()``: the date (None when ``blank`` and empty); ``set_value(d)``; ``changed`` after a change
    (Enter, leaving the field, the calendar, the clear button, ``set_value``)."""

    changed = Signal(object)  # date | None
    DISPLAY = "%Y-%m-%d"
    HINT = "YYYY-MM-DD"
    UNREADABLE = "unreadable_date"  # the error code of text that is no date

    def __init__(self, value: date | None = None, *, blank: str | None = None, parent=None):
        super().__init__(parent)
        self.blank = blank
        self._last = None
        self.popup: QWidget | None = None
        self.calendar: QCalendarWidget | None = None
        self.setPlaceholderText(blank or self.HINT)
        self.setClearButtonEnabled(blank is not None)
        self.setMinimumWidth(120)
        self.pick_action = QAction(
            _calendar_icon(), QCoreApplication.translate("DateField", "Calendar"), self
        )
        self.pick_action.setObjectName("pick_action")
        self.pick_action.triggered.connect(self.open_calendar)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._commit)
        self.textChanged.connect(self._edited)
        self.set_value(value)

    # -- the value -----------------------------------------------------------------------------------------
    def parse(self, text: str):
        return parse_day(text)

    def format(self, value) -> str:
        return value.strftime(self.DISPLAY)

    def value(self):
        """The date shown; raises ValidationError (named as the field) for text that is no date."""
        text = self.text().strip()
        if not text:
            if self.blank is not None:
                return None
            raise ValidationError(self.objectName(), "required")
        value = self.parse(text)
        if value is None:
            raise ValidationError(self.objectName(), self.UNREADABLE)
        return value

    def set_value(self, value) -> None:
        self.setText(self.format(value) if value is not None else "")
        self._commit()

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValidationError:
            return False
        return True

    def _edited(self, text: str) -> None:
        if self.styleSheet() == BAD_FIELD and self.is_valid():
            self._mark(None)  # fixed: the outline goes
        if not text and self.blank is not None:
            self._commit()  # the clear button: "any date" at once

    def _commit(self) -> None:
        try:
            value = self.value()
        except ValidationError as exc:
            self._mark(exc)
            return
        self._mark(None)
        if value is not None and self.text() != self.format(value):
            self.blockSignals(True)
            self.setText(self.format(value))  # 20251120 -> 2025-11-20
            self.blockSignals(False)
        if value != self._last:
            self._last = value
            self.changed.emit(value)

    def _mark(self, exc: ValidationError | None) -> None:
        if exc is None:
            if self.styleSheet() == BAD_FIELD:
                self.setStyleSheet("")
            self.setToolTip("")
            return
        message = error_text(exc)
        self.setStyleSheet(BAD_FIELD)
        self.setToolTip(message)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)

    # -- keys and the calendar -----------------------------------------------------------------------------
    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self.selectAll)  # a click and the date typed over replaces it whole

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = QWidget(self, Qt.WindowType.Popup)
            self.popup.setObjectName("popup")
            self.calendar = QCalendarWidget(self.popup)
            self.calendar.setObjectName("calendar")
            self.calendar.setGridVisible(True)
            QVBoxLayout(self.popup).addWidget(self.calendar)
            self.popup.layout().setContentsMargins(0, 0, 0, 0)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        try:
            shown = self.value()
        except ValidationError:
            shown = None
        day = shown.date() if isinstance(shown, datetime) else shown
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, q: QDate) -> None:
        self.popup.hide()
        self.set_value(self._with_day(date(q.year(), q.month(), q.day())))
        self.setFocus()

    def _with_day(self, day: date):
        return day


class MomentField(DateField):
    """A date and a time of day; ``value()`` is a local, time-zone-aware datetime."""

    DISPLAY = "%Y-%m-%d %H:%M"
    HINT = "YYYY-MM-DD HH:MM"
    UNREADABLE = "unreadable_moment"

    def __init__(self, value: datetime | None = None, *, blank: str | None = None, parent=None):
        super().__init__(value.astimezone() if value is not None else None, blank=blank, parent=parent)
        self.setMinimumWidth(160)

    def parse(self, text: str):
        return parse_moment(text)

    def format(self, value) -> str:
        return value.astimezone().strftime(self.DISPLAY)

    def _with_day(self, day: date):
        try:
            at = self.value()
        except ValidationError:
            at = None
        hour, minute = (at.hour, at.minute) if at else (9, 0)
        return datetime(day.year, day.month, day.day, hour, minute).astimezone()
