"""The room's records: health checks against a real RTSP server (online/offline history, online rate, the day's
inspection record), the duty log with open matters, handovers confirmed by both operators, snapshots audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.devices.camera_probe import probe_rtsp
from desktop.models import Attachment, AuditEntry
from desktop.services.core.clock import CST
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.monitoring.dto import CameraInput, DutyEntryInput
from desktop.services.monitoring.health_service import HealthService
from tests.conftest import make_actor
from tests.unit.test_printing_support import pdf_text


@pytest.fixture
def people(services):
    return {
        "monitor": make_actor(services, "jiankong", "刘强", "monitor"),
        "monitor2": make_actor(services, "jiankong2", "孙敏", "monitor"),
        "director": make_actor(services, "zhuren", "李红梅", "director"),
    }


def add_camera(services, actor, code, port, path="sub"):
    return services.cameras.save(
        actor,
        CameraInput(
            code,
            f"点位{code}",
            "龙蟠里小区",
            vendor="generic",
            host="127.0.0.1",
            rtsp_port=port,
            main_template="rtsp://{host}:{port}/" + path,
        ),
    )


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_given_a_server_then_the_probe_hears_rtsp_and_a_closed_port_is_offline(rtsp_server):
    up = probe_rtsp(rtsp_server.url("secure"))  # no credentials sent: 401 still means the device is there
    assert up.online and up.detail == "RTSP 401" and up.latency_ms is not None
    assert probe_rtsp(rtsp_server.url("sub")).detail == "RTSP 200"
    down = probe_rtsp(f"rtsp://127.0.0.1:{free_port()}/sub", timeout=1)
    assert not down.online and down.detail == "connection refused"


def test_given_health_rounds_then_changes_are_history_the_rate_counts_and_the_inspection_is_written_once(
    services, people, rtsp_server
):
    up = add_camera(services, people["monitor"], "CAM0001", rtsp_server.port)
    down = add_camera(services, people["monitor"], "CAM0002", free_port())
    at = [datetime(2026, 3, 5, 8, 58, tzinfo=CST)]
    health = HealthService(services.sessions, services.cameras, now=lambda: at[0])
    first = health.check_round(people["monitor"])
    assert (first.online, first.offline, first.inspection_written) == (1, 1, False)  # before 09:00
    at[0] += timedelta(minutes=3)
    second = health.check_round(people["monitor"])
    assert second.inspection_written and second.changed == ()
    rtsp_server.kill()
    at[0] += timedelta(minutes=1)
    third = health.check_round(people["monitor"])
    assert third.changed == ("CAM0001 点位CAM0001 离线",) and not third.inspection_written
    today = {h.code: h for h in health.today(people["director"])}
    assert (today["CAM0001"].checks, today["CAM0001"].online_checks, today["CAM0001"].online) == (3, 2, False)
    assert today["CAM0002"].rate == 0.0
    (rate,) = health.day_rates(people["director"], days=3)
    assert (rate.checks, rate.online_checks) == (6, 2)
    assert [e.online for e in health.history(people["director"], up.id)] == [False, True]
    assert [e.detail for e in health.history(people["director"], down.id)] == ["connection refused"]
    inspections = [
        e for e in services.duty.entries(people["monitor"], day=at[0].date()) if e.kind == "daily_check"
    ]
    assert len(inspections) == 1 and inspections[0].operator == "系统"
    assert (
        "1/2路在线" in inspections[0].content and "CAM0002" in inspections[0].content and inspections[0].open
    )


def test_given_duty_entries_then_the_day_lists_them_and_open_matters_wait_for_the_next_shift(
    services, people
):
    m = people["monitor"]
    cam = add_camera(services, m, "CAM0001", 554)
    services.duty.add_entry(
        m, DutyEntryInput("一男子撬电动车锁", cam.id, "喊话制止并报警", "华侨路派出所", open=True)
    )
    services.duty.add_entry(m, DutyEntryInput("画面正常"))
    with pytest.raises(ValidationError) as e:
        services.duty.add_entry(m, DutyEntryInput("  "))
    assert e.value.field == "content"
    entries = services.duty.entries(m)
    assert [x.content for x in entries] == ["画面正常", "一男子撬电动车锁"]
    assert entries[1].camera == "CAM0001 点位CAM0001" and entries[1].reported_to == "华侨路派出所"
    assert [x.content for x in services.duty.entries(m, open_only=True)] == ["一男子撬电动车锁"]


def test_given_a_handover_then_it_lists_offline_cameras_and_open_matters_and_only_the_incoming_confirms(
    services, people
):
    m, m2 = people["monitor"], people["monitor2"]
    down = add_camera(services, m, "CAM0009", free_port())
    health = HealthService(
        services.sessions, services.cameras, now=lambda: datetime(2026, 3, 5, 7, 0, tzinfo=CST)
    )
    health.check_round(m)
    services.duty.add_entry(m, DutyEntryInput("北门道闸故障，已报修", down.id, open=True))
    draft = services.duty.handover_draft(m)
    assert len(draft.offline_cameras) == 1 and draft.offline_cameras[0].startswith("CAM0009")
    assert draft.open_matters[0].endswith("北门道闸故障，已报修")
    with pytest.raises(ValidationError):
        services.duty.hand_over(m, m.id)
    hid = services.duty.hand_over(m, m2.id, "钥匙两把已交接")
    (pending,) = services.duty.pending_for(m2)
    with pytest.raises(PermissionDenied):
        services.duty.accept_handover(people["director"], pending.id, pending.version)
    services.duty.accept_handover(m2, pending.id, pending.version)
    (h,) = services.duty.handovers(m)
    assert h.id == hid and h.accepted_at is not None and (h.from_name, h.to_name) == ("刘强", "孙敏")
    text = pdf_text(services.printing.render(m, "shift_handover", hid))
    assert "CAM0009" in text and "北门道闸故障" in text and "钥匙两把已交接" in text and "孙敏" in text
    day = datetime.now(CST).date()
    log = pdf_text(services.printing.render(m, "duty_log", int(f"{day:%Y%m%d}")))
    assert "视频监控室值班记录" in log and "北门道闸故障" in log and "交接班" in log


def test_given_a_live_stream_when_a_snapshot_is_saved_then_png_with_camera_and_time_kept_and_audited(
    services, people, rtsp_server
):
    import time

    from desktop.devices.camera_stream import CameraStream

    m = people["monitor"]
    cam = add_camera(services, m, "CAM0001", rtsp_server.port)
    (src,) = services.cameras.stream_sources(m)
    stream = CameraStream(src.sub_url, name=cam.code).start()
    try:
        deadline = time.monotonic() + 6
        while stream.latest() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        taken = datetime.now(UTC)
        png = stream.snapshot_png({"Camera": cam.label, "Time": taken.astimezone(CST).isoformat()})
    finally:
        stream.stop()
    shot = services.duty.save_snapshot(m, cam.id, png, taken)
    assert (
        shot.owner_kind == "duty_log"
        and shot.filename.startswith("CAM0001_")
        and shot.filename.endswith(".png")
    )
    with services.sessions() as s:
        stored = s.get(Attachment, shot.attachment_id)
        assert stored.data == png and stored.mime_type == "image/png"
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "snapshot")).one()
    assert audit.entity_id == cam.id and "CAM0001" in audit.summary and shot.sha256 in audit.after
    entry = [e for e in services.duty.entries(m) if e.kind == "snapshot"][0]
    assert entry.attachments == 1
    with pytest.raises(ValidationError) as e:
        services.duty.save_snapshot(m, cam.id, png, taken, owner=("dispute_case", 999_999))
    assert e.value.code == "not_found"
