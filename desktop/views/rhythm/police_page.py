"""The police officer's desk of the rhythm: the notes grid reports left for them (marked read), and the weekly
notice to every grid (治安警情、维稳形势、公共安全、突出问题), drafted, issued and printed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit

from desktop.changes import Kind
from desktop.services.core.permissions import Perm
from desktop.services.rhythm.dto import BulletinDTO, BulletinInput
from desktop.views.common.form_helpers import button, day_text, hbox, named, vbox
from desktop.views.common.print_preview_dialog import preview
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import Column, RowTableModel, bold, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import rhythm_error_text, when

COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("PoliceDeskPage", "Sent"),
        lambda r: when(r.routed_at),
        font=lambda r: bold() if r.police_read_at is None else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("PoliceDeskPage", "From"),
        lambda r: f"{r.routed_by}（{r.grid_name} {r.reporter_name}）",
    ),
    Column(QT_TRANSLATE_NOOP("PoliceDeskPage", "Note"), field("route_reason")),
    Column(QT_TRANSLATE_NOOP("PoliceDeskPage", "Report"), field("seen")),
    Column(QT_TRANSLATE_NOOP("PoliceDeskPage", "Read"), lambda r: when(r.police_read_at)),
)
SECTIONS = (
    ("incidents", QT_TRANSLATE_NOOP("PoliceDeskPage", "Incidents (治安警情)")),
    ("stability", QT_TRANSLATE_NOOP("PoliceDeskPage", "Stability (维稳形势)")),
    ("public_safety", QT_TRANSLATE_NOOP("PoliceDeskPage", "Public safety (公共安全)")),
    ("problems", QT_TRANSLATE_NOOP("PoliceDeskPage", "Outstanding problems (突出问题)")),
    ("guidance", QT_TRANSLATE_NOOP("PoliceDeskPage", "What the grids are to do")),
)


class PoliceDeskPage(RoomPage):
    kinds = frozenset({Kind.GRID_REPORT, Kind.BULLETIN})
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "police_desk_page", parent, first=True)
        self.bulletin_dto: BulletinDTO | None = None
        named(self, "unread_only", QCheckBox(self.tr("Unread only")))
        self.unread_only.setChecked(True)
        self.model = RowTableModel(COLUMNS, "PoliceDeskPage", self)
        self.notes = table_view("notes", self.model, (120, 200, 220, 300))
        button(self, "mark_read", self.tr("Mark read"), self._mark_read)
        box = named(self, "bulletin_box", QGroupBox(self.tr("This week's notice to the grids")))
        form = QFormLayout(box)
        for name, label in SECTIONS:
            w = named(self, name, QPlainTextEdit())
            w.setTabChangesFocus(True)
            w.setMaximumHeight(52)
            form.addRow(QCoreApplication.translate("PoliceDeskPage", label), w)
        named(self, "bulletin_state", QLabel(""))
        issue = ctx.can(Perm.BULLETINS_ISSUE)
        button(self, "save_bulletin", self.tr("Save draft"), self._save, visible=issue)
        button(self, "issue_bulletin", self.tr("Issue to the grids"), self._issue, visible=issue)
        button(self, "print_bulletin", self.tr("Print…"), self._print)
        form.addRow(
            hbox((self.bulletin_state, 1), self.save_bulletin, self.issue_bulletin, self.print_bulletin)
        )
        vbox(
            hbox(QLabel(self.tr("Notes from grid reports")), self.unread_only, 1, self.mark_read),
            (self.notes, 2),
            (box, 3),
            self.error,
            parent=self,
        )
        self.reload_on(self.unread_only)

    def filter(self):
        return self.unread_only.isChecked()

    def query(self, unread):
        rhythm, actor = self.ctx.services.rhythm, self.ctx.actor
        return lambda: (
            rhythm.reports.police_notes(actor, unread_only=unread),
            rhythm.bulletins.of_week(actor),
        )

    def show_result(self, _unread, result) -> None:
        notes, bulletin = result
        self.model.set_rows(notes)
        self.show_bulletin(bulletin)

    def show_bulletin(self, b: BulletinDTO | None) -> None:
        self.bulletin_dto = b
        for name, _label in SECTIONS:
            getattr(self, name).setPlainText(getattr(b, name) if b else "")
            getattr(self, name).setReadOnly(bool(b and b.issued_at) or not self.ctx.can(Perm.BULLETINS_ISSUE))
        if b is None:
            self.bulletin_state.setText(self.tr("Not written yet"))
        elif b.issued_at is None:
            self.bulletin_state.setText(
                self.tr("Draft of the week of %1").replace("%1", day_text(b.week_start))
            )
        else:
            self.bulletin_state.setText(
                self.tr("Issued %1 by %2").replace("%1", when(b.issued_at)).replace("%2", b.issued_by)
            )
        issued = bool(b and b.issued_at)
        self.save_bulletin.setEnabled(not issued)
        self.issue_bulletin.setEnabled(b is not None and not issued)
        self.print_bulletin.setEnabled(b is not None)

    def _mark_read(self) -> None:
        r = current_row(self.notes)
        if r is None:
            return
        svc, actor = self.ctx.services.rhythm.reports, self.ctx.actor
        self.ctx.tasks.run_write(lambda: svc.mark_read(actor, r.id, r.version), lambda _d: None, self.failed)

    def _save(self) -> None:
        b = self.bulletin_dto
        inp = BulletinInput(date.today(), **{name: getattr(self, name).toPlainText() for name, _ in SECTIONS})
        svc, actor, version = self.ctx.services.rhythm.bulletins, self.ctx.actor, b.version if b else None
        self.ctx.tasks.run_write(lambda: svc.save(actor, inp, version), self.show_bulletin, self.failed)

    def _issue(self) -> None:
        b = self.bulletin_dto
        if b is None:
            return
        svc, actor = self.ctx.services.rhythm.bulletins, self.ctx.actor
        self.ctx.tasks.run_write(lambda: svc.issue(actor, b.id, b.version), self.show_bulletin, self.failed)

    def _print(self) -> None:
        if self.bulletin_dto is not None:
            self.dialog = preview(self.ctx, "police_bulletin", self.bulletin_dto.id, parent=self)
            self.dialog.open()
