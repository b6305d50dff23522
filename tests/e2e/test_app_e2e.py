"""End to end on a real X server (Xvfb): the real program, typed at with xdotool, photographed.

Run by `make test` under xvfb-run; the screenshots land in build/screenshots/ for a person to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"


def _window(name: str, timeout: float = 60) -> str:
    """The X window id of the first visible window whose title contains ``name``."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        out = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name], capture_output=True, text=True
        )
        if out.stdout.strip():
            return out.stdout.split()[0]
        time.sleep(0.2)  # polling another process's window: no Qt signal to wait on here
    raise AssertionError(f"no window titled {name!r} within {timeout} s")


def _shot(name: str):
    from PIL import ImageGrab

    SHOTS.mkdir(parents=True, exist_ok=True)
    img = ImageGrab.grab()
    img.save(SHOTS / f"{name}.png")
    return img


def test_given_set_up_database_when_admin_signs_in_then_main_window_in_chinese(sqlite_url, _data_dir):
    assert os.environ.get("DISPLAY"), "run under xvfb-run (make test does)"
    # Given a database that went through the first-start set-up
    from desktop.db import make_engine, upgrade
    from desktop.services.container import Services

    engine = make_engine(sqlite_url)
    upgrade(engine)
    Services.build(engine).auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password="Admin#2026",
    )
    engine.dispose()
    env = {**os.environ, "ZONGZHI_DATA_DIR": str(_data_dir)}
    env.pop("QT_QPA_PLATFORM", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", sqlite_url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        # When the login window appears and the administrator types name and password
        login = _window("综治工作台 — 登录")
        subprocess.run(["xdotool", "windowactivate", "--sync", login], check=False)
        subprocess.run(["xdotool", "windowfocus", "--sync", login], check=True)
        _shot("01_login")
        subprocess.run(["xdotool", "type", "--delay", "20", "admin"], check=True)
        subprocess.run(["xdotool", "key", "Return"], check=True)
        subprocess.run(["xdotool", "type", "--delay", "20", "Admin#2026"], check=True)
        # the database opens in the background and the button enables when it is ready: press until it takes
        main = None
        for _ in range(15):
            subprocess.run(["xdotool", "key", "Return"], check=True)
            try:
                # Then the main window opens, titled with the centre's name
                main = _window("华侨路社区综治中心 — 综治工作台", timeout=2)
                break
            except AssertionError:
                continue
        assert main, "the main window never opened"
        subprocess.run(["xdotool", "windowsize", main, "1280", "800"], check=False)
        time.sleep(1.5)  # let the first page load its rows and paint
        img = _shot("02_main_window")
        # a painted window, not a black or empty screen
        assert len(img.convert("RGB").resize((320, 200)).getcolors(64000)) > 20
    finally:
        app.terminate()
        out = app.communicate(timeout=20)[0].decode("utf-8", "replace")
    assert "Traceback" not in out, out
