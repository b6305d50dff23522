"""The director's desk: what needs the director today, above the indicators of the month and the charts.

One read (``DashboardService.desk``, on a reader thread) paints everything; the month and grid filters read
again, and so does any change of petitions, cases, follow-ups or footage requests heard on the bus. A tile or a
bar opens the records behind it in the room's own list (``MainWindow.open_records``); the reports are made on
the long-work thread through the progress dialog (Excel) or in the print preview (PDF).
"""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.changes import Changes, Kind
from desktop.services.core.vocabulary import CASE_STATUS, INDICATOR, PETITION_CATEGORY, PETITION_CHANNEL
from desktop.services.dashboard import indicators as ind
from desktop.services.dashboard.dto import Desk, Periods, Tile, add_months
from desktop.views.common.form_helpers import debounced
from desktop.views.common.labels import term
from desktop.views.common.room_page import RoomPage
from desktop.views.context import ViewContext
from desktop.views.dashboard.charts import Chart

LEVEL_STYLE = {"red": "#b00020", "yellow": "#b35c00", "green": "#1b5e20"}
WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
HOURS = range(8, 19)


def attention_label(key: str) -> str:
    return {
        "petitions.overdue": QCoreApplication.translate("Desk", "Petitions overdue"),
        "cases.overdue": QCoreApplication.translate("Desk", "Cases overdue"),
        "footage.pending": QCoreApplication.translate("Desk", "Footage requests to approve"),
        "cases.bounced": QCoreApplication.translate("Desk", "Cases sent back twice or more"),
        "follow_ups.overdue": QCoreApplication.translate("Desk", "Follow-ups overdue"),
    }.get(key, key)


def level_label(level: str | None) -> str:
    return {
        "red": QCoreApplication.translate("Desk", "Red"),
        "yellow": QCoreApplication.translate("Desk", "Yellow"),
        "green": QCoreApplication.translate("Desk", "Green"),
    }.get(level or "", "")


def value_text(t: Tile, value: float | None) -> str:
    return (
        ind.percent_text(value) if t.kind == ind.RATE else ind.number_text(None if value is None else value)
    )


def change_label(t: Tile, value: float | None) -> str:
    if value is None:
        return "—"
    return (
        QCoreApplication.translate("Desk", "%1 pp").replace("%1", f"{value:+.1f}")
        if t.kind == ind.RATE
        else f"{value:+.1f}%"
    )


class TileWidget(QFrame):
    """One indicator: its value this month, the year to date, 环比 and 同比, and its colour said in words too
    (it prints in black and white)."""

    clicked = Signal(str)

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile_" + key.replace(".", "_"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(term(INDICATOR, key))
        self.name.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setObjectName("value")
        self.value.setStyleSheet("font-size: 20px; font-weight: bold")
        self.detail = QLabel("")
        self.detail.setObjectName("detail")
        self.detail.setStyleSheet("color: #444; font-size: 11px")
        self.detail.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.setSpacing(1)
        lay.addWidget(self.name)
        lay.addWidget(self.value)
        lay.addWidget(self.detail)
        self.setMinimumWidth(150)

    def show_tile(self, t: Tile) -> None:
        colour = LEVEL_STYLE.get(t.level or "", "#999999")
        self.setStyleSheet(f"#{self.objectName()} {{ border: 2px solid {colour}; border-radius: 4px }}")
        level = level_label(t.level)
        self.value.setText(value_text(t, t.month.value) + (f"  {level}" if level else ""))
        self.value.setStyleSheet(
            f"font-size: 20px; font-weight: bold; color: {colour if t.level else '#000'}"
        )
        if t.kind == ind.NOW:
            self.detail.setText(QCoreApplication.translate("Desk", "today"))
            return
        parts = [
            QCoreApplication.translate("Desk", "Year: %1").replace(
                "%1", value_text(t, t.ytd.value if t.ytd else None)
            ),
            QCoreApplication.translate("Desk", "MoM %1").replace("%1", change_label(t, t.mom)),
            QCoreApplication.translate("Desk", "YoY %1").replace("%1", change_label(t, t.yoy)),
        ]
        if t.kind == ind.RATE and t.month.denominator:
            parts.insert(0, f"{ind.number_text(t.month.numerator)}/{ind.number_text(t.month.denominator)}")
        self.detail.setText(" · ".join(parts))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


# the measure a tile's click lists: the records a rate is computed over, or those a count counts
TILE_MEASURES = {
    "petitions.timely_acceptance": "petitions.notice_due",
    "petitions.on_time": "petitions.handle_due",
    "petitions.participation": "petitions.evaluation_due",
    "petitions.satisfaction": "petitions.evaluated",
    "petitions.repeat_rate": "petitions.repeat",
    "petitions.collective": "petitions.collective",
    "cases.screened": "cases.screened",
    "cases.mediation_rate": "cases.screened",
    "cases.success_rate": "cases.mediated",
    "cases.performance_rate": "cases.return_visits",
}


class DeskPage(RoomPage):
    kinds = frozenset({Kind.PETITION, Kind.CASE, Kind.FOLLOW_UP, Kind.MEMBERSHIP, Kind.FOOTAGE, Kind.VISIT})
    RELOAD_DELAY_MS = 800  # changes come in bursts (a save touches several kinds): one read after them

    def __init__(self, ctx: ViewContext, parent=None):
        self.desk: Desk | None = None
        today = ctx.services.dashboard.today()
        super().__init__(ctx, "desk_page", parent, first=(today.replace(day=1), None))

        self.month = QComboBox()
        self.month.setObjectName("month")
        for k in range(24):
            m = add_months(today.replace(day=1), -k)
            self.month.addItem(self.tr("%1-%2").replace("%1", str(m.year)).replace("%2", f"{m.month:02d}"), m)
        self.grid = QComboBox()
        self.grid.setObjectName("grid")
        self.grid.addItem(self.tr("All grids"), None)
        self.reports_button = QToolButton()
        self.reports_button.setObjectName("reports_button")
        self.reports_button.setText(self.tr("Reports"))
        self.reports_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reports_menu = QMenu(self.reports_button)
        self.reports_menu.setObjectName("reports_menu")
        for key, title in self.report_titles().items():
            if key != "monthly_summary":
                self.reports_menu.addAction(
                    self.tr("%1 (Excel)").replace("%1", title), lambda k=key: self.export_excel(k)
                )
            self.reports_menu.addAction(
                self.tr("%1 (PDF)").replace("%1", title), lambda k=key: self.print_report(k)
            )
        self.reports_button.setMenu(self.reports_menu)

        # what needs the director today
        self.attention_box = QFrame()
        self.attention_box.setObjectName("attention_box")
        self.attention_box.setStyleSheet("#attention_box { background: #f6f6f6 }")
        self.attention_layout = QHBoxLayout(self.attention_box)
        self.attention_layout.setContentsMargins(6, 4, 6, 4)
        self.attention_layout.addWidget(QLabel(self.tr("Needs you today:")))
        self.attention: dict[str, QPushButton] = {}

        # tiles and charts
        self.tiles: dict[str, TileWidget] = {}
        tiles = QGridLayout()
        tiles.setSpacing(6)
        from desktop.services.dashboard.dashboard_service import TILES

        for i, key in enumerate(TILES):
            w = TileWidget(key)
            w.clicked.connect(self.open_tile)
            self.tiles[key] = w
            tiles.addWidget(w, i // 4, i % 4)
        self.charts: dict[str, Chart] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, (key, title) in enumerate(self.chart_titles().items()):
            chart = Chart(key, title)
            chart.clicked.connect(lambda series, index, k=key: self.open_bar(k, series, index))
            chart.write = lambda job: self.ctx.tasks.run_read(job, None, self.failed)
            self.charts[key] = chart
            grid.addWidget(chart, i // 2, i % 2)
        body = QWidget()
        bv = QVBoxLayout(body)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addLayout(tiles)
        bv.addLayout(grid)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("Grid")))
        top.addWidget(self.grid)
        top.addStretch(1)
        top.addWidget(self.reports_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.attention_box)
        lay.addWidget(self.error)
        lay.addWidget(self.scroll, 1)

        self._changes = debounced(self, self.RELOAD_DELAY_MS, self.reload)
        self.reload_on(self.month, self.grid)

    def changed(self, ch: Changes) -> None:
        self._changes.start()

    # -- names --------------------------------------------------------------------------------------------
    def report_titles(self) -> dict[str, str]:
        return {
            "dispute_screening": self.tr("Dispute screening (矛盾纠纷排查情况表)"),
            "mediation_statistics": self.tr("Mediation statistics (人民调解统计表)"),
            "petition_rates": self.tr("Petition rates (信访三率通报)"),
            "monthly_summary": self.tr("Monthly summary (月度工作总结)"),
        }

    def chart_titles(self) -> dict[str, str]:
        return {
            "petition_lines": self.tr("Petitions: the four rates over 12 months"),
            "petition_categories": self.tr("Petitions by category this month"),
            "petition_channels": self.tr("Petitions by channel over 12 months"),
            "petition_repeat": self.tr("First and repeat petitions, collective visits"),
            "dispute_types": self.tr("Disputes by type: screened, mediated, resolved"),
            "case_pipeline": self.tr("Open cases by stage (overdue in red)"),
            "key_group_coverage": self.tr("Key groups: follow-ups done of those due"),
            "volunteers": self.tr("Volunteers: monthly hours"),
            "visitors": self.tr("Visitors by weekday and hour (12 months)"),
        }

    # -- loading ------------------------------------------------------------------------------------------
    def filter(self) -> tuple[date, int | None]:
        return self.month.currentData(), self.grid.currentData()

    def query(self, filt: tuple[date, int | None]):
        (month, grid_id), svc, actor = filt, self.ctx.services.dashboard, self.ctx.actor
        return lambda: svc.desk(actor, month, grid_id)

    def show_result(self, _filt, desk: Desk) -> None:
        self.desk = desk
        if self.grid.count() == 1 and desk.grids:
            self.grid.blockSignals(True)
            for gid, name in desk.grids:
                self.grid.addItem(name, gid)
            self.grid.blockSignals(False)
        self._show_attention(desk)
        for t in desk.tiles:
            self.tiles[t.key].show_tile(t)
        self._show_charts(desk)

    def _show_attention(self, desk: Desk) -> None:
        for a in desk.attention:
            b = self.attention.get(a.key)
            if b is None:
                b = QPushButton()
                b.setObjectName("attention_" + a.key.replace(".", "_"))
                b.clicked.connect(lambda _c=False, k=a.key: self.open_attention(k))
                self.attention[a.key] = b
                self.attention_layout.addWidget(b)
            b.setText(f"{attention_label(a.key)}: {a.count}")
            b.setStyleSheet("color: #b00020; font-weight: bold" if a.count else "color: #555")
            b.setEnabled(a.count > 0)

    def _months(self, desk: Desk) -> list[str]:
        # the month, with its year at each January (11月 12月 26年1月 2月 ...)
        return [
            self.tr("%1/%2").replace("%1", str(m.month)).replace("%2", f"{m.year % 100:02d}")
            if m.month == 1
            else self.tr("%1 mo").replace("%1", str(m.month))
            for i, m in enumerate(desk.months)
        ]

    def _show_charts(self, desk: Desk) -> None:
        c, b, months = self.charts, desk.bars, self._months(desk)
        c["petition_lines"].set_lines(
            months, [(k, term(INDICATOR, k), list(desk.lines[k])) for k in ind.RATE_LINES], percent=True
        )
        cats = b["petition_categories"]
        c["petition_categories"].set_bars(
            [term(PETITION_CATEGORY, x) for x in cats.codes],
            [("received", self.tr("Received"), list(cats.series["received"]))],
        )
        ch = b["petition_channels"]
        c["petition_channels"].set_bars(
            months, [(k, term(PETITION_CHANNEL, k), list(v)) for k, v in ch.series.items()], stacked=True
        )
        rep = b["petition_repeat"]
        names = {"first": self.tr("First"), "repeat": self.tr("Repeat"), "collective": self.tr("Collective")}
        c["petition_repeat"].set_bars(months, [(k, names[k], list(v)) for k, v in rep.series.items()])
        types = b["dispute_types"]
        shown = [i for i, _ in enumerate(types.codes) if any(types.series[s][i] for s in types.series)]
        self._type_codes = [types.codes[i] for i in shown]
        names = {
            "screened": self.tr("Screened"),
            "mediated": self.tr("Mediated"),
            "succeeded": self.tr("Resolved"),
        }
        c["dispute_types"].set_bars(
            [types.labels.get(types.codes[i], types.codes[i]) for i in shown],
            [(k, names[k], [v[i] for i in shown]) for k, v in types.series.items()],
        )
        pipe = b["case_pipeline"]
        c["case_pipeline"].set_bars(
            [term(CASE_STATUS, x) for x in pipe.codes],
            [
                ("on_track", self.tr("On time"), list(pipe.series["on_track"])),
                ("overdue", self.tr("Overdue"), list(pipe.series["overdue"])),
            ],
            stacked=True,
            red="overdue",
        )
        kg = b["key_group_coverage"]
        c["key_group_coverage"].set_bars(
            [kg.labels.get(x, x) for x in kg.codes],
            [("rate", self.tr("Done of due"), list(kg.series["rate"]))],
            percent=True,
            reference=1.0,
        )
        hours = b["volunteer_hours"]
        if hours.series:
            c["volunteers"].set_bars(months, [("hours", self.tr("Hours"), list(hours.series["hours"]))])
        else:
            c["volunteers"].set_bars([], [])
            c["volunteers"].set_empty(self.tr("The volunteers room does not report its figures yet."))
        matrix = np.zeros((7, len(HOURS)))
        for (wd, hr), n in desk.profile.items():
            if hr in HOURS:
                matrix[wd, hr - HOURS.start] = n
        c["visitors"].set_heat(
            matrix, [self.tr("Weekday %1").replace("%1", d) for d in WEEKDAYS], [f"{h}" for h in HOURS]
        )

    # -- the records behind a figure -----------------------------------------------------------------------
    def open_bar(self, chart: str, series: str, index: int) -> None:
        """A bar of a chart: its records in the room's list."""
        if self.desk is None:
            return
        b = self.desk.bars
        month = self.desk.month
        if chart == "petition_categories":
            self._records("petitions.by_category", b["petition_categories"].codes[index], month, Periods.THIS)
        elif chart == "petition_channels":
            self._records("petitions.by_channel", series, month, index)
        elif chart == "petition_repeat" and series in ("repeat", "collective"):
            self._records(f"petitions.{series}", None, month, index)
        elif chart == "dispute_types":
            measure = b["dispute_types"].drill[series]
            self._records(measure, self._type_codes[index], month, Periods.THIS)
        elif chart == "case_pipeline":
            measure = b["case_pipeline"].drill[series]
            self._records(measure, b["case_pipeline"].codes[index], month, Periods.THIS)
        elif chart == "key_group_coverage":
            self._records("key_groups.due", b["key_group_coverage"].codes[index], month, Periods.THIS)

    def open_tile(self, key: str) -> None:
        if self.desk is None:
            return
        if key in TILE_MEASURES:
            self._records(TILE_MEASURES[key], None, self.desk.month, Periods.THIS)
        elif key.startswith("key_groups."):
            self._records("key_groups.due", None, self.desk.month, Periods.THIS)

    def open_attention(self, key: str) -> None:
        if self.desk is None:
            return
        for a in self.desk.attention:
            if a.key == key:
                self.open_drill(a.drill)

    def _records(self, measure: str, code: str | None, month: date, span_index: int) -> None:
        svc, actor, grid = self.ctx.services.dashboard, self.ctx.actor, self.filter()[1]
        self.ctx.tasks.run_read(
            lambda: svc.records(actor, measure, code, month=month, span_index=span_index, grid_id=grid),
            lambda drill: drill is not None and isValid(self) and self.open_drill(drill),
            self.failed,
        )

    def open_drill(self, drill) -> None:
        window = self.window()
        opener = getattr(window, "open_records", None)
        if opener is None or not opener(drill):
            self.error.setText(self.tr("You have no list of these records."))

    # -- reports ------------------------------------------------------------------------------------------
    def export_excel(self, key: str, path: str | None = None) -> None:
        """Ask where, then write the report of the chosen month on the long-work thread (progress dialog)."""
        from desktop.views.dashboard.reports import export_excel

        export_excel(self, key, path)

    def print_report(self, key: str) -> None:
        from desktop.views.dashboard.reports import print_report

        print_report(self, key)
