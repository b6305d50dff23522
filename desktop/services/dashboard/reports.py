"""The periodic reports (基层减负: one click, no number asked for twice), built from the same readings as the desk:
矛盾纠纷排查情况表, 人民调解统计表, 信访三率通报 (tables: Excel and PDF) and the 月度工作总结 (PDF with charts and
the director's editable text). Printed matter is Chinese: labels come from the vocabulary and the configured
lists; a figure no room records yet prints "—" with a note saying so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.printing.report_data import Cell, ChartData, ReportTable, SummaryData
from desktop.services.core.vocabulary import (
    CASE_OUTCOME,
    CASE_SOURCE,
    INDICATOR,
    PETITION_CATEGORY,
    PETITION_CHANNEL,
)
from desktop.services.dashboard import indicators as ind
from desktop.services.dashboard.dto import Periods
from desktop.services.dashboard.indicators import RATE_LINES
from desktop.services.dashboard.readings import Readings

THIS, YTD, PREV, LAST = Periods.THIS, Periods.YTD, Periods.PREVIOUS, Periods.LAST_YEAR
BAND_LABELS = {"1-4": "涉及1至4人", "5-9": "涉及5至9人", "10-29": "涉及10至29人", "30+": "涉及30人以上"}
RATE_TITLES = {key: INDICATOR.zh(key) for key in INDICATOR}
NO_SOURCE_NOTE = "注：表中“—”表示该项无统计基数（分母为零）或尚无记录来源。"


@dataclass(frozen=True)
class Context:
    """Who and where a report is made: the centre, the preparer, the day."""

    unit: str
    preparer: str
    made_on: date


def _d(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _period(r: Readings) -> str:
    p = r.periods
    return f"本月：{_d(p.this.first)}至{_d(p.this.last)}；年度累计：{_d(p.ytd.first)}至{_d(p.ytd.last)}"


def _title_month(r: Readings) -> str:
    return f"{r.periods.month.year}年{r.periods.month.month}月"


def _n(r: Readings, measure: str, i: int):
    return r.count(measure, i)


def _label(cell: str, *, cols: int = 1, bold: bool = False) -> Cell:
    return Cell(cell, cols=cols, bold=bold)


def _section(title: str, columns: int) -> tuple[Cell, ...]:
    return (Cell(title, cols=columns, bold=True),)


def _rate(r: Readings, key: str, i: int) -> str | None:
    v = r.reading(key, i).value
    return None if v is None else ind.percent_text(v)


def _table(r: Readings, ctx: Context, key: str, title: str, widths, header, rows, notes=()) -> ReportTable:
    return ReportTable(
        key=key,
        title=title,
        unit=f"填报单位：{ctx.unit}",
        period=_period(r),
        widths=tuple(widths),
        header=tuple(tuple(h) for h in header),
        rows=tuple(tuple(row) for row in rows),
        notes=(*notes, NO_SOURCE_NOTE),
        preparer=ctx.preparer,
        made_on=ctx.made_on,
    )


# -- 矛盾纠纷排查情况表 -----------------------------------------------------------------------------------------


def dispute_screening(r: Readings, ctx: Context) -> ReportTable:
    def pair(label: str, screened: str, mediated: str, *, bold: bool = False):
        return (
            _label(label, bold=bold),
            Cell(_n(r, screened, THIS)),
            Cell(_n(r, mediated, THIS)),
            Cell(_n(r, screened, YTD)),
            Cell(_n(r, mediated, YTD)),
        )

    def merged(label: str, month, year):
        return (_label(label), Cell(month, cols=2), Cell(year, cols=2))

    types = r.fig.labels.get("cases.type", {})
    rows = [
        pair("矛盾纠纷合计", "cases.screened", "cases.mediated", bold=True),
        _section("按纠纷类型", 5),
        *(
            pair(label, f"cases.screened_by_type/{code}", f"cases.mediated_by_type/{code}")
            for code, label in types.items()
        ),
        _section("按涉及人数", 5),
        *(
            pair(BAND_LABELS[code], f"cases.people_band/{code}", f"cases.people_band_mediated/{code}")
            for code in BAND_LABELS
        ),
        pair("重大矛盾纠纷", "cases.major", "cases.major_mediated"),
        merged("调处成功", _n(r, "cases.succeeded", THIS), _n(r, "cases.succeeded", YTD)),
        merged("调处率", _rate(r, "cases.mediation_rate", THIS), _rate(r, "cases.mediation_rate", YTD)),
        merged("调处成功率", _rate(r, "cases.success_rate", THIS), _rate(r, "cases.success_rate", YTD)),
        merged("集中排查次数", _n(r, "rhythm.screening_rounds", THIS), _n(r, "rhythm.screening_rounds", YTD)),
    ]
    notes = [
        "排查数：本期受理登记的矛盾纠纷；调处数：当事人同意调解并已开展或终结调解的纠纷；重大矛盾纠纷：风险研判为高。"
    ]
    header = [
        (Cell("项目", rows=2), Cell("本月", cols=2), Cell("年度累计", cols=2)),
        (Cell("排查"), Cell("调处"), Cell("排查"), Cell("调处")),
    ]
    return _table(
        r,
        ctx,
        "dispute_screening",
        f"矛盾纠纷排查情况表（{_title_month(r)}）",
        (40, 15, 15, 15, 15),
        header,
        rows,
        notes,
    )


# -- 人民调解统计表 ------------------------------------------------------------------------------------------


def mediation_statistics(r: Readings, ctx: Context) -> ReportTable:
    def pair(label: str, accepted: str, succeeded: str, *, bold: bool = False):
        return (
            _label(label, bold=bold),
            Cell(_n(r, accepted, THIS)),
            Cell(_n(r, succeeded, THIS)),
            Cell(_n(r, accepted, YTD)),
            Cell(_n(r, succeeded, YTD)),
        )

    def merged(label: str, month, year):
        return (_label(label), Cell(month, cols=2), Cell(year, cols=2))

    def count(label: str, measure: str):
        return merged(label, _n(r, measure, THIS), _n(r, measure, YTD))

    types = r.fig.labels.get("cases.type", {})
    rows = [
        pair("受理纠纷合计", "cases.screened", "cases.succeeded", bold=True),
        _section("按案件来源", 5),
        *(
            pair(t.zh, f"cases.screened_by_source/{t.code}", f"cases.succeeded_by_source/{t.code}")
            for t in CASE_SOURCE.terms
        ),
        _section("按纠纷类型", 5),
        *(
            pair(label, f"cases.screened_by_type/{code}", f"cases.succeeded_by_type/{code}")
            for code, label in types.items()
        ),
        _section("调解结果", 5),
        *(count(t.zh, f"cases.by_outcome/{t.code}") for t in CASE_OUTCOME.terms),
        _section("其他指标", 5),
        count("涉及金额（元）", "cases.amount"),
        count("涉及人数", "cases.people"),
        count("防止民转刑", "cases.police_prevented"),
        count("重大矛盾纠纷", "cases.major"),
        count("回访（次）", "cases.return_visits"),
        count("协议已履行（次）", "cases.performed/full"),
        merged("调解成功率", _rate(r, "cases.success_rate", THIS), _rate(r, "cases.success_rate", YTD)),
        merged(
            "协议履行率", _rate(r, "cases.performance_rate", THIS), _rate(r, "cases.performance_rate", YTD)
        ),
    ]
    header = [
        (Cell("项目", rows=2), Cell("本月", cols=2), Cell("年度累计", cols=2)),
        (Cell("受理"), Cell("调解成功"), Cell("受理"), Cell("调解成功")),
    ]
    notes = [
        "防止民转刑：经风险研判报告公安机关（人民调解法第二十五条）并调解成功的纠纷；回访按回访日期统计。"
    ]
    return _table(
        r,
        ctx,
        "mediation_statistics",
        f"人民调解统计表（{_title_month(r)}）",
        (40, 15, 15, 15, 15),
        header,
        rows,
        notes,
    )


# -- 信访三率通报 -------------------------------------------------------------------------------------------


def petition_rates(r: Readings, ctx: Context) -> ReportTable:
    def rate_row(key: str):
        month = r.reading(key, THIS)
        basis = (
            f"{ind.number_text(month.numerator)}/{ind.number_text(month.denominator)}"
            if month.denominator
            else None
        )
        t = r.tile(key)
        return (
            _label(RATE_TITLES[key]),
            Cell(_rate(r, key, THIS)),
            Cell(basis),
            Cell(None if t.mom is None else ind.change_text(ind.RATE, t.mom)),
            Cell(None if t.yoy is None else ind.change_text(ind.RATE, t.yoy)),
            Cell(_rate(r, key, YTD)),
        )

    def count_row(label: str, measure: str):
        month, prev, last = (_n(r, measure, i) for i in (THIS, PREV, LAST))
        mom = ind.change(ind.COUNT, month, prev)
        yoy = ind.change(ind.COUNT, month, last)
        return (
            _label(label),
            Cell(month),
            Cell(""),
            Cell(None if mom is None else ind.change_text(ind.COUNT, mom)),
            Cell(None if yoy is None else ind.change_text(ind.COUNT, yoy)),
            Cell(_n(r, measure, YTD)),
        )

    rows = [
        _section("三率", 6),
        *(rate_row(k) for k in (*RATE_LINES, "petitions.repeat_rate")),
        _section("信访总量", 6),
        count_row("受理登记信访事项", "petitions.received"),
        count_row("其中：集体访", "petitions.collective"),
        count_row("其中：重复信访", "petitions.repeat"),
        _section("按信访事项类别", 6),
        *(count_row(t.zh, f"petitions.by_category/{t.code}") for t in PETITION_CATEGORY.terms),
        _section("按信访渠道", 6),
        *(count_row(t.zh, f"petitions.by_channel/{t.code}") for t in PETITION_CHANNEL.terms),
    ]
    days = r.settings.evaluation_days
    notes = [
        "及时受理率：书面告知期限（收到之日起15日，遇法定节假日顺延）届满于本期的事项中，按期告知受理或不予受理的比例。",
        "按期办结率：办理期限届满于本期的事项中，按期答复的比例（分母含逾期办结、未到期未办结和逾期未办结）。",
        f"参评率、群众满意率：评价期限（答复后{days}日）届满于本期的事项；满意率按“满意”和“基本满意”计。",
        "环比、同比：比率为百分点之差，数量为增减百分比。",
    ]
    header = [
        (Cell("指标"), Cell("本月"), Cell("本月计算依据"), Cell("环比"), Cell("同比"), Cell("年度累计"))
    ]
    return _table(
        r,
        ctx,
        "petition_rates",
        f"信访三率通报（{_title_month(r)}）",
        (30, 18, 22, 32, 32, 22),
        header,
        rows,
        notes,
    )


# -- 月度工作总结 ------------------------------------------------------------------------------------------------


def _pct(r: Readings, key: str, i: int = THIS) -> str:
    return ind.percent_text(r.reading(key, i).value)


def draft_sections(r: Readings) -> dict[str, str]:
    """The summary's text as the figures tell it: the director edits it before printing."""
    n = lambda m: ind.number_text(_n(r, m, THIS))  # noqa: E731 - a short reader of this month's figure
    work = [
        f"（一）信访维稳。本月受理登记信访事项{n('petitions.received')}件，其中集体访{n('petitions.collective')}件、"
        f"重复信访{n('petitions.repeat')}件；及时受理率{_pct(r, 'petitions.timely_acceptance')}，按期办结率"
        f"{_pct(r, 'petitions.on_time')}，参评率{_pct(r, 'petitions.participation')}，群众满意率"
        f"{_pct(r, 'petitions.satisfaction')}。",
        f"（二）矛盾纠纷化解。本月排查矛盾纠纷{n('cases.screened')}件，调处{n('cases.mediated')}件，调处成功"
        f"{n('cases.succeeded')}件，调处率{_pct(r, 'cases.mediation_rate')}，调处成功率{_pct(r, 'cases.success_rate')}；"
        f"回访{n('cases.return_visits')}次，协议履行率{_pct(r, 'cases.performance_rate')}。",
        f"（三）实有人口服务和重点人群管理。本月接待来访群众{n('visits.people')}人次；重点人群走访率"
        f"{_pct(r, 'key_groups.visit_rate')}，严重精神障碍患者管理率{_pct(r, 'key_groups.mental_management')}、"
        f"规范管理率{_pct(r, 'key_groups.mental_standard')}。",
    ]
    if _n(r, "volunteers.hours", THIS) is not None:
        work.append(
            f"（四）平安志愿服务。本月参与服务志愿者{n('volunteers.active')}人，服务时长{n('volunteers.hours')}小时。"
        )
    problems = []
    for key in (
        *RATE_LINES,
        "cases.mediation_rate",
        "cases.success_rate",
        "key_groups.visit_rate",
        "key_groups.mental_standard",
    ):
        t = r.tile(key)
        if t.level == "red":
            problems.append(f"{RATE_TITLES[key]}{ind.percent_text(t.month.value)}，低于{t.lo:g}%的目标。")
    overdue = r.fig.now.get("cases.overdue")
    if overdue:
        problems.append(f"逾期未办结矛盾纠纷{overdue}件。")
    late = r.fig.now.get("follow_ups.overdue")
    if late:
        problems.append(f"重点人群逾期未随访{late}人。")
    return {
        "主要工作": "\n".join(work),
        "存在问题": "\n".join(f"{i}. {p}" for i, p in enumerate(problems, 1)) or "无。",
        "下月计划": "",
    }


def monthly_summary(r: Readings, ctx: Context, sections: dict[str, str] | None = None) -> SummaryData:
    sections = {**draft_sections(r), **(sections or {})}

    def row(label: str, key: str | None = None, measure: str | None = None):
        if key is not None:
            t = r.tile(key)
            return (
                _label(label),
                Cell(_pct(r, key)),
                Cell(_pct(r, key, YTD)),
                Cell(None if t.mom is None else ind.change_text(ind.RATE, t.mom)),
            )
        month, prev = _n(r, measure, THIS), _n(r, measure, PREV)
        mom = ind.change(ind.COUNT, month, prev)
        return (
            _label(label),
            Cell(month),
            Cell(_n(r, measure, YTD)),
            Cell(None if mom is None else ind.change_text(ind.COUNT, mom)),
        )

    basics = _table(
        r,
        ctx,
        "monthly_summary",
        "基本情况",
        (52, 34, 34, 36),
        [(Cell("项目"), Cell("本月"), Cell("年度累计"), Cell("环比"))],
        [
            row("接待来访（人次）", measure="visits.people"),
            row("受理登记信访事项（件）", measure="petitions.received"),
            row("及时受理率", "petitions.timely_acceptance"),
            row("按期办结率", "petitions.on_time"),
            row("群众满意率", "petitions.satisfaction"),
            row("排查矛盾纠纷（件）", measure="cases.screened"),
            row("调处成功（件）", measure="cases.succeeded"),
            row("调处成功率", "cases.success_rate"),
            row("重点人群走访率", "key_groups.visit_rate"),
            row("严重精神障碍患者规范管理率", "key_groups.mental_standard"),
        ],
    )
    months = tuple(f"{m.month}月" for m in r.periods.months)
    types = r.fig.labels.get("cases.type", {})
    shown = [c for c in types if (_n(r, f"cases.screened_by_type/{c}", THIS) or 0) > 0] or list(types)[:6]
    groups = r.fig.labels.get("key_groups.group", {})
    charts = (
        ChartData(
            "信访三率近12个月走势",
            "line",
            months,
            tuple((RATE_TITLES[k], tuple(r.reading(k, i).value for i in range(12))) for k in RATE_LINES),
            percent=True,
        ),
        ChartData(
            "本月矛盾纠纷分类型排查、调处、成功情况",
            "bar",
            tuple(types[c] for c in shown),
            tuple(
                (name, tuple(_n(r, f"{m}/{c}", THIS) for c in shown))
                for name, m in (
                    ("排查", "cases.screened_by_type"),
                    ("调处", "cases.mediated_by_type"),
                    ("成功", "cases.succeeded_by_type"),
                )
            ),
        ),
        ChartData(
            "近12个月信访渠道分布",
            "stacked",
            months,
            tuple(
                (t.zh, tuple(_n(r, f"petitions.by_channel/{t.code}", i) for i in range(12)))
                for t in PETITION_CHANNEL.terms
            ),
        ),
        ChartData(
            "本月重点人群走访率",
            "bar",
            tuple(groups.get(c, c) for c in groups),
            (
                (
                    "走访率",
                    tuple(
                        ind.ratio(_n(r, f"key_groups.done/{c}", THIS), _n(r, f"key_groups.due/{c}", THIS))
                        for c in groups
                    ),
                ),
            ),
            percent=True,
        ),
    )
    return SummaryData(
        title=f"{ctx.unit}{_title_month(r)}工作总结",
        unit=ctx.unit,
        period=_period(r),
        basics=basics,
        sections=tuple((h, sections.get(h, "")) for h in ("主要工作", "存在问题", "下月计划")),
        charts=charts,
        preparer=ctx.preparer,
        made_on=ctx.made_on,
    )


TABLES = {
    "dispute_screening": dispute_screening,
    "mediation_statistics": mediation_statistics,
    "petition_rates": petition_rates,
}
