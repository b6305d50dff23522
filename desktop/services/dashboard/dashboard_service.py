"""The director's desk (领导驾驶舱): the indicators of a month over the rooms' figures, the charts' data, what needs
the director today, the records behind any figure, and the periodic reports' data.

Every figure is a view over records already entered: the rooms answer through ``core.figures`` (each room's
``figures`` module), this service only composes them with the formulas of ``indicators``. One read per desk:
all spans (twelve months, the year to date, last year's month) are asked of every room at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import CodeItem, Grid
from desktop.services.core import figures
from desktop.services.core.audit_service import changes, record
from desktop.services.core.dto import Actor
from desktop.services.core.errors import ValidationError
from desktop.services.core.figures import Drill, FigureQuery, Figures, Span
from desktop.services.core.permissions import Perm, require
from desktop.services.core.print_service import PrintService
from desktop.services.dashboard import indicators as ind
from desktop.services.dashboard import reports
from desktop.services.dashboard.dto import BarSet, DashboardSettings, Desk, Periods, add_months, month_span
from desktop.services.dashboard.readings import Readings

SETTINGS_LIST = "dashboard_setting"  # code_item rows: code = setting name, label = its value
RATE_LINES = ind.RATE_LINES

# the desk's tiles, in order
TILES = (
    "petitions.timely_acceptance",
    "petitions.on_time",
    "petitions.participation",
    "petitions.satisfaction",
    "petitions.repeat_rate",
    "petitions.collective",
    "cases.screened",
    "cases.mediation_rate",
    "cases.success_rate",
    "cases.performance_rate",
    "key_groups.visit_rate",
    "key_groups.mental_management",
    "key_groups.mental_standard",
    "volunteers.active",
    "volunteers.hours",
    "cameras.online_rate",
)
STAR_LEVELS = ("1", "2", "3", "4", "5")


class DashboardService:
    """``clock`` gives today's date (tests)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], date] = date.today):
        self._sessions = sessions
        self._today = clock

    def today(self) -> date:
        return self._today()

    # -- settings ------------------------------------------------------------------------------------------
    @staticmethod
    def _settings_in(s: Session) -> DashboardSettings:
        thresholds: dict[str, tuple[float, float]] = {}
        out = DashboardSettings()
        for code, label in s.execute(
            select(CodeItem.code, CodeItem.label).where(
                CodeItem.list_name == SETTINGS_LIST, CodeItem.active.is_(True)
            )
        ):
            if code.startswith("threshold:"):
                lo, hi = (float(x) for x in label.split(","))
                thresholds[code.removeprefix("threshold:")] = (lo, hi)
            elif code == "success_over":
                out = replace(out, success_over=label)
            elif code == "evaluation_days":
                out = replace(out, evaluation_days=int(label))
        return replace(out, thresholds=thresholds)

    def settings(self, actor: Actor) -> DashboardSettings:
        require(actor, Perm.STATS_READ, Perm.SETTINGS_ADMIN)
        with self._sessions() as s:
            return self._settings_in(s)

    def update_settings(
        self,
        actor: Actor,
        *,
        thresholds: dict[str, tuple[float, float]] | None = None,
        success_over: str | None = None,
        evaluation_days: int | None = None,
    ) -> DashboardSettings:
        """The director (or the administrator) sets the colours' thresholds and the denominators; audited."""
        require(actor, Perm.STATS_READ, Perm.SETTINGS_ADMIN)
        values: dict[str, str] = {}
        for key, (lo, hi) in (thresholds or {}).items():
            indicator = ind.INDICATORS.get(key)
            if indicator is None or indicator.kind != ind.RATE:
                raise ValidationError("thresholds", "unknown_indicator", indicator=key)
            if not 0 <= lo <= hi <= 100:
                raise ValidationError("thresholds", "bad_thresholds", indicator=key)
            values[f"threshold:{key}"] = f"{float(lo):g},{float(hi):g}"
        if success_over is not None:
            if success_over not in ind.SUCCESS_DENOMINATORS:
                raise ValidationError("success_over", "unknown_denominator")
            values["success_over"] = success_over
        if evaluation_days is not None:
            if not isinstance(evaluation_days, int) or not 1 <= evaluation_days <= 365:
                raise ValidationError("evaluation_days", "bad_days")
            values["evaluation_days"] = str(evaluation_days)
        with self._sessions.begin() as s:
            before = asdict(self._settings_in(s))
            rows = {r.code: r for r in s.scalars(select(CodeItem).where(CodeItem.list_name == SETTINGS_LIST))}
            for code, label in values.items():
                row = rows.get(code)
                if row is None:
                    s.add(CodeItem(list_name=SETTINGS_LIST, code=code, label=label, sort=0, active=True))
                else:
                    row.label, row.active = label, True
            s.flush()
            after = self._settings_in(s)
            b, a = changes(before, asdict(after))
            if a:
                record(s, actor, "update", SETTINGS_LIST, None, "修改领导驾驶舱设置", before=b, after=a)
            return after

    # -- reading ------------------------------------------------------------------------------------------
    def _query(self, periods: Periods, grid_id: int | None, settings: DashboardSettings) -> FigureQuery:
        return FigureQuery(
            periods.spans(),
            self._today(),
            grid_id,
            profile=Span(month_span(periods.months[0]).first, periods.this.last),
            settings={"evaluation_days": settings.evaluation_days},
        )

    def readings(self, s: Session, month: date, grid_id: int | None = None) -> Readings:
        """Inside a session: the rooms' figures for ``month`` (the desk and the reports read these)."""
        settings = self._settings_in(s)
        periods = Periods(month.replace(day=1))
        fig = figures.collect(s, self._query(periods, grid_id, settings))
        return Readings(fig, periods, ind.with_settings(settings.success_over), settings)

    def desk(self, actor: Actor, month: date | None = None, grid_id: int | None = None) -> Desk:
        """Everything the desk paints for ``month`` (default: this month), in one read."""
        require(actor, Perm.STATS_READ)
        today = self._today()
        month = (month or today).replace(day=1)
        with self._sessions() as s:
            r = self.readings(s, month, grid_id)
            grids = tuple(s.execute(select(Grid.id, Grid.name).order_by(Grid.code)).all())
        fig = r.fig
        lines = {key: tuple(r.reading(key, i).value for i in range(12)) for key in RATE_LINES}
        return Desk(
            month=month,
            grid_id=grid_id,
            today=today,
            months=r.periods.months,
            tiles=tuple(r.tile(k) for k in TILES),
            lines=lines,
            bars=_bars(r),
            profile={_weekday_hour(k): v for k, v in fig.profile.items() if k.startswith("visits.at/")},
            attention=tuple(
                sorted(
                    fig.attention,
                    key=lambda a: ATTENTION_ORDER.index(a.key) if a.key in ATTENTION_ORDER else 99,
                )
            ),
            grids=tuple((int(i), n) for i, n in grids),
            available=frozenset(_rooms(fig)),
        )

    def records(
        self,
        actor: Actor,
        measure: str,
        code: str | None = None,
        *,
        month: date | None = None,
        span_index: int = Periods.THIS,
        grid_id: int | None = None,
    ) -> Drill | None:
        """The records behind one bar or tile (``measure``/``code`` in span ``span_index`` of the month's
        spans), as ids for the room's own list; None when the room lists none for it."""
        require(actor, Perm.STATS_READ)
        month = (month or self._today()).replace(day=1)
        with self._sessions() as s:
            settings = self._settings_in(s)
            periods = Periods(month)
            q = self._query(periods, grid_id, settings)
            return figures.records(s, q, measure, code, q.spans[span_index])

    # -- reports ------------------------------------------------------------------------------------------
    def _context(self, s: Session, actor: Actor):
        return reports.Context(PrintService._community(s).centre_name, actor.full_name, self._today())

    def report_table(self, actor: Actor, key: str, month: date | None = None, grid_id: int | None = None):
        """A report table (``reports.TABLES``) of ``month`` (default: the month before this one)."""
        require(actor, Perm.STATS_READ)
        if key not in reports.TABLES:
            raise ValidationError("report", "unknown_report")
        with self._sessions() as s:
            r = self.readings(s, self._report_month(month), grid_id)
            return reports.TABLES[key](r, self._context(s, actor))

    def summary_draft(
        self, actor: Actor, month: date | None = None, grid_id: int | None = None
    ) -> dict[str, str]:
        """The monthly summary's text as the figures tell it (主要工作, 存在问题, 下月计划), for the director to edit."""
        require(actor, Perm.STATS_READ)
        with self._sessions() as s:
            return reports.draft_sections(self.readings(s, self._report_month(month), grid_id))

    def summary(
        self,
        actor: Actor,
        month: date | None = None,
        grid_id: int | None = None,
        sections: dict[str, str] | None = None,
    ):
        """The 月度工作总结: the basics table, the text (as edited), the charts."""
        require(actor, Perm.STATS_READ)
        with self._sessions() as s:
            r = self.readings(s, self._report_month(month), grid_id)
            return reports.monthly_summary(r, self._context(s, actor), sections)

    def export_excel(
        self,
        actor: Actor,
        key: str,
        path,
        month: date | None = None,
        grid_id: int | None = None,
        progress: Callable[[int, str], None] | None = None,
    ):
        """Write a report table as an Excel workbook to ``path`` (long work: ``progress`` hears how far); audited."""
        from pathlib import Path

        from desktop.services.dashboard.excel import workbook

        report = progress or (lambda _p, _t: None)
        report(10, "统计数据")
        table = self.report_table(actor, key, month, grid_id)
        report(60, "生成Excel")
        data = workbook([table])
        Path(path).write_bytes(data)
        with self._sessions.begin() as s:
            record(s, actor, "export", "report", None, f"导出《{table.title}》Excel")
        report(100, "完成")
        return table

    def _report_month(self, month: date | None) -> date:
        if month is not None:
            return month.replace(day=1)
        return add_months(self._today().replace(day=1), -1)


ATTENTION_ORDER = (
    "petitions.overdue",
    "cases.overdue",
    "footage.pending",
    "cases.bounced",
    "follow_ups.overdue",
)


def _weekday_hour(key: str) -> tuple[int, int]:
    wd, hr = key.split("/", 1)[1].split("-")
    return int(wd), int(hr)


def _rooms(fig: Figures) -> set[str]:
    return {k.split(".", 1)[0] for k in (*fig.counts, *fig.now)}


def _codes(fig: Figures, prefix: str) -> tuple[str, ...]:
    return tuple(k.split("/", 1)[1] for k in fig.counts if k.startswith(prefix + "/"))


def _series(r: Readings, measure: str, codes, i: int) -> tuple:
    return tuple(r.count(f"{measure}/{c}", i) for c in codes)


def _bars(r: Readings) -> dict[str, BarSet]:
    fig, this = r.fig, Periods.THIS
    out: dict[str, BarSet] = {}
    # top categories of the month, most first
    cats = _codes(fig, "petitions.by_category")
    cats = tuple(sorted(cats, key=lambda c: -(r.count(f"petitions.by_category/{c}", this) or 0)))
    out["petition_categories"] = BarSet(
        "petition_categories",
        cats,
        {"received": _series(r, "petitions.by_category", cats, this)},
        {"received": "petitions.by_category"},
    )
    # channels of each of the twelve months (stacked), first vs repeat with collective visits
    months = tuple(m.isoformat() for m in r.periods.months)
    out["petition_channels"] = BarSet(
        "petition_channels",
        months,
        {
            ch: tuple(r.count(f"petitions.by_channel/{ch}", i) for i in range(12))
            for ch in _codes(fig, "petitions.by_channel")
        },
        {ch: "petitions.by_channel" for ch in _codes(fig, "petitions.by_channel")},
        span_index=-2,  # the bar's own month
    )
    received = [r.count("petitions.received", i) for i in range(12)]
    repeat = [r.count("petitions.repeat", i) for i in range(12)]
    out["petition_repeat"] = BarSet(
        "petition_repeat",
        months,
        {
            "first": tuple(
                None if a is None or b is None else a - b for a, b in zip(received, repeat, strict=True)
            ),
            "repeat": tuple(repeat),
            "collective": tuple(r.count("petitions.collective", i) for i in range(12)),
        },
        {"repeat": "petitions.repeat", "collective": "petitions.collective"},
        span_index=-2,
    )
    types = tuple(fig.labels.get("cases.type", {})) or _codes(fig, "cases.screened_by_type")
    out["dispute_types"] = BarSet(
        "dispute_types",
        types,
        {
            "screened": _series(r, "cases.screened_by_type", types, this),
            "mediated": _series(r, "cases.mediated_by_type", types, this),
            "succeeded": _series(r, "cases.succeeded_by_type", types, this),
        },
        {
            "screened": "cases.screened_by_type",
            "mediated": "cases.mediated_by_type",
            "succeeded": "cases.succeeded_by_type",
        },
        labels=fig.labels.get("cases.type", {}),
    )
    stages = tuple(k.split("/", 1)[1] for k in fig.now if k.startswith("cases.open/"))
    from desktop.services.core.vocabulary import CASE_STATUS

    stages = tuple(c for c in CASE_STATUS.codes() if c in stages)
    out["case_pipeline"] = BarSet(
        "case_pipeline",
        stages,
        {
            "on_track": tuple(
                fig.now[f"cases.open/{c}"] - fig.now.get(f"cases.open_overdue/{c}", 0) for c in stages
            ),
            "overdue": tuple(fig.now.get(f"cases.open_overdue/{c}", 0) for c in stages),
        },
        {"on_track": "cases.open", "overdue": "cases.open_overdue"},
        span_index=-1,
    )
    groups = _codes(fig, "key_groups.due")
    out["key_group_coverage"] = BarSet(
        "key_group_coverage",
        groups,
        {
            "rate": tuple(
                ind.ratio(r.count(f"key_groups.done/{g}", this), r.count(f"key_groups.due/{g}", this))
                for g in groups
            ),
            "due": _series(r, "key_groups.due", groups, this),
            "done": _series(r, "key_groups.done", groups, this),
        },
        labels=fig.labels.get("key_groups.group", {}),
    )
    stars = tuple(s for s in STAR_LEVELS if f"volunteers.stars/{s}" in fig.now)
    out["volunteer_stars"] = BarSet(
        "volunteer_stars",
        stars,
        {"volunteers": tuple(fig.now[f"volunteers.stars/{s}"] for s in stars)},
        span_index=-1,
    )
    out["volunteer_hours"] = BarSet(
        "volunteer_hours",
        months if "volunteers.hours" in fig.counts else (),
        {"hours": tuple(r.count("volunteers.hours", i) for i in range(12))}
        if "volunteers.hours" in fig.counts
        else {},
        span_index=-2,
    )
    return out
