"""Import of residents from the Excel rosters communities keep today.

Real rosters have a title row above the headers, merged cells, Chinese header variants, and ID numbers
that Excel stored as numbers (digits beyond the 15th lost). Reading maps columns by header, validates
every row with the register's own validation, and reports every bad row with its Excel row number, its
column and the reason. Importing takes the good rows all together or none (one transaction).

Long work: ``validate_file`` and ``import_rows`` take a progress callback and a cancel check, so the
dialog shows progress and the command line prints it (Orange-style module-level functions).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.services.core.errors import ValidationError
from desktop.services.residents.dto import PersonInput
from desktop.services.residents.resident_service import validate_person

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


class ImportFileError(Exception):
    """The file cannot be read at all (not an .xlsx, no header row found, ...)."""


class ImportCancelled(Exception):
    pass


# field -> header spellings seen in community rosters (compared without spaces and brackets)
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "人员姓名", "居民姓名"),
    "id_type": ("证件类型", "证件种类", "证件名称"),
    "id_number": ("公民身份号码", "身份证号", "身份证号码", "身份证", "证件号码", "证件号", "身份号码"),
    "sex": ("性别",),
    "ethnic_code": ("民族",),
    "birth_date": ("出生日期", "出生年月日", "出生年月", "生日"),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话", "联系方式"),
    "phone2": ("备用电话", "其他电话", "固定电话"),
    "resident_type": ("人口类型", "人员类型", "人口类别", "居住类型"),
    "employer": ("工作单位", "服务处所", "单位"),
    "hukou_address": ("户籍地址", "户籍地详址", "户籍所在地", "户籍地"),
    "permit_no": ("居住证号", "居住证号码", "居住证编号"),
    "permit_issued_on": ("居住证签发日期", "居住证办理日期"),
    "moved_in_on": ("迁入日期", "入住日期", "来本地日期"),
    "notes": ("备注",),
}
ADDRESS_HEADERS: dict[str, tuple[str, ...]] = {
    "grid": ("网格", "所属网格", "网格名称", "网格编号"),
    "building": ("楼栋", "楼号", "幢", "栋", "楼幢"),
    "unit": ("单元", "单元号"),
    "room": ("房号", "室", "门牌号", "房间号"),
}
TEMPLATE_COLUMNS = (
    "姓名",
    "证件类型",
    "公民身份号码",
    "性别",
    "民族",
    "出生日期",
    "联系电话",
    "人口类型",
    "网格",
    "楼栋",
    "单元",
    "房号",
    "工作单位",
    "户籍地址",
    "居住证号",
    "居住证签发日期",
    "迁入日期",
    "备注",
)

# reasons as the report (a document in Chinese, like the printed forms) states them
REASONS = {
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
    "before_moved_in": "迁出日期早于迁入日期",
    "before_issue": "签注日期早于签发日期",
    "duplicate_in_file": "与本文件第 {first_row} 行证件号码重复",
    "duplicate_in_register": "该证件号码已在实有人口库中登记",
    "unknown_grid": "网格“{grid}”不存在（请填写已登记网格的编号或名称）",
    "id_taken": "该证件号码已在实有人口库中登记（导入期间由他人登记）",
}

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
class GoodRow:
    row: int
    person: PersonInput
    address: tuple[str, str, str, str] | None  # (grid, building, unit, room) as written


@dataclass(frozen=True)
class ImportReport:
    path: str
    sheet: str
    header_row: int
    mapping: dict[str, str]  # field -> header in the file
    unmapped: tuple[str, ...]  # headers in the file that mean nothing to us
    preview: tuple[tuple[str, ...], ...]  # the first rows as text, header first
    rows_read: int
    good: tuple[GoodRow, ...]
    errors: tuple[RowError, ...]

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.errors})


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


def _find_header(rows: list[tuple]) -> tuple[int, dict[int, str], dict[int, str]]:
    """(index of the header row, column -> person field, column -> address part) among the first rows."""
    known = {_key(h): f for f, hs in HEADERS.items() for h in hs}
    known_addr = {_key(h): f for f, hs in ADDRESS_HEADERS.items() for h in hs}
    best = (-1, {}, {})
    for i, row in enumerate(rows):
        fields_ = {c: known[_key(v)] for c, v in enumerate(row) if _key(v) in known}
        addr = {c: known_addr[_key(v)] for c, v in enumerate(row) if _key(v) in known_addr}
        if len(fields_) + len(addr) > len(best[1]) + len(best[2]):
            best = (i, fields_, addr)
    index, fields_, addr = best
    if index < 0 or "name" not in fields_.values() or "id_number" not in fields_.values():
        raise ImportFileError("没有找到表头行：至少需要“姓名”和“身份证号（证件号码）”两列")
    return index, fields_, addr


def _cell_text(value: Any) -> str:
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
        return _cell_text(value)
    digits = f"{int(value)}"
    # Excel keeps 15 significant digits: an 18-digit number stored as a number ends in lost digits
    return digits if len(digits) <= 15 else None


def validate_file(
    path: str | Path,
    known_numbers: Callable[[list[tuple[str, str]]], set[tuple[str, str]]] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ImportReport:
    """Read and check every row; nothing is written. ``known_numbers`` says which are registered already."""
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
    h, columns, addr_columns = _find_header(head_rows)
    header_row = h + 1
    headers = head_rows[h]
    mapping = {f: _cell_text(headers[c]) for c, f in columns.items()}
    mapping.update({f"address.{f}": _cell_text(headers[c]) for c, f in addr_columns.items()})
    unmapped = tuple(
        _cell_text(v)
        for c, v in enumerate(headers)
        if v not in (None, "") and c not in columns and c not in addr_columns
    )
    preview = [tuple(_cell_text(v) for v in headers)]
    good: list[GoodRow] = []
    errors: list[RowError] = []
    seen: dict[tuple[str, str], int] = {}
    total = max(1, (sheet.total_height or 0) - header_row)
    rows_read = 0
    body = ((header_row + 1 + i, v) for i, v in enumerate(head_rows[header_row:]))
    for n, values in itertools.chain(body, rows):
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        if stop():
            raise ImportCancelled()
        rows_read += 1
        if len(preview) < 11:
            preview.append(tuple(_cell_text(v) for v in values))
        data: dict[str, Any] = {}
        raw_id = None
        for c, f in columns.items():
            v = values[c] if c < len(values) else None
            if f == "id_number":
                raw_id = v
                v = _id_value(v)
                if v is None:
                    errors.append(
                        RowError(n, mapping[f], "id_stored_as_number", {"shown": _cell_text(raw_id)})
                    )
                    break
            elif f not in ("birth_date", "permit_issued_on", "moved_in_on"):
                v = _cell_text(v)
            data[f] = v
        else:
            try:
                person = validate_person(data, today=today)
            except ValidationError as exc:
                errors.append(RowError(n, mapping.get(exc.field, ""), exc.code, exc.params))
            else:
                k = (person.id_type, person.id_number or "")
                if k in seen:
                    errors.append(
                        RowError(n, mapping["id_number"], "duplicate_in_file", {"first_row": seen[k]})
                    )
                else:
                    seen[k] = n
                    addr = None
                    if addr_columns:
                        parts = {
                            f: _cell_text(values[c]) if c < len(values) else ""
                            for c, f in addr_columns.items()
                        }
                        if parts.get("building"):
                            addr = (
                                parts.get("grid", ""),
                                parts["building"],
                                parts.get("unit", ""),
                                parts.get("room", ""),
                            )
                    good.append(GoodRow(n, person, addr))
        if rows_read % 2000 == 0:
            report(5 + int(80 * (n - header_row) / total), f"已检查 {rows_read} 行")
    if known_numbers is not None and seen:
        report(88, "与实有人口库比对")
        taken = known_numbers(list(seen))
        if taken:
            kept = []
            for g in good:
                if (g.person.id_type, g.person.id_number or "") in taken:
                    errors.append(RowError(g.row, mapping["id_number"], "duplicate_in_register"))
                else:
                    kept.append(g)
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


def save_template(path: str | Path) -> Path:
    """An empty roster with our headers; the ID column formatted as text so Excel keeps every digit."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "实有人口"
    ws.append(list(TEMPLATE_COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    id_col = TEMPLATE_COLUMNS.index("公民身份号码") + 1
    phone_col = TEMPLATE_COLUMNS.index("联系电话") + 1
    for r in range(2, 2002):
        ws.cell(r, id_col).number_format = "@"
        ws.cell(r, phone_col).number_format = "@"
    for i, name in enumerate(TEMPLATE_COLUMNS, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = (
            22 if name in ("公民身份号码", "户籍地址") else 12
        )
    path = Path(path)
    wb.save(path)
    return path


def import_rows(services, actor, report: ImportReport, *, progress: Progress | None = None):
    """Write the good rows of a checked file: all of them, with their addresses, or none (one transaction)."""
    people = [g.person for g in report.good]
    addresses = [g.address for g in report.good]
    return services.residents.bulk_insert(
        actor,
        people,
        progress=progress,
        addresses=addresses,
        summary=f"从 {Path(report.path).name} 导入实有人口",
    )


def import_error(report: ImportReport, exc: ValidationError) -> RowError:
    """A refusal of the whole import, named at the Excel row that caused it."""
    i = exc.params.get("row")
    row = report.good[i].row if isinstance(i, int) and 0 <= i < len(report.good) else 0
    column = report.mapping.get("address.grid" if exc.code == "unknown_grid" else exc.field or "", "")
    return RowError(row, column, exc.code, {k: v for k, v in exc.params.items() if k != "row"})
