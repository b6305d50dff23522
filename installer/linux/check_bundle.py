"""Check a PyInstaller bundle before it goes into a .deb (used by installer/build.sh).

    python installer/linux/check_bundle.py BUNDLE_DIR --depends "libgl1, libxcb1 | ..."

Prints, for the IT person reading the build log:
  * the oldest glibc the bundle runs on (the highest GLIBC_x.y symbol version any file needs) — a bundle
    runs only on systems with at least the glibc of the machine it was built on;
  * the shared libraries the bundle expects from the system, the Debian package that provides each one
    on this build machine (dpkg -S), and any such package missing from the .deb's Depends.

Exit status 0; --glibc-file FILE also writes the glibc version there (for the control file).
Needs objdump (binutils), which PyInstaller needs anyway.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

# plugins that only matter when their platform is in use; the libraries they need come with it
OPTIONAL = re.compile(
    r"plugins/(platformthemes/libqgtk3|platforms/libqwayland|wayland-|platformthemes/libqxdgdesktopportal)"
    r"|lib/libQt6(Wayland\w*|WlShellIntegration)\.so"
)
# provided by the dynamic loader / libc6 on every system
LIBC = re.compile(r"^(ld-linux.*|libc|libm|libmvec|libdl|libpthread|librt|libutil|libresolv|libcrypt)\.so")


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def _objdump(path: Path) -> str:
    """Dynamic section (NEEDED) and dynamic symbols (GLIBC_x.y versions) of one ELF file."""
    return subprocess.run(["objdump", "-p", "-T", str(path)], capture_output=True, text=True).stdout


def _version_key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("bundle", type=Path)
    p.add_argument("--depends", default="")
    p.add_argument("--glibc-file", type=Path)
    args = p.parse_args(argv)

    elves = [f for f in args.bundle.rglob("*") if f.is_file() and not f.is_symlink() and _is_elf(f)]
    bundled = {f.name for f in args.bundle.rglob("*.so*")}
    glibc = "2.17"
    wanted: dict[str, list[str]] = {}
    for f in elves:
        dump = _objdump(f)
        for v in re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", dump):
            if _version_key(v) > _version_key(glibc):
                glibc = v
        rel = f.relative_to(args.bundle).as_posix()
        if OPTIONAL.search(rel):
            continue
        for lib in re.findall(r"^\s*NEEDED\s+(\S+)", dump, re.M):
            if lib not in bundled and not LIBC.match(lib):
                wanted.setdefault(lib, []).append(rel)
    if args.glibc_file:
        args.glibc_file.write_text(glibc + "\n")

    declared = {alt.split("(")[0].strip() for alt in re.split(r"[,|]", args.depends) if alt.strip()}
    print(f"check_bundle: needs glibc >= {glibc}")
    owners: dict[str, set[str]] = {}
    if wanted:  # one dpkg call: "pkg:arch: /usr/lib/.../libfoo.so.1" per file found
        found = subprocess.run(
            ["dpkg", "-S", *(f"*/{lib}" for lib in wanted)], capture_output=True, text=True
        )
        for line in found.stdout.splitlines():
            pkgs, _, path = line.partition(": ")
            for pkg in pkgs.split(", "):
                owners.setdefault(Path(path.strip()).name, set()).add(pkg.split(":")[0])
    missing = [
        (lib, sorted(owners.get(lib, ())), wanted[lib][0])
        for lib in sorted(wanted)
        if not owners.get(lib, set()) & declared
    ]
    if missing:
        print(
            "check_bundle: WARNING: libraries the bundle needs from the system but the .deb does not depend on:"
        )
        for lib, pkgs, who in missing:
            print(f"  {lib:32} package {'/'.join(pkgs) or '(not installed here)'}   needed by {who}")
    else:
        print(f"check_bundle: every one of the {len(wanted)} system libraries is covered by Depends")
    return 0


if __name__ == "__main__":
    sys.exit(main())
