"""平安志愿者: the roster, activities and shifts, the check-in desk, hours approval."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages():
    from desktop.services.core.permissions import Perm
    from desktop.views.main_window import PageSpec, lazy_page

    section = QCoreApplication.translate("App", "Volunteers")
    here = "desktop.views.volunteers"
    return [
        PageSpec(
            section,
            QCoreApplication.translate("App", "Check-in desk"),
            Perm.VOLUNTEERS_EDIT,
            lazy_page(f"{here}.desk_page", "DeskPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Volunteer roster"),
            Perm.VOLUNTEERS_READ,
            lazy_page(f"{here}.roster_page", "RosterPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Activities and shifts"),
            Perm.VOLUNTEERS_READ,
            lazy_page(f"{here}.activities_page", "ActivitiesPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Hours approval"),
            Perm.VOLUNTEERS_APPROVE,
            lazy_page(f"{here}.hours_page", "HoursPage"),
        ),
    ]
