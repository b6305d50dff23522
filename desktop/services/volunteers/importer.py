"""Import of the volunteers' roster (花名册) from Excel, through the same reading, report and all-or-nothing rule as
the residents import (``core.sheet_import``).

Each row names a person (name, ID type and number; sex and phone for one not on the register yet) and their
volunteer record (number, team, skills, joined date, emergency contact). A person found on the register by ID
number is linked; one who is not is registered in the same transaction, checked by the register's own rules
(``ResidentService.validate_person``). Someone who is a volunteer already is refused at their row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.services.core import sheet_import
from desktop.services.core.clock import today as local_today
from desktop.services.core.errors import ValidationError
from desktop.services.core.sheet_import import Cancelled, ImportReport, Progress, RowError
from desktop.services.core.validators import parse_date
from desktop.services.residents.dto import PersonInput
from desktop.services.residents.resident_service import ResidentService
from desktop.services.volunteers import rules
from desktop.services.volunteers.dto import VolunteerInput

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "志愿者姓名", "名字"),
    "id_type": ("证件类型", "证件种类"),
    "id_number": ("公民身份号码", "身份证号", "身份证号码", "身份证", "证件号码", "证件号"),
    "sex": ("性别",),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话"),
    "volunteer_no": ("志愿者编号", "志愿者证号", "志愿服务网编号", "注册编号", "编号"),
    "team": ("所属队伍", "队伍", "服务队"),
    "skills": ("技能", "专业技能", "特长"),
    "joined_on": ("加入日期", "入队日期", "注册日期"),
    "emergency_contact": ("紧急联系人",),
    "emergency_phone": ("紧急联系电话", "紧急联系人电话"),
    "notes": ("备注",),
}
TEMPLATE_COLUMNS = (
    "姓名",
    "证件类型",
    "公民身份号码",
    "性别",
    "联系电话",
    "志愿者编号",
    "所属队伍",
    "技能",
    "加入日期",
    "紧急联系人",
    "紧急联系电话",
    "备注",
)
_SPLIT = re.compile(r"[、,，;；/\s]+")

sheet_import.add_reasons(
    {
        "unknown_team": "队伍“{value}”不在志愿者队伍列表中（请先由管理员添加）",
        "unknown_skill": "技能“{value}”不在志愿者技能列表中（请先由管理员添加）",
        "bad_volunteer_no": "志愿者编号只能由字母、数字和“-”组成（3至32位）",
        "volunteer_no_taken": "该志愿者编号已被使用",
        "already_volunteer": "此人已在志愿者花名册中",
        "id_taken": "该证件号码已在实有人口库中登记（导入期间由他人登记）",
        "likely_duplicate": "与实有人口库中的人员疑似重复",
    }
)


@dataclass(frozen=True)
class GoodRow:
    row: int
    person: PersonInput
    volunteer: VolunteerInput
    skills: tuple[str, ...]


def validate_file(
    path: str | Path,
    services,
    actor,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ImportReport:
    """Read and check every row; nothing is written. Teams and skills are read against the configured lists;
    people who are volunteers already are refused at their row."""
    teams, skills = services.volunteers.import_lookup(actor)
    today = today or local_today()

    def check(n: int, data: dict[str, Any]) -> GoodRow:
        person = ResidentService.validate_person(
            {k: data.get(k) for k in ("name", "id_type", "id_number", "sex", "phone")}, today=today
        )
        team = None
        if data.get("team"):
            team = teams.get(data["team"])
            if team is None:
                raise ValidationError("team", "unknown_team", value=data["team"])
        codes = []
        for label in _SPLIT.split(data.get("skills") or ""):
            if label:
                if label not in skills:
                    raise ValidationError("skills", "unknown_skill", value=label)
                codes.append(skills[label])
        joined = parse_date(data.get("joined_on"), "joined_on")
        if joined is not None and joined > today:
            raise ValidationError("joined_on", "in_future")
        volunteer = VolunteerInput(
            volunteer_no=rules.volunteer_number(data.get("volunteer_no")),
            team=team,
            joined_on=joined,
            emergency_contact=data.get("emergency_contact") or None,
            emergency_phone=data.get("emergency_phone") or None,
            notes=data.get("notes") or None,
        )
        return GoodRow(n, person, volunteer, tuple(dict.fromkeys(codes)))

    def known(keys):
        return dict.fromkeys(services.volunteers.enrolled(actor, keys), "already_volunteer")

    return sheet_import.validate_rows(
        path,
        HEADERS,
        check,
        key=lambda g: (g.person.id_type, g.person.id_number or ""),
        raw_fields=("joined_on",),
        known=known,
        progress=progress,
        cancelled=cancelled,
    )


def save_template(path: str | Path) -> Path:
    return sheet_import.save_template(
        path,
        "志愿者花名册",
        TEMPLATE_COLUMNS,
        ("公民身份号码", "联系电话", "紧急联系电话"),
        wide=("公民身份号码",),
    )


def import_rows(services, actor, report: ImportReport, *, progress: Progress | None = None) -> int:
    """Enrol the good rows of a checked file: all of them, with the people new to the register, or none."""
    return services.volunteers.bulk_enrol(
        actor,
        [(g.person, g.volunteer, g.skills) for g in report.good],
        summary=f"从 {Path(report.path).name} 导入志愿者",
        progress=progress,
    )


def import_error(report: ImportReport, exc: ValidationError) -> RowError:
    """A refusal of the whole import, named at the Excel row that caused it."""
    return sheet_import.import_error(
        report,
        exc,
        {"already_volunteer": "id_number", "unknown_skill": "skills", "volunteer_no_taken": "volunteer_no"},
    )


save_report = sheet_import.save_report
iter_report_lines = sheet_import.iter_report_lines
