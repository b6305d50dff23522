"""Due and overdue follow-ups of key-group members: each worker's own, and everyone's for the director
and the community police officer (with a worker filter)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from desktop.changes import Kind
from desktop.services.core.permissions import Perm
from desktop.services.residents.dto import DueFollowUp
from desktop.views.common.form_helpers import hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import RED, Column, RowTableModel, field
from desktop.views.common.table_view import table_view
from desktop.views.context import ViewContext
from desktop.views.residents.forms import resident_error_text


def _red_if_overdue(d: DueFollowUp):
    return RED if d.overdue_days > 0 else None


COLUMNS = tuple(
    Column(header, display, foreground=_red_if_overdue)
    for header, display in (
        (QT_TRANSLATE_NOOP("FollowUpsPage", "Due"), lambda d: d.due_on.isoformat()),
        (
            QT_TRANSLATE_NOOP("FollowUpsPage", "Overdue (days)"),
            lambda d: str(d.overdue_days) if d.overdue_days > 0 else "",
        ),
        (QT_TRANSLATE_NOOP("FollowUpsPage", "Person"), field("person_name")),
        (QT_TRANSLATE_NOOP("FollowUpsPage", "Key group"), field("group_name")),
        (
            QT_TRANSLATE_NOOP("FollowUpsPage", "Risk"),
            lambda d: "" if d.risk_level is None else str(d.risk_level),
        ),
        (QT_TRANSLATE_NOOP("FollowUpsPage", "Worker"), field("worker_name")),
    )
)
WITHIN_DAYS = 7


class FollowUpsPage(RoomPage):
    kinds = frozenset({Kind.FOLLOW_UP, Kind.MEMBERSHIP, Kind.PERSON})
    error_message = staticmethod(resident_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "follow_ups_page", parent, first=(None, WITHIN_DAYS))
        named(self, "worker_filter", QComboBox())
        self.worker_filter.addItem(self.tr("All workers"), None)
        self.worker_filter.setVisible(ctx.can(Perm.KEY_GROUPS_READ))
        named(self, "within_days", QSpinBox())
        self.within_days.setRange(0, 90)
        self.within_days.setValue(WITHIN_DAYS)
        self.within_days.setSuffix(self.tr(" days ahead"))
        self.model = RowTableModel(COLUMNS, "FollowUpsPage", self)
        self.due_list = table_view("due_list", self.model, (90, 90, 100, 140, 50))
        named(self, "summary", QLabel(""))
        top = hbox(QLabel(self.tr("Follow-ups due")), self.within_days, self.worker_filter, 1)
        vbox(top, (self.due_list, 1), hbox(self.summary, (self.error, 1)), parent=self)
        self.reload_on(self.worker_filter, self.within_days)
        if ctx.can(Perm.KEY_GROUPS_READ):
            ctx.tasks.run_read(
                lambda: ctx.services.key_groups.list_workers(ctx.actor), self._workers, self.failed
            )

    def _workers(self, workers) -> None:
        for w in workers:
            self.worker_filter.addItem(w.full_name, w.id)

    def filter(self):
        return self.worker_filter.currentData(), self.within_days.value()

    def query(self, filt):
        svc, actor, (worker, within) = self.ctx.services.key_groups, self.ctx.actor, filt
        return lambda: svc.due_follow_ups(actor, within_days=within, worker_id=worker)

    def show_result(self, _filt, rows: list[DueFollowUp]) -> None:
        self.model.set_rows(rows)
        overdue = sum(1 for d in rows if d.overdue_days > 0)
        self.summary.setText(
            self.tr("%1 due, %2 overdue").replace("%1", str(len(rows))).replace("%2", str(overdue))
        )
