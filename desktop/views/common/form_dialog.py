"""The dialog every step of a room's work uses: fields in a form, the service call on the writer thread, the
error under the form with the field at fault outlined, and the change announced on the bus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from shiboken6 import isValid

from desktop.services.core.errors import ServiceError
from desktop.views.common.form_helpers import fill, select, show_error
from desktop.views.common.messages import error_text
from desktop.views.context import ViewContext


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class FormDialog(QDialog):
    """Subclasses add fields with the builders and implement ``job()``: the service call to run (it may
    raise a ServiceError for what can be told before calling). ``kind`` is what the bus announces;
    ``error_message`` turns a room's error codes into sentences."""

    saved = Signal(object)
    kind = ""
    error_message = staticmethod(error_text)

    def __init__(self, ctx: ViewContext, title: str, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.ctx = ctx
        self.result_value = None
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("FormDialog", "Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("FormDialog", "Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(self.form)
        self._layout.addLayout(buttons)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    # -- builders ------------------------------------------------------------------------------------------------
    def _add(self, name: str, label: str | None, widget):
        widget.setObjectName(name)
        setattr(self, name, widget)
        if label is None:
            self.form.addRow(widget)
        else:
            self.form.addRow(label, widget)
        return widget

    def line(self, name: str, label: str, text: str = "", hint: str = "") -> QLineEdit:
        w = QLineEdit(text)
        w.setPlaceholderText(hint)
        return self._add(name, label, w)

    def text(self, name: str, label: str, text: str = "", height: int = 70) -> QPlainTextEdit:
        w = QPlainTextEdit(text)
        w.setMinimumHeight(height)
        w.setTabChangesFocus(True)
        return self._add(name, label, w)

    def combo(self, name: str, label: str, pairs, value=None, *, blank: str | None = None) -> QComboBox:
        w = QComboBox()
        fill(w, pairs, blank=blank)
        if value is not None:
            select(w, value)
        return self._add(name, label, w)

    def day(self, name: str, label: str, value: date) -> QDateEdit:
        w = QDateEdit(qdate(value))
        w.setCalendarPopup(True)
        w.setDisplayFormat("yyyy-MM-dd")
        return self._add(name, label, w)

    def moment(self, name: str, label: str, value: datetime) -> QDateTimeEdit:
        local = value.astimezone()
        w = QDateTimeEdit(
            QDateTime(qdate(local.date()), QDateTime.fromSecsSinceEpoch(int(local.timestamp())).time())
        )
        w.setCalendarPopup(True)
        w.setDisplayFormat("yyyy-MM-dd HH:mm")
        return self._add(name, label, w)

    def check(self, name: str, text: str, checked: bool = False) -> QCheckBox:
        w = QCheckBox(text)
        w.setChecked(checked)
        return self._add(name, None, w)

    def number(self, name: str, label: str, value: int, lo: int = 1, hi: int = 100000) -> QSpinBox:
        w = QSpinBox()
        w.setRange(lo, hi)
        w.setValue(value)
        return self._add(name, label, w)

    def note(self, name: str, text: str) -> QLabel:
        w = QLabel(text)
        w.setWordWrap(True)
        return self._add(name, None, w)

    # -- values ----------------------------------------------------------------------------------------------------
    @staticmethod
    def day_of(w: QDateEdit) -> date:
        return pydate(w.date())

    @staticmethod
    def moment_of(w: QDateTimeEdit) -> datetime:
        return datetime.fromtimestamp(w.dateTime().toSecsSinceEpoch(), UTC)

    # -- saving ------------------------------------------------------------------------------------------------------
    def job(self) -> Callable[[], object]:
        raise NotImplementedError

    def submit(self) -> None:
        try:
            job = self.job()
        except ServiceError as exc:
            show_error(self, self.error, exc, self.error_message)
            return
        self.save_button.setEnabled(False)
        self.error.setText("")
        self.ctx.tasks.run_write(job, self._saved, self._failed)

    def _saved(self, result) -> None:
        if not isValid(self):
            return  # closed meanwhile: the page hears of the change through the bus
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        show_error(self, self.error, exc, self.error_message)
