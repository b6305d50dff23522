"""The volunteers' roster from Excel: the residents import's reading and report, the register's checks, all or
nothing; and the roster exported, masked."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop.models import AuditEntry, Person, Volunteer
from desktop.services.core.errors import ValidationError
from desktop.services.volunteers import importer
from desktop.services.volunteers.dto import VolunteerInput
from tests.conftest import make_actor
from tests.unit.test_volunteer_service import cid

ON_REGISTER = cid("320102", "19800307", "123")
NEW = cid("320106", "19920830", "246")
ALREADY = cid("320104", "19750101", "111")
BAD = NEW[:-1] + ("0" if NEW[-1] != "0" else "1")


def _roster(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["华侨路社区平安志愿者花名册"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓 名", "身份证号码", "性别", "联系电话", "所属队伍", "技能", "加入日期"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def desk(services):
    return make_actor(services, "desk", "王丽", "reception")


@pytest.fixture
def register(services, desk):
    """One resident on the register, and one who is a volunteer already."""
    from desktop.services.residents.resident_service import validate_person

    for name, number in (("张伟", ON_REGISTER), ("老队员", ALREADY)):
        services.residents.create_person(desk, validate_person({"name": name, "id_number": number}))
    pid = services.residents.search(desk, "老队员")[0].id
    services.volunteers.enrol(desk, VolunteerInput(team="patrol"), person_id=pid)


def test_given_a_roster_then_good_rows_pass_and_every_bad_row_is_named_as_in_the_residents_import(
    services, desk, register, tmp_path
):
    path = _roster(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ON_REGISTER, "男", "13812345678", "治安巡逻队", "医疗救护、驾驶", "2024-03-01"],
            [2, "赵敏", NEW, "女", "13912345678", "应急救援队", "", ""],
            [3, "钱多多", BAD, "", "", "治安巡逻队", "", ""],
            [4, "孙丽", cid("320106", "19880512", "357"), "", "", "火星队", "", ""],
            [5, "周杰", cid("320106", "19880512", "468"), "", "", "", "飞行", ""],
            [6, "赵敏", NEW, "", "", "", "", ""],
            [7, "老队员", ALREADY, "", "", "", "", ""],
        ],
    )
    report = importer.validate_file(path, services, desk)
    assert report.header_row == 2 and report.rows_read == 7
    assert [g.row for g in report.good] == [3, 4]
    assert report.good[0].skills == ("first_aid", "driving") and report.good[0].volunteer.team == "patrol"
    errors = {e.row: (e.column, e.code) for e in report.errors}
    assert errors == {
        5: ("身份证号码", "id_bad_checksum"),
        6: ("所属队伍", "unknown_team"),
        7: ("技能", "unknown_skill"),
        8: ("身份证号码", "duplicate_in_file"),
        9: ("身份证号码", "already_volunteer"),
    }
    lines = list(importer.iter_report_lines(report))
    assert "第 6 行 “所属队伍”列：队伍“火星队”不在志愿者队伍列表中（请先由管理员添加）" in lines
    # When imported: the resident is linked, the new person registered with her volunteer record, in one go
    assert importer.import_rows(services, desk, report) == 2
    rows = {r.name: r for r in services.volunteers.roster(desk)}
    assert set(rows) == {"张伟", "赵敏", "老队员"}
    with services.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == "张伟")) == 1
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == "赵敏")) == 1
        assert (
            s.scalar(select(AuditEntry.summary).where(AuditEntry.action == "import"))
            == "从 r.xlsx 导入志愿者：2 人"
        )


def test_given_a_checked_roster_when_one_row_is_refused_at_import_then_nothing_is_written(
    services, desk, register, tmp_path
):
    path = _roster(
        tmp_path / "r.xlsx",
        [
            [1, "张伟", ON_REGISTER, "", "", "", "", ""],
            [2, "赵敏", NEW, "", "", "", "", ""],
        ],
    )
    report = importer.validate_file(path, services, desk)
    assert len(report.good) == 2
    # Meanwhile another desk enrols 赵敏 (registering her on the spot)
    from desktop.services.residents.resident_service import validate_person

    services.volunteers.enrol(
        desk, VolunteerInput(), register=validate_person({"name": "赵敏", "id_number": NEW})
    )
    with pytest.raises(ValidationError) as exc:
        importer.import_rows(services, desk, report)
    e = importer.import_error(report, exc.value)
    assert (e.row, e.column, e.code) == (4, "身份证号码", "already_volunteer")
    with services.sessions() as s:
        assert (
            s.scalar(select(func.count()).select_from(Volunteer)) == 2
        )  # 老队员 and 赵敏: 张伟 was not added


def test_given_the_template_then_it_reads_back_as_an_empty_roster_with_text_columns(services, desk, tmp_path):
    path = importer.save_template(tmp_path / "t.xlsx")
    ws = load_workbook(path).active
    assert [c.value for c in ws[1]][:3] == ["姓名", "证件类型", "公民身份号码"]
    assert ws.cell(2, 3).number_format == "@"
    report = importer.validate_file(path, services, desk)
    assert report.rows_read == 0 and report.mapping["volunteer_no"] == "志愿者编号"


def test_given_the_roster_when_exported_then_id_numbers_and_phones_are_masked_and_it_is_audited(
    services, desk, register
):
    data = services.volunteers.export_xlsx(desk)
    ws = load_workbook(io.BytesIO(data)).active
    rows = list(ws.values)
    assert rows[0][:4] == ("志愿者编号", "姓名", "性别", "证件号码")
    assert rows[1][1] == "老队员" and rows[1][3] == ALREADY[:4] + "*" * 10 + ALREADY[-4:]
    assert ALREADY not in repr(rows)
    with services.sessions() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (last.action, last.entity, last.summary) == (
        "export",
        "volunteer",
        "导出志愿者花名册（1 人，证件号码已遮盖）",
    )
