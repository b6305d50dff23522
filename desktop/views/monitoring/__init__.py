"""视频监控室: the live wall, the camera register, the duty log and handovers, footage requests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages():
    from desktop.services.core.permissions import Perm, Role
    from desktop.views.main_window import PageSpec, lazy_page

    room = QCoreApplication.translate("App", "Monitoring room")
    here = "desktop.views.monitoring"
    return [
        PageSpec(
            room,
            QCoreApplication.translate("App", "Live wall"),
            Perm.MONITORING_DUTY,
            lazy_page(f"{here}.wall_page", "WallPage"),
            landing=frozenset({Role.MONITOR}),
        ),
        PageSpec(
            room,
            QCoreApplication.translate("App", "Duty log"),
            Perm.MONITORING_DUTY,
            lazy_page(f"{here}.duty_page", "DutyPage"),
        ),
        PageSpec(
            room,
            QCoreApplication.translate("App", "Camera register"),
            Perm.CAMERAS_EDIT,
            lazy_page(f"{here}.register_page", "RegisterPage"),
        ),
        PageSpec(
            room,
            QCoreApplication.translate("App", "Footage requests"),
            Perm.FOOTAGE_REQUEST,
            lazy_page(f"{here}.footage_page", "FootagePage"),
        ),
    ]
