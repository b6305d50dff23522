"""矛盾纠纷调处室: the queue of cases (new, mine, due soon, overdue, waiting for sign-off, closed), filtered and
paged by the database, the room's reminders, and the case page in place of the list when a case is opened."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.changes import Changes, Kind
from desktop.services.core.permissions import Perm, Role
from desktop.services.mediation.dto import MediationOptions, QueueCounts, QueueFilter, row_key
from desktop.views.context import ViewContext
from desktop.views.mediation.case_page import CasePage
from desktop.views.mediation.case_table_model import CaseTableModel, IdRole
from desktop.views.mediation.dialogs import IntakeDialog
from desktop.views.mediation.form_dialog import pydate
from desktop.views.mediation.labels import QUEUES, day_text, error_message, fill, select, tr_label
from desktop.views.mediation.settings_dialog import SettingsDialog

SEARCH_DELAY_MS = 200
_NO_DATE = QDate(2000, 1, 1)  # the minimum of the date filters, shown as "any"
_QUEUE_ORDER = ("new", "mine", "due_soon", "overdue", "awaiting_sign", "open", "closed")


class MediationPage(QWidget):
    queue_loaded = Signal()  # a list (count + first page) is on screen
    options_loaded = Signal()  # the room's lists and settings were read again

    def __init__(self, ctx: ViewContext, parent=None, *, queue: str | None = None):
        super().__init__(parent)
        self.setObjectName("mediation_page")
        self.ctx = ctx
        self.options: MediationOptions | None = None
        self.dialog = None
        self.first_paint_ms: float | None = None
        self.loads = 0  # lists shown so far (tests and the bench wait on it)
        self._seq = 0
        self._ids: tuple[int, ...] = ()  # the cases behind a figure of the desk (show_records)
        self._started = time.perf_counter()
        default = "mine" if ctx.actor.role == Role.MEDIATOR.value else "new"
        self._queue = queue or default
        self._first_load()  # the database works while the widgets are built; the answer comes after

        # -- the list
        self.queue_tabs = QTabBar()
        self.queue_tabs.setObjectName("queue_tabs")
        for q in _QUEUE_ORDER:
            self.queue_tabs.addTab(tr_label(QUEUES, q))
            self.queue_tabs.setTabData(self.queue_tabs.count() - 1, q)
        self.queue_tabs.setCurrentIndex(_QUEUE_ORDER.index(self._queue))
        self.type_filter = self._combo("type_filter")
        self.grid_filter = self._combo("grid_filter")
        self.mediator_filter = self._combo("mediator_filter")
        self.date_from = self._date("date_from")
        self.date_to = self._date("date_to")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Case number or a party's name"))
        self.new_case_button = QPushButton(self.tr("Register case…"))
        self.new_case_button.setObjectName("new_case_button")
        self.new_case_button.setVisible(ctx.can(Perm.CASES_EDIT))
        # numbering and periods: whom the service lets change them (update_settings)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setObjectName("settings_button")
        self.settings_button.setVisible(ctx.can(Perm.CASES_ASSIGN) or ctx.can(Perm.SETTINGS_ADMIN))
        self.police_alert = QLabel("")
        self.police_alert.setObjectName("police_alert")
        self.police_alert.setStyleSheet("background: #b00020; color: white; padding: 4px; font-weight: bold")
        self.police_alert.setVisible(False)
        self.model = CaseTableModel(self)
        self.cases = QTableView()
        self.cases.setObjectName("cases")
        self.cases.setModel(self.model)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases.verticalHeader().setDefaultSectionSize(24)
        self.cases.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.cases.verticalHeader().setVisible(False)
        self.cases.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((190, 86, 76, 190, 150, 66, 110, 130)):
            self.cases.setColumnWidth(col, width)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("open_button")
        self.count_label = QLabel("")
        self.count_label.setObjectName("count_label")
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.from_desk = QLabel("")
        self.from_desk.setObjectName("from_desk")
        self.from_desk.setStyleSheet("background: #fff4d6; padding: 4px")
        self.show_all_button = QPushButton(self.tr("Show the queue"))
        self.show_all_button.setObjectName("show_all_button")
        self.show_all_button.clicked.connect(lambda: self.show_records(None))
        self.reminders = QListWidget()
        self.reminders.setObjectName("reminders")
        self.reminders.setMaximumHeight(80)

        filters = QHBoxLayout()
        filters.addWidget(self.type_filter)
        filters.addWidget(self.grid_filter)
        filters.addWidget(self.mediator_filter)
        filters.addWidget(QLabel(self.tr("Accepted from")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.new_case_button)
        filters.addWidget(self.settings_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.open_button)
        self.queue_widget = QWidget()
        self.queue_widget.setObjectName("queue_widget")
        qv = QVBoxLayout(self.queue_widget)
        qv.setContentsMargins(0, 0, 0, 0)
        qv.addWidget(self.queue_tabs)
        desk = QHBoxLayout()
        desk.addWidget(self.from_desk, 1)
        desk.addWidget(self.show_all_button)
        qv.addLayout(desk)
        qv.addLayout(filters)
        qv.addWidget(self.police_alert)
        qv.addWidget(self.cases, 1)
        qv.addLayout(bottom)
        qv.addWidget(QLabel(self.tr("Reminders: return visits and judicial confirmation")))
        qv.addWidget(self.reminders)

        self.from_desk.setVisible(False)
        self.show_all_button.setVisible(False)
        self._case_page: CasePage | None = None  # made when a case is first opened
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.stack.addWidget(self.queue_widget)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.queue_tabs.currentChanged.connect(self._queue_changed)
        for combo in (self.type_filter, self.grid_filter, self.mediator_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.cases.doubleClicked.connect(lambda index: self.open_case(self.model.data(index, IdRole)))
        self.cases.activated.connect(lambda index: self.open_case(self.model.data(index, IdRole)))
        self.open_button.clicked.connect(self._open_current)
        self.new_case_button.clicked.connect(self.new_case)
        self.settings_button.clicked.connect(self.edit_settings)
        self.reminders.itemActivated.connect(lambda item: self.open_case(item.data(Qt.ItemDataRole.UserRole)))
        self.reminders.itemDoubleClicked.connect(
            lambda item: self.open_case(item.data(Qt.ItemDataRole.UserRole))
        )
        ctx.tasks.bus.changed.connect(self._changed)

    @property
    def case_page(self) -> CasePage:
        if self._case_page is None:
            self._case_page = CasePage(self.ctx, self.options, self)
            self._case_page.back_requested.connect(self.show_queue)
            self.stack.addWidget(self._case_page)
        return self._case_page

    def _combo(self, name: str) -> QComboBox:
        w = QComboBox()
        w.setObjectName(name)
        w.setMinimumWidth(90)
        return w

    def _date(self, name: str) -> QDateEdit:
        w = QDateEdit()
        w.setObjectName(name)
        w.setCalendarPopup(True)
        w.setDisplayFormat("yyyy-MM-dd")
        w.setMinimumDate(_NO_DATE)
        w.setSpecialValueText(self.tr("any"))
        w.setDate(_NO_DATE)
        return w

    # -- the list ----------------------------------------------------------------------------------------------
    def filter(self) -> QueueFilter:
        def day(w: QDateEdit) -> date | None:
            return None if w.date() == _NO_DATE else pydate(w.date())

        if self._ids:
            return QueueFilter(queue="all", ids=self._ids)
        return QueueFilter(
            queue=self._queue,
            dispute_type=self.type_filter.currentData(),
            grid_id=self.grid_filter.currentData(),
            mediator_id=self.mediator_filter.currentData(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            text=self.search.text().strip(),
        )

    def show_records(self, drill) -> None:
        """What a figure of the desk stands for (``core.figures.Drill``): its cases, or one of the queues; None:
        back to the queue."""
        self._ids = tuple(drill.ids) if drill is not None and not drill.queue else ()
        self.from_desk.setText(
            self.tr("%n case(s) behind the figure chosen on the desk.", "", len(self._ids))
        )
        self.from_desk.setVisible(bool(self._ids))
        self.show_all_button.setVisible(bool(self._ids))
        if drill is not None and drill.queue in _QUEUE_ORDER:
            self.queue_tabs.blockSignals(True)
            self.select_queue(drill.queue)
            self.queue_tabs.blockSignals(False)
            self._queue = drill.queue
        self.reload()

    def _first_load(self) -> None:
        """The lists of the room and the first page in one read: the first paint waits for nothing else."""
        svc, actor, filt = self.ctx.services.mediation, self.ctx.actor, QueueFilter(self._queue)
        self._seq += 1
        seq = self._seq

        def done(result) -> None:
            if not isValid(self):
                return
            options, *first = result
            self._set_options(options)
            self._show(seq, filt, *first)
            self.load_reminders()
            if self._ids or self._queue != filt.queue:  # the desk asked for records before the room was read
                self.reload()

        self.ctx.tasks.run_read(lambda: svc.open_room(actor, filt), done, self._failed)

    def _set_options(self, options: MediationOptions) -> None:
        self.options = options
        if self._case_page is not None:
            self._case_page.options = options
        combos = (self.type_filter, self.grid_filter, self.mediator_filter)
        kept = [w.currentData() for w in combos]  # loaded again (the settings changed): the filter stays
        blocked = [w.blockSignals(True) for w in combos]
        fill(self.type_filter, [(c.code, c.label) for c in options.dispute_types], blank=self.tr("All types"))
        fill(self.grid_filter, [(g.id, g.name) for g in options.grids], blank=self.tr("All grids"))
        fill(
            self.mediator_filter,
            [(m.id, m.full_name) for m in options.mediators],
            blank=self.tr("All mediators"),
        )
        for w, value, _ in zip(combos, kept, blocked, strict=True):
            if value is not None:
                select(w, value)
            w.blockSignals(False)
        self.model.due_soon_days = options.settings.due_soon_days
        self.model.set_labels(
            {c.code: c.label for c in options.dispute_types},
            {g.id: g.name for g in options.grids},
            {m.id: m.full_name for m in options.mediators},
        )

    def reload(self) -> None:
        if self.options is None:
            return  # the first load is on its way and will show the current filter
        svc, actor, filt = self.ctx.services.mediation, self.ctx.actor, self.filter()
        self._seq += 1
        seq = self._seq
        self.ctx.tasks.run_read(
            lambda: svc.queue_first(actor, filt), lambda r: self._show(seq, filt, *r), self._failed
        )

    def _show(self, seq: int, filt: QueueFilter, total: int, first, badges: QueueCounts) -> None:
        if not isValid(self):
            return  # the page was closed before the answer came
        if seq != self._seq:
            return  # the user changed the filter meanwhile: an older answer arrived late
        svc, actor, tasks = self.ctx.services.mediation, self.ctx.actor, self.ctx.tasks

        def fetch(after, offset, limit, from_end):
            return svc.queue_window(actor, filt, after=after, offset=offset, limit=limit, from_end=from_end)

        def submit(job, on_done):
            tasks.run_read(job, on_done, self._failed)

        self.model.today = date.today()
        self.model.set_source(total, first, fetch, submit, lambda r: row_key(filt.queue, r))
        self.count_label.setText(self.tr("%n case(s)", "", total))
        self._set_badges(badges)
        self.error.setText("")
        self.loads += 1
        if self.first_paint_ms is None:
            self.first_paint_ms = (time.perf_counter() - self._started) * 1000
        self.queue_loaded.emit()

    def _set_badges(self, b: QueueCounts) -> None:
        counts = {
            "new": b.new,
            "mine": b.mine,
            "due_soon": b.due_soon,
            "overdue": b.overdue,
            "awaiting_sign": b.awaiting_sign,
        }
        for i, q in enumerate(_QUEUE_ORDER):
            text = tr_label(QUEUES, q)
            if q in counts:
                text = f"{text} ({counts[q]})"
            self.queue_tabs.setTabText(i, text)
        self.queue_tabs.setTabTextColor(
            _QUEUE_ORDER.index("overdue"), Qt.GlobalColor.red if b.overdue else Qt.GlobalColor.black
        )
        self.police_alert.setText(
            self.tr(
                "%n case(s) may become a public-order or criminal case: tell the police (art. 25).",
                "",
                b.police_alerts,
            )
        )
        self.police_alert.setVisible(b.police_alerts > 0)

    def _queue_changed(self, index: int) -> None:
        self._queue = self.queue_tabs.tabData(index)
        if self._ids:
            self.show_records(None)
            return
        self.reload()

    def select_queue(self, queue: str) -> None:
        self.queue_tabs.setCurrentIndex(_QUEUE_ORDER.index(queue))

    def load_reminders(self) -> None:
        svc, actor = self.ctx.services.mediation, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.reminders(actor), self._show_reminders, self._failed)

    def _show_reminders(self, reminders) -> None:
        if not isValid(self):
            return  # the page was closed before the answer came
        self.reminders.clear()
        for r in reminders:
            if r.kind == "return_visit":
                text = self.tr("Return visit due %1: %2 %3")
            else:
                text = self.tr("Judicial confirmation: last day %1 for %2 %3")
            item = QListWidgetItem(
                text.replace("%1", day_text(r.due_on)).replace("%2", r.case_no).replace("%3", r.parties)
            )
            item.setData(Qt.ItemDataRole.UserRole, r.case_id)
            self.reminders.addItem(item)

    def _changed(self, ch: Changes) -> None:
        if Kind.CODE_ITEM in ch and self.options is not None:
            self.reload_options()  # settings and lists: reloads the queue too
        elif Kind.CASE in ch:
            self.reload()
            self.load_reminders()

    def reload_options(self) -> None:
        """The settings changed (here or in another window): "due soon" and the forms follow them."""
        svc, actor = self.ctx.services.mediation, self.ctx.actor

        def done(options: MediationOptions) -> None:
            if isValid(self):
                self._set_options(options)
                self.reload()
                self.load_reminders()
                self.options_loaded.emit()

        self.ctx.tasks.run_read(lambda: svc.options(actor), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return  # the page was closed before the answer came
        self.error.setText(error_message(exc))

    # -- cases ---------------------------------------------------------------------------------------------------
    def _open_current(self) -> None:
        index = self.cases.currentIndex()
        if index.isValid():
            self.open_case(self.model.data(index, IdRole))

    def open_case(self, case_id: int | None) -> None:
        if case_id is None:
            return
        self.stack.setCurrentWidget(self.case_page)
        self.case_page.show_case(case_id)

    def show_queue(self) -> None:
        self.stack.setCurrentWidget(self.queue_widget)

    def edit_settings(self) -> None:
        dlg = SettingsDialog(self.ctx, self)
        self.dialog = dlg
        dlg.open()

    def new_case(self) -> None:
        if self.options is None:
            return
        dlg = IntakeDialog(self.ctx, self.options, self)
        dlg.saved.connect(lambda detail: self.open_case(detail.case.id))
        self.dialog = dlg
        dlg.open()
