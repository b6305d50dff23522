"""The grid-report entry at the desk, made for the keyboard: a grid worker tells, the 综治社工 types, in under a
minute. Tab goes field to field (grid, reporter, kind, time, place, people, what was seen); the grid proposes
its worker as reporter; in the people field a name typed finds the register (↓/↑ choose, Enter takes it, or
takes the name as typed when nobody matches); Ctrl+Enter saves from anywhere. After saving, the grid, reporter
and kind stay for the worker's next report and the cursor is back on what was seen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpacerItem,
)
from shiboken6 import isValid

from desktop.services.core.clock import now
from desktop.services.core.errors import ValidationError
from desktop.services.core.permissions import Perm
from desktop.services.rhythm.dto import GridReportInput, GridReportOptions, ReportPersonInput
from desktop.views.common.date_field import MomentField
from desktop.views.common.form_helpers import button, debounced, hbox, named, show_error
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import rhythm_error_text

SEARCH_DELAY_MS = 150


class ReportEntry(QGroupBox):
    saved = Signal(object)  # GridReportDetail

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("report_entry")
        self.setTitle(self.tr("New grid report (Ctrl+Enter saves)"))
        self.ctx = ctx
        self.options: GridReportOptions | None = None
        self._picked: list[ReportPersonInput] = []
        self._seq = 0
        self._take_when_found = False  # Enter came before the register answered
        form = QFormLayout(self)
        named(self, "grid_id", QComboBox())
        named(self, "reporter_name", QLineEdit())
        self.reporter_name.setPlaceholderText(self.tr("The grid worker"))
        named(self, "kind", QComboBox())
        named(self, "reported_at", MomentField(now()))
        named(self, "place", QLineEdit())
        self.place.setPlaceholderText(self.tr("Building, shop, street"))
        named(self, "person_search", QLineEdit())
        self.person_search.setPlaceholderText(self.tr("Name or ID: Enter adds the person"))
        named(self, "person_results", QListWidget())
        self.person_results.setMaximumHeight(72)
        self.person_results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.person_results.hide()
        named(self, "people", QLabel(""))
        self.people.setWordWrap(True)
        named(self, "seen", QPlainTextEdit())
        self.seen.setTabChangesFocus(True)
        self.seen.setPlaceholderText(self.tr("What the worker saw or heard"))
        self.seen.setMinimumHeight(70)
        self.seen.setMaximumHeight(150)
        named(self, "error", QLabel(""))
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        save = button(self, "save_report", self.tr("Save report"), self.submit)
        clear = button(self, "clear_people", self.tr("Clear people"), self._clear_people)
        clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form.addRow(self.tr("Grid"), self.grid_id)
        form.addRow(self.tr("Reporter"), self.reporter_name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Time"), self.reported_at)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("People involved"), self.person_search)
        form.addRow("", self.person_results)
        form.addRow("", hbox((self.people, 1), clear))
        form.addRow(self.tr("What was seen"), self.seen)
        form.addRow(hbox((self.error, 1), save))
        form.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        self.setTabOrder(self.grid_id, self.reporter_name)
        for a, b in (
            (self.reporter_name, self.kind),
            (self.kind, self.reported_at),
            (self.reported_at, self.place),
            (self.place, self.person_search),
            (self.person_search, self.seen),
            (self.seen, save),
        ):
            self.setTabOrder(a, b)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys), self, self.submit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        self._last_worker = ""
        self.grid_id.currentIndexChanged.connect(self._grid_changed)
        self._timer = debounced(self, SEARCH_DELAY_MS, self._search)
        self.person_search.textChanged.connect(lambda _t: self._timer.start())
        self.person_search.returnPressed.connect(self._take_person)
        self.person_search.installEventFilter(self)
        self.setEnabled(ctx.can(Perm.GRID_REPORTS_EDIT))

    def set_options(self, options: GridReportOptions) -> None:
        self.options = options
        self.grid_id.blockSignals(True)
        self.grid_id.clear()
        for g in options.grids:
            self.grid_id.addItem(g.name, g.id)
        self.grid_id.blockSignals(False)
        self.kind.clear()
        for c in options.kinds:
            self.kind.addItem(c.label, c.code)
        self._grid_changed()

    def _grid_changed(self, *_args) -> None:
        """The grid's worker is proposed as reporter unless someone else was typed."""
        if self.options is None or self.grid_id.currentIndex() < 0:
            return
        worker = self.options.grids[self.grid_id.currentIndex()].worker_name
        if self.reporter_name.text().strip() in ("", self._last_worker):
            self.reporter_name.setText(worker)
        self._last_worker = worker

    # -- people of the register ------------------------------------------------------------------------------------
    def _search(self) -> None:
        text = self.person_search.text().strip()
        self._seq += 1
        seq = self._seq
        if not text or not self.ctx.can(Perm.RESIDENTS_READ):
            self.person_results.clear()
            self.person_results.hide()
            if self._take_when_found:
                self._take_when_found = False
                self._take_person()
            return
        svc, actor = self.ctx.services.residents, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.search(actor, text, limit=8), lambda rows: self._found(seq, rows))

    def _found(self, seq: int, rows) -> None:
        if not isValid(self) or seq != self._seq:
            return
        self.person_results.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.name}  {r.address}")
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.person_results.addItem(item)
        self.person_results.setVisible(bool(rows))
        if rows:
            self.person_results.setCurrentRow(0)
        if self._take_when_found:
            self._take_when_found = False
            self._take_person()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """↓ and ↑ in the people field move through the register's matches."""
        if obj is self.person_search and event.type() == QEvent.Type.KeyPress and self.person_results.count():
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step:
                row = max(0, min(self.person_results.count() - 1, self.person_results.currentRow() + step))
                self.person_results.setCurrentRow(row)
                return True
        return super().eventFilter(obj, event)

    def _take_person(self) -> None:
        text = self.person_search.text().strip()
        if self._timer.isActive():  # Enter before the search ran: take what the register says first
            self._timer.stop()
            self._take_when_found = True
            self._search()
            return
        item = self.person_results.currentItem() if self.person_results.isVisible() else None
        if item is not None:
            r = item.data(Qt.ItemDataRole.UserRole)
            self._picked.append(ReportPersonInput(person_id=r.id, name=r.name))
        elif text:
            self._picked.append(ReportPersonInput(name=text))
        else:
            return
        self.person_search.clear()
        self.person_results.clear()
        self.person_results.hide()
        self._show_people()

    def _show_people(self) -> None:
        self.people.setText(
            "、".join(p.name + (self.tr(" (register)") if p.person_id else "") for p in self._picked)
        )

    def _clear_people(self) -> None:
        self._picked = []
        self._show_people()

    # -- saving ------------------------------------------------------------------------------------------------------
    def report_input(self) -> GridReportInput:
        grid = self.grid_id.currentData()
        if grid is None:
            raise ValidationError("grid_id", "unknown_grid")
        return GridReportInput(
            grid_id=grid,
            reporter_name=self.reporter_name.text(),
            kind=self.kind.currentData() or "",
            seen=self.seen.toPlainText(),
            place=self.place.text(),
            reported_at=self.reported_at.value(),
            people=tuple(self._picked),
        )

    def submit(self) -> None:
        if self.person_search.text().strip():  # a name typed but not yet taken counts
            self._timer.stop()
            self._take_person()
        try:
            inp = self.report_input()
        except ValidationError as exc:
            show_error(self, self.error, exc, rhythm_error_text)
            return
        self.save_report.setEnabled(False)
        svc, actor = self.ctx.services.rhythm.reports, self.ctx.actor
        self.ctx.tasks.run_write(lambda: svc.enter(actor, inp), self._saved, self._failed)

    def _saved(self, detail) -> None:
        if not isValid(self):
            return
        self.save_report.setEnabled(True)
        self.error.setText("")
        self.place.clear()
        self.seen.clear()
        self._clear_people()
        self.reported_at.set_value(now())
        self.seen.setFocus()
        self.saved.emit(detail)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.save_report.setEnabled(True)
        show_error(self, self.error, exc, rhythm_error_text)
