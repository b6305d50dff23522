"""The import dialog: a roster with good and bad rows, every bad row listed, the good rows imported."""

from __future__ import annotations

from openpyxl import Workbook

from desktop.services.core.id_numbers import check_digit
from tests.gui.conftest import cell, open_dialog


def cid(first17: str) -> str:
    return first17 + check_digit(first17)


def _roster(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["华侨路社区实有人口花名册"])
    ws.append(["姓名", "身份证号", "民族", "网格", "楼栋", "房号"])
    ws.append(["王建国", cid("32010219500101123"), "汉族", "", "3栋", "301"])
    ws.append(["李芳", cid("32010319880512246"), "回族", "", "3栋", "301"])
    ws.append(["张伟", "320102199001011234", "汉族", "", "4栋", "101"])
    wb.save(path)
    return path


def test_given_a_roster_with_a_bad_row_when_imported_then_good_rows_land_and_the_bad_one_is_named(
    qtbot,
    services,
    make_page,
    tmp_path,
):
    page = make_page("director")
    services.addresses.create_grid(page.ctx.actor, "G01", "第一网格")
    dlg = open_dialog(qtbot, page, page.import_button)
    dlg.check(str(_roster(tmp_path / "r.xlsx")))
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    assert dlg.summary.text() == "读取 3 行：可导入 2 行，有问题 1 行。"
    assert [cell(dlg.problems, 0, c) for c in range(3)] == ["5", "身份证号", "身份证号校验位错误"]
    assert cell(dlg.preview, 0, 0) == "王建国"
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.summary.text() == "已导入 2 人。", timeout=20000)
    assert [r.name for r in services.residents.search(page.ctx.actor, "王建国")] == ["王建国"]


def test_given_an_import_cancelled_midway_then_nothing_is_imported(qtbot, services, make_page, tmp_path):
    page = make_page("director")
    services.addresses.create_grid(page.ctx.actor, "G01", "第一网格")
    dlg = open_dialog(qtbot, page, page.import_button)
    dlg.check(str(_roster(tmp_path / "r.xlsx")))
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=20000)
    dlg.start_import()
    dlg.progress_dialog.cancel_button.click()  # the clerk pressed Cancel: the import's first progress report stops it
    qtbot.waitUntil(lambda: dlg.summary.text() == "已取消：没有导入任何数据。", timeout=20000)
    assert services.residents.search(page.ctx.actor, "王建国") == []


def test_given_a_search_when_exported_then_only_its_results_are_written_masked(
    qtbot, services, make_page, tmp_path
):
    from openpyxl import load_workbook

    from desktop.services.residents import importer as resident_import

    page = make_page("director")
    services.addresses.create_grid(page.ctx.actor, "G01", "第一网格")
    report = resident_import.validate_file(_roster(tmp_path / "r.xlsx"))
    resident_import.import_rows(services, page.ctx.actor, report)
    qtbot.keyClicks(page.search, "wjg")  # 王建国 by pinyin initials
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    page.export_people(str(tmp_path / "out.xlsx"), reveal=False)
    qtbot.waitUntil(lambda: page.count_label.text().startswith("已导出 1 人"), timeout=20000)
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["王建国"] and "*" in rows[0][5]


def test_given_a_long_save_holding_the_writer_when_the_register_is_exported_then_the_export_does_not_wait(
    qtbot, services, make_page, tmp_path
):
    import threading

    from openpyxl import load_workbook

    from desktop.services.residents.resident_service import validate_person

    page = make_page("director")
    services.residents.create_person(
        page.ctx.actor, validate_person({"name": "王建国", "id_number": cid("32010219500101123")})
    )
    # Given a save on the writer thread that takes long (another PC holds a lock, a big import …)
    release = threading.Event()
    page.ctx.tasks.run_write(lambda: release.wait(30))
    try:
        # When the register is exported, then it is written while that save still runs
        page.export_people(str(tmp_path / "all.xlsx"), reveal=False)
        qtbot.waitUntil(lambda: page.count_label.text().startswith("已导出 1 人"), timeout=10000)
        assert not release.is_set()
        rows = list(load_workbook(tmp_path / "all.xlsx").active.iter_rows(min_row=2, values_only=True))
        assert [r[0] for r in rows] == ["王建国"]
        (entry,) = services.audit.search(page.ctx.actor, action="export")
        assert "导出实有人口 1 人" in entry.summary
    finally:
        release.set()
