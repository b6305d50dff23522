"""Finding cameras with WS-Discovery: a real WSDiscovery publisher on this machine announces an ONVIF video
transmitter and the register's unicast probe finds it. Both sides are kept on the loopback interface (the
library would otherwise join multicast groups on every interface)."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from desktop.devices.camera_discovery import (
    NVT,
    DeviceQueryFailed,
    device_from,
    discover,
    stream_profiles,
    vendor_of,
)


@pytest.fixture
def loopback_only(monkeypatch):
    monkeypatch.setattr(
        "wsdiscovery.threaded._getNetworkAddrs",
        lambda version: [ipaddress.ip_address("127.0.0.1")] if version == socket.AF_INET else [],
    )


@pytest.fixture
def publisher(loopback_only):
    from wsdiscovery import QName, Scope
    from wsdiscovery.publishing import ThreadedWSPublishing

    class Publisher(
        ThreadedWSPublishing
    ):  # answers on the IPv4 thread only (the library's 2.1.2 bug, as in discover)
        def sendUnicastMessage(self, env, host, port, initialDelay=0, unicast_num=2):  # noqa: N802, N803
            self._networkingThread_v4.addUnicastMessage(env, host, port, initialDelay, unicast_num)

    pub = Publisher()
    pub.start()
    pub.publishService(
        types=[QName(*NVT)],
        scopes=[
            Scope("onvif://www.onvif.org/name/HIKVISION%20DS-2CD2T47"),
            Scope("onvif://www.onvif.org/hardware/DS-2CD2T47G2"),
            Scope("onvif://www.onvif.org/location/%E4%B8%9C%E9%97%A8"),
        ],
        xAddrs=["http://127.0.0.1:8080/onvif/device_service"],
    )
    yield pub
    pub.stop()


def test_given_an_onvif_device_on_this_machine_when_probed_by_unicast_then_it_is_found_with_its_vendor(
    publisher,
):
    (found,) = discover(timeout=1.5, unicast=["127.0.0.1"], multicast=False)
    assert (found.host, found.port) == ("127.0.0.1", 8080)
    assert (
        found.name == "HIKVISION DS-2CD2T47" and found.hardware == "DS-2CD2T47G2" and found.location == "东门"
    )
    assert found.vendor == "hikvision"  # its documented RTSP forms apply


def test_given_no_device_then_the_probe_finds_nothing(loopback_only):
    assert discover(timeout=0.5, unicast=["127.0.0.1"], multicast=False) == []


def test_given_scopes_then_the_vendor_is_guessed_and_an_answer_without_address_is_dropped():
    assert vendor_of("Dahua IPC-HFW2431") == "dahua" and vendor_of("Axis P3245") == "onvif"
    assert device_from([], ["onvif://www.onvif.org/name/x"]) is None


def test_given_no_onvif_service_there_then_the_query_fails_with_the_password_redacted():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DeviceQueryFailed) as e:
        stream_profiles("127.0.0.1", port, "admin", "Se@cret", timeout=5)
    assert "Se@cret" not in str(e.value) and "Se%40cret" not in str(e.value)
