"""The indicators of the director's desk as formulas over the rooms' measures (``core.figures``), in one table.

A rate is numerator ÷ denominator, the denominator a sum of measures; ``name/*`` adds a measure over all its
codes. A zero (or absent) denominator gives no value: shown "—", never a division error or a fake 100 %.
Each indicator is read for 本月 (the month), 年度累计 (January to the month), 环比 (against the month before:
percentage points for a rate, per cent for a count) and 同比 (against the same month a year before).
Colours: a rate where more is better is red below ``lo``, green above ``hi``, yellow between (default 85 / 90 %);
where less is better (重复信访率) the other way round. Thresholds and the denominator of the success rate are the
desk's settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.services.core.figures import Number

RATE, COUNT, NOW = "rate", "count", "now"
HIGHER, LOWER = "higher", "lower"


@dataclass(frozen=True)
class Indicator:
    key: str
    kind: str  # rate / count (a period's figure) / now (today's state)
    numerator: tuple[str, ...]
    denominator: tuple[str, ...] = ()
    better: str = HIGHER
    lo: float = 85.0  # default thresholds, per cent
    hi: float = 90.0


def _rate(key, num, den, **kw) -> Indicator:
    return Indicator(key, RATE, tuple(num), tuple(den), **kw)


def _count(key, *measures) -> Indicator:
    return Indicator(key, COUNT, tuple(measures))


ON_TIME_PARTS = (
    "petitions.handle_on_time",
    "petitions.handle_late",
    "petitions.handle_open",
    "petitions.handle_overdue",
)

INDICATORS: dict[str, Indicator] = {
    i.key: i
    for i in (
        # 信访
        _rate("petitions.timely_acceptance", ["petitions.notice_in_time"], ["petitions.notice_due"]),
        _rate("petitions.on_time", ["petitions.handle_on_time"], ON_TIME_PARTS),
        _rate("petitions.participation", ["petitions.evaluated"], ["petitions.evaluation_due"]),
        _rate("petitions.satisfaction", ["petitions.satisfied"], ["petitions.evaluated"]),
        _rate(
            "petitions.repeat_rate", ["petitions.repeat"], ["petitions.received"], better=LOWER, lo=10, hi=15
        ),
        _count("petitions.received", "petitions.received"),
        _count("petitions.collective", "petitions.collective"),
        Indicator("petitions.overdue", NOW, ("petitions.overdue",)),
        # 矛盾纠纷
        _count("cases.screened", "cases.screened"),
        _count("cases.mediated", "cases.mediated"),
        _rate("cases.mediation_rate", ["cases.mediated"], ["cases.screened"]),
        _count("cases.succeeded", "cases.succeeded"),
        _rate("cases.success_rate", ["cases.succeeded"], ["cases.mediated"]),
        _rate("cases.performance_rate", ["cases.performed/full"], ["cases.return_visits"]),
        Indicator("cases.overdue", NOW, ("cases.overdue",)),
        Indicator("cases.bounced", NOW, ("cases.bounced",)),
        # 重点人群
        _rate("key_groups.visit_rate", ["key_groups.done/*"], ["key_groups.due/*"]),
        _rate(
            "key_groups.mental_management", ["key_groups.mental_managed"], ["key_groups.mental_registered"]
        ),
        _rate("key_groups.mental_standard", ["key_groups.mental_standard"], ["key_groups.mental_registered"]),
        # 志愿者 and 视频监控 (their rooms register the measures)
        _count("volunteers.registered", "volunteers.registered"),
        _count("volunteers.active", "volunteers.active"),
        _count("volunteers.hours", "volunteers.hours"),
        _rate("cameras.online_rate", ["cameras.online"], ["cameras.checked"]),
    )
}

# the four rates of the 信访 lines (信访三率 and 参评率)
RATE_LINES = (
    "petitions.timely_acceptance",
    "petitions.on_time",
    "petitions.participation",
    "petitions.satisfaction",
)

# the success rate's denominator, as the office defines it (some count 化解率 over everything screened)
SUCCESS_DENOMINATORS = {"mediated": ("cases.mediated",), "screened": ("cases.screened",)}


def with_settings(success_over: str) -> dict[str, Indicator]:
    """The table with the configured denominators."""
    from dataclasses import replace

    table = dict(INDICATORS)
    table["cases.success_rate"] = replace(
        table["cases.success_rate"], denominator=SUCCESS_DENOMINATORS[success_over]
    )
    return table


def total(counts: Mapping[str, Sequence[Number]], names: Sequence[str], i: int) -> Number | None:
    """The sum of ``names`` in span ``i``; None when a measure is not there at all (its room has no source)."""
    out: Number = 0
    for name in names:
        if name.endswith("/*"):
            prefix = name[:-1]
            found = [v[i] for k, v in counts.items() if k.startswith(prefix)]
            if not found:
                return None
            out += sum(found)
        elif name in counts:
            out += counts[name][i]
        else:
            return None
    return out


def ratio(numerator: Number | None, denominator: Number | None) -> float | None:
    """numerator ÷ denominator; None for a zero or unknown denominator (shown "—")."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def level(ind: Indicator, value: float | None, lo: float, hi: float) -> str | None:
    """red / yellow / green for a rate (thresholds in per cent); None without a value or for a count."""
    if value is None or ind.kind != RATE:
        return None
    pct = value * 100
    if ind.better == LOWER:
        return "green" if pct < lo else "red" if pct > hi else "yellow"
    return "red" if pct < lo else "green" if pct > hi else "yellow"


def change(kind: str, current: float | None, before: float | None) -> float | None:
    """环比 / 同比: percentage points for a rate, per cent for a count; None when either side is missing (or a
    count was zero before)."""
    if current is None or before is None:
        return None
    if kind == RATE:
        return (current - before) * 100
    if not before:
        return None
    return (current - before) / before * 100


def percent_text(value: float | None, digits: int = 1) -> str:
    """87.5% — or "—" when there is no value."""
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def number_text(value: Number | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if isinstance(value, float) else str(value)


def change_text(kind: str, value: float | None) -> str:
    """+2.3个百分点 / -12.5% / —."""
    if value is None:
        return "—"
    return f"{value:+.1f}个百分点" if kind == RATE else f"{value:+.1f}%"
