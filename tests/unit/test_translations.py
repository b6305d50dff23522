"""Chinese is the default language: every string in the code has a finished translation."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desktop" / "resources" / "i18n" / "zh_CN.ts"


def _unfinished(ts: Path) -> list[str]:
    out = []
    for msg in ET.parse(ts).iter("message"):
        tr = msg.find("translation")
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or len(tr)):
            out.append(msg.find("source").text)
    return out


def test_committed_translation_file_has_no_unfinished_entries():
    assert _unfinished(TS) == []


def test_every_string_in_the_code_is_in_the_translation_file(tmp_path):
    # Given the committed .ts, when lupdate rescans the code, then nothing new and untranslated appears
    copy = tmp_path / "zh_CN.ts"
    shutil.copy(TS, copy)
    lupdate = (
        shutil.which("pyside6-lupdate", path=str(Path(__file__).resolve().parents[2] / ".venv" / "bin"))
        or "pyside6-lupdate"
    )
    subprocess.run(
        [
            lupdate,
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            str(ROOT / "desktop"),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == []
