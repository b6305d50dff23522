"""The audit log for the director and the administrator: browse, filter, verify the hash chain."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.admin.audit_table_model import ACTIONS, AuditTableModel, action_label
from desktop.views.common.messages import error_text
from desktop.views.context import ViewContext


class AuditPage(QWidget):
    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("audit_page")
        self.ctx = ctx
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("user name"))
        self.action = QComboBox()
        self.action.setObjectName("action")
        self.action.addItem(self.tr("All actions"), None)
        for a in ACTIONS:
            self.action.addItem(action_label(a), a)
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since.setObjectName("since")
        self.since.setCalendarPopup(True)
        self.until = QDateEdit(QDate.currentDate())
        self.until.setObjectName("until")
        self.until.setCalendarPopup(True)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("search_button")
        self.verify_button = QPushButton(self.tr("Verify integrity"))
        self.verify_button.setObjectName("verify_button")
        self.status = QLabel("")
        self.status.setObjectName("status")
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            AuditTableModel.COL_SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()

        bar = QHBoxLayout()
        for w in (
            QLabel(self.tr("User")),
            self.username,
            self.action,
            QLabel(self.tr("From")),
            self.since,
            QLabel(self.tr("to")),
            self.until,
            self.search_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table)
        lay.addWidget(self.status)

        self.search_button.clicked.connect(self.reload)
        self.username.returnPressed.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        ctx.tasks.bus.changed.connect(lambda _ch: self.reload())
        self.reload()

    def reload(self) -> None:
        since = datetime.combine(self.since.date().toPython(), time.min).astimezone()
        until = datetime.combine(self.until.date().toPython(), time.max).astimezone()
        args = dict(
            username=self.username.text().strip() or None,
            action=self.action.currentData(),
            since=since,
            until=until,
        )
        self.ctx.tasks.run_read(
            lambda: self.ctx.services.audit.search(self.ctx.actor, **args), self._show, self._failed
        )

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            AuditTableModel.COL_SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        self.status.setText(self.tr("%n entries", "", len(rows)))

    def verify(self) -> None:
        self.status.setText(self.tr("Checking the chain…"))
        self.ctx.tasks.run_read(
            lambda: self.ctx.services.audit.verify(self.ctx.actor), self._verdict, self._failed
        )

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

    def _failed(self, exc) -> None:
        self.status.setText(error_text(exc))
