"""The footage-access register (调阅登记, art. 16): request -> the director's approval -> carried out by two staff ->
export with each file's SHA-256; append-only, hash-chained; the 审批表 and the 登记簿 read back from the PDF."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from desktop.devices.footage_export import copy_to_mp4
from desktop.models import FootageRegisterEntry, FootageRequest
from desktop.services.core.errors import PermissionDenied, ValidationError
from desktop.services.monitoring.dto import CameraInput, FootageInput
from tests.conftest import make_actor
from tests.unit.test_printing_support import pdf_text


@pytest.fixture
def people(services):
    return {
        "monitor": make_actor(services, "jiankong", "刘强", "monitor"),
        "monitor2": make_actor(services, "jiankong2", "孙敏", "monitor"),
        "police": make_actor(services, "minjing", "张伟", "police"),
        "director": make_actor(services, "zhuren", "李红梅", "director"),
    }


@pytest.fixture
def cams(services, people):
    made = []
    for code, name, vendor in (("CAM0001", "东门", "hikvision"), ("CAM0002", "西门", "generic")):
        made.append(
            services.cameras.save(
                people["monitor"],
                CameraInput(
                    code,
                    name,
                    f"龙蟠里小区{name}",
                    vendor=vendor,
                    host="127.0.0.1",
                    main_template="rtsp://{host}:{port}/sub" if vendor == "generic" else "",
                ),
            )
        )
    return made


def request(cams, **kw) -> FootageInput:
    now = datetime.now(UTC)
    values = {
        "requester_org": "华侨路派出所",
        "requester_name": "张伟",
        "basis": "state_organ",
        "legal_basis": "《人民警察法》第九条",
        "reason": "调查一起电动自行车被盗案件",
        "camera_ids": (cams[0].id, cams[1].id),
        "window_start": now - timedelta(days=2, hours=1),
        "window_end": now - timedelta(days=2),
        "requester_id_number": "32010619800305123X",
        "access": "export",
    } | kw
    return FootageInput(**values)


def test_given_a_request_when_approved_carried_out_and_exported_then_the_register_tells_every_step(
    services, people, cams, rtsp_server, tmp_path
):
    r = services.footage.file_request(people["police"], request(cams))
    assert r.number.startswith("调阅〔") and r.status == "pending" and r.requester_id == "3201**********123X"
    with pytest.raises(PermissionDenied):
        services.footage.decide(
            people["police"], r.id, r.version, True
        )  # the officer asks, the director decides
    services.footage.decide(people["director"], r.id, r.version, True)
    r = services.footage.get(people["monitor"], r.id)
    services.footage.carry_out(people["monitor"], r.id, r.version, people["monitor2"].id)
    # the copy: a stream copy to MP4 (here from the local RTSP server), then recorded with its SHA-256
    clip = tmp_path / "clip.mp4"
    result = copy_to_mp4(rtsp_server.url("sub"), clip, max_seconds=2)
    assert result.packets >= 40 and clip.stat().st_size > 10_000
    f = services.footage.add_file(people["monitor"], r.id, clip, "移交华侨路派出所张伟（U盘）", cams[0].id)
    assert f.sha256 == hashlib.sha256(clip.read_bytes()).hexdigest()
    r = services.footage.get(people["director"], r.id)
    assert r.status == "done" and r.approver == "李红梅" and (r.handler, r.second_handler) == ("刘强", "孙敏")
    assert r.files[0].destination.startswith("移交华侨路派出所")
    steps = [line.step for line in services.footage.register(people["director"]) if line.request_id == r.id]
    assert steps == ["filed", "approved", "carried_out", "file"]
    assert services.footage.verify(people["director"]).ok


def test_given_a_copied_file_then_it_plays_as_mp4_without_re_encoding(rtsp_server, tmp_path):
    import av

    clip = tmp_path / "clip.mp4"
    copy_to_mp4(rtsp_server.url("sub"), clip, max_seconds=2)
    with av.open(str(clip)) as c:
        v = c.streams.video[0]
        assert c.format.name.startswith("mov") and v.codec_context.name == "h264"
        frames = sum(1 for _ in c.decode(v))
        assert frames >= 40 and (v.codec_context.width, v.codec_context.height) == (640, 360)


def test_given_an_nvr_window_then_export_goes_to_the_vendor_playback_and_others_say_no_playback(
    services, people, cams, tmp_path
):
    r = services.footage.file_request(people["monitor"], request(cams))
    services.footage.decide(people["director"], r.id, r.version, True)
    with pytest.raises(ValidationError) as e:  # a generic RTSP camera has no playback known here
        services.footage.export_clip(people["monitor"], r.id, cams[1].id, tmp_path, "U盘")
    assert e.value.code == "no_playback"
    # a Hikvision address on a port where nothing listens: the failure is told, no file is recorded
    with pytest.raises(ValidationError) as e:
        services.footage.export_clip(people["monitor"], r.id, cams[0].id, tmp_path, "U盘")
    assert e.value.code == "export_failed" and "Connection refused" in e.value.params["detail"]
    assert services.footage.get(people["monitor"], r.id).files == ()


def test_given_a_refusal_then_a_reason_is_required_and_nothing_can_be_carried_out(services, people, cams):
    r = services.footage.file_request(people["monitor"], request(cams, basis="other", legal_basis=""))
    with pytest.raises(ValidationError) as e:
        services.footage.decide(people["director"], r.id, r.version, False, "")
    assert e.value.field == "decision_reason"
    services.footage.decide(people["director"], r.id, r.version, False, "不属于可调阅情形")
    r = services.footage.get(people["monitor"], r.id)
    assert r.status == "refused" and r.decision_reason == "不属于可调阅情形"
    with pytest.raises(ValidationError) as e:
        services.footage.carry_out(people["monitor"], r.id, r.version, people["monitor2"].id)
    assert e.value.code == "not_approved"


def test_given_bad_requests_then_the_field_at_fault_is_named(services, people, cams):
    now = datetime.now(UTC)
    cases = [
        (request(cams, legal_basis=""), "legal_basis", "required"),  # a state organ within its authority
        (request(cams, camera_ids=()), "camera_ids", "required"),
        (request(cams, window_end=now - timedelta(days=3)), "window_end", "window_reversed"),
        (
            request(cams, window_start=now + timedelta(hours=1), window_end=now + timedelta(hours=2)),
            "window_start",
            "window_in_future",
        ),
        (
            request(cams, window_start=now - timedelta(days=40), window_end=now - timedelta(days=39)),
            "window_end",
            "beyond_retention",
        ),
    ]
    for data, field, code in cases:
        with pytest.raises(ValidationError) as e:
            services.footage.file_request(people["monitor"], data)
        assert (e.value.field, e.value.code) == (field, code)


def test_given_two_staff_then_the_second_must_be_someone_else(services, people, cams):
    r = services.footage.file_request(people["monitor"], request(cams))
    services.footage.decide(people["director"], r.id, r.version, True)
    r = services.footage.get(people["monitor"], r.id)
    with pytest.raises(ValidationError) as e:
        services.footage.carry_out(people["monitor"], r.id, r.version, people["monitor"].id)
    assert e.value.code == "same_person"


def test_given_a_correction_then_it_is_a_new_line_and_the_old_value_stays_in_the_register(
    services, people, cams
):
    r = services.footage.file_request(people["monitor"], request(cams))
    services.footage.correct(
        people["monitor"], r.id, r.version, "requester_name", "张伟民", "身份证核对后更正"
    )
    r2 = services.footage.get(people["monitor"], r.id)
    assert r2.requester_name == "张伟民"
    lines = services.footage.register(people["director"])
    assert [ln.step for ln in lines] == ["filed", "corrected"]
    assert lines[0].data["requester_name"] == "张伟" and lines[1].data == {
        "field": "requester_name",
        "before": "张伟",
        "after": "张伟民",
        "why": "身份证核对后更正",
    }
    assert services.footage.verify(people["director"]).ok


def test_given_the_register_when_a_line_or_the_request_is_altered_behind_it_then_verify_shows_where(
    services, people, cams
):
    a = services.footage.file_request(people["monitor"], request(cams))
    b = services.footage.file_request(people["monitor"], request(cams, reason="查找走失老人"))
    services.footage.decide(people["director"], a.id, a.version, True)
    assert services.footage.verify(people["director"]).ok
    with services.sessions.begin() as s:  # the approver's name edited in the request row only
        s.execute(update(FootageRequest).where(FootageRequest.id == b.id).values(reason="另一事由"))
    v = services.footage.verify(people["director"])
    assert not v.ok and v.problem == "request_differs"
    with services.sessions.begin() as s:
        s.execute(update(FootageRequest).where(FootageRequest.id == b.id).values(reason="查找走失老人"))
        first = s.scalar(select(FootageRegisterEntry.id).order_by(FootageRegisterEntry.id))
        s.execute(
            update(FootageRegisterEntry)
            .where(FootageRegisterEntry.id == first)
            .values(data='{"reason": "x"}')
        )
    v = services.footage.verify(people["director"])
    assert not v.ok and v.problem == "altered" and v.first_bad_id == first


def test_given_an_approved_request_then_its_approval_form_and_the_register_read_back_from_the_pdf(
    services, people, cams
):
    r = services.footage.file_request(people["police"], request(cams))
    services.footage.decide(people["director"], r.id, r.version, True)
    r = services.footage.get(people["monitor"], r.id)
    services.footage.carry_out(people["monitor"], r.id, r.version, people["monitor2"].id)
    form = pdf_text(services.printing.render(people["director"], "footage_request", r.id))
    for expected in (
        "调阅监控录像审批表",
        r.number,
        "华侨路派出所",
        "3201**********123X",
        "■国家机关依法履职",
        "CAM0001东门",
        "CAM0002西门",
        "■同意",
        "李红梅",
        "刘强、孙敏",
    ):
        assert expected in form, expected
    book = pdf_text(services.printing.render(people["monitor"], "footage_register"))
    for expected in ("调阅登记簿", r.number, "登记申请", "批准", "执行调阅", "共3条，哈希链完整"):
        assert expected in book, expected


def test_given_a_reception_clerk_then_the_register_is_closed(services, people, cams):
    clerk = make_actor(services, "qiantai", "王丽", "reception")
    with pytest.raises(PermissionDenied):
        services.footage.requests(clerk)
    with pytest.raises(PermissionDenied):
        services.footage.file_request(clerk, request(cams))
