"""The camera register: cameras by hand and by spreadsheet, 备案 reminders, the addresses the wall opens, and the
credentials: encrypted at rest, percent-encoded in the address, in no DTO, export, log or audit entry."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.devices.camera_urls import Endpoint, playback_url, redact, split_credentials, stream_url
from desktop.models import AuditEntry, Camera
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.monitoring.camera_service import CameraService
from desktop.services.monitoring.credentials import CredentialBox
from desktop.services.monitoring.dto import CameraInput
from tests.conftest import make_actor

PASSWORD = "Pa@ss:w/rd#100%"


@pytest.fixture
def monitor(services):
    return make_actor(services, "jiankong", "刘强", "monitor")


def camera(**kw) -> CameraInput:
    values = {
        "code": "CAM0001",
        "name": "东门",
        "location": "龙蟠里小区东门",
        "vendor": "hikvision",
        "host": "10.0.0.5",
        "username": "admin",
        "password": PASSWORD,
        "commissioned_on": date.today() - timedelta(days=10),
    } | kw
    return CameraInput(**values)


# -- addresses -----------------------------------------------------------------------------------------------


def test_given_vendors_when_building_addresses_then_the_documented_forms_with_encoded_credentials():
    hik = Endpoint("hikvision", "10.0.0.5", 554, 3)
    assert stream_url(hik, "main") == "rtsp://10.0.0.5:554/Streaming/Channels/301"
    assert stream_url(hik, "sub", user="admin", password="a@b:c/d#e%f") == (
        "rtsp://admin:a%40b%3Ac%2Fd%23e%25f@10.0.0.5:554/Streaming/Channels/302"
    )
    dahua = Endpoint("dahua", "10.0.0.6", 554, 4)
    assert stream_url(dahua, "sub") == "rtsp://10.0.0.6:554/cam/realmonitor?channel=4&subtype=1"
    assert stream_url(Endpoint("generic", "h"), override="rtsp://{host}:{port}/live/ch{channel}") == (
        "rtsp://h:554/live/ch1"
    )


def test_given_a_time_window_then_playback_addresses_follow_each_vendor_and_others_have_none():
    from datetime import datetime

    from desktop.services.core.clock import CST

    start, end = datetime(2026, 3, 1, 8, 0, tzinfo=CST), datetime(2026, 3, 1, 9, 30, tzinfo=CST)
    hik = playback_url(Endpoint("hikvision", "nvr", 554, 2), start, end)
    dahua = playback_url(Endpoint("dahua", "nvr", 554, 2), start, end)
    assert hik.startswith("rtsp://nvr:554/Streaming/tracks/201?starttime=2026030")
    assert "endtime=" in hik and hik.endswith("Z")
    assert "cam/playback?channel=2&starttime=2026_03_01_" in dahua
    assert playback_url(Endpoint("onvif", "cam"), start, end) is None


def test_given_texts_with_credentials_then_redact_removes_them_in_any_form():
    url = stream_url(Endpoint("hikvision", "h"), user="admin", password=PASSWORD)
    assert PASSWORD not in redact(url) and "Pa%40ss" not in redact(url)
    assert redact(f"error opening {url}: 401") == "error opening rtsp://***@h:554/Streaming/Channels/102: 401"
    assert redact("login with Pa@ss:w/rd#100% failed", PASSWORD) == "login with *** failed"
    assert split_credentials("rtsp://u:p%40w@h/x") == ("rtsp://h/x", "u", "p@w")


# -- the register ----------------------------------------------------------------------------------------------


def test_given_a_camera_when_registered_then_listed_with_filing_due_and_no_password(services, monitor):
    dto = services.cameras.save(monitor, camera())
    listed = services.cameras.list_cameras(monitor)
    assert [c.code for c in listed] == ["CAM0001"]
    assert dto.filing_status == "pending" and dto.filing_due == date.today() + timedelta(days=20)
    assert dto.password_hint == "••••••" and PASSWORD not in repr(dto)


def test_given_commissioning_dates_then_the_filing_reminder_warns_before_30_days_and_when_overdue(
    services, monitor
):
    today = date.today()
    services.cameras.save(monitor, camera(code="A", commissioned_on=today - timedelta(days=25)))
    services.cameras.save(monitor, camera(code="B", commissioned_on=today - timedelta(days=40)))
    services.cameras.save(
        monitor, camera(code="C", commissioned_on=today - timedelta(days=40), filed_on=today)
    )
    services.cameras.save(monitor, camera(code="D", commissioned_on=today - timedelta(days=3)))
    reminders = {c.code: c.filing_status for c in services.cameras.filing_reminders(monitor)}
    assert reminders == {"A": "due_soon", "B": "overdue"}


def test_given_bad_input_then_the_field_at_fault_is_named(services, monitor):
    cases = [
        (camera(storage_days=15), "storage_days", "retention_too_short"),
        (camera(code=""), "code", "required"),
        (camera(vendor="generic"), "main_template", "template_required"),
        (camera(main_template="http://x/{user}"), "main_template", "not_rtsp"),
        (camera(main_template="rtsp://{host}/{secret}"), "main_template", "unknown_placeholder"),
        (camera(rtsp_port=70000), "rtsp_port", "bad_port"),
        (camera(host=""), "host", "required"),
    ]
    for data, field, code in cases:
        with pytest.raises(ValidationError) as e:
            services.cameras.save(monitor, data)
        assert (e.value.field, e.value.code) == (field, code)
    services.cameras.save(monitor, camera())
    with pytest.raises(ValidationError) as e:
        services.cameras.save(monitor, camera(name="另一个"))
    assert e.value.code == "duplicate_code"


def test_given_credentials_typed_into_the_address_then_they_move_into_the_encrypted_fields(services, monitor):
    services.cameras.save(
        monitor,
        camera(vendor="generic", username="", password=None, main_template="rtsp://op:s3cr%40t@{host}/live"),
    )
    cam = services.cameras.list_cameras(monitor)[0]
    assert cam.main_template == "rtsp://{host}/live" and cam.username == "op"
    src = services.cameras.stream_sources(monitor)[0]
    assert src.main_url == "rtsp://op:s3cr%40t@10.0.0.5/live" and "s3cr" not in repr(src)


def test_given_a_password_then_it_is_encrypted_at_rest_with_the_key_outside_the_database(
    services, monitor, _data_dir
):
    services.cameras.save(monitor, camera())
    with services.sessions() as s:
        stored = s.scalar(select(Camera.password_enc))
        dump = " ".join(str(v) for v in s.execute(text("SELECT * FROM camera")).one())
    assert PASSWORD not in dump and stored.startswith("gAAAA")  # a Fernet token
    key = _data_dir / "camera-credentials.key"
    assert key.exists() and (key.stat().st_mode & 0o077) == 0
    # the address the wall opens carries it, percent-encoded
    src = services.cameras.stream_sources(monitor)[0]
    assert "Pa%40ss%3Aw%2Frd%23100%25@10.0.0.5:554/Streaming/Channels/102" in src.sub_url


def test_given_another_pc_without_the_key_then_the_stream_says_credentials_unreadable(
    services, monitor, tmp_path
):
    services.cameras.save(monitor, camera())
    other_pc = CameraService(services.sessions, CredentialBox(tmp_path / "other.key"))
    (src,) = other_pc.stream_sources(monitor)
    assert src.problem == "credentials_unreadable" and src.sub_url == ""


def test_given_a_changed_camera_then_audited_before_after_without_the_password(services, monitor):
    dto = services.cameras.save(monitor, camera())
    services.cameras.save(monitor, camera(name="东门（新）", password="N3w@pass"), dto.id, dto.version)
    with services.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "camera")).all()
    text_of_audit = " ".join(f"{e.summary} {e.before} {e.after}" for e in entries)
    assert "东门（新）" in text_of_audit and '"password": "changed"' in text_of_audit
    assert (
        PASSWORD not in text_of_audit and "N3w@pass" not in text_of_audit and "Pa%40ss" not in text_of_audit
    )


def test_given_the_register_when_exported_and_imported_then_round_trips_without_passwords(services, monitor):
    import io

    from openpyxl import Workbook, load_workbook

    services.cameras.save(monitor, camera(group_name="东片", ptz=True))
    data = services.cameras.export_xlsx(monitor)
    ws = load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "编号" and "密码" not in rows[0]
    assert rows[1][:5] == ("CAM0001", "东门", "龙蟠里小区东门", "枪机", "海康威视")
    assert PASSWORD not in " ".join(str(v) for r in rows for v in r)
    # a sheet from a colleague: one camera changed, one new with its password
    wb = Workbook()
    sheet = wb.active
    sheet.append(["编号", "名称", "安装位置", "厂商", "地址", "通道", "启用日期", "用户名", "密码"])
    sheet.append(
        ["CAM0001", "东门主入口", "龙蟠里小区东门", "海康威视", "10.0.0.5", 1, "2026-01-05", "admin", None]
    )
    sheet.append(["CAM0002", "西门", "龙蟠里小区西门", "大华", "10.0.0.6", 2, "2026/1/6", "op", "x@y"])
    out = io.BytesIO()
    wb.save(out)
    assert services.cameras.import_xlsx(monitor, out.getvalue()) == (1, 1)
    cams = {c.code: c for c in services.cameras.list_cameras(monitor)}
    assert cams["CAM0001"].name == "东门主入口" and cams["CAM0001"].password_hint  # kept
    assert cams["CAM0002"].vendor == "dahua" and cams["CAM0002"].commissioned_on == date(2026, 1, 6)
    src = {s.code: s for s in services.cameras.stream_sources(monitor)}["CAM0002"]
    assert src.sub_url == "rtsp://op:x%40y@10.0.0.6:554/cam/realmonitor?channel=2&subtype=1"
    # a bad row refuses the file and names its row
    wb2 = Workbook()
    wb2.active.append(["编号", "名称", "安装位置", "厂商", "地址", "存储天数"])
    wb2.active.append(["CAM0003", "南门", "南门", "海康威视", "10.0.0.7", 7])
    out2 = io.BytesIO()
    wb2.save(out2)
    with pytest.raises(ValidationError) as e:
        services.cameras.import_xlsx(monitor, out2.getvalue())
    assert e.value.code == "retention_too_short" and e.value.params["row"] == 2


def test_given_a_reception_clerk_then_the_register_is_closed(services):
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    with pytest.raises(PermissionDenied):
        services.cameras.list_cameras(clerk)
    with pytest.raises(PermissionDenied):
        services.cameras.stream_sources(clerk)


def test_given_a_wrong_password_stream_then_the_log_file_and_audit_table_hold_no_password(
    services, monitor, rtsp_server, _data_dir
):
    """The app's rotating log file and the audit table, grepped for the password after a camera was saved,
    streamed with a wrong password and with the right one, and its stream errors logged."""
    import time

    from desktop.app import setup_logging
    from desktop.devices.camera_stream import CameraStream, State

    log_path = setup_logging("DEBUG")
    try:
        good = rtsp_server.password
        port = rtsp_server.port
        template = "rtsp://{host}:{port}/secure"
        wrong = services.cameras.save(
            monitor,
            camera(
                code="W",
                vendor="generic",
                host="127.0.0.1",
                rtsp_port=port,
                main_template=template,
                password="Wr0ng@pw",
            ),
        )
        right = services.cameras.save(
            monitor,
            camera(
                code="R",
                vendor="generic",
                host="127.0.0.1",
                rtsp_port=port,
                main_template=template,
                username=rtsp_server.user,
                password=good,
            ),
        )
        sources = {s.camera_id: s for s in services.cameras.stream_sources(monitor)}
        streams = [CameraStream(sources[c.id].sub_url, name=c.code).start() for c in (wrong, right)]
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and not (
            streams[0].status().state is State.AUTH_FAILED and streams[1].status().state is State.STREAMING
        ):
            time.sleep(0.1)
        assert streams[0].status().state is State.AUTH_FAILED and streams[1].status().state is State.STREAMING
        logging.getLogger("desktop.devices.camera_stream").info("sources %r", list(sources.values()))
        for s in streams:
            s.stop()
        for h in logging.getLogger().handlers:
            h.flush()
        logged = Path(log_path).read_text(encoding="utf-8")
        assert "camera W" in logged and "sources" in logged
        with services.sessions() as s:
            audit = " ".join(str(v) for row in s.execute(text("SELECT * FROM audit_entry")) for v in row)
        for secret in ("Wr0ng@pw", "Wr0ng%40pw", good, "Cam%40%3A%2F%23%25pass"):
            assert secret not in logged and secret not in audit
    finally:
        root = logging.getLogger()
        for h in list(root.handlers):
            if getattr(h, "baseFilename", "") == log_path:
                root.removeHandler(h)
                h.close()
