"""网格上报 at the desk: the entry form on the left; on the right the reports waiting for 分家 (every one, however
old: nothing unrouted is off this list) or those of a period, and the routes of the one selected."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QTabBar, QWidget

from desktop.changes import Kind
from desktop.services.core.clock import local_day
from desktop.services.core.clock import today as local_today
from desktop.services.core.permissions import Perm
from desktop.services.core.vocabulary import GRID_ROUTE
from desktop.services.rhythm.dto import GridReportRow
from desktop.views.common.date_field import DateField
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.labels import term
from desktop.views.common.room_page import RoomPage
from desktop.views.common.table_models import GREY, ORANGE, Column, RowTableModel, field
from desktop.views.common.table_view import current_row, select_id, table_view
from desktop.views.context import ViewContext
from desktop.views.rhythm import route_dialogs as rd
from desktop.views.rhythm.labels import rhythm_error_text, when
from desktop.views.rhythm.report_entry import ReportEntry

UNROUTED, PERIOD = 0, 1


def _age_brush(r: GridReportRow):
    if r.route is None and local_day(r.reported_at) < local_today():
        return ORANGE  # waiting since an earlier day
    return GREY if r.route else None


def _where(r: GridReportRow) -> str:
    if r.route is None:
        return QCoreApplication.translate("GridReportsPage", "Waiting for routing")
    return term(GRID_ROUTE, r.route) + (f" {r.route_target}" if r.route_target else "")


COLUMNS = tuple(
    Column(header, display, foreground=_age_brush)
    for header, display in (
        (QT_TRANSLATE_NOOP("GridReportsPage", "Received"), lambda r: when(r.reported_at)),
        (QT_TRANSLATE_NOOP("GridReportsPage", "Grid"), field("grid_name")),
        (QT_TRANSLATE_NOOP("GridReportsPage", "Reporter"), field("reporter_name")),
        (QT_TRANSLATE_NOOP("GridReportsPage", "Kind"), field("kind_label")),
        (QT_TRANSLATE_NOOP("GridReportsPage", "People"), lambda r: r.people_text),
        (QT_TRANSLATE_NOOP("GridReportsPage", "Where it went"), _where),
        (QT_TRANSLATE_NOOP("GridReportsPage", "What was seen"), field("seen")),
    )
)


class GridReportsPage(RoomPage):
    kinds = frozenset({Kind.GRID_REPORT, Kind.CODE_ITEM})
    error_message = staticmethod(rhythm_error_text)

    def __init__(self, ctx: ViewContext, parent=None):
        super().__init__(ctx, "grid_reports_page", parent, first=(UNROUTED, None, None))
        self.options = None
        self.entry = ReportEntry(ctx, self)
        self.entry.saved.connect(self._entered)
        named(self, "mode", QTabBar())
        self.mode.addTab(self.tr("Waiting for routing"))
        self.mode.addTab(self.tr("All reports of a period"))
        today = date.today()
        named(self, "date_from", DateField(today - timedelta(days=30)))
        named(self, "date_to", DateField(today))
        self.model = RowTableModel(COLUMNS, "GridReportsPage", self)
        self.reports = table_view("reports", self.model, (120, 110, 70, 90, 110, 170))
        self.reports.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        named(self, "detail", QLabel(""))
        self.detail.setWordWrap(True)
        named(self, "summary", QLabel(""))
        may = ctx.can
        edit = may(Perm.GRID_REPORTS_EDIT)
        routes = (
            ("to_case", self.tr("To mediation…"), rd.CaseRouteDialog, True),
            ("to_petition", self.tr("To a petition…"), rd.PetitionRouteDialog, may(Perm.PETITIONS_EDIT)),
            (
                "to_follow_up",
                self.tr("Key-group follow-up…"),
                rd.FollowUpRouteDialog,
                may(Perm.KEY_GROUPS_EDIT),
            ),
            ("to_hazard", self.tr("Hazard…"), rd.HazardRouteDialog, may(Perm.SAFETY_EDIT)),
            ("to_police", self.tr("Note to the police…"), rd.PoliceRouteDialog, True),
            ("handled", self.tr("Handled on the spot…"), rd.HandledDialog, True),
        )
        self.route_buttons = [
            button(self, name, text, lambda _c=False, d=dlg: self._route(d), visible=edit and shown)
            for name, text, dlg, shown in routes
        ]
        button(self, "add_photo", self.tr("Add photo…"), self._add_photo, visible=edit)
        button(self, "void_report", self.tr("Void…"), lambda: self._route(rd.VoidReportDialog), visible=edit)
        for b in (*self.route_buttons, self.add_photo, self.void_report):
            b.setEnabled(False)
        named(self, "period_row", QWidget())
        row = (QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")), self.date_to, 1)
        hbox(*row, margins=0, parent=self.period_row)
        right = QWidget()
        vbox(
            hbox(self.mode, 1, self.summary),
            self.period_row,
            (self.reports, 1),
            self.detail,
            hbox(*self.route_buttons, 1),
            hbox(self.add_photo, self.void_report, 1, (self.error, 3)),
            margins=0,
            parent=right,
        )
        hbox((self.entry, 2), (right, 3), parent=self)
        self._show_period_row()
        self.mode.currentChanged.connect(lambda _i: self._show_period_row())
        self.reload_on(self.mode, self.date_from, self.date_to)
        self.entry.grid_id.setFocus()

    def _show_period_row(self) -> None:
        self.period_row.setVisible(self.mode.currentIndex() == PERIOD)

    # -- reading -------------------------------------------------------------------------------------------------
    def filter(self):
        if self.mode.currentIndex() == UNROUTED:
            return UNROUTED, None, None
        return PERIOD, self.date_from.value() or date.today(), self.date_to.value() or date.today()

    def query(self, filt):
        svc, actor, (mode, start, end) = self.ctx.services.rhythm.reports, self.ctx.actor, filt
        need_options = self.options is None if hasattr(self, "options") else True

        def read():
            options = svc.options(actor) if need_options else None
            rows = svc.unrouted(actor) if mode == UNROUTED else svc.reports(actor, start, end)
            return options, rows

        return read

    def show_result(self, _filt, result) -> None:
        options, rows = result
        if options is not None:
            self.options = options
            self.entry.set_options(options)
        keep = current_row(self.reports)
        self.model.set_rows(rows)
        if keep is not None:
            select_id(self.reports, keep.id)
        waiting = sum(1 for r in rows if r.route is None)
        self.summary.setText(
            self.tr("%1 reports, %2 waiting").replace("%1", str(len(rows))).replace("%2", str(waiting))
        )
        self._selected()

    def changed(self, ch) -> None:
        if Kind.CODE_ITEM in ch:
            self.options = None  # the kinds of report changed: read them again
        self.reload()

    # -- the selected report -------------------------------------------------------------------------------------
    def _selected(self) -> None:
        r = current_row(self.reports)
        open_ = r is not None and r.route is None
        for b in (*self.route_buttons, self.void_report):
            b.setEnabled(open_)
        self.add_photo.setEnabled(r is not None)
        if r is None:
            self.detail.setText("")
            return
        lines = [f"{when(r.reported_at)} {r.grid_name} {r.reporter_name}：{r.seen}"]
        if r.place:
            lines.append(self.tr("Place: %1").replace("%1", r.place))
        if r.people:
            lines.append(self.tr("People: %1").replace("%1", r.people_text))
        if r.route:
            lines.append(
                self.tr("%1 by %2 at %3: %4")
                .replace("%1", _where(r))
                .replace("%2", r.routed_by)
                .replace("%3", when(r.routed_at))
                .replace("%4", r.route_reason)
            )
        if r.photos:
            lines.append(self.tr("%1 photos").replace("%1", str(r.photos)))
        self.detail.setText("\n".join(lines))

    def _route(self, dialog_cls) -> None:
        r = current_row(self.reports)
        if r is None:
            return
        self.open_dialog(dialog_cls(self.ctx, r, self, options=self.options))

    def _entered(self, detail) -> None:
        self.reload()

    def _add_photo(self) -> None:
        r = current_row(self.reports)
        if r is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the report"), "", self.tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)")
        )
        if not path:
            return
        svc, actor, rid = self.ctx.services.rhythm.reports, self.ctx.actor, r.id
        name = Path(path).name

        def job():
            return svc.add_photo(actor, rid, name, Path(path).read_bytes())

        self.ctx.tasks.run_write(job, lambda _a: None, self.failed)
