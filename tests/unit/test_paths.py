"""Where the data lives when the program is installed for every user of a PC (Windows, per machine)."""

from __future__ import annotations

import sys

from desktop import paths


def _installed(monkeypatch, tmp_path, marker: str | None):
    """The program as PyInstaller freezes it, in an installation folder, with the installer's marker."""
    app = tmp_path / "Program Files" / "ZongzhiDesk"
    app.mkdir(parents=True)
    if marker is not None:
        (app / paths.MACHINE_DATA_MARKER).write_text(marker, encoding="utf-8-sig")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "zongzhi-desk.exe"))
    monkeypatch.delenv("ZONGZHI_DATA_DIR", raising=False)


def test_given_a_per_machine_install_then_every_user_of_the_pc_gets_the_folder_the_installer_named(
    monkeypatch, tmp_path
):
    shared = tmp_path / "ProgramData" / "ZongzhiDesk"
    _installed(monkeypatch, tmp_path, str(shared) + "\n")
    assert paths.data_dir() == shared and shared.is_dir()


def test_given_the_marker_names_an_environment_variable_then_it_is_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("ZZ_PROGRAMDATA", str(tmp_path / "pd"))
    _installed(
        monkeypatch,
        tmp_path,
        "$ZZ_PROGRAMDATA/ZongzhiDesk" if sys.platform != "win32" else "%ZZ_PROGRAMDATA%\\ZongzhiDesk",
    )
    assert paths.data_dir() == tmp_path / "pd" / "ZongzhiDesk"


def test_given_no_marker_or_an_override_then_the_users_own_folder_or_the_override_is_used(
    monkeypatch, tmp_path
):
    _installed(monkeypatch, tmp_path, None)
    assert paths.machine_data_dir() is None
    monkeypatch.setenv("ZONGZHI_DATA_DIR", str(tmp_path / "override"))
    _installed_marker = tmp_path / "Program Files" / "ZongzhiDesk" / paths.MACHINE_DATA_MARKER
    _installed_marker.write_text(str(tmp_path / "shared"), encoding="utf-8")
    assert paths.data_dir() == tmp_path / "override"  # tests and portable use win over the marker
