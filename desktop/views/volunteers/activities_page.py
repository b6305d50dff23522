"""Activities and their shifts: the activities with a shift from today on (or in the days chosen), the shifts of
the one chosen with their places taken, and who is on the shift chosen. New activities and series, cancelling one
shift (the series goes on), signing a volunteer up or assigning them, and the leader's entry of hours."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QSplitter, QWidget

from desktop.changes import Kind
from desktop.services.core.clock import local_day
from desktop.services.core.clock import today as local_today
from desktop.services.core.permissions import Perm
from desktop.services.core.vocabulary import ACTIVITY_KIND, HOURS_STATUS, RECURRENCE, SIGN_UP_HOW
from desktop.services.volunteers.dto import ActivityDTO, ActivityFilter, ShiftRow
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.labels import term, terms
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREY, RED, Column, RowTableModel, field
from desktop.views.common.table_view import current_row, select_id, table_view
from desktop.views.context import ViewContext
from desktop.views.volunteers import dialogs
from desktop.views.volunteers.labels import error_message, hours_text, moment_text, time_text

ACTIVITY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Next shift"), lambda a: moment_text(a.next_shift_at)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Activity"), field("title")),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Kind"), lambda a: term(ACTIVITY_KIND, a.kind)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Repeats"), lambda a: term(RECURRENCE, a.recurrence)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Place"), field("place")),
)


def _shift_colour(s: ShiftRow):
    if s.cancelled:
        return GREY
    return RED if s.signed_up >= s.capacity else None


SHIFT_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Starts"),
        lambda s: moment_text(s.starts_at),
        foreground=_shift_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Ends"), lambda s: time_text(s.ends_at), foreground=_shift_colour
    ),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Places taken"),
        lambda s: f"{s.signed_up}/{s.capacity}",
        foreground=_shift_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Checked in"),
        lambda s: str(s.checked_in),
        foreground=_shift_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("ActivitiesPage", "Cancelled"),
        lambda s: s.cancel_reason or "" if s.cancelled else "",
        foreground=_shift_colour,
    ),
)
PEOPLE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Number"), field("volunteer_no")),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Name"), field("name")),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "How"), lambda a: term(SIGN_UP_HOW, a.how)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "In"), lambda a: time_text(a.check_in_at)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Out"), lambda a: time_text(a.check_out_at)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Hours"), lambda a: hours_text(a.hours)),
    Column(QT_TRANSLATE_NOOP("ActivitiesPage", "Approval"), lambda a: term(HOURS_STATUS, a.hours_status)),
)


class ActivitiesPage(RoomPage):
    kinds = frozenset({Kind.ACTIVITY, Kind.ATTENDANCE})
    error_message = staticmethod(error_message)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "activities_page", parent, first=ActivityFilter())
        self.options = None
        self.activity: ActivityDTO | None = None
        box = self.search_box(self.tr("Title or place"))
        named(self, "kind_filter", QComboBox())
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for code, label in terms(ACTIVITY_KIND):
            self.kind_filter.addItem(label, code)
        named(self, "days_ahead", QSpinBox())
        self.days_ahead.setRange(0, 366)
        self.days_ahead.setValue(0)
        self.days_ahead.setSpecialValueText(self.tr("from today on"))
        self.days_ahead.setSuffix(self.tr(" days ahead"))
        self.activities = RowTableModel(ACTIVITY_COLUMNS, "ActivitiesPage", self)
        self.activity_list = table_view("activity_list", self.activities, (130, 160, 80, 110))
        self.shifts = RowTableModel(SHIFT_COLUMNS, "ActivitiesPage", self)
        self.shift_list = table_view("shift_list", self.shifts, (130, 50, 80, 60))
        self.people = RowTableModel(PEOPLE_COLUMNS, "ActivitiesPage", self)
        self.people_list = table_view("people_list", self.people, (90, 80, 70, 50, 50, 50))
        named(self, "activity_label", QLabel(""))
        self.activity_label.setWordWrap(True)
        edit = ctx.can(Perm.VOLUNTEERS_EDIT)
        right = QSplitter(Qt.Orientation.Vertical)
        top, bottom = QWidget(), QWidget()
        vbox(
            self.activity_label,
            (self.shift_list, 1),
            hbox(
                button(
                    self,
                    "cancel_shift_button",
                    self.tr("Cancel this shift…"),
                    self.cancel_shift,
                    visible=edit,
                ),
                1,
            ),
            margins=0,
            parent=top,
        )
        vbox(
            (self.people_list, 1),
            hbox(
                button(self, "sign_up_button", self.tr("Sign up…"), self.sign_up, visible=edit),
                button(
                    self,
                    "assign_button",
                    self.tr("Assign…"),
                    lambda: self.sign_up(assigned=True),
                    visible=edit,
                ),
                button(self, "enter_hours_button", self.tr("Enter hours…"), self.enter_hours, visible=edit),
                button(self, "withdraw_button", self.tr("Withdraw"), self.withdraw, visible=edit),
                1,
            ),
            margins=0,
            parent=bottom,
        )
        right.addWidget(top)
        right.addWidget(bottom)
        split = QSplitter()
        split.addWidget(self.activity_list)
        split.addWidget(right)
        split.setSizes([520, 680])
        vbox(
            hbox(
                box,
                (self.kind_filter, 0),
                (self.days_ahead, 0),
                button(self, "new_button", self.tr("New activity…"), self.new_activity, visible=edit),
            ),
            (split, 1),
            self.error,
            parent=self,
        )
        self.reload_on(self.kind_filter, self.days_ahead)
        self.activity_list.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.shift_list.selectionModel().currentRowChanged.connect(lambda *_: self._shift_chosen())
        ctx.tasks.run_read(lambda: ctx.services.volunteers.options(ctx.actor), self._options, self.failed)

    def _options(self, options) -> None:
        self.options = options

    # -- lists ---------------------------------------------------------------------------------------------
    def filter(self) -> ActivityFilter:
        if not hasattr(self, "days_ahead"):
            return ActivityFilter()
        days = self.days_ahead.value()
        today = local_today()
        return ActivityFilter(
            today,
            today + timedelta(days=days) if days else None,
            self.kind_filter.currentData(),
            self.search.text(),
        )

    def query(self, filt: ActivityFilter):
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        return lambda: svc.activities(actor, filt)

    def show_result(self, _filt, rows) -> None:
        chosen = current_row(self.activity_list)
        self.activities.set_rows(rows)
        if chosen is not None and select_id(self.activity_list, chosen.id):
            self._chosen()
        elif rows:
            select_id(self.activity_list, rows[0].id)
        else:
            self._show_activity(None)

    def _chosen(self) -> None:
        row = current_row(self.activity_list)
        if row is None:
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.get_activity(actor, row.id), self._show_activity, self.failed)

    def _show_activity(self, a: ActivityDTO | None) -> None:
        self.activity = a
        if a is None:
            self.activity_label.setText(self.tr("No activity in these days."))
            self.shifts.set_rows([])
            self.people.set_rows([])
            return
        now_shift = current_row(self.shift_list)
        self.activity_label.setText(
            self.tr("%1 — %2, %3. Leader: %4. In charge: %5. %6")
            .replace("%1", a.title)
            .replace("%2", term(RECURRENCE, a.recurrence))
            .replace("%3", a.place + (f"（{a.grid}）" if a.grid else ""))
            .replace("%4", a.leader or "—")
            .replace("%5", a.organizer or "—")
            .replace("%6", a.content)
        )
        self.shifts.set_rows(list(a.shifts))
        keep = now_shift is not None and select_id(self.shift_list, now_shift.id)
        if not keep and a.shifts:
            today = local_today()
            upcoming = next(
                (s for s in a.shifts if local_day(s.starts_at) >= today and not s.cancelled), a.shifts[0]
            )
            select_id(self.shift_list, upcoming.id)
        self._shift_chosen()

    def _shift_chosen(self) -> None:
        shift = current_row(self.shift_list)
        if shift is None:
            self.people.set_rows([])
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.shift_attendance(actor, shift.id), self.people.set_rows, self.failed
        )

    # -- actions -------------------------------------------------------------------------------------------
    def _shift(self) -> ShiftRow | None:
        shift = current_row(self.shift_list)
        if shift is None:
            self.error.setText(self.tr("Choose a shift first."))
        return shift

    def new_activity(self) -> None:
        if self.options is not None:
            self.open_dialog(dialogs.ActivityDialog(self.ctx, self.options, self))

    def cancel_shift(self) -> None:
        if (s := self._shift()) is None:
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        title = self.tr("Cancel the shift of %1").replace("%1", moment_text(s.starts_at))
        self.open_dialog(
            dialogs.ReasonDialog(
                self.ctx,
                title,
                "cancel_shift_dialog",
                lambda why: svc.cancel_shift(actor, s.id, s.version, why),
                self,
            )
        )

    def sign_up(self, assigned: bool = False) -> None:
        if (s := self._shift()) is None:
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        title = (self.tr("Assign a volunteer to %1") if assigned else self.tr("Sign up for %1")).replace(
            "%1", f"{s.title} {moment_text(s.starts_at)}"
        )
        self.open_dialog(
            dialogs.PickVolunteerDialog(
                self.ctx, title, lambda vid: svc.sign_up(actor, s.id, vid, assigned=assigned), parent=self
            )
        )

    def enter_hours(self) -> None:
        if (s := self._shift()) is None:
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        title = self.tr("Hours served on %1").replace("%1", f"{s.title} {moment_text(s.starts_at)}")
        self.open_dialog(
            dialogs.PickVolunteerDialog(
                self.ctx,
                title,
                lambda vid, h, why: svc.enter_hours(actor, s.id, vid, h, why),
                hours=True,
                parent=self,
            )
        )

    def withdraw(self) -> None:
        a = current_row(self.people_list)
        if a is None:
            self.error.setText(self.tr("Choose a volunteer on the shift first."))
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_write(lambda: svc.withdraw(actor, a.id, a.version), lambda _r: None, self.failed)
