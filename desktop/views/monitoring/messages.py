"""The video-monitoring room's error codes as sentences (the others as everywhere)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.views.common.form_helpers import room_error_message

monitoring_error = room_error_message(
    "MonitoringErrors",
    {
        "retention_too_short": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "Footage must be kept at least 30 days (art. 17)."
        ),
        "template_required": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "This vendor needs the stream address (main stream template)."
        ),
        "not_rtsp": QT_TRANSLATE_NOOP("MonitoringErrors", "A stream address starts with rtsp://."),
        "unknown_placeholder": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "A stream address may hold only {host}, {port} and {channel}."
        ),
        "no_template": QT_TRANSLATE_NOOP("MonitoringErrors", "No stream address is known for this camera."),
        "bad_port": QT_TRANSLATE_NOOP("MonitoringErrors", "A port is a number from 1 to 65535."),
        "bad_channel": QT_TRANSLATE_NOOP("MonitoringErrors", "The channel is a number from 1 to 512."),
        "duplicate_code": QT_TRANSLATE_NOOP("MonitoringErrors", "Another camera has this number."),
        "filed_before_commissioned": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "The filing date is before the commissioning date."
        ),
        "not_a_camera_sheet": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "This sheet has no 编号 and 名称 columns."
        ),
        "credentials_unreadable": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "The password was saved on another PC; enter it again here."
        ),
        "window_reversed": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "The end of the time window is before its start."
        ),
        "window_in_future": QT_TRANSLATE_NOOP("MonitoringErrors", "The time window lies in the future."),
        "beyond_retention": QT_TRANSLATE_NOOP("MonitoringErrors", "Footage of that time is no longer kept."),
        "already_decided": QT_TRANSLATE_NOOP("MonitoringErrors", "This request has been decided already."),
        "not_approved": QT_TRANSLATE_NOOP("MonitoringErrors", "Only an approved request can be carried out."),
        "already_carried_out": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "This request has been carried out already."
        ),
        "same_person": QT_TRANSLATE_NOOP("MonitoringErrors", "The second person must be someone else."),
        "view_only": QT_TRANSLATE_NOOP("MonitoringErrors", "This request is for viewing only: no copies."),
        "no_playback": QT_TRANSLATE_NOOP(
            "MonitoringErrors",
            "This device's recordings cannot be fetched from here (no playback address known).",
        ),
        "export_failed": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "The footage could not be fetched from the device."
        ),
        "not_in_request": QT_TRANSLATE_NOOP("MonitoringErrors", "This camera is not part of the request."),
        "same_operator": QT_TRANSLATE_NOOP("MonitoringErrors", "Hand the shift over to someone else."),
        "already_accepted": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "This handover has been confirmed already."
        ),
        "not_correctable": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "This part of a request cannot be corrected."
        ),
        "bad_layout": QT_TRANSLATE_NOOP("MonitoringErrors", "A tour step shows 1, 4, 9 or 16 tiles."),
        "cameras_for_layout": QT_TRANSLATE_NOOP(
            "MonitoringErrors", "A tour step needs cameras, at most as many as its tiles."
        ),
        "dwell_too_short": QT_TRANSLATE_NOOP("MonitoringErrors", "A tour step stays at least 5 seconds."),
        "duplicate_name": QT_TRANSLATE_NOOP("MonitoringErrors", "Another tour has this name."),
    },
)
