"""Chinese input on a Linux desktop running fcitx5 (UOS, Kylin, Debian): typed with pinyin into a Qt field.

The program's Qt has no fcitx plugin; desktop/views/common/input_method.py routes it to fcitx5's IBus portal.
Runs a real fcitx5 (pinyin) on the Xvfb display of `make test`, in a private D-Bus session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fcitx is a Linux input method"),
    pytest.mark.skipif(
        not (shutil.which("fcitx5") and shutil.which("dbus-daemon") and shutil.which("xdotool")),
        reason="needs fcitx5, fcitx5-chinese-addons, dbus-daemon, xdotool (scripts/setup.sh test installs them)",
    ),
]

PROFILE = """[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""

# a field of the program's Qt, started the way the program starts (input method set up before QApplication)
PROBE = """
import sys
from desktop.views.common.input_method import use_fcitx_through_ibus
if sys.argv[1] == "program":
    use_fcitx_through_ibus()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication(sys.argv[:1])
field = QLineEdit()
field.setWindowTitle("zongzhi-ime-probe")
field.resize(400, 40)
field.show()
field.activateWindow()
field.setFocus()
field.textChanged.connect(lambda text: print("TYPED=" + text, flush=True))
QTimer.singleShot(40000, app.quit)
app.exec()
"""


@pytest.fixture
def fcitx5(tmp_path):
    """fcitx5 with pinyin on this display, in its own D-Bus session; the environment a fcitx5 desktop gives."""
    assert os.environ.get("DISPLAY"), "run under xvfb-run (make test does)"
    home = tmp_path / "home"
    (home / ".config" / "fcitx5").mkdir(parents=True)
    (home / ".config" / "fcitx5" / "profile").write_text(PROFILE)
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    env = {
        **os.environ,
        "HOME": str(home),
        "DBUS_SESSION_BUS_ADDRESS": bus[0],
        "QT_IM_MODULE": "fcitx",  # what a fcitx5 desktop session sets
        "XMODIFIERS": "@im=fcitx",
    }
    env.pop("QT_QPA_PLATFORM", None)
    daemon = subprocess.Popen(
        ["fcitx5", "--replace"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
    )
    try:
        for _ in range(100):  # until fcitx5 serves its IBus portal on the bus
            names = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.ListNames",
                ],
                env=env,
                capture_output=True,
                text=True,
            ).stdout
            if "org.freedesktop.portal.IBus" in names:
                break
            time.sleep(0.2)  # another process starting up: nothing to wait on but its bus name
        else:
            raise AssertionError("fcitx5 never offered its IBus portal")
        yield env
    finally:
        daemon.terminate()
        daemon.wait(timeout=20)
        subprocess.run(["kill", bus[1]], check=False)


def _type_pinyin(env: dict, mode: str) -> str:
    probe = subprocess.Popen(
        [sys.executable, "-c", PROBE, mode],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        window = ""
        for _ in range(150):
            window = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "zongzhi-ime-probe"],
                capture_output=True,
                text=True,
            ).stdout.split()[:1]
            if window:
                break
            time.sleep(0.2)
        assert window, "the probe window never appeared"
        subprocess.run(["xdotool", "windowfocus", "--sync", window[0]], check=False)
        time.sleep(2)  # the input context registers with fcitx5 on focus, over D-Bus
        subprocess.run(["fcitx5-remote", "-o"], env=env, check=False)  # switch pinyin on, as Ctrl+Space does
        time.sleep(0.5)
        subprocess.run(["xdotool", "type", "--delay", "120", "nihao"], check=True)
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "space"], check=True)  # take the first candidate
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "Escape"], check=True)
    finally:
        probe.terminate()
        out = probe.communicate(timeout=30)[0]
    typed = [line[6:] for line in out.splitlines() if line.startswith("TYPED=")]
    return typed[-1] if typed else ""


def test_given_a_fcitx5_desktop_when_a_name_is_typed_in_pinyin_then_the_chinese_characters_arrive(fcitx5):
    # Given a desktop session set up for fcitx5 (QT_IM_MODULE=fcitx), which Qt alone cannot load
    assert _type_pinyin(fcitx5, "bare").strip() == "nihao"
    # When the program sets up its input method and the user types n-i-h-a-o and a space in pinyin,
    # Then the field holds the characters the input method committed
    assert _type_pinyin(fcitx5, "program") == "你好"
