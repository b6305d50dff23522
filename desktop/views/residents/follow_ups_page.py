"""Due and overdue follow-ups of key-group members: each worker's own, and everyone's for the director
and the community police officer (with a worker filter)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Kind
from desktop.services.core.permissions import Perm
from desktop.services.residents.dto import DueFollowUp
from desktop.views.context import ViewContext
from desktop.views.residents.forms import resident_error_text


class FollowUpsPage(QWidget):
    COLUMNS = 6

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(parent)
        self.setObjectName("follow_ups_page")
        self.ctx = ctx
        self.rows: list[DueFollowUp] = []
        self.worker_filter = QComboBox()
        self.worker_filter.setObjectName("worker_filter")
        self.worker_filter.addItem(self.tr("All workers"), None)
        self.worker_filter.setVisible(ctx.can(Perm.KEY_GROUPS_READ))
        self.within_days = QSpinBox()
        self.within_days.setObjectName("within_days")
        self.within_days.setRange(0, 90)
        self.within_days.setValue(7)
        self.within_days.setSuffix(self.tr(" days ahead"))
        self.due_list = QTableWidget(0, self.COLUMNS)
        self.due_list.setObjectName("due_list")
        self.due_list.setHorizontalHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Overdue (days)"),
                self.tr("Person"),
                self.tr("Key group"),
                self.tr("Risk"),
                self.tr("Worker"),
            ]
        )
        self.due_list.horizontalHeader().setStretchLastSection(True)
        self.due_list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Follow-ups due")))
        top.addWidget(self.within_days)
        top.addWidget(self.worker_filter)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.due_list, 1)
        lay.addWidget(self.summary)
        self.worker_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.within_days.valueChanged.connect(lambda _v: self.reload())
        ctx.tasks.bus.changed.connect(
            lambda ch: ch.touches(Kind.FOLLOW_UP, Kind.MEMBERSHIP, Kind.PERSON) and self.reload()
        )
        if ctx.can(Perm.KEY_GROUPS_READ):
            ctx.tasks.run_read(lambda: ctx.services.residents.list_workers(ctx.actor), self._workers)
        self.reload()

    def show_records(self, drill) -> None:
        """The desk's "follow-ups overdue": those due up to today (the overdue ones first)."""
        self.within_days.setValue(0)
        self.reload()

    def _workers(self, workers) -> None:
        for w in workers:
            self.worker_filter.addItem(w.full_name, w.id)

    def reload(self) -> None:
        svc, actor = self.ctx.services.residents, self.ctx.actor
        worker, within = self.worker_filter.currentData(), self.within_days.value()
        self.ctx.tasks.run_read(
            lambda: svc.due_follow_ups(actor, within_days=within, worker_id=worker),
            self._show,
            lambda e: self.summary.setText(resident_error_text(e)),
        )

    def _show(self, rows: list[DueFollowUp]) -> None:
        self.rows = rows
        self.due_list.setRowCount(len(rows))
        for i, d in enumerate(rows):
            values = [
                d.due_on.isoformat(),
                str(d.overdue_days) if d.overdue_days > 0 else "",
                d.person_name,
                d.group_name,
                "" if d.risk_level is None else str(d.risk_level),
                d.worker_name,
            ]
            for col, v in enumerate(values):
                item = QTableWidgetItem(v)
                if d.overdue_days > 0:
                    item.setForeground(QColor("#b00020"))
                self.due_list.setItem(i, col, item)
        overdue = sum(1 for d in rows if d.overdue_days > 0)
        self.summary.setText(
            self.tr("%1 due, %2 overdue").replace("%1", str(len(rows))).replace("%2", str(overdue))
        )
