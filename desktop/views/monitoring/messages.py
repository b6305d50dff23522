"""The video-monitoring room's error codes as sentences (the others as everywhere)."""

from __future__ import annotations

from desktop.views.common.form_helpers import room_error_message

monitoring_error = room_error_message(
    "MonitoringErrors",
    {
        "retention_too_short": "Footage must be kept at least 30 days (art. 17).",
        "template_required": "This vendor needs the stream address (main stream template).",
        "not_rtsp": "A stream address starts with rtsp://.",
        "unknown_placeholder": "A stream address may hold only {host}, {port} and {channel}.",
        "no_template": "No stream address is known for this camera.",
        "bad_port": "A port is a number from 1 to 65535.",
        "bad_channel": "The channel is a number from 1 to 512.",
        "duplicate_code": "Another camera has this number.",
        "filed_before_commissioned": "The filing date is before the commissioning date.",
        "not_a_camera_sheet": "This sheet has no 编号 and 名称 columns.",
        "credentials_unreadable": "The password was saved on another PC; enter it again here.",
        "window_reversed": "The end of the time window is before its start.",
        "window_in_future": "The time window lies in the future.",
        "beyond_retention": "Footage of that time is no longer kept.",
        "already_decided": "This request has been decided already.",
        "not_approved": "Only an approved request can be carried out.",
        "already_carried_out": "This request has been carried out already.",
        "same_person": "The second person must be someone else.",
        "view_only": "This request is for viewing only: no copies.",
        "no_playback": "This device's recordings cannot be fetched from here (no playback address known).",
        "export_failed": "The footage could not be fetched from the device.",
        "not_in_request": "This camera is not part of the request.",
        "same_operator": "Hand the shift over to someone else.",
        "already_accepted": "This handover has been confirmed already.",
        "not_correctable": "This part of a request cannot be corrected.",
        "bad_layout": "A tour step shows 1, 4, 9 or 16 tiles.",
        "cameras_for_layout": "A tour step needs cameras, at most as many as its tiles.",
        "dwell_too_short": "A tour step stays at least 5 seconds.",
        "duplicate_name": "Another tour has this name.",
    },
)
