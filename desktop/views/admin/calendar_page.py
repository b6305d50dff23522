"""The working calendar (the administrator): which years' holiday schedules the program knows, and the State
Council's schedule of a year entered by hand or from a small text file. Statutory clocks (信访 15/60 days,
mediation periods) count over it; a deadline in a year nobody entered is flagged provisional everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPlainTextEdit

from desktop.changes import Kind
from desktop.services.core import clock
from desktop.services.core.calendar_service import YearSchedule, parse_schedule, schedule_text
from desktop.services.core.errors import ServiceError, ValidationError
from desktop.views.common.form_helpers import button, hbox, named, room_error_message, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import ORANGE, Column, RowTableModel
from desktop.views.common.table_view import current_row, table_view
from desktop.views.context import ViewContext

_CONTEXT = "CalendarPage"

# the years around today: last year (deadlines still running), this year and the next two
YEARS_BACK, YEARS_AHEAD = 1, 2


def _source(y: YearSchedule) -> str:
    if y.source == "entered":
        return QCoreApplication.translate("CalendarPage", "Entered from the notice %1").replace(
            "%1", y.reference
        )
    if y.source == "library":
        return QCoreApplication.translate("CalendarPage", "Published (built into the program)")
    return QCoreApplication.translate(
        "CalendarPage", "NOT PUBLISHED: deadlines in this year are guessed and marked provisional"
    )


YEAR_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CalendarPage", "Year"), lambda y: str(y.year)),
    Column(
        QT_TRANSLATE_NOOP("CalendarPage", "Holiday schedule"),
        _source,
        foreground=lambda y: None if y.published else ORANGE,
    ),
)

_ERRORS = {
    "bad_schedule_line": QT_TRANSLATE_NOOP(
        "CalendarPage", "Line %line cannot be read: “%text”. Write e.g. 2027-02-06..2027-02-12 休 春节."
    ),
    "bad_year": QT_TRANSLATE_NOOP("CalendarPage", "The year must lie between 2000 and 2100."),
    "other_year": QT_TRANSLATE_NOOP("CalendarPage", "Every day of the schedule must lie in one year (%day)."),
    "day_twice": QT_TRANSLATE_NOOP("CalendarPage", "%day is listed twice."),
    "not_this_year": QT_TRANSLATE_NOOP(
        "CalendarPage", "The schedule is for %found, but the year chosen is %year: choose that year first."
    ),
}


class CalendarPage(RoomPage):
    kinds = frozenset({Kind.CALENDAR})
    error_message = staticmethod(room_error_message(_CONTEXT, _ERRORS))

    def __init__(self, ctx: ViewContext, parent=None):
        this_year = clock.today().year
        self.first_year, self.last_year = this_year - YEARS_BACK, this_year + YEARS_AHEAD
        super().__init__(ctx, "calendar_page", parent, first=None)
        self.years = RowTableModel(YEAR_COLUMNS, _CONTEXT)
        named(self, "year_table", table_view("year_table", self.years, (60,), parent=self))
        self.year_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_year())
        named(self, "year_label", QLabel(""))
        self.year_label.setWordWrap(True)
        named(self, "reference", QLineEdit())
        self.reference.setPlaceholderText(self.tr("国办发明电〔2026〕…号"))
        named(self, "schedule", QPlainTextEdit())
        self.schedule.setPlaceholderText(
            "2027-01-01 休 元旦\n2027-02-06..2027-02-12 休 春节\n2027-02-14 班 春节调休"
        )
        button(self, "import_button", self.tr("Read from a file…"), self.read_file)
        button(self, "save_button", self.tr("Save the year's schedule"), self.save)
        named(self, "saved_label", QLabel(""))
        hint = QLabel(
            self.tr(
                "One line a day or a range, as the State Council's notice lists them: the date (or first..last), "
                "休 for a rest day or 班 for a make-up workday, then the name. Saving replaces the whole year."
            )
        )
        hint.setWordWrap(True)
        hbox(
            (vbox(QLabel(self.tr("Years")), self.year_table), 1),
            (
                vbox(
                    self.year_label,
                    hbox(QLabel(self.tr("Notice number")), (self.reference, 1)),
                    hint,
                    (self.schedule, 1),
                    hbox(self.import_button, 1, self.saved_label, self.save_button),
                    self.error,
                ),
                2,
            ),
            parent=self,
        )

    # -- reading --------------------------------------------------------------------------------------------
    def query(self, _filt):
        cal, first, last = self.ctx.services.calendar, self.first_year, self.last_year
        return lambda: [cal.year(y) for y in range(first, last + 1)]

    def show_result(self, _filt, years) -> None:
        chosen = current_row(self.year_table)
        self.years.set_rows(years)
        row = next((i for i, y in enumerate(years) if chosen and y.year == chosen.year), None)
        if row is None:  # the first year nobody published, else this year
            row = next((i for i, y in enumerate(years) if not y.published), YEARS_BACK)
        self.year_table.selectRow(row)
        self._show_year()

    def _show_year(self) -> None:
        y = current_row(self.year_table)
        if y is None:
            return
        self.year_label.setText(self.tr("%1: %2").replace("%1", str(y.year)).replace("%2", _source(y)))
        self.reference.setText(y.reference)
        self.schedule.setPlainText(schedule_text(y))
        self.error.setText("")
        self.saved_label.setText("")

    # -- entering -----------------------------------------------------------------------------------------------
    def read_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The year's schedule"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if path:
            self.ctx.tasks.run_read(lambda: _read_text(Path(path)), self.schedule.setPlainText, self.failed)

    def save(self) -> None:
        y = current_row(self.year_table)
        if y is None:
            return
        try:
            found, days = parse_schedule(self.schedule.toPlainText())
            if found != y.year:
                raise ValidationError("schedule", "not_this_year", found=found, year=y.year)
        except ServiceError as exc:  # said at the text
            self.failed(_at_schedule(exc))
            return
        cal, actor, reference = self.ctx.services.calendar, self.ctx.actor, self.reference.text()
        self.save_button.setEnabled(False)
        self.ctx.tasks.run_write(
            lambda: cal.enter_year(actor, y.year, days, reference), self._saved, self._save_failed
        )

    def _saved(self, y: YearSchedule) -> None:
        self.save_button.setEnabled(True)
        rest = sum(1 for d in y.days if not d.is_workday)
        self.saved_label.setText(
            self.tr("Saved: %1 rest days, %2 make-up workdays.")
            .replace("%1", str(rest))
            .replace("%2", str(len(y.days) - rest))
        )
        self.reload()

    def _save_failed(self, exc) -> None:
        self.save_button.setEnabled(True)
        self.failed(_at_schedule(exc))


def _read_text(path: Path) -> str:
    data = path.read_bytes()[:200_000]
    for encoding in ("utf-8-sig", "gb18030"):  # a notice copied on a Chinese Windows PC is often GBK
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _at_schedule(exc):
    """The file's errors (field "file" / "days") are shown at the schedule text."""
    if isinstance(exc, ValidationError) and exc.field in ("file", "days"):
        return ValidationError("schedule", exc.code, **exc.params)
    return exc
