"""Camera and NVR addresses: the vendors' documented RTSP forms, credentials put into them, and their redaction.

- Hikvision: live ``rtsp://host:554/Streaming/Channels/<channel>01`` (main) / ``…02`` (sub); playback of a time
  window ``rtsp://host:554/Streaming/tracks/<channel>01?starttime=YYYYMMDDTHHMMSSZ&endtime=…``.
- Dahua: live ``rtsp://host:554/cam/realmonitor?channel=<n>&subtype=0`` (main) / ``subtype=1`` (sub); playback
  ``rtsp://host:554/cam/playback?channel=<n>&starttime=YYYY_MM_DD_HH_MM_SS&endtime=…``.
- ONVIF: the addresses the device gives (GetStreamUri, found by discovery), stored as the camera's own templates;
  playback (Profile G) is not supported here.
- Generic RTSP: the camera's own templates only.

A template holds ``{host}``, ``{port}``, ``{channel}`` (and nothing secret); credentials are percent-encoded into
the address only when a stream is opened (a password may hold ``@ : / # %``). Nothing that may hold an address
with credentials is logged or shown without ``redact``.

The playback times: both vendors' firmware read the window in the device's local time (*unverified* across
firmware versions; Hikvision's trailing ``Z`` notwithstanding), so the window is sent in the device's clock, the
PC's local time zone by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, unquote, urlsplit, urlunsplit

HIKVISION, DAHUA, ONVIF, GENERIC = "hikvision", "dahua", "onvif", "generic"
VENDORS = (HIKVISION, DAHUA, ONVIF, GENERIC)
MAIN, SUB = "main", "sub"

DEFAULT_TEMPLATES: dict[str, dict[str, str]] = {
    HIKVISION: {
        MAIN: "rtsp://{host}:{port}/Streaming/Channels/{channel}01",
        SUB: "rtsp://{host}:{port}/Streaming/Channels/{channel}02",
    },
    DAHUA: {
        MAIN: "rtsp://{host}:{port}/cam/realmonitor?channel={channel}&subtype=0",
        SUB: "rtsp://{host}:{port}/cam/realmonitor?channel={channel}&subtype=1",
    },
}
PLAYBACK_TEMPLATES = {
    HIKVISION: "rtsp://{host}:{port}/Streaming/tracks/{channel}01?starttime={start}&endtime={end}",
    DAHUA: "rtsp://{host}:{port}/cam/playback?channel={channel}&starttime={start}&endtime={end}",
}
_PLAYBACK_TIME = {HIKVISION: "%Y%m%dT%H%M%SZ", DAHUA: "%Y_%m_%d_%H_%M_%S"}

_USERINFO = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?P<userinfo>[^/@\s]*)@")
_PLACEHOLDERS = frozenset({"host", "port", "channel"})


class TemplateError(ValueError):
    """A template that cannot make an address: ``reason`` is unknown_placeholder / not_rtsp / no_template."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Endpoint:
    """Where a stream comes from: the device's vendor, address, RTSP port and channel (an NVR's input, or 1)."""

    vendor: str
    host: str
    port: int = 554
    channel: int = 1


def check_template(template: str) -> None:
    """A template is an rtsp:// address with only {host}, {port}, {channel} in it."""
    if not template.lower().startswith(("rtsp://", "rtsps://")):
        raise TemplateError("not_rtsp")
    names = set(re.findall(r"{(\w*)}", template))
    if names - _PLACEHOLDERS:
        raise TemplateError("unknown_placeholder")


def template_for(vendor: str, kind: str, override: str | None = None) -> str:
    """The template of a stream: the camera's own, else its vendor's."""
    if override:
        return override
    try:
        return DEFAULT_TEMPLATES[vendor][kind]
    except KeyError:
        raise TemplateError("no_template") from None


def with_credentials(url: str, user: str | None, password: str | None) -> str:
    """``url`` with the user and password percent-encoded into it (none: as it is)."""
    if not user:
        return url
    parts = urlsplit(url)
    hostport = parts.netloc.rsplit("@", 1)[-1]
    auth = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    return urlunsplit(parts._replace(netloc=f"{auth}@{hostport}"))


def stream_url(
    endpoint: Endpoint,
    kind: str = SUB,
    *,
    override: str | None = None,
    user: str | None = None,
    password: str | None = None,
) -> str:
    """The address to open for a camera's main or sub stream."""
    template = template_for(endpoint.vendor, kind, override)
    check_template(template)
    url = template.format(host=endpoint.host, port=endpoint.port, channel=endpoint.channel)
    return with_credentials(url, user, password)


def playback_url(
    endpoint: Endpoint,
    start: datetime,
    end: datetime,
    *,
    user: str | None = None,
    password: str | None = None,
) -> str | None:
    """The address of a recorded time window on the device (None: this vendor's playback is not known here).
    ``start``/``end`` are aware datetimes; they are sent in the PC's local time (the device's clock)."""
    template = PLAYBACK_TEMPLATES.get(endpoint.vendor)
    if template is None:
        return None
    fmt = _PLAYBACK_TIME[endpoint.vendor]
    url = template.format(
        host=endpoint.host,
        port=endpoint.port,
        channel=endpoint.channel,
        start=start.astimezone().strftime(fmt),
        end=end.astimezone().strftime(fmt),
    )
    return with_credentials(url, user, password)


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """An address someone typed with credentials in it -> (address without them, user, password)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    auth, hostport = parts.netloc.rsplit("@", 1)
    user, _, password = auth.partition(":")
    return urlunsplit(parts._replace(netloc=hostport)), unquote(user) or None, unquote(password) or None


def redact(text: str, *secrets: str | None) -> str:
    """``text`` (an address, an error message, a log line) with the credentials of any address in it and every
    given secret (raw and percent-encoded) replaced by ***."""
    out = _USERINFO.sub(lambda m: m.group("scheme") + "***@", text)
    for secret in secrets:
        if secret:
            for form in {secret, quote(secret, safe="")}:
                out = out.replace(form, "***")
    return out
