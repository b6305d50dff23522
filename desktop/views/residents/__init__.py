from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages():
    from desktop.services.core.permissions import Perm, Role
    from desktop.views.main_window import PageSpec, lazy_page

    section = QCoreApplication.translate("App", "Residents")
    return [
        PageSpec(
            section,
            QCoreApplication.translate("App", "People"),
            Perm.RESIDENTS_READ,
            lazy_page("desktop.views.residents.residents_page", "ResidentsPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Follow-ups due"),
            Perm.RESIDENTS_READ,
            lazy_page("desktop.views.residents.follow_ups_page", "FollowUpsPage"),
            landing=frozenset({Role.POLICE}),
            lists=frozenset({"follow_ups"}),
        ),
    ]
