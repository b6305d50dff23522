"""The periodic reports as data: a table with merged header cells and a footer (签发人 / 制表人 / 填报日期), and the
monthly summary with its editable text and charts. The PDF (forms_dashboard) and the Excel workbook
(services/dashboard/excel) are both drawn from these, so the two always say the same."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

Value = int | float | str | None  # None prints "—": no figure (a zero denominator, or no room records it)


@dataclass(frozen=True)
class Cell:
    value: Value
    cols: int = 1  # merged across this many columns
    rows: int = 1  # merged down this many rows (header cells)
    bold: bool = False

    @property
    def text(self) -> str:
        v = self.value
        if v is None:
            return "—"
        if isinstance(v, float):
            return f"{v:,.2f}" if not v.is_integer() else f"{int(v):,}"
        return str(v)


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str  # 矛盾纠纷排查情况表
    unit: str  # 填报单位
    period: str  # 统计期间
    widths: tuple[float, ...]  # relative column widths
    header: tuple[tuple[Cell, ...], ...]  # header rows; a cell spanning rows is given once, in its first row
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()
    preparer: str = ""  # 制表人
    signer: str = ""  # 签发人 (blank: signed by hand)
    made_on: date | None = None  # 填报日期

    @property
    def columns(self) -> int:
        return len(self.widths)


@dataclass(frozen=True)
class ChartData:
    """A chart to print: ``kind`` bar (series side by side), stacked, or line; values None are gaps."""

    title: str
    kind: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]
    percent: bool = False  # values are rates 0-1, the axis reads 0-100 %


@dataclass(frozen=True)
class SummaryData:
    title: str
    unit: str
    period: str
    basics: ReportTable
    sections: tuple[tuple[str, str], ...]  # (heading, text) — 主要工作, 存在问题, 下月计划 as edited
    charts: tuple[ChartData, ...] = ()
    preparer: str = ""
    made_on: date | None = None


def placed(rows: tuple[tuple[Cell, ...], ...]) -> list[tuple[int, int, Cell]]:
    """(row, column, cell) of every cell, a merged cell at its top-left corner: a cell goes to the first column
    no cell above reaches down into. Both the PDF and the workbook lay out merged cells by this."""
    out: list[tuple[int, int, Cell]] = []
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            while (r, col) in taken:
                col += 1
            out.append((r, col, cell))
            taken.update((r + dr, col + dc) for dr in range(cell.rows) for dc in range(cell.cols))
            col += cell.cols
    return out
