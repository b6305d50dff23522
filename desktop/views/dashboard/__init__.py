"""领导驾驶舱: the director's desk — what needs the director today, the indicators and charts, the reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages():
    from desktop.services.core.permissions import Perm, Role
    from desktop.views.main_window import PageSpec, lazy_page

    return [
        PageSpec(
            QCoreApplication.translate("App", "Director's desk"),
            QCoreApplication.translate("App", "Desk"),
            Perm.STATS_READ,
            lazy_page("desktop.views.dashboard.desk_page", "DeskPage"),
            landing=frozenset({Role.DIRECTOR}),
        )
    ]
