"""值班记录 and 交接班: the day's entries (what was seen, what was done, reported to whom), the matters still open,
the handover to the next operator and its confirmation, the online rate of the days; printable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

from desktop.changes import Changes, Kind
from desktop.services.core import clock, vocabulary
from desktop.services.monitoring.dto import DutyEntryDTO, DutyEntryInput, HandoverDraft
from desktop.views.common.date_field import DateField
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.labels import term
from desktop.views.common.print_preview_dialog import preview
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import ORANGE, Column, RowTableModel, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.monitoring.messages import monitoring_error


def _open_text(e: DutyEntryDTO) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DutyPage", "open") if e.open else ""


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DutyPage", "Time"), lambda e: f"{e.logged_at.astimezone(clock.CST):%H:%M}"),
    Column(QT_TRANSLATE_NOOP("DutyPage", "Kind"), lambda e: term(vocabulary.DUTY_KIND, e.kind)),
    Column(QT_TRANSLATE_NOOP("DutyPage", "Camera"), field("camera")),
    Column(QT_TRANSLATE_NOOP("DutyPage", "What was seen"), field("content")),
    Column(QT_TRANSLATE_NOOP("DutyPage", "What was done"), field("action")),
    Column(QT_TRANSLATE_NOOP("DutyPage", "Reported to"), field("reported_to")),
    Column(QT_TRANSLATE_NOOP("DutyPage", "Operator"), field("operator")),
    Column(
        QT_TRANSLATE_NOOP("DutyPage", "Matter"), _open_text, foreground=lambda e: ORANGE if e.open else None
    ),
)


class EntryDialog(FormDialog):
    kind = Kind.DUTY_LOG
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, cameras, parent=None):
        super().__init__(ctx, self.tr("Duty log entry"), "entry_dialog", parent)
        self.combo(
            "kind_box",
            self.tr("Kind"),
            [(k, term(vocabulary.DUTY_KIND, k)) for k in ("duty", "fault", "retention_check")],
            "duty",
        )
        self.combo(
            "camera_id", self.tr("Camera"), [(c.id, c.label) for c in cameras], blank=self.tr("(none)")
        )
        self.text("content", self.tr("What was seen"), height=60)
        self.text("action", self.tr("What was done"), height=50)
        self.line("reported_to", self.tr("Reported to"))
        self.check("open", self.tr("Still open: the next shift takes it over"))

    def job(self):
        data = DutyEntryInput(
            content=self.content.toPlainText(),
            camera_id=self.camera_id.currentData(),
            action=self.action.toPlainText(),
            reported_to=self.reported_to.text(),
            open=self.open.isChecked(),
            kind=self.kind_box.currentData(),
        )
        svc, actor = self.ctx.services.duty, self.ctx.actor
        return lambda: svc.add_entry(actor, data)


class HandoverDialog(FormDialog):
    """The handover lists what stands now (offline cameras, open matters); the next operator confirms it when
    signed in."""

    kind = Kind.HANDOVER
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, draft: HandoverDraft, colleagues, parent=None):
        super().__init__(ctx, self.tr("Hand over the shift"), "handover_dialog", parent)
        self.draft = draft
        self.combo("to_id", self.tr("To"), colleagues)
        self.note(
            "offline",
            "\n".join(draft.offline_cameras) or self.tr("All cameras online."),
            label=self.tr("Offline cameras"),
        )
        self.note(
            "matters",
            "\n".join(draft.open_matters) or self.tr("No open matters."),
            label=self.tr("Open matters"),
        )
        self.text("notes", self.tr("Notes (keys, equipment, …)"), height=60)
        self.save_button.setText(self.tr("Hand over"))

    def job(self):
        svc, actor, draft = self.ctx.services.duty, self.ctx.actor, self.draft
        to, notes = self.to_id.currentData(), self.notes.toPlainText()
        return lambda: svc.hand_over(actor, to, notes, draft)


class DutyPage(RoomPage):
    kinds = frozenset({Kind.DUTY_LOG, Kind.HANDOVER, Kind.CAMERA_EVENT})
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "duty_page", parent, first=clock.today())
        self.model = RowTableModel(COLUMNS, "DutyPage", self)
        self.table = table_view("table", self.model, (50, 80, 140, 300, 200, 100, 70), parent=self)
        self.day = named(self, "day", DateField(clock.today()))
        self.reload_on(self.day)
        self.pending = named(self, "pending", QLabel(""))
        self.pending.setStyleSheet("color: #b35c00; font-weight: bold")
        self.rates = named(self, "rates", QLabel(""))
        self.accept_button = button(
            self, "accept_button", self.tr("Confirm the handover"), self.accept_handover
        )
        self.accept_button.hide()
        self._pending = []
        vbox(
            hbox(
                self.day,
                button(self, "entry_button", self.tr("New entry"), self.new_entry),
                button(self, "close_button", self.tr("Matter dealt with"), self.close_matter),
                button(self, "handover_button", self.tr("Hand over"), self.hand_over),
                button(self, "print_button", self.tr("Print the day"), self.print_day),
                button(self, "print_handover_button", self.tr("Print last handover"), self.print_handover),
                1,
            ),
            hbox(self.pending, self.accept_button, 1),
            self.error,
            self.table,
            self.rates,
            parent=self,
        )

    def filter(self) -> date:
        return self.day.value() or clock.today()

    def query(self, day):
        duty, health, actor = self.ctx.services.duty, self.ctx.services.health, self.ctx.actor
        return lambda: (
            duty.entries(actor, day=day),
            duty.pending_for(actor),
            duty.handovers(actor, limit=1),
            health.day_rates(actor, days=7),
        )

    def show_result(self, day, result) -> None:
        entries, pending, last, rates = result
        self.model.set_rows(entries)
        self._pending, self._last = pending, last
        if pending:
            h = pending[0]
            self.pending.setText(
                self.tr("%1 handed the shift over to you at %2: %3 offline, %4 open matters.")
                .replace("%1", h.from_name)
                .replace("%2", f"{h.handed_at.astimezone(clock.CST):%H:%M}")
                .replace("%3", str(len(h.offline_cameras)))
                .replace("%4", str(len(h.open_matters)))
            )
        else:
            self.pending.setText("")
        self.accept_button.setVisible(bool(pending))
        self.rates.setText(
            self.tr("Online rate: %1").replace(
                "%1",
                "  ".join(f"{r.day:%m-%d} {r.rate:.0%}" for r in rates if r.rate is not None)
                or self.tr("no checks yet"),
            )
        )

    def changed(self, ch: Changes) -> None:
        self.reload()

    # -- actions ------------------------------------------------------------------------------------------------
    def new_entry(self) -> None:
        cams, actor = self.ctx.services.cameras, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: cams.list_cameras(actor),
            lambda rows: self.open_dialog(EntryDialog(self.ctx, rows, parent=self)),
            self.failed,
        )

    def close_matter(self) -> None:
        e = current_row(self.table)
        if e is None or not e.open:
            return
        svc, actor = self.ctx.services.duty, self.ctx.actor
        self.ctx.tasks.run_write(lambda: svc.close_matter(actor, e.id, e.version), None, self.failed)

    def hand_over(self) -> None:
        svc, actor = self.ctx.services.duty, self.ctx.actor
        self.ctx.tasks.run_read(
            lambda: (svc.handover_draft(actor), svc.colleagues(actor)),
            lambda r: self.open_dialog(HandoverDialog(self.ctx, r[0], r[1], parent=self)),
            self.failed,
        )

    def accept_handover(self) -> None:
        if not self._pending:
            return
        h = self._pending[0]
        svc, actor = self.ctx.services.duty, self.ctx.actor
        self.ctx.tasks.run_write(lambda: svc.accept_handover(actor, h.id, h.version), None, self.failed)

    def print_day(self) -> None:
        day = self.filter()
        self.open_dialog(preview(self.ctx, "duty_log", int(f"{day:%Y%m%d}"), parent=self))

    def print_handover(self) -> None:
        if getattr(self, "_last", None):
            self.open_dialog(preview(self.ctx, "shift_handover", self._last[0].id, parent=self))
