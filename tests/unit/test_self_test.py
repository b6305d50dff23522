"""The self-test checks every run-time library, and the PyInstaller spec leaves none of them out.

The spec once excluded pypdf while the case dossier imports it where first used: only the installed
program failed, and only when a mediator filed a dossier. These tests fail before a bundle is built.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from desktop.self_test import RUNTIME_MODULES

ROOT = Path(__file__).resolve().parents[2]


def _distribution(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_given_pyproject_then_the_self_test_imports_every_run_time_dependency():
    with (ROOT / "pyproject.toml").open("rb") as f:
        dependencies = {_distribution(r) for r in tomllib.load(f)["project"]["dependencies"]}
    checked = {d.replace("_", "-") for d in RUNTIME_MODULES}
    assert dependencies == checked, (
        f"add to / remove from self_test.RUNTIME_MODULES: {dependencies ^ checked}"
    )


def test_given_the_spec_then_no_run_time_library_is_excluded_from_the_bundle():
    spec = (ROOT / "installer" / "zongzhi-desk.spec").read_text(encoding="utf-8")
    block = spec[spec.index("\nexcludes = [") : spec.index("\n]", spec.index("\nexcludes = ["))]
    excluded = set(re.findall(r'"([\w.]+)"', block))
    for module in RUNTIME_MODULES.values():
        parents = {".".join(module.split(".")[: i + 1]) for i in range(module.count(".") + 1)}
        assert not parents & excluded, f"the spec excludes {parents & excluded}, which the program imports"
    assert "PySide6.QtMultimedia" not in excluded and "av" not in excluded  # the video room's


def test_given_an_sqlite_library_older_than_the_program_needs_then_the_self_test_says_so(
    tmp_path, monkeypatch
):
    # the real library here is recent: the rule is checked with the minimum raised above it. A Python built
    # on AlmaLinux 8 brings SQLite 3.26, which has no VACUUM INTO for the backup before an upgrade.
    import sqlite3

    from desktop import self_test

    monkeypatch.setattr(self_test, "MIN_SQLITE", (99, 0))
    check = self_test._check_database(f"sqlite:///{tmp_path / 'z.sqlite3'}")
    try:
        check()
    except RuntimeError as exc:
        assert f"SQLite {sqlite3.sqlite_version} is older than 99.0" in str(exc) and "VACUUM INTO" in str(exc)
    else:
        raise AssertionError("an SQLite older than the minimum passed the self-test")
