"""The tasks of each owner: what the meetings decided (and the rounds left to resolve), on the owner's list until
done; those who hold the meetings choose whose list to see, or everyone's."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from desktop.changes import Kind
from desktop.services.core.permissions import Perm
from desktop.services.rhythm.dto import TaskDTO
from desktop.views.common.form_helpers import button, day_text, hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREY, RED, Column, RowTableModel, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import rhythm_error_text
from desktop.views.rhythm.meeting_dialogs import CompleteTaskDialog

EVERYONE = 0


def _brush(t: TaskDTO):
    if t.done:
        return GREY
    return RED if t.overdue_days > 0 else None


COLUMNS = tuple(
    Column(header, display, foreground=_brush)
    for header, display in (
        (QT_TRANSLATE_NOOP("TasksPage", "Due"), lambda t: day_text(t.due_on)),
        (
            QT_TRANSLATE_NOOP("TasksPage", "Overdue (days)"),
            lambda t: str(t.overdue_days) if t.overdue_days else "",
        ),
        (QT_TRANSLATE_NOOP("TasksPage", "Task"), field("text")),
        (QT_TRANSLATE_NOOP("TasksPage", "Owner"), field("owner_name")),
        (QT_TRANSLATE_NOOP("TasksPage", "From"), field("source")),
        (QT_TRANSLATE_NOOP("TasksPage", "Done"), lambda t: f"{day_text(t.done_on)} {t.done_note}".strip()),
    )
)


class TasksPage(RoomPage):
    kinds = frozenset({Kind.TASK})
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "tasks_page", parent, first=(None, False))
        named(self, "owner", QComboBox())
        self.owner.addItem(self.tr("My tasks"), None)
        manage = ctx.can(Perm.MEETINGS_EDIT)
        if manage:
            self.owner.addItem(self.tr("Everyone's"), EVERYONE)
            svc = ctx.services.rhythm.tasks
            ctx.tasks.run_read(lambda: svc.owners(ctx.actor), self._owners, self.failed)
        self.owner.setVisible(manage)
        named(self, "include_done", QCheckBox(self.tr("Show done ones too")))
        self.model = RowTableModel(COLUMNS, "TasksPage", self)
        self.task_list = table_view("task_list", self.model, (120, 90, 300, 80, 170))
        named(self, "summary", QLabel(""))
        button(self, "complete_task", self.tr("Done…"), self._complete)
        vbox(
            hbox(QLabel(self.tr("Tasks")), self.owner, self.include_done, 1, self.summary),
            (self.task_list, 1),
            hbox(self.complete_task, 1, (self.error, 3)),
            parent=self,
        )
        self.reload_on(self.owner, self.include_done)

    def _owners(self, owners) -> None:
        for o in owners:
            if o.id != self.ctx.actor.id:
                self.owner.addItem(o.full_name, o.id)

    def filter(self):
        return self.owner.currentData(), self.include_done.isChecked()

    def query(self, filt):
        svc, actor, (owner, done) = self.ctx.services.rhythm.tasks, self.ctx.actor, filt
        return lambda: svc.tasks(actor, owner_id=owner, include_done=done)

    def show_result(self, _filt, rows: list[TaskDTO]) -> None:
        self.model.set_rows(rows)
        open_ = [t for t in rows if not t.done]
        late = sum(1 for t in open_ if t.overdue_days > 0)
        self.summary.setText(
            self.tr("%1 open, %2 overdue").replace("%1", str(len(open_))).replace("%2", str(late))
        )

    def _complete(self) -> None:
        t = current_row(self.task_list)
        if t is not None and not t.done:
            self.open_dialog(CompleteTaskDialog(self.ctx, t, self))
