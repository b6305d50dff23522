"""Which desktops get fcitx through the IBus portal (the real typing is tests/e2e/test_input_method.py)."""

from __future__ import annotations

import sys

import pytest

from desktop.views.common.input_method import use_fcitx_through_ibus

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fcitx is a Linux input method")


@linux_only
@pytest.mark.parametrize(
    "session",
    [
        {"QT_IM_MODULE": "fcitx"},
        {"QT_IM_MODULE": "fcitx5"},
        {"XMODIFIERS": "@im=fcitx"},
        {"GTK_IM_MODULE": "fcitx"},
    ],
)
def test_given_a_fcitx_session_and_a_qt_without_its_plugin_then_qt_is_sent_to_the_ibus_portal(session):
    env = dict(session)
    assert use_fcitx_through_ibus(env, has_fcitx_plugin=False)
    assert env["QT_IM_MODULE"] == "ibus" and env["IBUS_USE_PORTAL"] == "1"


@linux_only
@pytest.mark.parametrize(
    ("session", "has_plugin"),
    [({"QT_IM_MODULE": "ibus"}, False), ({}, False), ({"QT_IM_MODULE": "fcitx"}, True)],
)
def test_given_ibus_no_input_method_or_a_qt_with_the_fcitx_plugin_then_nothing_changes(session, has_plugin):
    env = dict(session)
    assert not use_fcitx_through_ibus(env, has_fcitx_plugin=has_plugin)
    assert env == session


def test_given_the_qt_of_this_venv_then_it_has_no_fcitx_plugin_to_load():
    # the reason for all this: PySide6's wheels (and so the bundle) bring only ibus and compose
    from desktop.views.common.input_method import _qt_has_fcitx_plugin

    assert not _qt_has_fcitx_plugin()
