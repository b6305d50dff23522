"""The check-in desk: one line where the desk types a volunteer number, ID or name — or where a keyboard-wedge
scanner types the QR code of a card and Enter, which checks the volunteer in (or out) at once. Today's shifts,
who is in now, and the day's end that closes forgotten check-outs and flags them for a leader."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.changes import Kind
from desktop.devices.id_reader import ScanBurst
from desktop.devices.id_reader import monotonic as _monotonic
from desktop.services.core.clock import today as local_today
from desktop.services.volunteers.dto import DeskMatch, DeskToday, ScanResult
from desktop.views.common.form_helpers import button, debounced, hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREEN, Column, RowTableModel, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.volunteers.labels import error_message, time_text

MATCH_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DeskPage", "Number"), field("volunteer_no")),
    Column(QT_TRANSLATE_NOOP("DeskPage", "Name"), field("name")),
    Column(QT_TRANSLATE_NOOP("DeskPage", "Team"), field("team_label")),
    Column(QT_TRANSLATE_NOOP("DeskPage", "ID number"), field("id_number")),
    Column(QT_TRANSLATE_NOOP("DeskPage", "Phone"), field("phone")),
    Column(
        QT_TRANSLATE_NOOP("DeskPage", "Today"),
        lambda m: "、".join(f"{s.title} {time_text(s.starts_at)}-{time_text(s.ends_at)}" for s in m.shifts),
        foreground=lambda m: GREEN if m.present else None,
    ),
)
SHIFT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DeskPage", "Starts"), lambda s: time_text(s.starts_at)),
    Column(QT_TRANSLATE_NOOP("DeskPage", "Ends"), lambda s: time_text(s.ends_at)),
    Column(QT_TRANSLATE_NOOP("DeskPage", "Activity"), field("title")),
    Column(QT_TRANSLATE_NOOP("DeskPage", "In / signed up"), lambda s: f"{s.checked_in}/{s.signed_up}"),
)
PRESENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DeskPage", "Since"), lambda a: time_text(a.check_in_at)),
    Column(QT_TRANSLATE_NOOP("DeskPage", "Number"), field("volunteer_no")),
    Column(QT_TRANSLATE_NOOP("DeskPage", "Name"), field("name")),
)


class ScanFilter(QObject):
    """Watches the keys typed into the desk's line: a burst ended by Enter is a scanner's, and ``on_scan`` gets
    its text (the field is cleared for the next card); anything typed by a person is left to the field."""

    def __init__(
        self, field: QLineEdit, on_scan: Callable[[str], None], *, max_gap_ms: int = 35, clock=_monotonic
    ):
        super().__init__(field)
        self.burst = ScanBurst(max_gap=max_gap_ms / 1000)
        self._on_scan, self._clock, self._field = on_scan, clock, field
        field.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.burst.enter(self._clock())
            if text is None:
                return False
            self._field.clear()
            self._on_scan(text)
            return True
        if len(event.text()) == 1 and event.text().isprintable():
            self.burst.feed(event.text(), self._clock())
        return False


class DeskPage(RoomPage):
    kinds = frozenset({Kind.ATTENDANCE, Kind.ACTIVITY, Kind.VOLUNTEER})
    error_message = staticmethod(error_message)

    def __init__(self, ctx: ViewContext, parent=None, *, clock=_monotonic):
        super().__init__(ctx, "desk_page", parent, first="today")
        self.closed_stale = False
        named(self, "scan", QLineEdit())
        self.scan.setPlaceholderText(
            self.tr("Scan the card, or type a volunteer number, ID or name, then Enter")
        )
        self.scan.setMinimumHeight(36)
        font = self.scan.font()
        font.setPointSize(font.pointSize() + 4)
        self.scan.setFont(font)
        self.scanner = ScanFilter(self.scan, self.scanned, clock=clock)
        self._typing = debounced(self, 250, self.look_up)
        self.scan.textEdited.connect(lambda _t: self._typing.start())
        self.scan.returnPressed.connect(self.typed_enter)
        named(self, "result_label", QLabel(self.tr("Ready.")))
        self.result_label.setWordWrap(True)
        font = self.result_label.font()
        font.setPointSize(font.pointSize() + 3)
        self.result_label.setFont(font)
        self.matches = RowTableModel(MATCH_COLUMNS, "DeskPage", self)
        self.match_list = table_view("match_list", self.matches, (100, 80, 100, 160, 110))
        self.shifts = RowTableModel(SHIFT_COLUMNS, "DeskPage", self)
        self.shift_list = table_view("shift_list", self.shifts, (60, 60, 200))
        self.present = RowTableModel(PRESENT_COLUMNS, "DeskPage", self)
        self.present_list = table_view("present_list", self.present, (60, 100))
        named(self, "today_label", QLabel(""))
        vbox(
            hbox((self.scan, 1)),
            self.result_label,
            (self.match_list, 2),
            hbox(
                button(self, "check_in_button", self.tr("Check in to the shift chosen"), self.check_in),
                button(self, "check_out_button", self.tr("Check out"), self.check_out),
                1,
                button(self, "close_day_button", self.tr("End of day…"), self.close_day),
            ),
            hbox(
                vbox(QLabel(self.tr("Today's shifts")), (self.shift_list, 1), margins=0),
                vbox(QLabel(self.tr("In now")), (self.present_list, 1), margins=0),
            ),
            self.today_label,
            self.error,
            parent=self,
        )
        self.scan.setFocus()

    # -- today ---------------------------------------------------------------------------------------------
    def query(self, _filt):
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        return lambda: svc.desk_today(actor)

    def show_result(self, _filt, today: DeskToday) -> None:
        self.shifts.set_rows(list(today.shifts))
        self.present.set_rows(list(today.present))
        self.today_label.setText(
            self.tr("%1 shifts today, %2 volunteers in now.")
            .replace("%1", str(len(today.shifts)))
            .replace("%2", str(len(today.present)))
        )
        if today.open_before_today and not self.closed_stale:
            self.closed_stale = True  # a day's end was missed: close those check-ins now, flagged
            svc, actor, yesterday = (
                self.ctx.services.volunteers,
                self.ctx.actor,
                local_today() - timedelta(days=1),
            )
            self.ctx.tasks.run_write(lambda: svc.close_day(actor, yesterday), self._closed, self.failed)

    # -- finding and checking in ---------------------------------------------------------------------------
    def look_up(self) -> None:
        text = self.scan.text().strip()
        if not text:
            self.matches.set_rows([])
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_read(lambda: svc.desk_lookup(actor, text), self._found, self.failed)

    def _found(self, rows: list[DeskMatch]) -> None:
        self.matches.set_rows(rows)
        if rows:
            self.match_list.selectRow(0)
        self.result_label.setText(self.tr("%n found", "", len(rows)) if rows else self.tr("Nobody found."))

    def typed_enter(self) -> None:
        """Enter after typing: look up now (a scan never gets here, its Enter is taken by the scan filter)."""
        self._typing.stop()
        self.look_up()

    def scanned(self, text: str) -> None:
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_write(lambda: svc.scan(actor, text), self._scan_done, self.failed)

    def _scan_done(self, r: ScanResult) -> None:
        self.error.setText("")
        name = r.volunteer.name if r.volunteer else ""
        if r.action == "checked_in":
            text = (
                self.tr("%1 checked in at %2.")
                .replace("%1", name)
                .replace("%2", time_text(r.attendance.check_in_at))
            )
        elif r.action == "checked_out":
            text = (
                self.tr("%1 checked out at %2: %3 hours, waiting for approval.")
                .replace("%1", name)
                .replace("%2", time_text(r.attendance.check_out_at))
                .replace("%3", f"{r.attendance.hours.normalize():f}")
            )
        elif r.action == "choose_shift":
            text = self.tr("%1 has no shift now: choose one of today's shifts and check in.").replace(
                "%1", name
            )
            self.matches.set_rows([r.volunteer])
            self.match_list.selectRow(0)
        elif r.action == "not_active":
            text = self.tr("%1 is not serving now (paused or left).").replace("%1", name)
        else:
            text = self.tr("No volunteer has this number.")
        self.result_label.setText(text)
        self.scan.setFocus()

    def _chosen(self) -> DeskMatch | None:
        m = current_row(self.match_list)
        if m is None:
            self.error.setText(self.tr("Find the volunteer first."))
        return m

    def check_in(self) -> None:
        m = self._chosen()
        if m is None:
            return
        shift = current_row(self.shift_list)
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        sid = shift.id if shift is not None else None
        self.ctx.tasks.run_write(
            lambda: svc.check_in(actor, m.volunteer_id, sid),
            lambda a: self.result_label.setText(
                self.tr("%1 checked in at %2.").replace("%1", m.name).replace("%2", time_text(a.check_in_at))
            ),
            self.failed,
        )

    def check_out(self) -> None:
        present = current_row(self.present_list)
        m = current_row(self.match_list)
        open_ = next((s for s in (m.shifts if m else ()) if s.check_in_at and not s.check_out_at), None)
        attendance_id = open_.attendance_id if open_ else (present.id if present else None)
        if attendance_id is None:
            self.error.setText(self.tr("Choose a volunteer who is in."))
            return
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_write(
            lambda: svc.check_out(actor, attendance_id),
            lambda a: self.result_label.setText(
                self.tr("%1 checked out at %2: %3 hours, waiting for approval.")
                .replace("%1", a.name)
                .replace("%2", time_text(a.check_out_at))
                .replace("%3", f"{a.hours.normalize():f}")
            ),
            self.failed,
        )

    def close_day(self) -> None:
        svc, actor = self.ctx.services.volunteers, self.ctx.actor
        self.ctx.tasks.run_write(lambda: svc.close_day(actor, None), self._closed, self.failed)

    def _closed(self, rows) -> None:
        self.result_label.setText(
            self.tr(
                "%n check-ins never closed were closed at their shift's end, for a leader to confirm.",
                "",
                len(rows),
            )
            if rows
            else self.tr("Nobody left without checking out.")
        )
