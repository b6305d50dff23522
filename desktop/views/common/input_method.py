"""Chinese input on Linux: reach fcitx through the IBus protocol when Qt has no fcitx plugin.

The Qt of the PySide6 wheels (and so of the installed program) carries only the IBus and compose input
plugins. A UOS / Kylin / Debian desktop running fcitx5 sets QT_IM_MODULE=fcitx, which this Qt cannot load:
no input method at all, so no way to type a resident's name. fcitx5 also serves the IBus portal
(org.freedesktop.portal.IBus on the session bus), which Qt's IBus plugin uses when IBUS_USE_PORTAL=1;
tests/e2e/test_input_method.py types 你好 through it with fcitx5's pinyin. fcitx 4 has no such interface.
Must run before the QApplication is created.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path


def _qt_has_fcitx_plugin() -> bool:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforminputcontexts"
    return any("fcitx" in p.name for p in folder.glob("*"))


def _wants_fcitx(env: MutableMapping[str, str]) -> bool:
    return (
        env.get("QT_IM_MODULE", "").startswith("fcitx")
        or "fcitx" in env.get("XMODIFIERS", "")
        or (not env.get("QT_IM_MODULE") and env.get("GTK_IM_MODULE", "").startswith("fcitx"))
    )


def use_fcitx_through_ibus(env: MutableMapping[str, str] | None = None, has_fcitx_plugin=None) -> bool:
    """Point Qt at fcitx's IBus portal when the session uses fcitx and Qt cannot load fcitx's own plugin.
    True when it changed the environment."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not _wants_fcitx(env):
        return False
    if has_fcitx_plugin if has_fcitx_plugin is not None else _qt_has_fcitx_plugin():
        return False
    env["QT_IM_MODULE"] = "ibus"
    env["IBUS_USE_PORTAL"] = "1"
    return True
