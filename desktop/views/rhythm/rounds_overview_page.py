"""The director's view of the 集中排查: which rounds are due, late or missing (daily ones in the sensitive periods
the director marks here), how many areas each reported as 无; and this week's police notice."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

from desktop.changes import Kind
from desktop.services.core.permissions import Perm
from desktop.services.core.vocabulary import ROUND_CADENCE, ROUND_STATUS
from desktop.services.rhythm.dto import RoundSlot, SensitivePeriodDTO
from desktop.views.common.date_field import DateField
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import button, day_text, hbox, named, vbox
from desktop.views.common.labels import term
from desktop.views.common.print_preview_dialog import preview
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREEN, ORANGE, RED, Column, RowTableModel, bold, field
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext
from desktop.views.rhythm.labels import period_text, rhythm_error_text

WEEKS_BACK = 12
_BRUSH = {"missing": RED, "late": ORANGE, "done": GREEN}


def _brush(s: RoundSlot):
    return _BRUSH.get(s.status)


SLOT_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("RoundsOverviewPage", "Status"),
        lambda s: term(ROUND_STATUS, s.status),
        foreground=_brush,
        font=lambda s: bold() if s.status in ("missing", "due") else None,
    ),
    Column(QT_TRANSLATE_NOOP("RoundsOverviewPage", "Due"), lambda s: day_text(s.due_on)),
    Column(
        QT_TRANSLATE_NOOP("RoundsOverviewPage", "Period"), lambda s: period_text(s.period_start, s.period_end)
    ),
    Column(
        QT_TRANSLATE_NOOP("RoundsOverviewPage", "Cadence"),
        lambda s: term(ROUND_CADENCE, s.cadence) + (f"（{s.sensitive}）" if s.sensitive else ""),
    ),
    Column(
        QT_TRANSLATE_NOOP("RoundsOverviewPage", "Signed"),
        lambda s: f"{s.signed_by} {day_text(s.submitted_on)}".strip(),
    ),
    Column(
        QT_TRANSLATE_NOOP("RoundsOverviewPage", "无 / found"),
        lambda s: f"{s.zero_areas} / {s.found_areas}" if s.submitted_on else "",
    ),
)
PERIOD_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RoundsOverviewPage", "Sensitive period"), field("name")),
    Column(QT_TRANSLATE_NOOP("RoundsOverviewPage", "From"), lambda p: day_text(p.starts_on)),
    Column(QT_TRANSLATE_NOOP("RoundsOverviewPage", "To"), lambda p: day_text(p.ends_on)),
)


class PeriodDialog(FormDialog):
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, self.tr("Mark a sensitive period"), "period_dialog", parent)
        self.line("name", self.tr("Name"), hint=self.tr("春节, 全国两会 …"))
        self.day("starts_on", self.tr("From"), date.today())
        self.day("ends_on", self.tr("To"), date.today() + timedelta(days=7))
        self.line("period_note", self.tr("Note"))

    def job(self):
        svc, actor = self.ctx.services.rhythm.rounds, self.ctx.actor
        name, start, end, note = (
            self.name.text(),
            self.day_of(self.starts_on),
            self.day_of(self.ends_on),
            self.period_note.text(),
        )
        return lambda: svc.add_period(actor, name, start, end, note)


class VoidPeriodDialog(FormDialog):
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, period: SensitivePeriodDTO, parent=None):
        super().__init__(ctx, self.tr("Remove a sensitive period"), "void_period_dialog", parent)
        self.period = period
        self.note(
            "which", f"{period.name} {period_text(period.starts_on, period.ends_on)}", label=self.tr("Period")
        )
        self.line("reason", self.tr("Why"))

    def job(self):
        svc, actor, p, why = self.ctx.services.rhythm.rounds, self.ctx.actor, self.period, self.reason.text()
        return lambda: svc.void_period(actor, p.id, p.version, why)


class RoundsOverviewPage(RoomPage):
    kinds = frozenset({Kind.ROUND, Kind.SENSITIVE_PERIOD, Kind.BULLETIN, Kind.CALENDAR})
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        today = date.today()
        start = today - timedelta(weeks=WEEKS_BACK)
        super().__init__(ctx, "rounds_overview_page", parent, first=(start, today))
        named(self, "date_from", DateField(start))
        named(self, "date_to", DateField(today))
        self.slots_model = RowTableModel(SLOT_COLUMNS, "RoundsOverviewPage", self)
        self.slots = table_view("slots", self.slots_model, (80, 130, 190, 190, 150))
        self.periods_model = RowTableModel(PERIOD_COLUMNS, "RoundsOverviewPage", self)
        self.periods = table_view("periods", self.periods_model, (140, 120))
        self.periods.setMaximumHeight(150)
        named(self, "summary", QLabel(""))
        named(self, "bulletin", QLabel(""))
        oversee = ctx.can(Perm.ROUNDS_OVERSEE)
        button(self, "add_period", self.tr("Mark a sensitive period…"), self._add_period, visible=oversee)
        button(self, "remove_period", self.tr("Remove…"), self._remove_period, visible=oversee)
        button(self, "print_register", self.tr("Register…"), lambda: self._print("round_register"))
        button(self, "print_zero", self.tr("零报告…"), lambda: self._print("zero_report"))
        vbox(
            hbox(
                QLabel(self.tr("Rounds due from")),
                self.date_from,
                QLabel(self.tr("to")),
                self.date_to,
                1,
                self.summary,
            ),
            (self.slots, 3),
            hbox(self.print_register, self.print_zero, 1, self.bulletin),
            hbox(
                QLabel(self.tr("Sensitive periods: the rounds are daily in them")),
                1,
                self.add_period,
                self.remove_period,
            ),
            (self.periods, 1),
            self.error,
            parent=self,
        )
        self.reload_on(self.date_from, self.date_to)

    def filter(self):
        return self.date_from.value() or date.today(), self.date_to.value() or date.today()

    def query(self, filt):
        rhythm, actor, (start, end) = self.ctx.services.rhythm, self.ctx.actor, filt

        def read():
            bulletin = rhythm.bulletins.of_week(actor) if self.ctx.can(Perm.ROUNDS_OVERSEE) else None
            return (
                rhythm.rounds.schedule(actor, start, end),
                rhythm.rounds.periods(actor, since=start),
                bulletin,
            )

        return read

    def show_result(self, _filt, result) -> None:
        slots, periods, bulletin = result
        self.slots_model.set_rows(slots)
        self.periods_model.set_rows(periods)
        count = {k: sum(1 for s in slots if s.status == k) for k in ("due", "late", "missing")}
        self.summary.setText(
            self.tr("%1 due, %2 late, %3 missing")
            .replace("%1", str(count["due"]))
            .replace("%2", str(count["late"]))
            .replace("%3", str(count["missing"]))
        )
        if bulletin is None:
            self.bulletin.setText(self.tr("This week's police notice: not written"))
        elif bulletin.issued_at is None:
            self.bulletin.setText(self.tr("This week's police notice: drafted, not issued"))
        else:
            self.bulletin.setText(
                self.tr("This week's police notice: issued by %1").replace("%1", bulletin.issued_by)
            )

    def _add_period(self) -> None:
        self.open_dialog(PeriodDialog(self.ctx, self))

    def _remove_period(self) -> None:
        p = current_row(self.periods)
        if p is not None:
            self.open_dialog(VoidPeriodDialog(self.ctx, p, self))

    def _print(self, key: str) -> None:
        s = current_row(self.slots)
        if s is not None and s.round_id is not None:
            self.dialog = preview(self.ctx, key, s.round_id, parent=self)
            self.dialog.open()
