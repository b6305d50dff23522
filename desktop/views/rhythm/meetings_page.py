"""Meetings (碰头会, 综治警务工作例会, 联席会): the list, and the minutes of the one selected with the figures the
program filled, its decisions and who owns each; the minutes print as a 会议纪要."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser

from desktop.changes import Kind
from desktop.services.core.vocabulary import ATTENDEE_SIDE, MEETING_KIND
from desktop.services.rhythm.dto import Figures, MeetingDetail
from desktop.views.common.form_helpers import button, day_text, hbox, named, vbox
from desktop.views.common.labels import term, terms
from desktop.views.common.print_preview_dialog import preview
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import Column, RowTableModel
from desktop.views.common.table_view import current_row, select_id, table_view
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import figure, period_text, rhythm_error_text, when
from desktop.views.rhythm.meeting_dialogs import DecisionDialog, MeetingDialog

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("MeetingsPage", "Held"), lambda m: when(m.held_at)),
    Column(QT_TRANSLATE_NOOP("MeetingsPage", "Meeting"), lambda m: term(MEETING_KIND, m.kind)),
    Column(QT_TRANSLATE_NOOP("MeetingsPage", "No."), lambda m: m.number),
    Column(
        QT_TRANSLATE_NOOP("MeetingsPage", "Decisions open"), lambda m: f"{m.open_decisions} / {m.decisions}"
    ),
)


class MeetingsPage(RoomPage):
    kinds = frozenset({Kind.MEETING, Kind.TASK})
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "meetings_page", parent, first=None)
        self.staff = ()
        self.current: MeetingDetail | None = None
        named(self, "kind_filter", QComboBox())
        self.kind_filter.addItem(self.tr("All meetings"), None)
        for code, label in terms(MEETING_KIND):
            self.kind_filter.addItem(label, code)
        self.model = RowTableModel(COLUMNS, "MeetingsPage", self)
        self.meetings = table_view("meetings", self.model, (120, 160, 100))
        self.meetings.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        named(self, "minutes", QTextBrowser())
        button(self, "new_meeting", self.tr("New minutes…"), self._new)
        button(self, "edit_meeting", self.tr("Correct…"), self._edit)
        button(self, "add_decision", self.tr("Add a decision…"), self._decide)
        button(self, "refresh_figures", self.tr("Read the figures again"), self._refresh)
        button(self, "print_minutes", self.tr("会议纪要…"), self._print)
        vbox(
            hbox(QLabel(self.tr("Meetings")), self.kind_filter, 1, self.new_meeting),
            hbox((self.meetings, 2), (self.minutes, 3)),
            hbox(self.edit_meeting, self.add_decision, self.refresh_figures, 1, self.print_minutes),
            self.error,
            parent=self,
        )
        self.reload_on(self.kind_filter)
        self._enable()

    def filter(self):
        return self.kind_filter.currentData()

    def query(self, kind):
        svc, actor = self.ctx.services.rhythm.meetings, self.ctx.actor
        need_staff = not getattr(self, "staff", ())
        return lambda: (svc.meetings(actor, kind=kind), svc.staff(actor) if need_staff else None)

    def show_result(self, _kind, result) -> None:
        rows, staff = result
        if staff is not None:
            self.staff = staff
        keep = current_row(self.meetings)
        self.model.set_rows(rows)
        if keep is not None:
            select_id(self.meetings, keep.id)
        elif rows:
            self.meetings.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        row = current_row(self.meetings)
        if row is None:
            self.current = None
            self.minutes.setHtml("")
            self._enable()
            return
        svc, actor = self.ctx.services.rhythm.meetings, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.get(actor, row.id), self.show_meeting, self.failed)

    def show_meeting(self, m: MeetingDetail) -> None:
        self.current = m
        select_id(self.meetings, m.row.id)
        self.minutes.setHtml(self._html(m))
        self._enable()

    def _enable(self) -> None:
        on = getattr(self, "current", None) is not None
        for b in (self.edit_meeting, self.add_decision, self.refresh_figures, self.print_minutes):
            b.setEnabled(on)

    def _html(self, m: MeetingDetail) -> str:
        r = m.row
        people = "<br>".join(
            f"{term(ATTENDEE_SIDE, side)}："
            + "、".join(escape(a.name) for a in m.attendees if a.side == side)
            for side in ATTENDEE_SIDE
            if any(a.side == side for a in m.attendees)
        )
        decisions = "".join(
            f"<li>{escape(d.text)} — {escape(d.owner_name)}, {day_text(d.due_on)}"
            + (self.tr(" (done %1)").replace("%1", day_text(d.done_on)) if d.done else "")
            + "</li>"
            for d in m.decisions
        )
        figures_title = self.tr("Figures of the period")
        matters_title = self.tr("Matters discussed")
        decisions_title = self.tr("Decisions")
        return (
            f"<h3>{term(MEETING_KIND, r.kind)} {r.number}</h3>"
            f"<p>{when(r.held_at)}　{escape(r.place)}<br>"
            + self.tr("Chair: %1, recorder: %2")
            .replace("%1", escape(r.chair))
            .replace("%2", escape(m.recorder))
            + f"</p><p>{people}</p>"
            + f"<h4>{figures_title} {period_text(m.figures.period_from, m.figures.period_to)}</h4>"
            + self._figures(m.figures)
            + f"<h4>{matters_title}</h4><p>{escape(m.matters)}</p>"
            + f"<h4>{decisions_title}</h4><ol>{decisions}</ol>"
        )

    def _figures(self, f: Figures) -> str:
        rows = (
            (self.tr("Rounds signed / due"), f"{figure(f.rounds)} / {figure(f.rounds_due)}"),
            (self.tr("Areas with findings / reported 无"), f"{figure(f.findings)} / {figure(f.zero_areas)}"),
            (
                self.tr("Grid reports / waiting for routing"),
                f"{figure(f.grid_reports)} / {figure(f.unrouted)}",
            ),
            (self.tr("Open cases / overdue"), f"{figure(f.open_cases)} / {figure(f.overdue_cases)}"),
            (
                self.tr("Petitions due in 3 days / overdue"),
                f"{figure(f.petitions_due)} / {figure(f.petitions_overdue)}",
            ),
            (self.tr("Key-group follow-ups due"), figure(f.follow_ups_due)),
            (self.tr("Hazards open / overdue"), f"{figure(f.hazards_open)} / {figure(f.hazards_overdue)}"),
        )
        return "<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"

    def _new(self) -> None:
        self.open_dialog(MeetingDialog(self.ctx, self.staff, parent=self), self.show_meeting)

    def _edit(self) -> None:
        if self.current is not None:
            self.open_dialog(MeetingDialog(self.ctx, self.staff, self.current, self), self.show_meeting)

    def _decide(self) -> None:
        if self.current is not None:
            self.open_dialog(DecisionDialog(self.ctx, self.current, self.staff, self), self.show_meeting)

    def _refresh(self) -> None:
        if self.current is None:
            return
        svc, actor, row = self.ctx.services.rhythm.meetings, self.ctx.actor, self.current.row
        self.ctx.tasks.run_write(
            lambda: svc.refresh_figures(actor, row.id, row.version), self.show_meeting, self.failed
        )

    def _print(self) -> None:
        if self.current is not None:
            self.dialog = preview(self.ctx, "meeting_minutes", self.current.row.id, parent=self)
            self.dialog.open()
