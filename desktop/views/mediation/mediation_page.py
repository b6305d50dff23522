"""矛盾纠纷调处室: the queue of cases (new, mine, due soon, overdue, waiting for sign-off, closed), filtered and
paged by the database, the room's reminders, and the case page in place of the list when a case is opened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTabBar,
    QWidget,
)
from shiboken6 import isValid

from desktop.changes import Changes, Kind
from desktop.services.core.permissions import Perm, Role
from desktop.services.mediation.dto import MediationOptions, QueueCounts, QueueFilter, row_key
from desktop.views.common.date_field import DateField
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import IdRole
from desktop.views.common.table_view import table_view
from desktop.views.context import ViewContext
from desktop.views.mediation.case_page import CasePage
from desktop.views.mediation.case_table_model import CaseTableModel, window_args
from desktop.views.mediation.dialogs import IntakeDialog
from desktop.views.mediation.labels import QUEUES, day_text, error_message, fill, select, tr_label
from desktop.views.mediation.settings_dialog import SettingsDialog

_QUEUE_ORDER = ("new", "mine", "due_soon", "overdue", "awaiting_sign", "open", "closed")


class MediationPage(RoomPage):
    kinds = frozenset({Kind.CASE, Kind.CODE_ITEM})
    error_message = staticmethod(error_message)

    def __init__(self, ctx: ViewContext, parent=None, *, queue: str | None = None):
        self.options: MediationOptions | None = None  # the room's lists: read with the first page
        queue = queue or ("mine" if ctx.actor.role == Role.MEDIATOR.value else "new")
        super().__init__(ctx, "mediation_page", parent, first=QueueFilter(queue))

        # -- the list
        named(self, "queue_tabs", QTabBar())
        for q in _QUEUE_ORDER:
            self.queue_tabs.addTab(tr_label(QUEUES, q))
            self.queue_tabs.setTabData(self.queue_tabs.count() - 1, q)
        self.queue_tabs.setCurrentIndex(_QUEUE_ORDER.index(queue))
        self.type_filter, self.grid_filter, self.mediator_filter = (
            self._combo(name) for name in ("type_filter", "grid_filter", "mediator_filter")
        )
        self.date_from = self._date("date_from")
        self.date_to = self._date("date_to")
        self.search_box(self.tr("Case number or a party's name"))
        button(
            self,
            "new_case_button",
            self.tr("Register case…"),
            self.new_case,
            visible=ctx.can(Perm.CASES_EDIT),
        )
        # numbering and periods: whom the service lets change them (update_settings)
        may_set = ctx.can(Perm.CASES_ASSIGN) or ctx.can(Perm.SETTINGS_ADMIN)
        button(self, "settings_button", self.tr("Settings…"), self.edit_settings, visible=may_set)
        named(self, "police_alert", QLabel(""))
        self.police_alert.setStyleSheet("background: #b00020; color: white; padding: 4px; font-weight: bold")
        self.police_alert.setVisible(False)
        self.model = CaseTableModel(self)
        self.cases = table_view("cases", self.model, (190, 86, 76, 190, 150, 66, 110, 130))
        button(self, "open_button", self.tr("Open case"), self._open_current)
        named(self, "count_label", QLabel(""))
        named(self, "reminders", QListWidget())
        self.reminders.setMaximumHeight(80)

        filters = hbox(
            self.type_filter,
            self.grid_filter,
            self.mediator_filter,
            QLabel(self.tr("Accepted from")),
            self.date_from,
            QLabel(self.tr("to")),
            self.date_to,
            (self.search, 1),
            self.new_case_button,
            self.settings_button,
        )
        named(self, "queue_widget", QWidget())
        vbox(
            self.queue_tabs,
            filters,
            self.police_alert,
            (self.cases, 1),
            hbox(self.count_label, (self.error, 1), self.open_button),
            QLabel(self.tr("Reminders: return visits and judicial confirmation")),
            self.reminders,
            margins=0,
            parent=self.queue_widget,
        )
        self._case_page: CasePage | None = None  # made when a case is first opened
        named(self, "stack", QStackedWidget())
        self.stack.addWidget(self.queue_widget)
        vbox(self.stack, margins=0, parent=self)

        self.reload_on(
            self.queue_tabs,
            self.type_filter,
            self.grid_filter,
            self.mediator_filter,
            self.date_from,
            self.date_to,
        )
        self.cases.doubleClicked.connect(lambda index: self.open_case(self.model.data(index, IdRole)))
        self.cases.activated.connect(lambda index: self.open_case(self.model.data(index, IdRole)))
        self.reminders.itemActivated.connect(lambda item: self.open_case(item.data(Qt.ItemDataRole.UserRole)))
        self.reminders.itemDoubleClicked.connect(
            lambda item: self.open_case(item.data(Qt.ItemDataRole.UserRole))
        )

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

    def _date(self, name: str) -> DateField:
        w = DateField(blank=self.tr("any"))
        w.setObjectName(name)
        w.setMaximumWidth(130)
        return w

    # -- the list ----------------------------------------------------------------------------------------------
    def filter(self) -> QueueFilter:
        return QueueFilter(
            queue=self.queue_tabs.tabData(self.queue_tabs.currentIndex()),
            dispute_type=self.type_filter.currentData(),
            grid_id=self.grid_filter.currentData(),
            mediator_id=self.mediator_filter.currentData(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.search.text().strip(),
        )

    def query(self, filt: QueueFilter):
        svc, actor = self.ctx.services.mediation, self.ctx.actor
        if (
            self.options is None
        ):  # the room's lists and the first page in one read: the first paint waits for nothing else
            return lambda: svc.open_room(actor, filt)
        return lambda: (None, *svc.queue_first(actor, filt))

    def show_result(self, filt: QueueFilter, result) -> None:
        options, total, first, badges = result
        if options is not None:
            self._set_options(options)
            self.load_reminders()
        svc, actor, tasks = self.ctx.services.mediation, self.ctx.actor, self.ctx.tasks
        self.model.today = date.today()
        self.model.set_source(
            total,
            lambda w: svc.queue_window(actor, filt, **window_args(w)),
            lambda job, on_done: tasks.run_read(job, on_done, self.failed),
            first,
            key=lambda r: row_key(filt.queue, r),
        )
        self.count_label.setText(self.tr("%n case(s)", "", total))
        self._set_badges(badges)

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

    def select_queue(self, queue: str) -> None:
        self.queue_tabs.setCurrentIndex(_QUEUE_ORDER.index(queue))

    def load_reminders(self) -> None:
        svc, actor = self.ctx.services.mediation, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.reminders(actor), self._show_reminders, self.failed)

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

    def changed(self, ch: Changes) -> None:
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

        self.ctx.tasks.run_read(lambda: svc.options(actor), done, self.failed)

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
        self.open_dialog(SettingsDialog(self.ctx, self))

    def new_case(self) -> None:
        if self.options is not None:
            self.open_dialog(IntakeDialog(self.ctx, self.options, self), lambda d: self.open_case(d.case.id))
