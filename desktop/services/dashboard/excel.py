"""The report tables as an Excel workbook (openpyxl): the title, the unit and period, merged header cells, the
figures as numbers, the notes, and the 签发人 / 制表人 / 填报日期 footer — the same ``ReportTable`` the PDF draws."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from desktop.printing.report_data import Cell, ReportTable, placed

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def _put(ws, row: int, col: int, cell: Cell, *, header: bool = False, first: bool = False) -> None:
    """A cell (merged over its span), bordered; numbers stay numbers, "—" where there is no figure."""
    target = ws.cell(row=row, column=col)
    target.value = cell.value if isinstance(cell.value, int | float) else cell.text
    target.font = Font(name="宋体", size=11, bold=header or cell.bold)
    target.alignment = _LEFT if first and not header else _CENTRE
    if isinstance(cell.value, float) and not cell.value.is_integer():
        target.number_format = "#,##0.00"
    last_row, last_col = row + cell.rows - 1, col + cell.cols - 1
    if (last_row, last_col) != (row, col):
        ws.merge_cells(start_row=row, start_column=col, end_row=last_row, end_column=last_col)
    for r in range(row, last_row + 1):
        for c in range(col, last_col + 1):
            ws.cell(row=r, column=c).border = _BOX


def write_table(ws, t: ReportTable) -> None:
    n = t.columns
    ws.title = t.title.split("（")[0][:31]
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(row=1, column=1, value=t.title).font = Font(name="黑体", size=16, bold=True)
    ws.cell(row=1, column=1).alignment = _CENTRE
    ws.row_dimensions[1].height = 30
    for r, text in ((2, t.unit), (3, t.period)):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(row=r, column=1, value=text).font = Font(name="宋体", size=10)
    top = 4
    for r, c, cell in placed(t.header):
        _put(ws, top + r, 1 + c, cell, header=True)
    top += len(t.header)
    for i, row in enumerate(t.rows):
        col = 1
        for k, cell in enumerate(row):
            _put(ws, top + i, col, cell, first=k == 0)
            col += cell.cols
    top += len(t.rows) + 1
    for note in t.notes:
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=n)
        ws.cell(row=top, column=1, value=note).font = Font(name="宋体", size=9)
        ws.cell(row=top, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[top].height = 15 * max(1, len(note) // 60 + 1)
        top += 1
    top += 1
    day = f"{t.made_on.year}年{t.made_on.month}月{t.made_on.day}日" if t.made_on else "    年  月  日"
    ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=n)
    ws.cell(
        row=top,
        column=1,
        value=f"签发人：{t.signer or '________'}    制表人：{t.preparer or '________'}    填报日期：{day}",
    )
    total = sum(t.widths)
    for c, w in enumerate(t.widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = max(8, round(w / total * 100))
    ws.print_title_rows = f"{4}:{3 + len(t.header)}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1


def workbook(tables: Sequence[ReportTable]) -> bytes:
    """One sheet per table."""
    wb = Workbook()
    wb.remove(wb.active)
    for t in tables:
        write_table(wb.create_sheet(), t)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
