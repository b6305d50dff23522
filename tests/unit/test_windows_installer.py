"""The Windows installer script, checked here where Inno Setup cannot run (installer/windows/check_iss.py:
a syntax check against Inno Setup's own grammar; the release workflow compiles it on Windows)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from desktop import paths

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "zongzhi-desk.iss"


sys.path.insert(0, str(ROOT / "installer" / "windows"))
import check_iss  # noqa: E402


def test_given_the_script_then_it_passes_the_syntax_check():
    assert check_iss.check(ISS) == []


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ("MinVersion=10.0.17763", "MinimumVersion=10.0.17763", "unknown [Setup] directive 'MinimumVersion'"),
        (
            "Flags: ignoreversion recursesubdirs",
            "Flags: ignoreversoin recursesubdirs",
            "no flag 'ignoreversoin'",
        ),
        ('Source: "{#BundleDir}', 'Sorce: "{#BundleDir}', "no parameter 'Sorce'"),
        ("#endif\n#define AppName", "#define AppName", "without #endif"),
        ("{cm:SelfTest}", "{cm:SelfTests}", "{cm:SelfTests} is not defined"),
        ("english.SelfTest=Self-test (for IT staff)\n", "", "{cm:SelfTest} has no text for english"),
        (
            '"{app}\\{#AppExe}"; Description',
            '"{appdir}\\{#AppExe}"; Description',
            "unknown constant {appdir}",
        ),
        ("    MsgBox(FmtMessage", "    begin MsgBox(FmtMessage", "begin/case/try without `end`"),
        ("[Tasks]", "[Task]", "unknown section [Task]"),
        ("{#AppVersion}-setup", "{#AppVersoin}-setup", "{#AppVersoin} is not defined"),
    ],
)
def test_given_a_mistake_in_the_script_then_the_check_names_it(tmp_path, old, new, complaint):
    text = ISS.read_text(encoding="utf-8-sig")
    assert old in text, old
    broken = tmp_path / "zongzhi-desk.iss"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    (tmp_path / "ChineseSimplified.isl").write_bytes((ISS.parent / "ChineseSimplified.isl").read_bytes())
    problems = check_iss.check(broken)
    assert any(complaint in p for p in problems), problems


def _setup() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8-sig")
    block = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r"^(\w+)=(.*)$", block, re.M))


def test_given_the_script_then_it_installs_per_machine_upgrades_in_place_and_closes_the_running_program():
    setup = _setup()
    assert setup["AppId"] == "{{6E0C7A52-3B9D-4F1E-9C57-2A8D4B1F7E31}"  # never changes: upgrades in place
    assert setup["PrivilegesRequired"] == "admin" and setup["DefaultDirName"] == "{autopf}\\ZongzhiDesk"
    assert setup["MinVersion"] == "10.0.17763" and setup["CloseApplications"] == "yes"
    text = ISS.read_text(encoding="utf-8-sig")
    # below Windows 10 1809 the refusal says which Windows is needed, in both languages
    assert "chinesesimplified.WinVersionTooLowError=综治工作台需要 Windows 10 1809" in text
    assert "english.WinVersionTooLowError=Zongzhi Desk needs Windows 10 version 1809" in text
    assert 'Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"' in text
    assert 'Name: "english"; MessagesFile: "compiler:Default.isl"' in text


def test_given_the_script_then_every_user_shares_one_data_folder_that_uninstalling_keeps():
    text = ISS.read_text(encoding="utf-8-sig")
    assert '#define DataFolder "{commonappdata}\\ZongzhiDesk"' in text
    assert 'Name: "{#DataFolder}"; Permissions: users-modify; Flags: uninsneveruninstall' in text
    # the program finds the folder through the marker the installer writes next to it
    assert f"{{app}}\\{paths.MACHINE_DATA_MARKER}" in text
    uninstall = text.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0]
    assert "DataFolder" not in uninstall and "commonappdata" not in uninstall
