"""The audit log for the director and the administrator: browse, filter, verify the hash chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit

from desktop.changes import Kind
from desktop.views.admin.audit_table_model import ACTIONS, AuditTableModel, action_label
from desktop.views.common.date_field import DateField
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_view import table_view
from desktop.views.context import ViewContext


@dataclass(frozen=True)
class _Filter:
    username: str | None
    action: str | None
    since: date
    until: date


class AuditPage(RoomPage):
    kinds = frozenset(Kind)  # every write leaves its line in the log

    def __init__(self, ctx: ViewContext, parent=None):
        since = QDate.currentDate().addMonths(-1).toPython()
        super().__init__(ctx, "audit_page", parent, first=_Filter(None, None, since, date.today()))
        named(self, "username", QLineEdit())
        self.username.setPlaceholderText(self.tr("user name"))
        named(self, "action", QComboBox())
        self.action.addItem(self.tr("All actions"), None)
        for a in ACTIONS:
            self.action.addItem(action_label(a), a)
        self.since = DateField(since)
        self.since.setObjectName("since")
        self.until = DateField(date.today())
        self.until.setObjectName("until")
        button(self, "search_button", self.tr("Search"), self.reload)
        button(self, "verify_button", self.tr("Verify integrity"), self.verify)
        named(self, "status", QLabel(""))
        self.model = AuditTableModel(self)
        self.table = table_view("table", self.model, stretch=AuditTableModel.COL_SUMMARY)
        bar = hbox(
            QLabel(self.tr("User")),
            self.username,
            self.action,
            QLabel(self.tr("From")),
            self.since,
            QLabel(self.tr("to")),
            self.until,
            self.search_button,
            1,
            self.verify_button,
        )
        vbox(bar, self.table, self.status, self.error, parent=self)
        self.username.returnPressed.connect(self.reload)

    def filter(self) -> _Filter:
        name = self.username.text().strip() or None
        return _Filter(name, self.action.currentData(), self.since.value(), self.until.value())

    def query(self, f: _Filter):
        svc, actor = self.ctx.services.audit, self.ctx.actor
        since = datetime.combine(f.since, time.min).astimezone()
        until = datetime.combine(f.until, time.max).astimezone()
        return lambda: svc.search(actor, username=f.username, action=f.action, since=since, until=until)

    def show_result(self, _f, rows) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            AuditTableModel.COL_SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        self.status.setText(self.tr("%n entries", "", len(rows)))

    def verify(self) -> None:
        self.status.setText(self.tr("Checking the chain…"))
        svc, actor = self.ctx.services.audit, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.verify(actor), self._verdict, self.failed)

    def _verdict(self, v) -> None:
        if v.ok:
            self.status.setText(
                self.tr("Intact: %1 entries checked, none changed or removed.").replace("%1", str(v.checked))
            )
            self.status.setStyleSheet("color: #1b5e20")
        else:
            what = self.tr("changed") if v.problem == "altered" else self.tr("removed before it")
            self.status.setText(
                self.tr("TAMPERED: entry %1 was %2. Tell the director.")
                .replace("%1", str(v.first_bad_id))
                .replace("%2", what)
            )
            self.status.setStyleSheet("color: #b00020; font-weight: bold")
