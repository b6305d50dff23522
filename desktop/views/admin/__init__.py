from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages():
    from desktop.services.core.permissions import Perm, Role
    from desktop.views.main_window import PageSpec, lazy_page

    system = QCoreApplication.translate("App", "System")
    return [
        PageSpec(
            system,
            QCoreApplication.translate("App", "Audit log"),
            Perm.AUDIT_READ,
            lazy_page("desktop.views.admin.audit_page", "AuditPage"),
        ),
        PageSpec(
            system,
            QCoreApplication.translate("App", "Staff accounts"),
            Perm.USERS_ADMIN,
            lazy_page("desktop.views.admin.users_page", "UsersPage"),
            landing=frozenset({Role.ADMIN}),
        ),
        PageSpec(
            system,
            QCoreApplication.translate("App", "Key groups and lists"),
            Perm.SETTINGS_ADMIN,
            lazy_page("desktop.views.admin.lists_page", "ListsPage"),
        ),
        PageSpec(
            system,
            QCoreApplication.translate("App", "Working calendar"),
            Perm.SETTINGS_ADMIN,
            lazy_page("desktop.views.admin.calendar_page", "CalendarPage"),
        ),
        PageSpec(
            system,
            QCoreApplication.translate("App", "Settings"),
            Perm.SETTINGS_ADMIN,
            lazy_page("desktop.views.admin.settings_page", "SettingsPage"),
        ),
    ]
