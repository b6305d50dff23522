"""Hours approval: the hours waiting (from check-outs and the leaders' entries) or the day-end closes to confirm,
approved one by one or all those chosen at once; rejected or corrected with a reason; each with its history.
A volunteer reaching a new star level is said when it happens."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel

from desktop.changes import Kind
from desktop.services.core.vocabulary import HOURS_ACTION, HOURS_STATUS
from desktop.services.volunteers.dto import ApprovalResult, HoursRow
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.labels import term
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import ORANGE, Column, RowRole, RowTableModel, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.volunteers import dialogs
from desktop.views.volunteers.labels import error_message, hours_text, moment_text, star_text, time_text

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("HoursPage", "Shift"), lambda h: moment_text(h.starts_at)),
    Column(QT_TRANSLATE_NOOP("HoursPage", "Activity"), field("title")),
    Column(QT_TRANSLATE_NOOP("HoursPage", "Number"), field("volunteer_no")),
    Column(QT_TRANSLATE_NOOP("HoursPage", "Name"), field("name")),
    Column(QT_TRANSLATE_NOOP("HoursPage", "In"), lambda h: time_text(h.check_in_at)),
    Column(
        QT_TRANSLATE_NOOP("HoursPage", "Out"),
        lambda h: time_text(h.check_out_at) + (" ⚠" if h.auto_closed else ""),
        foreground=lambda h: ORANGE if h.auto_closed else None,
    ),
    Column(QT_TRANSLATE_NOOP("HoursPage", "Hours"), lambda h: hours_text(h.hours)),
)
HISTORY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("HoursPage", "When"), lambda h: moment_text(h.at)),
    Column(QT_TRANSLATE_NOOP("HoursPage", "Who"), field("by")),
    Column(QT_TRANSLATE_NOOP("HoursPage", "What"), lambda h: term(HOURS_ACTION, h.action)),
    Column(
        QT_TRANSLATE_NOOP("HoursPage", "Hours"),
        lambda h: f"{hours_text(h.hours_before) or '—'} → {hours_text(h.hours_after) or '—'}",
    ),
    Column(QT_TRANSLATE_NOOP("HoursPage", "Reason"), lambda h: h.reason or ""),
)


class HoursPage(RoomPage):
    kinds = frozenset({Kind.ATTENDANCE})
    error_message = staticmethod(error_message)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "hours_page", parent, first="pending")
        named(self, "status_filter", QComboBox())
        for code in ("pending", "flagged", "approved", "rejected"):
            self.status_filter.addItem(term(HOURS_STATUS, code), code)
        self.model = RowTableModel(COLUMNS, "HoursPage", self)
        self.hours_list = table_view("hours_list", self.model, (130, 150, 90, 80, 50, 60))
        self.hours_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.history = RowTableModel(HISTORY_COLUMNS, "HoursPage", self)
        self.history_list = table_view("history_list", self.history, (130, 80, 110, 110))
        self.history_list.setMaximumHeight(170)
        named(self, "summary", QLabel(""))
        named(self, "stars_label", QLabel(""))
        self.stars_label.setWordWrap(True)
        self.stars_label.setStyleSheet("color: #1b5e20; font-weight: bold")
        vbox(
            hbox(QLabel(self.tr("Show")), (self.status_filter, 0), 1, self.summary),
            (self.hours_list, 1),
            hbox(
                button(self, "approve_button", self.tr("Approve the ones chosen"), self.approve_chosen),
                button(self, "approve_all_button", self.tr("Approve all shown"), self.approve_all),
                button(self, "reject_button", self.tr("Reject…"), self.reject),
                button(self, "correct_button", self.tr("Correct…"), self.correct),
                1,
            ),
            self.stars_label,
            QLabel(self.tr("History of the hours chosen")),
            self.history_list,
            self.error,
            parent=self,
        )
        self.reload_on(self.status_filter)
        self.hours_list.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())

    def filter(self) -> str:
        return self.status_filter.currentData() if hasattr(self, "status_filter") else "pending"

    def query(self, status: str):
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        return lambda: svc.hours_queue(actor, status)

    def show_result(self, _status, rows: list[HoursRow]) -> None:
        self.model.set_rows(rows)
        total = sum((r.hours or Decimal(0) for r in rows), Decimal(0))
        self.summary.setText(
            self.tr("%1 entries, %2 hours")
            .replace("%1", str(len(rows)))
            .replace("%2", hours_text(total) or "0")
        )
        self.history.set_rows([])

    def _chosen(self) -> None:
        row = current_row(self.hours_list)
        if row is None:
            self.history.set_rows([])
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: svc.hours_history(actor, row.attendance_id), self.history.set_rows, self.failed
        )

    def chosen_rows(self) -> list[HoursRow]:
        rows = {i.row() for i in self.hours_list.selectionModel().selectedRows()}
        return [self.model.index(r, 0).data(RowRole) for r in sorted(rows)]

    def _approve(self, rows: list[HoursRow]) -> None:
        if not rows:
            self.error.setText(self.tr("Choose the hours to approve."))
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        items = [(r.attendance_id, r.version) for r in rows]
        self.ctx.tasks.run_write(lambda: svc.approve(actor, items), self._approved, self.failed)

    def approve_chosen(self) -> None:
        self._approve(self.chosen_rows())

    def approve_all(self) -> None:
        self._approve(self.model.rows())

    def _approved(self, result: ApprovalResult) -> None:
        text = self.tr("%n entries approved.", "", result.approved)
        for s in result.stars_reached:
            text += " " + self.tr("%1 has reached %2 with %3 hours!").replace("%1", s.name).replace(
                "%2", star_text(s.level)
            ).replace("%3", hours_text(s.hours))
        self.stars_label.setText(text)

    def reject(self) -> None:
        row = current_row(self.hours_list)
        if row is None:
            self.error.setText(self.tr("Choose the hours to reject."))
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.open_dialog(
            dialogs.ReasonDialog(
                self.ctx,
                self.tr("Reject %1's hours").replace("%1", row.name),
                "reject_dialog",
                lambda why: svc.reject(actor, row.attendance_id, row.version, why),
                self,
            )
        )

    def correct(self) -> None:
        row = current_row(self.hours_list)
        if row is None:
            self.error.setText(self.tr("Choose the hours to correct."))
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.open_dialog(
            dialogs.HoursDialog(
                self.ctx,
                self.tr("Correct %1's hours").replace("%1", row.name),
                hours_text(row.hours),
                lambda h, why: svc.correct(actor, row.attendance_id, row.version, h, why),
                self,
            )
        )
