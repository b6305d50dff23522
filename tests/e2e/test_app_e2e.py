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


def _grab():
    from PIL import ImageGrab

    return ImageGrab.grab().convert("RGB")


def _differ(a, b) -> bool:
    """Two pictures of the screen differ by more than a blinking text cursor (a box a few pixels wide)."""
    from PIL import ImageChops

    box = ImageChops.difference(a, b).getbbox()
    return box is not None and box[2] - box[0] > 3


def _settled(changed_from=None, timeout: float = 30):
    """The screen once it stops changing: the same picture (but for a cursor) over half a second.

    With ``changed_from``, first wait until the screen is no longer that picture: what was typed has taken.
    """
    end = time.monotonic() + timeout
    last, still = _grab(), 0
    changed = changed_from is None or _differ(changed_from, last)
    while time.monotonic() < end:
        time.sleep(0.1)  # polling another process's screen: no Qt signal to wait on here
        now = _grab()
        if changed and not _differ(last, now):
            still += 1
            if still >= 5:
                return now
        else:
            still = 0
        changed = changed or _differ(changed_from, now)
        last = now
    raise AssertionError(f"the screen {'never changed' if not changed else 'kept changing'} for {timeout} s")


def _shot(name: str, img=None):
    SHOTS.mkdir(parents=True, exist_ok=True)
    img = _grab() if img is None else img
    img.save(SHOTS / f"{name}.png")
    return img


def _key(*keys: str) -> None:
    subprocess.run(["xdotool", "key", *keys], check=True)


def _type(text: str) -> None:
    # 60 ms a key: a person typing, not the burst of an ID-card reader in keyboard-wedge mode
    subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)


def _launch(db_url: str, data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "ZONGZHI_DATA_DIR": str(data_dir)}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", db_url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def _sign_in(username: str, password: str, main_title: str) -> str:
    """Type name and password into the login window; the id of the main window that opens."""
    login = _window("综治工作台 — 登录")
    subprocess.run(["xdotool", "windowactivate", "--sync", login], check=False)
    subprocess.run(["xdotool", "windowfocus", "--sync", login], check=True)
    _shot("01_login")
    _type(username)
    _key("Return")
    _type(password)
    # the database opens in the background and the button enables when it is ready: press until it takes
    for _ in range(15):
        _key("Return")
        try:
            main = _window(main_title, timeout=2)
        except AssertionError:
            continue
        subprocess.run(["xdotool", "windowsize", main, "1280", "800"], check=False)
        subprocess.run(["xdotool", "windowactivate", "--sync", main], check=False)
        return main
    raise AssertionError("the main window never opened")


def _stop(app: subprocess.Popen) -> str:
    app.terminate()
    return app.communicate(timeout=20)[0].decode("utf-8", "replace")


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
    app = _launch(sqlite_url, _data_dir)
    try:
        # When the administrator types name and password, Then the main window opens with the centre's name
        _sign_in("admin", "Admin#2026", "华侨路社区综治中心 — 综治工作台")
        img = _shot("02_main_window", _settled())  # the first page has loaded its rows and painted
        # a painted window, not a black or empty screen
        assert len(img.convert("RGB").resize((320, 200)).getcolors(64000)) > 20
    finally:
        out = _stop(app)
    assert "Traceback" not in out, out


def test_given_the_demo_register_when_the_clerk_checks_in_a_returning_visitor_by_keyboard_then_saved(
    sqlite_url, _data_dir
):
    assert os.environ.get("DISPLAY"), "run under xvfb-run (make test does)"
    # Given the demo community and one of its residents with a mobile phone
    from sqlalchemy import text

    from desktop import demo
    from desktop.db import make_engine, upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    demo.generate(engine, scale=0.2)
    with engine.connect() as conn:
        community = conn.execute(text("SELECT name FROM community")).scalar_one()
        person_id, name, phone = conn.execute(
            text("SELECT id, name, phone FROM person WHERE phone LIKE '1__________' ORDER BY id LIMIT 1")
        ).one()
        visits_before = conn.execute(
            text("SELECT count(*) FROM visit WHERE person_id = :p"), {"p": person_id}
        ).scalar_one()
    app = _launch(sqlite_url, _data_dir)
    try:
        # When the reception clerk signs in; the visitor log opens with the focus in the lookup box
        _sign_in("qiantai", demo.DEMO_PASSWORD, f"{community}综治中心 — 综治工作台")
        opened = _settled()  # the page has loaded its options and the on-site list
        # types the visitor's mobile number, takes the first match with Enter, picks purpose 1 with one key
        _type(phone)
        typed = _settled(changed_from=opened)  # the lookup runs as it is typed
        _key("Return")
        _settled(changed_from=typed)  # the form holds the resident's details
        _type("1")  # keys arrive in order: the digit is taken before the Ctrl+Enter below
        filled = _shot("03_reception_filled", _settled())
        # and checks the visitor in with Ctrl+Enter
        _key("ctrl+Return")
        newest = text(
            "SELECT v.visitor_name, v.purpose FROM visit v WHERE v.person_id = :p ORDER BY v.id DESC LIMIT 1"
        )
        visit = None
        end = time.monotonic() + 15
        while time.monotonic() < end:
            with engine.connect() as conn:
                count = conn.execute(
                    text("SELECT count(*) FROM visit WHERE person_id = :p"), {"p": person_id}
                )
                if count.scalar_one() > visits_before:
                    visit = conn.execute(newest, {"p": person_id}).one()
                    break
            time.sleep(0.3)  # another process writes: poll the database
        # for the picture: the form clears and the on-site list shows the visitor
        _shot("04_reception_checked_in", _settled(changed_from=filled))
        # Then the visit is in the database, for that resident, with the purpose picked by its digit
        assert visit is not None, "no visit was saved"
        assert visit.visitor_name == name and visit.purpose == "consult"
    finally:
        out = _stop(app)
        engine.dispose()
    assert "Traceback" not in out, out
