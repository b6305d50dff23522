"""The rooms of the main window, in navigation order: each room's package lists its pages (``pages()``).

A new room adds its package under views/ and one line here. A page says the section it sits in, who may open it
and for which roles it is the first page after signing in (each role lands on what needs it today).
"""

from __future__ import annotations

import importlib

from desktop.views.main_window import PageSpec

ROOMS = (
    "dashboard",
    "reception",
    "mediation",
    "monitoring",
    "residents",
    "rhythm",
    "volunteers",
    "signage",
    "admin",
)


def page_specs() -> list[PageSpec]:
    return [spec for room in ROOMS for spec in importlib.import_module(f"desktop.views.{room}").pages()]
