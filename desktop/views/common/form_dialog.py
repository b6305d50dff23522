"""The dialog every step of a room's work uses: fields made by builders in a form, ``job()`` (the service
call) run on the writer thread, the error under the form with the field at fault outlined; what the write
changed is announced on the bus by the task helper."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)
from shiboken6 import isValid

from desktop.services.core.errors import ServiceError
from desktop.views.common.date_field import DateField, MomentField
from desktop.views.common.form_helpers import fill, select, show_error
from desktop.views.common.messages import error_text
from desktop.views.context import ViewContext


class FormDialog(QDialog):
    """Subclasses add fields with the builders and implement ``job()``: the service call to run (it may
    raise a ServiceError for what can be told before calling, e.g. a date typed wrong). ``error_message``
    turns a room's error codes into sentences. Each field is an attribute named as its objectName, which
    is the name the service gives it in its errors."""

    saved = Signal(object)
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
        self._row: QHBoxLayout | None = None

    # -- builders ------------------------------------------------------------------------------------------------
    def _add(self, name: str, label: str | None, widget):
        widget.setObjectName(name)
        setattr(self, name, widget)
        if self._row is not None:
            self._row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        elif label is None:
            self.form.addRow(widget)
        else:
            self.form.addRow(label, widget)
        return widget

    @contextmanager
    def same_row(self, label: str) -> Iterator[QHBoxLayout]:
        """The fields built inside share one line of the form (their own labels are not shown)."""
        row = self._row = QHBoxLayout()
        try:
            yield row
        finally:
            self._row = None
            self.form.addRow(label, row)

    def widget(self, name: str, label: str | None, widget):
        """A widget no builder makes (a list, a table, a button), on its own line."""
        return self._add(name, label, widget)

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

    def day(self, name: str, label: str, value: date | None, *, blank: str | None = None) -> DateField:
        """A date; ``blank``: the field may stay empty (no date), showing this text."""
        return self._add(name, label, DateField(value, blank=blank))

    def moment(self, name: str, label: str, value: datetime) -> MomentField:
        return self._add(name, label, MomentField(value))

    def check(self, name: str, text: str, checked: bool = False) -> QCheckBox:
        w = QCheckBox(text)
        w.setChecked(checked)
        return self._add(name, None, w)

    def number(self, name: str, label: str, value: int, lo: int = 1, hi: int = 100000) -> QSpinBox:
        w = QSpinBox()
        w.setRange(lo, hi)
        w.setValue(value)
        return self._add(name, label, w)

    def note(self, name: str, text: str, *, label: str | None = None) -> QLabel:
        """A line of text (``label``: beside a label, else across the form); it never takes the form's
        spare height."""
        w = QLabel(text)
        w.setWordWrap(True)
        w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return self._add(name, label, w)

    # -- values ----------------------------------------------------------------------------------------------------
    @staticmethod
    def day_of(w: DateField) -> date | None:
        """The date of a field (a ValidationError at the field when its text is no date)."""
        return w.value()

    @staticmethod
    def moment_of(w: MomentField) -> datetime:
        return w.value().astimezone(UTC)

    # -- saving ------------------------------------------------------------------------------------------------------
    def job(self) -> Callable[[], object]:
        raise NotImplementedError

    def submit(self) -> None:
        try:
            for field in self.findChildren(DateField):  # a date typed wrong first: it is no date at all
                if field.isVisibleTo(self):
                    field.value()
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
