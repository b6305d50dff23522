"""Extract what Inno Setup's own IDE knows about script syntax into iss_grammar.json (for check_iss.py).

    python installer/windows/make_iss_grammar.py PATH/TO/issrc      # a checkout of github.com/jrsoftware/issrc
                                                                    # (or an export with its commit in COMMIT)

Reads the IDE's syntax styler (Projects/Src/IDE.ScintStylerInnoSetup.pas: sections, their parameters and
flags, constants, preprocessor directives, event functions), the [Setup] directives
(Projects/Src/Shared.SetupSectionDirectives.pas) and the message names (Files/Default.isl). Run it again
when moving to a newer Inno Setup; the JSON records the commit it came from.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _arrays(pas: str) -> dict[str, list[str]]:
    out = {}
    for name, body in re.findall(r"(\w+): array of (?:TScintRawString|AnsiString) = \[(.*?)\];", pas, re.S):
        body = re.sub(r"\{.*?\}", "", body, flags=re.S)
        out[name] = re.findall(r"'((?:[^']|'')*)'", body)
    return out


def main(argv: list[str]) -> int:
    src = Path(argv[0])
    styler = (src / "Projects/Src/IDE.ScintStylerInnoSetup.pas").read_text(encoding="utf-8-sig")
    arrays = _arrays(styler)
    sections = re.findall(r"SMI\('(\w+)', sc\w+\)", styler)
    ispp = re.findall(r"ISPPD\('(\w+)',\s*(True|False)[^,]*,\s*(-?\d+)\)", styler)
    directives = re.findall(
        r"\bss(\w+)", (src / "Projects/Src/Shared.SetupSectionDirectives.pas").read_text(encoding="utf-8-sig")
    )
    default_isl = (src / "Files/Default.isl").read_text(encoding="utf-8-sig")

    def part(name: str) -> str:
        return re.split(rf"^\[{name}\]", default_isl, maxsplit=1, flags=re.M)[1].split("\n[", 1)[0]

    messages_part = part("Messages")
    messages = re.findall(r"^(\w+)=", messages_part, re.M)
    custom = part("CustomMessages")
    custom_messages = re.findall(r"^(\w+)=", custom, re.M)
    lang_options = re.findall(r"^(\w+)=", part("LangOptions"), re.M)
    git = subprocess.run(["git", "-C", str(src), "rev-parse", "HEAD"], capture_output=True, text=True)
    commit = git.stdout.strip() if git.returncode == 0 else (src / "COMMIT").read_text().strip()
    params = {}
    flags = {}
    for section in sections:
        if f"{section}SectionParameters" in arrays:
            params[section] = arrays[f"{section}SectionParameters"]
        if f"{section}SectionFlags" in arrays:
            flags[section] = arrays[f"{section}SectionFlags"]
    for section in ("InstallDelete", "UninstallDelete"):
        params[section] = arrays["DeleteSectionParameters"]
    grammar = {
        "source": f"jrsoftware/issrc {commit}",
        "sections": sections,
        "setup_directives": sorted(set(directives) - {"ection", "etupSectionDirective"}),
        "lang_options": lang_options,
        "parameters": params,
        "flags": flags,
        "delete_types": arrays["DeleteSectionTypes"],
        "constants": arrays["Constants"],
        "constants_with_param": arrays["ConstantsWithParam"],
        "ispp_directives": {name: int(change) for name, _req, change in ispp},
        "ispp_functions": arrays.get("ISPPFunctions", []),
        "event_functions": arrays["BasicEventFunctions"],
        "messages": messages,
        "custom_messages": custom_messages,
    }
    out = HERE / "iss_grammar.json"
    out.write_text(json.dumps(grammar, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(sections)} sections, {len(grammar['setup_directives'])} [Setup] directives")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
