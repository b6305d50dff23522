"""The command line IT staff use: self-test, db status/upgrade, --db everywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZONGZHI_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_given_a_working_install_then_self_test_passes_in_both_languages(_data_dir, sqlite_url):
    out = _run("--self-test", "--db", sqlite_url, data_dir=_data_dir)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "全部通过 all checks passed" in out.stdout
    for item in ("数据库与迁移", "中文字体", "PDF 生成", "Qt 平台"):
        assert f"[通过 OK]   {item}" in out.stdout
    # a name needing every bundled font (刘 Micro Hei, 㛃 Extension A, 𡒄 Extension B) in the PDF and on screen
    assert "hanazono-names-a.ttf" in out.stdout and "hanazono-names-b.ttf" in out.stdout
    assert "3 fonts embedded, 刘㛃𡒄 drawn" in out.stdout
    assert "刘㛃𡒄 in WenQuanYi Micro Hei, ZZ Names A, ZZ Names B" in out.stdout


def test_given_an_unreachable_database_then_self_test_fails_and_says_which_check(_data_dir):
    out = _run("--self-test", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", data_dir=_data_dir)
    assert out.returncode == 1
    assert "[失败 FAIL] 数据库与迁移" in out.stdout and "1 项失败" in out.stdout


def test_given_db_url_then_status_and_upgrade_act_on_that_database(_data_dir, pg_url):
    out = _run("db", "status", "--db", pg_url, data_dir=_data_dir)
    assert out.returncode == 0 and "database schema: (empty)" in out.stdout
    out = _run("db", "upgrade", "--db", pg_url, data_dir=_data_dir)
    assert out.returncode == 0, out.stderr
    out = _run("db", "status", "--db", pg_url, data_dir=_data_dir)
    from alembic.script import ScriptDirectory

    from desktop.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert f"database schema: {head}; this program: {head}" in out.stdout


def test_given_an_unsupported_url_then_a_clear_error(_data_dir):
    out = _run("db", "status", "--db", "mysql://x/y", data_dir=_data_dir)
    assert out.returncode == 2 and "unsupported database URL" in out.stderr


def test_given_a_roster_then_import_prints_the_report_and_a_summary(_data_dir, migrated_sqlite_url, tmp_path):
    from openpyxl import Workbook

    from desktop.db import make_engine
    from desktop.services.container import Services
    from desktop.services.core.id_numbers import check_digit

    sqlite_url = migrated_sqlite_url
    engine = make_engine(sqlite_url)
    Services.build(engine).auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password="Admin#2026",
    )
    engine.dispose()
    good = "32010219500101123" + check_digit("32010219500101123")
    wb = Workbook()
    ws = wb.active
    ws.append(["华侨路社区人员花名册"])
    ws.append(["姓名", "身份证号", "民族"])
    ws.append(["王建国", good, "汉族"])
    ws.append(["张伟", "320102199001011234", "汉族"])
    ws.append(["钱多多", 320102195001011230, "汉族"])
    wb.save(tmp_path / "r.xlsx")
    dry = _run(
        "import",
        "residents",
        str(tmp_path / "r.xlsx"),
        "--dry-run",
        "--db",
        sqlite_url,
        "--report",
        str(tmp_path / "rep.xlsx"),
        data_dir=_data_dir,
    )
    assert dry.returncode == 0, dry.stderr
    assert "第 4 行 “身份证号”列：身份证号校验位错误" in dry.stdout
    assert "第 5 行 “身份证号”列：身份证号被 Excel 存成了数字" in dry.stdout
    assert dry.stdout.strip().endswith("读取 3 行，导入 0 行，拒绝 2 行（试运行，未导入）")
    assert (tmp_path / "rep.xlsx").is_file()
    real = _run("import", "residents", str(tmp_path / "r.xlsx"), "--db", sqlite_url, data_dir=_data_dir)
    assert real.stdout.strip().endswith("读取 3 行，导入 1 行，拒绝 2 行")
    missing = _run("import", "residents", str(tmp_path / "nope.xlsx"), "--db", sqlite_url, data_dir=_data_dir)
    assert missing.returncode == 2 and "文件不存在" in missing.stderr
