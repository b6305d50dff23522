"""The .deb, built from this checkout, unpacked (not installed system-wide), passes its own self-test.

Builds with installer/build.sh (PyInstaller + dpkg-deb) into a temporary folder: about 2-4 minutes on a
2-core machine. Skip it with ZONGZHI_SKIP_INSTALLER_TEST=1 when iterating on other things.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is built on Linux"),
    pytest.mark.skipif(
        os.environ.get("ZONGZHI_SKIP_INSTALLER_TEST") == "1", reason="ZONGZHI_SKIP_INSTALLER_TEST=1"
    ),
    pytest.mark.skipif(
        not (shutil.which("dpkg-deb") and shutil.which("objdump")),
        reason="needs dpkg-deb and objdump: sudo apt-get install dpkg binutils",
    ),
]


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def _clean_env(data_dir: Path) -> dict[str, str]:
    """The environment of a user's session: nothing of this checkout or its venv leaks in."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if p and not p.startswith(str(ROOT))
    )
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ZONGZHI_DATA_DIR"] = str(data_dir)
    return env


def _self_test(program: Path, data_dir: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), "--self-test"],
        cwd=cwd,
        env=_clean_env(data_dir),
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_given_this_checkout_when_the_deb_is_built_and_unpacked_then_the_installed_program_passes_its_self_test(
    tmp_path, _data_dir
):
    # Given: this checkout, built the way IT staff build it (fast compression: the content is the same)
    build_dir, out_dir = tmp_path / "build", tmp_path / "dist"
    build = subprocess.run(
        [
            str(ROOT / "installer" / "build.sh"),
            "--fast",
            "--build-dir",
            str(build_dir),
            "--out",
            str(out_dir),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    log = build.stdout + build.stderr
    assert build.returncode == 0, f"installer/build.sh failed:\n{log[-6000:]}"
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    deb = out_dir / f"zongzhi-desk_{_version()}_{arch}.deb"
    assert deb.is_file(), f"no {deb.name} in {out_dir}: {sorted(p.name for p in out_dir.glob('*'))}"
    # every library the bundle takes from the system is declared in Depends
    assert "check_bundle: WARNING" not in log, log[log.index("check_bundle: WARNING") :][:3000]

    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: zongzhi-desk" in fields
    assert f"Version: {_version()}" in fields
    for lib in (
        "libgl1",
        "libegl1",
        "libxkbcommon-x11-0",
        "libfontconfig1",
        "libdbus-1-3",
        "libxcb-cursor0",
        "libpulse0",
        "libcups2",
    ):
        assert lib in fields, f"{lib} missing from Depends: {fields}"

    # When: it is unpacked into a private root (not installed system-wide)
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True, timeout=300)

    # Then: the files are where the system expects them
    app_dir = root / "opt" / "zongzhi-desk"
    for exe in ("zongzhi-desk", "zongzhi-desk-debug"):
        assert os.access(app_dir / exe, os.X_OK), f"/opt/zongzhi-desk/{exe} is not an executable"
    link = root / "usr" / "bin" / "zongzhi-desk"
    assert link.is_symlink() and os.readlink(link) == "/opt/zongzhi-desk/zongzhi-desk"
    desktop_entry = (root / "usr" / "share" / "applications" / "zongzhi-desk.desktop").read_text("utf-8")
    for line in (
        "Name=综治工作台",
        "Name[en]=Zongzhi Desk",
        "Categories=Office;",
        "Icon=zongzhi-desk",
        "Exec=zongzhi-desk",
    ):
        assert line in desktop_entry.splitlines(), f"{line!r} missing from the .desktop file"
    assert (root / "usr/share/icons/hicolor/scalable/apps/zongzhi-desk.svg").is_file()
    bundle = app_dir / "_internal"
    assert (bundle / "alembic.ini").is_file() and (bundle / "migrations" / "env.py").is_file()
    assert list((bundle / "migrations" / "versions").glob("*.py")), "no migrations in the bundle"

    # and the installed console program passes its self-test (database, fonts, PDF, Qt), run from
    # outside the checkout with a throw-away data folder
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    result = _self_test(app_dir / "zongzhi-desk-debug", _data_dir, workdir)
    report = result.stdout + result.stderr
    assert result.returncode == 0, f"self-test failed (exit {result.returncode}):\n{report}"
    assert "全部通过" in report, report
    assert str(app_dir) in report, f"resources did not come from the installed bundle:\n{report}"
    assert (_data_dir / "zongzhi.sqlite3").is_file(), "the database was not created in ZONGZHI_DATA_DIR"

    # and so does the windowed program, started through a symlink the way /usr/bin/zongzhi-desk starts it
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "zongzhi-desk").symlink_to(app_dir / "zongzhi-desk")
    second = tmp_path / "data2"
    second.mkdir()
    result = _self_test(bin_dir / "zongzhi-desk", second, workdir)
    assert result.returncode == 0, f"self-test through a symlink failed:\n{result.stdout}{result.stderr}"

    # the ~700 MB of build output is not kept once everything passed
    shutil.rmtree(build_dir, ignore_errors=True)
    shutil.rmtree(root, ignore_errors=True)
    shutil.rmtree(out_dir, ignore_errors=True)
