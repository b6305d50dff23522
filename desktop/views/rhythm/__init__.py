"""The centre's working rhythm: grid reports and their 分家 at the desk, the police officer's notes and weekly
notice, the 集中排查 round and the director's view of rounds due, meetings and their minutes, everyone's tasks,
and the public-safety register of units and hazards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages():
    from desktop.services.core.permissions import Perm
    from desktop.views.main_window import PageSpec, lazy_page

    section = QCoreApplication.translate("App", "Working rhythm")
    module = "desktop.views.rhythm."
    return [
        PageSpec(
            section,
            QCoreApplication.translate("App", "Grid reports"),
            Perm.GRID_REPORTS_EDIT,
            lazy_page(module + "reports_page", "GridReportsPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Screening round"),
            Perm.ROUNDS_EDIT,
            lazy_page(module + "round_page", "RoundPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Rounds due"),
            Perm.ROUNDS_OVERSEE,
            lazy_page(module + "rounds_overview_page", "RoundsOverviewPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Police notes and weekly notice"),
            Perm.POLICE_NOTES,
            lazy_page(module + "police_page", "PoliceDeskPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Meetings"),
            Perm.MEETINGS_EDIT,
            lazy_page(module + "meetings_page", "MeetingsPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Tasks"),
            Perm.TASKS_OWN,
            lazy_page(module + "tasks_page", "TasksPage"),
        ),
        PageSpec(
            section,
            QCoreApplication.translate("App", "Units and hazards"),
            Perm.SAFETY_EDIT,
            lazy_page(module + "safety_page", "SafetyPage"),
        ),
    ]
