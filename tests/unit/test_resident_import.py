"""Excel rosters as communities keep them: title row, merged cells, number-stored IDs, bad rows."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from desktop.services.core.id_numbers import check_digit
from desktop.services.residents import importer as resident_import
from desktop.services.residents.importer import ImportFileError, save_report, save_template, validate_file


def cid(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + check_digit(body)


GOOD_1 = cid("320102", "19500101", "123")  # born 1950, a 玄武区 code from 1983: valid
GOOD_2 = cid("320103", "19880512", "246")  # 白下区, abolished 2013: still valid
GOOD_3 = cid("320106", "19920830", "136")
BAD_CHECKSUM = GOOD_3[:-1] + ("0" if GOOD_3[-1] != "0" else "1")


def _roster(path, rows, *, title=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    if title:
        ws.append(["华侨路社区实有人口花名册（2026年11月）"])
        ws.merge_cells("A1:I1")
    ws.append(["序号", "姓 名", "身份证号码", "性别", "民族", "联系电话", "楼栋", "单元", "房号"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_given_a_real_roster_then_good_rows_pass_and_every_bad_row_is_named(tmp_path):
    path = _roster(
        tmp_path / "r.xlsx",
        [
            [1, "王建国", GOOD_1, "男", "汉族", "13812345678", "3栋", "1单元", "301"],
            [
                2,
                "李𠀾芳",
                GOOD_2.lower().replace("x", "x"),
                "女",
                "回族",
                "025-86612345",
                "3栋",
                "1单元",
                "302",
            ],
            [3, "张伟", BAD_CHECKSUM, "", "汉", "", "4栋", "", "101"],
            [4, "赵敏", GOOD_3, "女", "火星族", "", "4栋", "", "102"],
            [5, "钱多多", 320102195001011230, "", "", "", "4栋", "", "103"],  # Excel kept it as a number
            [6, "孙悟空", GOOD_1, "", "", "", "5栋", "", "1"],  # same number as row 3 of the data
            [],
            [8, "周芷若", GOOD_3[:6] + "19990230" + "0011", "", "", "", "5栋", "", "2"],
        ],
    )
    report = validate_file(path, today=date(2026, 11, 27))
    assert report.header_row == 2 and report.mapping["name"] == "姓 名"
    assert "序号" in report.unmapped
    assert report.rows_read == 7
    assert [g.row for g in report.good] == [3, 4]
    assert report.good[1].person.name == "李𠀾芳"  # a character outside the BMP survives
    assert report.good[0].address == ("", "3栋", "1单元", "301")
    reasons = {e.row: (e.column, e.code) for e in report.errors}
    assert reasons[5] == ("身份证号码", "id_bad_checksum")
    assert reasons[6] == ("民族", "unknown_ethnic")
    assert reasons[7] == ("身份证号码", "id_stored_as_number")
    assert reasons[8] == ("身份证号码", "duplicate_in_file")
    assert reasons[10][1] in ("id_bad_birth_date", "id_bad_checksum")
    lines = list(resident_import.iter_report_lines(report))
    assert "第 7 行 “身份证号码”列：身份证号被 Excel 存成了数字" in lines[2]


def test_given_merged_address_cells_then_every_member_gets_the_address(tmp_path):
    path = tmp_path / "m.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "公民身份号码", "楼栋", "房号"])
    ws.append(["王一", GOOD_1, "7栋", "502"])
    ws.append(["王二", GOOD_2, None, None])
    ws.merge_cells("C2:C3")
    ws.merge_cells("D2:D3")
    wb.save(path)
    report = validate_file(path)
    assert [g.address for g in report.good] == [("", "7栋", "", "502")] * 2


def test_given_numbers_already_registered_then_they_are_reported_not_imported(tmp_path):
    path = _roster(tmp_path / "r.xlsx", [[1, "王建国", GOOD_1, "", "", "", "", "", ""]], title=False)
    report = validate_file(path, known_numbers=lambda keys: set(keys))
    assert report.good == () and report.errors[0].code == "duplicate_in_register"


def test_given_a_file_that_is_not_a_roster_then_a_clear_error(tmp_path):
    (tmp_path / "x.xlsx").write_text("not a workbook")
    with pytest.raises(ImportFileError, match="无法读取"):
        validate_file(tmp_path / "x.xlsx")
    wb = Workbook()
    wb.active.append(["甲", "乙"])
    wb.save(tmp_path / "y.xlsx")
    with pytest.raises(ImportFileError, match="没有找到表头行"):
        validate_file(tmp_path / "y.xlsx")


def test_given_a_report_then_it_saves_as_xlsx_with_row_column_reason(tmp_path):
    path = _roster(tmp_path / "r.xlsx", [[1, "张伟", BAD_CHECKSUM, "", "", "", "", "", ""]])
    out = save_report(validate_file(path), tmp_path / "report.xlsx")
    ws = load_workbook(out).active
    assert list(next(ws.iter_rows(min_row=4, max_row=4, values_only=True))) == [
        3,
        "身份证号码",
        "身份证号校验位错误",
    ]


def test_given_the_template_then_it_reads_back_as_an_empty_roster_with_text_id_column(tmp_path):
    path = save_template(tmp_path / "t.xlsx")
    ws = load_workbook(path).active
    assert ws.cell(2, 3).number_format == "@"
    report = validate_file(path)
    assert report.rows_read == 0 and report.mapping["id_number"] == "公民身份号码"


def test_given_a_checked_roster_when_imported_then_people_and_their_addresses_are_registered(
    tmp_path, services, admin
):
    from desktop.cli import cli_actor

    actor = cli_actor()  # the director's rights, as `python -m desktop import` uses
    services.addresses.create_grid(actor, "G01", "第一网格")
    path = _roster(
        tmp_path / "r.xlsx",
        [
            [1, "王建国", GOOD_1, "男", "汉族", "13812345678", "3栋", "1单元", "301"],
            [2, "李芳", GOOD_2, "女", "回族", "", "3栋", "1单元", "301"],
            [3, "张伟", BAD_CHECKSUM, "", "", "", "4栋", "", "101"],
        ],
    )
    report = validate_file(path, services.residents.registered_numbers)
    result = resident_import.import_rows(services, actor, report)
    assert result.inserted == 2
    found = services.residents.search(actor, "王建国")
    assert found and found[0].name == "王建国"
    person = services.residents.get_person(actor, found[0].id)
    assert person.address is not None and "3栋1单元301" in person.address.replace(" ", "")
    # the same roster again: every good row is now a duplicate of the register, nothing is imported twice
    again = validate_file(path, services.residents.registered_numbers)
    assert again.good == () and {e.code for e in again.errors} == {"duplicate_in_register", "id_bad_checksum"}
    assert services.audit.search(admin.actor(), action="import")[0].summary.startswith(
        "从 r.xlsx 导入实有人口"
    )


def test_given_an_unknown_grid_then_nothing_is_imported(tmp_path, services):
    from desktop.cli import cli_actor

    actor = cli_actor()
    services.addresses.create_grid(actor, "G01", "第一网格")
    services.addresses.create_grid(actor, "G02", "第二网格")
    path = tmp_path / "g.xlsx"
    wb = Workbook()
    wb.active.append(["姓名", "公民身份号码", "网格", "楼栋", "房号"])
    wb.active.append(["王一", GOOD_1, "第一网格", "7栋", "502"])
    wb.active.append(["王二", GOOD_2, "第九网格", "8栋", "101"])
    wb.save(path)
    report = validate_file(path, services.residents.registered_numbers)
    with pytest.raises(Exception) as err:
        resident_import.import_rows(services, actor, report)
    assert getattr(err.value, "code", "") == "unknown_grid"
    assert services.residents.search(actor, "王一") == []


def test_given_an_export_then_numbers_are_masked_unless_revealed_with_a_reason_and_it_is_audited(
    tmp_path, services
):
    from desktop.cli import cli_actor
    from desktop.services.core.errors import PermissionDenied, ValidationError
    from desktop.services.residents.export import export_people

    director = cli_actor()
    services.addresses.create_grid(director, "G01", "第一网格")
    path = _roster(
        tmp_path / "r.xlsx", [[1, "王建国", GOOD_1, "男", "汉族", "13812345678", "3栋", "1单元", "301"]]
    )
    resident_import.import_rows(services, director, validate_file(path))
    n = export_people(services.sessions, director, tmp_path / "masked.xlsx")
    row = list(load_workbook(tmp_path / "masked.xlsx").active.iter_rows(min_row=2, values_only=True))[0]
    assert (
        n == 1
        and row[0] == "王建国"
        and row[5] == GOOD_1[:4] + "*" * 10 + GOOD_1[-4:]
        and row[6] == "138****5678"
    )
    assert "3栋1单元301" in row[8]
    with pytest.raises(ValidationError):
        export_people(services.sessions, director, tmp_path / "full.xlsx", reveal=True)
    export_people(services.sessions, director, tmp_path / "full.xlsx", reveal=True, reason="移交街道综治办")
    row = list(load_workbook(tmp_path / "full.xlsx").active.iter_rows(min_row=2, values_only=True))[0]
    assert row[5] == GOOD_1 and row[6] == "13812345678"
    audit = services.audit.search(director, action="export")
    assert audit[0].reason == "移交街道综治办" and "含完整证件号码" in audit[0].summary
    assert "已脱敏" in audit[1].summary
    clerk = cli_actor().__class__(None, "li", "李娜", "reception")
    with pytest.raises(PermissionDenied):
        export_people(services.sessions, clerk, tmp_path / "x.xlsx")
