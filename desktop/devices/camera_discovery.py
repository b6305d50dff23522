"""Finding cameras on the network: ONVIF WS-Discovery (a multicast probe, and a unicast probe to addresses the
operator names where multicast does not cross the network), then, with a device's user and password, its
manufacturer and stream addresses from its ONVIF device and media services.

Both through maintained libraries, no SOAP of our own: ``WSDiscovery`` for the probes, ``onvif-zeep-async`` (the
maintained successor of ``onvif-zeep``; zeep underneath) for GetDeviceInformation, GetProfiles and GetStreamUri.
Both are imported when a search starts, not with the program. Blocking: run it off the GUI thread.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from desktop.devices.camera_urls import DAHUA, HIKVISION, ONVIF, redact, split_credentials

NVT = ("http://www.onvif.org/ver10/network/wsdl", "NetworkVideoTransmitter")
WS_DISCOVERY_PORT = 3702


@dataclass(frozen=True)
class FoundDevice:
    host: str
    port: int  # the ONVIF service's HTTP port
    xaddrs: tuple[str, ...]
    name: str = ""
    hardware: str = ""
    location: str = ""
    vendor: str = ONVIF  # hikvision / dahua when the scopes say so: their documented RTSP forms then apply


@dataclass(frozen=True)
class StreamProfile:
    name: str
    uri: str  # without credentials
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class DeviceStreams:
    manufacturer: str
    model: str
    serial: str
    profiles: tuple[StreamProfile, ...]

    @property
    def main(self) -> str:
        return max(self.profiles, key=lambda p: p.width * p.height).uri if self.profiles else ""

    @property
    def sub(self) -> str:
        return min(self.profiles, key=lambda p: p.width * p.height).uri if self.profiles else ""


def vendor_of(*texts: str) -> str:
    text = " ".join(texts).lower()
    if "hikvision" in text or "海康" in text:
        return HIKVISION
    if "dahua" in text or "大华" in text:
        return DAHUA
    return ONVIF


def _scope(scopes: Iterable[str], kind: str) -> str:
    for s in scopes:
        m = re.match(rf"onvif://www\.onvif\.org/{kind}/(.+)", s)
        if m:
            return unquote(m.group(1))
    return ""


def device_from(xaddrs: Iterable[str], scopes: Iterable[str]) -> FoundDevice | None:
    """A probe match -> the device (None when it names no address)."""
    xaddrs = tuple(x for x in xaddrs if x.startswith("http"))
    if not xaddrs:
        return None
    parts = urlsplit(xaddrs[0])
    scopes = [str(s) for s in scopes]
    name, hardware = _scope(scopes, "name"), _scope(scopes, "hardware")
    return FoundDevice(
        parts.hostname or "",
        parts.port or 80,
        xaddrs,
        name,
        hardware,
        _scope(scopes, "location"),
        vendor_of(name, hardware),
    )


def discover(
    timeout: float = 3.0, unicast: Iterable[str] = (), *, multicast: bool = True
) -> list[FoundDevice]:
    """ONVIF devices answering a WS-Discovery probe within ``timeout`` seconds (multicast, and one unicast
    probe to each of ``unicast``), one per address."""
    from wsdiscovery import QName

    types = [QName(*NVT)]
    wsd = _discovery()
    wsd.start()
    try:
        services = []
        if multicast:
            services += wsd.searchServices(types=types, timeout=timeout)
        for addr in unicast:
            services += wsd.searchServices(types=types, address=addr, port=WS_DISCOVERY_PORT, timeout=timeout)
    finally:
        wsd.stop()
    found: dict[str, FoundDevice] = {}
    for s in services:
        d = device_from(
            s.getXAddrs(), [str(x.getValue()) if hasattr(x, "getValue") else str(x) for x in s.getScopes()]
        )
        if d is not None:
            found.setdefault(d.host, d)
    return sorted(found.values(), key=lambda d: d.host)


def _discovery():
    """WSDiscovery's client, sending a unicast probe only on the thread of its address family: 2.1.2 queues it on
    the IPv6 thread too, whose send of an IPv4 address raises in that thread (and ends it)."""
    import ipaddress

    from wsdiscovery.discovery import ThreadedWSDiscovery
    from wsdiscovery.threaded import UNICAST_UDP_REPEAT

    class Discovery(ThreadedWSDiscovery):
        def sendUnicastMessage(self, env, host, port, initialDelay=0, unicast_num=UNICAST_UDP_REPEAT):  # noqa: N802, N803
            v6 = ipaddress.ip_address(host).version == 6
            thread = self._networkingThread_v6 if v6 else self._networkingThread_v4
            if thread is not None:
                thread.addUnicastMessage(env, host, port, initialDelay, unicast_num)

    return Discovery()


class DeviceQueryFailed(Exception):
    """The device did not answer its ONVIF services (message redacted)."""


def stream_profiles(host: str, port: int, user: str, password: str, timeout: float = 10.0) -> DeviceStreams:
    """The device's manufacturer and the RTSP address of each media profile (ONVIF Profile S), credentials
    removed from the addresses (the register keeps them apart)."""
    try:
        return asyncio.run(asyncio.wait_for(_query(host, port, user, password), timeout))
    except Exception as exc:  # noqa: BLE001 - zeep, aiohttp and the device each have their own errors
        raise DeviceQueryFailed(redact(f"{type(exc).__name__}: {exc}", password)) from None


async def _query(host: str, port: int, user: str, password: str) -> DeviceStreams:
    from onvif import ONVIFCamera

    cam = ONVIFCamera(host, port, user, password)
    try:
        await cam.update_xaddrs()
        info = await (await cam.create_devicemgmt_service()).GetDeviceInformation()
        media = await cam.create_media_service()
        profiles = []
        for p in await media.GetProfiles():
            uri = await media.GetStreamUri(
                {
                    "StreamSetup": {"Stream": "RTP-Unicast", "Transport": {"Protocol": "RTSP"}},
                    "ProfileToken": p.token,
                }
            )
            enc = getattr(p, "VideoEncoderConfiguration", None)
            res = getattr(enc, "Resolution", None)
            profiles.append(
                StreamProfile(
                    p.Name,
                    split_credentials(uri.Uri)[0],
                    getattr(res, "Width", 0) or 0,
                    getattr(res, "Height", 0) or 0,
                )
            )
        return DeviceStreams(info.Manufacturer, info.Model, info.SerialNumber, tuple(profiles))
    finally:
        await cam.close()
