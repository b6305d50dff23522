"""The rooms' figures over the spans of a month, read as the indicators (what the desk and the reports show)."""

from __future__ import annotations

from desktop.services.core.figures import Figures
from desktop.services.dashboard import indicators as ind
from desktop.services.dashboard.dto import DashboardSettings, Periods, Reading, Tile


class Readings:
    """The rooms' figures over the spans of ``periods``, read as indicators."""

    def __init__(
        self, fig: Figures, periods: Periods, table: dict[str, ind.Indicator], settings: DashboardSettings
    ):
        self.fig, self.periods, self.table, self.settings = fig, periods, table, settings

    def reading(self, key: str, i: int) -> Reading:
        indicator = self.table[key]
        if indicator.kind == ind.NOW:
            v = self.fig.now.get(indicator.numerator[0])
            return Reading(None if v is None else float(v), v)
        num = ind.total(self.fig.counts, indicator.numerator, i)
        if indicator.kind == ind.COUNT:
            return Reading(None if num is None else float(num), num)
        den = ind.total(self.fig.counts, indicator.denominator, i)
        return Reading(ind.ratio(num, den), num, den)

    def thresholds(self, key: str) -> tuple[float, float]:
        indicator = self.table[key]
        return self.settings.thresholds.get(key, (indicator.lo, indicator.hi))

    def tile(self, key: str) -> Tile:
        indicator = self.table[key]
        month = self.reading(key, Periods.THIS)
        lo, hi = self.thresholds(key)
        if indicator.kind == ind.NOW:
            return Tile(key, indicator.kind, month, None, None, None, None, lo, hi, indicator.better)
        prev = self.reading(key, Periods.PREVIOUS)
        last_year = self.reading(key, Periods.LAST_YEAR)
        return Tile(
            key,
            indicator.kind,
            month,
            self.reading(key, Periods.YTD),
            ind.change(indicator.kind, month.value, prev.value),
            ind.change(indicator.kind, month.value, last_year.value),
            ind.level(indicator, month.value, lo, hi),
            lo,
            hi,
            indicator.better,
        )

    def count(self, measure: str, i: int):
        values = self.fig.counts.get(measure)
        return None if values is None else values[i]
