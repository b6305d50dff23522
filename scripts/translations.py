"""The Chinese translation, one .ts file per room plus one for everything shared (``make translations``).

Each room's strings live in ``desktop/resources/i18n/zh_CN.<room>.ts`` (its views folder), the rest in
``zh_CN.ts``: a new room adds its own file and two rooms built at the same time never edit the same one.

    python scripts/translations.py          # rescan the code into every .ts (translations kept, moved strings too)
    python scripts/translations.py --check  # exit 1 and list what a rescan would leave untranslated

A string that moves between files (code moved to another room) keeps its translation: every finished
translation of every file is collected first, by (context, source), and filled into entries left unfinished.
lupdate writes ' and " as entities; they are written back as characters, as the files hold them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"
I18N = DESKTOP / "resources" / "i18n"
LANGUAGE = "zh_CN"


def rooms() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from desktop.views.rooms import ROOMS

    return list(ROOMS)


def parts() -> dict[Path, list[Path]]:
    """Each .ts file and the sources it is made from."""
    room_dirs = [DESKTOP / "views" / r for r in rooms()]
    shared = [
        p
        for p in sorted(DESKTOP.rglob("*.py"))
        if not any(d in p.parents for d in room_dirs) and "resources" not in p.parts
    ]
    out = {I18N / f"{LANGUAGE}.ts": shared}
    for d in room_dirs:
        out[I18N / f"{LANGUAGE}.{d.name}.ts"] = sorted(d.rglob("*.py"))
    return out


def _lupdate() -> str:
    return shutil.which("pyside6-lupdate", path=str(ROOT / ".venv" / "bin")) or "pyside6-lupdate"


def _messages(ts: Path):
    if not ts.exists():
        return
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def _text(tr) -> str | tuple[str, ...] | None:
    """A translation's text (a plural one: its forms); None when it is not finished."""
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = tuple(f.text or "" for f in tr.findall("numerusform"))
    if forms:
        return forms if all(forms) else None
    return tr.text or None


def _finished(tr) -> bool:
    return _text(tr) is not None


def known_translations(files) -> dict[tuple[str, str], str | tuple[str, ...]]:
    known: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for ts in files:
        for ctx, msg in _messages(ts):
            text = _text(msg.find("translation"))
            if text is not None:
                known.setdefault((ctx, msg.findtext("source")), text)
    return known


def rescan(ts: Path, sources: list[Path]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in sources))
    try:
        subprocess.run(
            [
                _lupdate(),
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                f"@{lst.name}",
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
    finally:
        Path(lst.name).unlink()


def fill(ts: Path, known: dict[tuple[str, str], str]) -> list[str]:
    """Fill unfinished entries from ``known``; write quotes back as characters. Returns what stays unfinished."""
    tree = ET.parse(ts)
    tree.getroot().set("language", LANGUAGE)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if _finished(tr):
                continue
            text = known.get((name, msg.findtext("source")))
            forms = tr.findall("numerusform")
            if isinstance(text, tuple) and forms:
                for form, value in zip(forms, text, strict=False):
                    form.text = value
                tr.attrib.pop("type", None)
            elif isinstance(text, str) and not forms:
                tr.text = text
                tr.attrib.pop("type", None)
            else:
                missing.append(f"{ts.name}: [{name}] {msg.findtext('source')}")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
        encoding="utf-8",
        newline="\n",
    )
    return missing


def update(check: bool) -> list[str]:
    layout = parts()
    files = sorted(set(layout) | set(I18N.glob(f"{LANGUAGE}*.ts")))
    known = known_translations(files)
    missing: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts, sources in layout.items():
            target = Path(tmp) / ts.name if check else ts
            if ts.exists() and check:
                shutil.copy(ts, target)
            rescan(target, sources)
            missing += fill(target, known)
    if not check:
        for stale in set(files) - set(layout):  # a room that no longer exists
            stale.unlink()
    return missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="change nothing; list what would be untranslated")
    args = ap.parse_args()
    missing = update(args.check)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
