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
