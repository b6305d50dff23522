"""Chinese is the default language: every string in the code has a finished translation, in the file of the
room it belongs to (scripts/translations.py: zh_CN.ts for what is shared, zh_CN.<room>.ts per room)."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "desktop" / "resources" / "i18n"


def _unfinished(ts: Path) -> list[str]:
    out = []
    for msg in ET.parse(ts).iter("message"):
        tr = msg.find("translation")
        forms = [f.text for f in tr.findall("numerusform")]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (all(forms) if forms else tr.text):
            out.append(msg.find("source").text)
    return out


def test_committed_translation_files_have_no_unfinished_entries():
    files = sorted(I18N.glob("zh_CN*.ts"))
    assert [f.name for f in files][:1] == ["zh_CN.admin.ts"] and (I18N / "zh_CN.ts") in files
    assert {f.name: _unfinished(f) for f in files} == {f.name: [] for f in files}


def test_every_string_in_the_code_is_in_its_translation_file():
    # Given the committed .ts files, when the code is rescanned into them (in a copy), nothing is untranslated
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_room_s_strings_are_in_the_room_s_file():
    reception = {m.findtext("source") for m in ET.parse(I18N / "zh_CN.reception.ts").iter("message")}
    shared = {m.findtext("source") for m in ET.parse(I18N / "zh_CN.ts").iter("message")}
    assert (
        "Hand this visit to the mediation room" in reception
        and "Hand this visit to the mediation room" not in shared
    )
    assert "Wrong user name or password." in shared
