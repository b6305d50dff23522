"""Check an Inno Setup script where the Inno Setup compiler cannot run (Linux): a syntax check, not a compile.

    python installer/windows/check_iss.py installer/windows/zongzhi-desk.iss [--define BundleDir=PATH]

Against what Inno Setup's own IDE knows (iss_grammar.json, made by make_iss_grammar.py from its source):
preprocessor directives known and their #if/#endif balanced, {#name} defined; sections known; [Setup]
directives known; each entry's parameters and flags known for its section, the required ones present;
constants ({app}, {cm:…}) known and custom messages defined for every language; message files present;
[Code]: begin/end balanced and the functions that Check:/BeforeInstall:/AfterInstall: name defined.

Not checked here: Pascal beyond its block structure, directive values, and anything ISCC does when it
compiles (the release workflow on a Windows runner compiles the script for real).
Exit status 0 when clean; 1 with the problems listed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GRAMMAR = json.loads((HERE / "iss_grammar.json").read_text(encoding="utf-8"))
REQUIRED = {
    "Files": {"Source", "DestDir"},
    "Icons": {"Name", "Filename"},
    "Run": {"Filename"},
    "UninstallRun": {"Filename"},
    "Dirs": {"Name"},
    "InstallDelete": {"Type", "Name"},
    "UninstallDelete": {"Type", "Name"},
    "Languages": {"Name", "MessagesFile"},
    "Tasks": {"Name", "Description"},
}
ISPP_PREDEFINED = {
    "SourcePath",
    "CompilerPath",
    "Ver",
    "ISPP_INVOKED",
    "ISPPCC_INVOKED",
    "WINDOWS",
    "UNICODE",
}


def _split_params(line: str) -> list[tuple[str, str]]:
    """`Name: "a; b"; Flags: x y` -> [("Name", "a; b"), ("Flags", "x y")] (quotes doubled inside)."""
    out, buf, quoted = [], "", False
    for ch in line + ";":
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            if buf.strip():
                name, _, value = buf.partition(":")
                value = value.strip()
                if len(value) >= 2 and value[0] == value[-1] == '"':
                    value = value[1:-1].replace('""', '"')
                out.append((name.strip(), value))
            buf = ""
        else:
            buf += ch
    return out


def _constants(value: str) -> list[str]:
    """The constants in a value, without {{ escapes and preprocessor {#…} emissions."""
    value = value.replace("{{", "")
    return re.findall(r"\{(?!#)([^{}]*)\}", value)


def check(script: Path, defines: dict[str, str] | None = None) -> list[str]:
    text = script.read_text(encoding="utf-8-sig")
    problems: list[str] = []
    defined = set(ISPP_PREDEFINED) | set(defines or {})
    lc = {k.lower(): k for k in GRAMMAR["setup_directives"]}
    sections = {s.lower(): s for s in GRAMMAR["sections"]}
    constants = set(GRAMMAR["constants"]) | {"cmd", "log"}
    custom: dict[str, set[str]] = {}
    languages: list[str] = []
    used_cm: list[tuple[int, str]] = []
    used_functions: list[tuple[int, str]] = []
    code_lines: list[str] = []
    depth = 0
    section = None

    def bad(n: int, message: str) -> None:
        problems.append(f"{script.name}:{n}: {message}")

    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith("#"):
            m = re.match(r"#\s*(\w+)\s*(.*)", line)
            name = m.group(1) if m else ""
            if name not in GRAMMAR["ispp_directives"] and name != "elif":
                bad(n, f"unknown preprocessor directive #{name}")
                continue
            depth += GRAMMAR["ispp_directives"].get(name, 0)
            if depth < 0:
                bad(n, "#endif without #if")
                depth = 0
            if name == "define":
                defined.add(m.group(2).split()[0])
            continue
        for ref in re.findall(r"\{#(\w+)", raw):
            if ref not in defined and ref not in GRAMMAR["ispp_functions"]:
                bad(n, f"{{#{ref}}} is not defined before this line")
        if section == "code":
            code_lines.append(raw)
        if not line or line.startswith(";") or line.startswith("//"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            name = line[1:-1]
            if name.lower() not in sections:
                bad(n, f"unknown section [{name}]")
            section = name.lower() if name.lower() in sections else None
            continue
        if section == "code" or section is None:
            continue
        if section in ("setup", "langoptions"):
            key = line.split("=", 1)[0].strip()
            known = lc if section == "setup" else {k.lower(): k for k in GRAMMAR["lang_options"]}
            if "=" not in line or key.lower() not in known:
                bad(n, f"unknown [{sections[section]}] directive {key!r}")
            for c in _constants(line.split("=", 1)[-1]):
                _check_constant(c, n, constants, used_cm, bad)
            continue
        if section in ("messages", "custommessages"):
            key = line.split("=", 1)[0].strip()
            lang, _, name = key.rpartition(".")
            if section == "messages" and name not in GRAMMAR["messages"]:
                bad(n, f"unknown message {name!r}")
            if section == "custommessages":
                custom.setdefault(name, set()).add(lang or "*")
            continue
        name = sections[section]
        params = _split_params(line)
        allowed = set(GRAMMAR["parameters"].get(name, ()))
        given = {p for p, _ in params}
        for p, value in params:
            if p not in allowed:
                bad(n, f"[{name}] has no parameter {p!r}")
            elif p == "Flags":
                for flag in value.split():
                    if flag.lower() not in GRAMMAR["flags"].get(name, ()):
                        bad(n, f"[{name}] has no flag {flag!r}")
            elif p == "Type" and name.endswith("Delete") and value.lower() not in GRAMMAR["delete_types"]:
                bad(n, f"[{name}] has no type {value!r}")
            elif p in ("Check", "BeforeInstall", "AfterInstall"):
                used_functions.append((n, re.sub(r"^not\s+", "", value).split("(")[0].strip()))
            for c in _constants(value):
                _check_constant(c, n, constants, used_cm, bad)
        for missing in sorted(REQUIRED.get(name, set()) - given):
            bad(n, f"[{name}] entry without its required {missing}")
        if name == "Languages":
            languages.append(dict(params).get("Name", ""))
            _check_messages_file(dict(params).get("MessagesFile", ""), script, n, bad)
    if depth:
        bad(len(text.splitlines()), f"{depth} #if/#ifdef without #endif")
    isl = set(GRAMMAR["custom_messages"])
    for n, name in used_cm:
        if name in isl:
            continue
        missing = [
            lang
            for lang in languages
            if lang not in custom.get(name, set()) and "*" not in custom.get(name, set())
        ]
        if name not in custom:
            bad(n, f"{{cm:{name}}} is not defined in [CustomMessages]")
        elif missing:
            bad(n, f"{{cm:{name}}} has no text for {', '.join(missing)}")
    code = "\n".join(code_lines)
    _check_code(code, used_functions, script, problems)
    return problems


def _check_constant(c: str, n: int, constants: set[str], used_cm: list, bad) -> None:
    head, _, rest = c.partition(":")
    if not head or head.startswith("%"):  # {%ENVVAR}
        return
    if rest and head in GRAMMAR["constants_with_param"]:
        if head == "cm":
            used_cm.append((n, rest.split(",")[0]))
        return
    if re.sub(r"(32|64)$", "", head) not in constants and head not in constants:
        bad(n, f"unknown constant {{{c}}}")


def _check_messages_file(value: str, script: Path, n: int, bad) -> None:
    if value.startswith("compiler:") or "{#" in value:
        return  # in Inno Setup's own folder / computed by the preprocessor
    if not (script.parent / value).is_file():
        bad(n, f"messages file {value} not found next to the script")


def _check_code(code: str, used_functions, script: Path, problems: list[str]) -> None:
    # strip strings and comments, then count the blocks that end with `end`
    bare = re.sub(r"'(?:[^']|'')*'", "''", code)
    bare = re.sub(r"\{[^}]*\}|\(\*.*?\*\)|//[^\n]*", "", bare, flags=re.S)
    words = re.findall(r"\b(begin|case|try|record|end)\b", bare, re.I)
    depth = 0
    for w in words:
        depth += -1 if w.lower() == "end" else 1
        if depth < 0:
            problems.append(f"{script.name}: [Code]: an `end` without its begin")
            depth = 0
    if depth:
        problems.append(f"{script.name}: [Code]: {depth} begin/case/try without `end`")
    declared = set(re.findall(r"\b(?:function|procedure)\s+(\w+)", bare, re.I))
    for n, name in used_functions:
        if name and name not in declared:
            problems.append(f"{script.name}:{n}: {name} is used but not declared in [Code]")
    for name in declared:
        if (
            name.lower() in {e.lower() for e in GRAMMAR["event_functions"]}
            and name not in GRAMMAR["event_functions"]
        ):
            problems.append(
                f"{script.name}: [Code]: event function {name} is spelled differently in Inno Setup"
            )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("script", type=Path)
    p.add_argument("--define", action="append", default=[], metavar="NAME=VALUE")
    args = p.parse_args(argv)
    problems = check(args.script, dict(d.split("=", 1) for d in args.define))
    for line in problems:
        print(line)
    print(f"check_iss: {args.script.name}: {len(problems)} problems (grammar of {GRAMMAR['source'][:28]})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
