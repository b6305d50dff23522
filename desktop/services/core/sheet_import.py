"""Reading a roster from the Excel files communities keep today; shared by every room's import (the residents
register, the volunteers' roster).

Real rosters have a title row above the headers, merged cells, Chinese header variants, and ID numbers that
Excel stored as numbers (digits beyond the 15th lost). A room gives its columns (field -> header spellings)
and checks each row with its own validation; this module finds the header row, reads every row with merged
cells carrying their range's value, catches a number Excel cut short, reports every bad row with its Excel
row number, its column and the reason, and writes the report. The room's import then takes the good rows all
together or none (one transaction).

Long work: ``validate_rows`` takes a progress callback and a cancel check (Orange-style module-level
functions), so a dialog shows progress and the command line prints it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.services.core.errors import ValidationError

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


class ImportFileError(Exception):
    """The file cannot be read at all (not an .xlsx, no header row found, ...)."""


class ImportCancelled(Exception):
    pass


# reasons as the report (a document in Chinese, like the printed forms) states them; a room adds its own
# with ``add_reasons``
REASONS: dict[str, str] = {
    "required": "必填项为空",
    "too_long": "内容过长",
    "id_bad_length": "身份证号位数不对（应为18位或15位）",
    "id_bad_characters": "身份证号含有非法字符",
    "id_bad_checksum": "身份证号校验位错误",
    "id_bad_birth_date": "身份证号中的出生日期不存在",
    "id_unknown_region": "身份证号前6位不是任何时期的行政区划代码",
    "id_bad_format": "证件号码格式不对",
    "id_bad_type": "证件类型无法识别",
    "id_stored_as_number": "身份证号被 Excel 存成了数字，第15位以后的数字已丢失；请把该列设为“文本”后重新填写",
    "bad_date": "日期无法识别（如 1985-03-02）",
    "impossible_date": "日期不存在",
    "in_future": "日期晚于今天",
    "birth_date_mismatch": "出生日期与身份证号不一致",
    "sex_mismatch": "性别与身份证号不一致",
    "unknown_sex": "性别无法识别",
    "unknown_ethnic": "民族不在 GB/T 3304 民族代码表中",
    "unknown_resident_type": "人口类型无法识别（户籍 / 流动 / 境外）",
    "bad_phone": "电话号码格式不对",
    "duplicate_in_file": "与本文件第 {first_row} 行证件号码重复",
}


def add_reasons(reasons: Mapping[str, str]) -> None:
    """A room's own refusal codes and their sentences (a code means the same in every room)."""
    for code, text in reasons.items():
        if REASONS.get(code, text) != text:
            raise ValueError(f"reason {code!r} already says {REASONS[code]!r}")
        REASONS[code] = text


_NORMALISE_HEADER = re.compile(r"[\s（）()【】\[\]:：*＊]")


def _key(text: Any) -> str:
    return _NORMALISE_HEADER.sub("", str(text or ""))


@dataclass(frozen=True)
class RowError:
    row: int  # the Excel row number the user sees
    column: str  # the header as written in the file ("" when the whole row is at fault)
    code: str
    params: dict = field(default_factory=dict, compare=False)

    @property
    def reason(self) -> str:
        return REASONS.get(self.code, self.code).format(**self.params)


@dataclass(frozen=True)
class ImportReport:
    """What a check of a file found. ``good`` holds the room's rows (each with its Excel ``row``)."""

    path: str
    sheet: str
    header_row: int
    mapping: dict[str, str]  # field -> header in the file
    unmapped: tuple[str, ...]  # headers in the file that mean nothing to us
    preview: tuple[tuple[str, ...], ...]  # the first rows as text, header first
    rows_read: int
    good: tuple[Any, ...]
    errors: tuple[RowError, ...]

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.errors})

    def refuse(self, refused: Mapping[int, RowError]) -> ImportReport:
        """The report with the good rows of ``refused`` (Excel row -> why) moved to the errors."""
        if not refused:
            return self
        errors = sorted((*self.errors, *refused.values()), key=lambda e: e.row)
        good = tuple(g for g in self.good if g.row not in refused)
        return replace(self, good=good, errors=tuple(errors))


def _open(path: Path):
    """The first sheet, read by calamine (Rust): several times faster than openpyxl on big rosters."""
    from python_calamine import CalamineWorkbook

    if not path.is_file():
        raise ImportFileError(f"文件不存在：{path}")
    try:
        return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    except Exception as exc:  # calamine raises its own errors for a file that is not a workbook
        raise ImportFileError(f"无法读取该文件（需要 .xlsx 格式）：{exc}") from exc


def _rows(sheet) -> Iterator[tuple[int, tuple]]:
    """(Excel row number, values) with every merged cell carrying its range's value; empty cells None."""
    cover: dict[tuple[int, int], tuple[int, int]] = {}
    for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ():
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    cover[(r, c)] = (r0, c0)
    tops = set(cover.values())
    kept: dict[tuple[int, int], Any] = {}
    for r, raw in enumerate(sheet.to_python(skip_empty_area=False)):
        values = [None if v == "" else v for v in raw]
        if cover:
            for c in range(len(values)):
                if (r, c) in tops:
                    kept[(r, c)] = values[c]
                elif (r, c) in cover:
                    values[c] = kept.get(cover[(r, c)])
        yield r + 1, tuple(values)


def _find_header(
    rows: list[tuple], headers: Mapping[str, Sequence[str]], required: Sequence[str]
) -> tuple[int, dict[int, str]]:
    """(index of the header row, column -> field) among the first rows: the row naming most of our fields."""
    known = {_key(h): f for f, hs in headers.items() for h in hs}
    best: tuple[int, dict[int, str]] = (-1, {})
    for i, row in enumerate(rows):
        columns = {c: known[_key(v)] for c, v in enumerate(row) if _key(v) in known}
        if len(columns) > len(best[1]):
            best = (i, columns)
    index, columns = best
    if index < 0 or any(f not in columns.values() for f in required):
        names = "、".join(f"“{headers[f][0]}”" for f in required)
        raise ImportFileError(f"没有找到表头行：至少需要这几列：{names}")
    return index, columns


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _id_value(value: Any) -> str | None:
    """The ID number as text; None when Excel kept it as a number and lost digits."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return cell_text(value)
    digits = f"{int(value)}"
    # Excel keeps 15 significant digits: an 18-digit number stored as a number ends in lost digits
    return digits if len(digits) <= 15 else None


def validate_rows(
    path: str | Path,
    headers: Mapping[str, Sequence[str]],
    check: Callable[[int, dict[str, Any]], Any],
    *,
    key: Callable[[Any], Hashable],
    required: Sequence[str] = ("name", "id_number"),
    raw_fields: Sequence[str] = (),
    known: Callable[[list], Mapping[Hashable, str]] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Read and check every row; nothing is written.

    ``headers``: field -> header spellings; ``required`` fields must have a column. Each non-empty row is
    given to ``check(excel_row, {field: value})`` (text, except ``raw_fields`` such as dates, which keep
    Excel's value; the ID number as text, or the row is refused when Excel lost its digits), which returns
    the room's good row (with a ``row``) or raises ValidationError(field, code). ``key`` of a good row is its
    ID (a second row with the same key is refused); ``known(keys)`` says which keys the database refuses and
    why (key -> reason code).
    """
    report = progress or (lambda _p, _m: None)
    stop = cancelled or (lambda: False)
    path = Path(path)
    sheet = _open(path)
    report(2, "读取表格")
    rows = _rows(sheet)
    head_rows = []
    for _n, values in rows:
        head_rows.append(values)
        if len(head_rows) == 15:
            break
    h, columns = _find_header(head_rows, headers, required)
    header_row = h + 1
    names = head_rows[h]
    mapping = {f: cell_text(names[c]) for c, f in columns.items()}
    unmapped = tuple(cell_text(v) for c, v in enumerate(names) if v not in (None, "") and c not in columns)
    preview = [tuple(cell_text(v) for v in names)]
    good: list[Any] = []
    errors: list[RowError] = []
    seen: dict[Hashable, int] = {}
    total = max(1, (sheet.total_height or 0) - header_row)
    rows_read = 0
    id_column = mapping.get("id_number", "")
    body = ((header_row + 1 + i, v) for i, v in enumerate(head_rows[header_row:]))
    for n, values in itertools.chain(body, rows):
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        if stop():
            raise ImportCancelled()
        rows_read += 1
        if len(preview) < 11:
            preview.append(tuple(cell_text(v) for v in values))
        data: dict[str, Any] = {}
        for c, f in columns.items():
            v = values[c] if c < len(values) else None
            if f == "id_number":
                number = _id_value(v)
                if number is None:
                    errors.append(RowError(n, mapping[f], "id_stored_as_number", {"shown": cell_text(v)}))
                    break
                v = number
            elif f not in raw_fields:
                v = cell_text(v)
            data[f] = v
        else:
            try:
                row = check(n, data)
            except ValidationError as exc:
                errors.append(RowError(n, mapping.get(exc.field or "", ""), exc.code, exc.params))
            else:
                k = key(row)
                if k in seen:
                    errors.append(RowError(n, id_column, "duplicate_in_file", {"first_row": seen[k]}))
                else:
                    seen[k] = n
                    good.append(row)
        if rows_read % 2000 == 0:
            report(5 + int(80 * (n - header_row) / total), f"已检查 {rows_read} 行")
    if known is not None and seen:
        report(88, "与数据库比对")
        taken = known(list(seen))
        if taken:
            kept = []
            for g in good:
                code = taken.get(key(g))
                if code is None:
                    kept.append(g)
                else:
                    errors.append(RowError(g.row, id_column, code))
            good = kept
    errors.sort(key=lambda e: e.row)
    report(100, "检查完成")
    return ImportReport(
        str(path),
        sheet.name,
        header_row,
        mapping,
        unmapped,
        tuple(preview),
        rows_read,
        tuple(good),
        tuple(errors),
    )


def iter_report_lines(report: ImportReport) -> Iterator[str]:
    for e in report.errors:
        col = f"“{e.column}”列" if e.column else "整行"
        yield f"第 {e.row} 行 {col}：{e.reason}"


def save_report(report: ImportReport, path: str | Path) -> Path:
    """The validation report as .xlsx: row, column, reason — for the person who fixes the roster."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "校验报告"
    ws.append([f"导入校验报告：{Path(report.path).name}（工作表“{report.sheet}”）"])
    ws.append([f"读取 {report.rows_read} 行，可导入 {len(report.good)} 行，有问题 {report.bad_rows} 行"])
    ws.append(["Excel行号", "列", "原因"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for e in report.errors:
        ws.append([e.row, e.column, e.reason])
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 70
    path = Path(path)
    wb.save(path)
    return path


def save_template(
    path: str | Path,
    title: str,
    columns: Sequence[str],
    text_columns: Sequence[str],
    wide: Sequence[str] = (),
) -> Path:
    """An empty roster with a room's headers; ``text_columns`` (ID numbers, phones) formatted as text so Excel
    keeps every digit."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for name in text_columns:
        col = list(columns).index(name) + 1
        for r in range(2, 2002):
            ws.cell(r, col).number_format = "@"
    for i, name in enumerate(columns, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = 22 if name in wide else 12
    path = Path(path)
    wb.save(path)
    return path


def import_error(
    report: ImportReport, exc: ValidationError, fields: Mapping[str, str] | None = None
) -> RowError:
    """A refusal of the whole import, named at the Excel row that caused it (``exc.params['row']`` is the index
    of the good row). ``fields`` maps a refusal code to the field whose column is at fault, where it is not
    ``exc.field``."""
    i = exc.params.get("row")
    row = report.good[i].row if isinstance(i, int) and 0 <= i < len(report.good) else 0
    column = report.mapping.get((fields or {}).get(exc.code, exc.field or ""), "")
    return RowError(row, column, exc.code, {k: v for k, v in exc.params.items() if k != "row"})
