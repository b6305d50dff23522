"""Import of residents from the Excel rosters communities keep today.

Reading the file (title rows, merged cells, header variants, ID numbers Excel stored as numbers), the report of
every bad row and the template are ``core.sheet_import``; this module names the register's columns, checks each
row with the register's own validation (``validate_person``) and imports the good rows all together or none (one
transaction, ``ResidentService.bulk_insert``).

Long work: ``validate_file`` and ``import_rows`` take a progress callback and a cancel check, so the dialog shows
progress and the command line prints it (Orange-style module-level functions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.services.core import sheet_import
from desktop.services.core.errors import ValidationError
from desktop.services.core.sheet_import import (  # noqa: F401 - the import's public names
    Cancelled,
    ImportCancelled,
    ImportFileError,
    ImportReport,
    Progress,
    RowError,
    iter_report_lines,
    save_report,
)
from desktop.services.residents.dto import PersonInput
from desktop.services.residents.resident_service import validate_person

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

sheet_import.add_reasons(
    {
        "before_moved_in": "迁出日期早于迁入日期",
        "before_issue": "签注日期早于签发日期",
        "duplicate_in_register": "该证件号码已在实有人口库中登记",
        "unknown_grid": "网格“{grid}”不存在（请填写已登记网格的编号或名称）",
        "id_taken": "该证件号码已在实有人口库中登记（导入期间由他人登记）",
    }
)
_DATES = ("birth_date", "permit_issued_on", "moved_in_on")
_COLUMNS = {**HEADERS, **{f"address.{f}": hs for f, hs in ADDRESS_HEADERS.items()}}


@dataclass(frozen=True)
class GoodRow:
    row: int
    person: PersonInput
    address: tuple[str, str, str, str] | None  # (grid, building, unit, room) as written


def validate_file(
    path: str | Path,
    known_numbers: Callable[[list[tuple[str, str]]], set[tuple[str, str]]] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ImportReport:
    """Read and check every row; nothing is written. ``known_numbers`` says which are registered already."""

    def check(n: int, data: dict[str, Any]) -> GoodRow:
        person = validate_person({k: v for k, v in data.items() if k in HEADERS}, today=today)
        addr = None
        if data.get("address.building"):
            addr = (
                data.get("address.grid", ""),
                data["address.building"],
                data.get("address.unit", ""),
                data.get("address.room", ""),
            )
        return GoodRow(n, person, addr)

    def known(keys):
        return dict.fromkeys(known_numbers(keys), "duplicate_in_register")

    return sheet_import.validate_rows(
        path,
        _COLUMNS,
        check,
        key=lambda g: (g.person.id_type, g.person.id_number or ""),
        raw_fields=_DATES,
        known=known if known_numbers is not None else None,
        progress=progress,
        cancelled=cancelled,
    )


def save_template(path: str | Path) -> Path:
    """An empty roster with our headers; the ID column formatted as text so Excel keeps every digit."""
    return sheet_import.save_template(
        path, "实有人口", TEMPLATE_COLUMNS, ("公民身份号码", "联系电话"), wide=("公民身份号码", "户籍地址")
    )


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
    return sheet_import.import_error(report, exc, {"unknown_grid": "address.grid"})
