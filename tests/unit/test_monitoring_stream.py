"""Camera streams against a real RTSP server on this machine (GStreamer, tests/rtsp_server.py) and PyAV."""

from __future__ import annotations

import logging
import random
import time

import av
import pytest

from desktop.devices.camera_stream import INTERRUPTIBLE, Backoff, CameraStream, State, fit, stop_all
from desktop.devices.camera_urls import with_credentials
from tests.rtsp_server import stagger


def wait_for(predicate, timeout: float, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


@pytest.fixture
def streams():
    made: list[CameraStream] = []

    def make(url, **kw) -> CameraStream:
        s = CameraStream(url, **kw).start()
        made.append(s)
        return s

    yield make
    assert stop_all(made) == []


def pixel(frame, x: int, y: int) -> tuple[int, int, int]:
    """(r, g, b) of a BGRA frame."""
    i = y * frame.stride + x * 4
    b, g, r = frame.data[i : i + 3]
    return r, g, b


def test_given_a_camera_when_streaming_then_frames_arrive_scaled_to_the_tile_with_the_pattern(
    rtsp_server, streams
):
    s = streams(rtsp_server.url("sub"), size=(320, 240), name="东门")
    first = wait_for(s.latest, 5)
    assert first is not None, s.status()
    assert s.status().state is State.STREAMING
    # 640×360 fitted into 320×240 keeps its shape
    assert (first.width, first.height) == (320, 180) and s.status().source_size == (640, 360)
    time.sleep(1)
    assert s.latest().seq - first.seq >= 20  # 25 fps: about a second's worth
    # SMPTE bars: grey, yellow, cyan, green in the upper part, left to right
    f = s.latest()
    bars = [pixel(f, int(f.width * (i + 0.5) / 7), f.height // 3) for i in range(4)]
    grey, yellow, cyan, green = bars
    assert min(grey) > 150 and max(grey) - min(grey) < 30
    assert yellow[0] > 150 and yellow[1] > 150 and yellow[2] < 60
    assert cyan[0] < 60 and cyan[1] > 150 and cyan[2] > 150
    assert green[0] < 60 and green[1] > 150 and green[2] < 60


def test_given_a_password_with_url_characters_when_connecting_with_digest_then_it_streams(
    rtsp_server, streams
):
    assert set("@:/#%") <= set(rtsp_server.password)
    url = with_credentials(rtsp_server.url("secure"), rtsp_server.user, rtsp_server.password)
    s = streams(url, name="secure")
    assert wait_for(lambda: s.status().state is State.STREAMING, 6), s.status()


def test_given_a_wrong_password_then_auth_failed_and_no_retry_storm(rtsp_server, streams, caplog):
    caplog.set_level(logging.DEBUG)
    url = with_credentials(rtsp_server.url("secure"), "admin", "wrong@pass")
    s = streams(url, name="secure", backoff=Backoff(0.05, 0.1))  # a storm would show within seconds
    assert wait_for(lambda: s.status().state is State.AUTH_FAILED, 6), s.status()
    time.sleep(3)
    st = s.status()
    assert st.state is State.AUTH_FAILED and st.attempts == 1
    assert (
        "wrong@pass" not in st.detail
        and "wrong%40pass" not in caplog.text
        and "wrong@pass" not in caplog.text
    )


def test_given_a_streaming_tile_when_the_server_is_killed_and_restarted_then_it_reconnects_by_itself(
    rtsp_server, streams
):
    s = streams(rtsp_server.url("sub"), name="东门")
    assert wait_for(lambda: s.status().state is State.STREAMING, 5)
    rtsp_server.kill()
    assert wait_for(lambda: s.status().state is State.OFFLINE, 5), s.status()
    time.sleep(2)  # it retries meanwhile and is refused
    rtsp_server.start()
    before = s.status().frames
    assert wait_for(lambda: s.status().state is State.STREAMING and s.status().frames > before, 12), (
        s.status()
    )
    assert s.status().attempts >= 2


def test_given_a_server_that_hangs_then_the_tile_is_stalled_within_6_s_and_recovers(rtsp_server, streams):
    s = streams(rtsp_server.url("sub"), name="东门")
    assert wait_for(lambda: s.status().state is State.STREAMING, 5)
    rtsp_server.pause()
    t0 = time.monotonic()
    try:
        assert wait_for(lambda: s.status().state is State.STALLED, 7)
        assert time.monotonic() - t0 <= 6.0
    finally:
        rtsp_server.resume()
    assert wait_for(lambda: s.status().state is State.STREAMING, 12), s.status()


def test_given_streams_streaming_stalled_and_connecting_when_stopped_then_all_end_within_2_s(rtsp_server):
    assert INTERRUPTIBLE  # PyAV's interrupt callback still reads av.container.core.time
    live = CameraStream(rtsp_server.url("sub"), name="live").start()
    assert wait_for(lambda: live.status().state is State.STREAMING, 5)
    stalled = CameraStream(rtsp_server.url("main"), name="stalled").start()
    assert wait_for(lambda: stalled.status().state is State.STREAMING, 5)
    rtsp_server.pause()
    try:
        assert wait_for(lambda: stalled.status().state is State.STALLED, 7)
        connecting = CameraStream(
            rtsp_server.url("sub"), name="connecting"
        ).start()  # the kernel accepts, no answer
        assert wait_for(lambda: connecting.status().state is State.CONNECTING, 2)
        time.sleep(0.5)
        t0 = time.monotonic()
        left = stop_all([live, stalled, connecting])
        took = time.monotonic() - t0
    finally:
        rtsp_server.resume()
    assert left == [] and took < 2.0
    assert all(s.status().state is State.STOPPED for s in (live, stalled, connecting))


def test_given_nothing_listening_then_offline_and_the_retries_back_off(streams):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    s = streams(f"rtsp://127.0.0.1:{port}/sub", name="gone", backoff=Backoff(0.2, 0.8, random.Random(1)))
    assert wait_for(lambda: s.status().state is State.OFFLINE, 3)
    assert "Connection refused" in s.status().detail and s.status().retry_at is not None
    time.sleep(3)
    # 0.2, 0.4, 0.8, 0.8 … s: about five tries in three seconds, not a hundred
    assert 3 <= s.status().attempts <= 7


def test_given_a_backoff_then_it_doubles_from_1_to_60_s_with_jitter():
    b = Backoff(rng=random.Random(7))
    delays = [b.next() for _ in range(10)]
    assert 1.0 <= delays[0] <= 1.25 and all(1.0 <= d <= 60.0 for d in delays)
    assert delays[3] > delays[1] > delays[0] and delays[-1] >= 45
    assert len({round(d, 6) for d in delays[-3:]}) == 3  # jitter: sixty seconds is not the same for everyone
    b.reset()
    assert b.next() <= 1.25


def test_given_a_tile_box_then_frames_fit_inside_keeping_their_shape():
    assert fit((320, 240), (640, 360)) == (320, 180)
    assert fit((200, 400), (1280, 720)) == (200, 112)
    assert fit((1366, 728), (1920, 1080)) == (1294, 728)


def test_given_a_stream_when_a_snapshot_is_taken_then_a_png_at_full_size_with_camera_and_time(
    rtsp_server, streams
):
    from io import BytesIO

    from PIL import Image

    s = streams(rtsp_server.url("sub"), size=(160, 90), name="东门")
    assert s.snapshot_png() is None or s.latest() is not None
    assert wait_for(s.latest, 5)
    png = s.snapshot_png({"Camera": "CAM0001 东门", "Time": "2026-03-01 10:00:00"})
    image = Image.open(BytesIO(png))
    assert image.size == (640, 360)
    assert image.text["Camera"] == "CAM0001 东门" and image.text["Time"] == "2026-03-01 10:00:00"


def test_given_sixteen_tiles_on_one_server_when_connects_are_staggered_then_all_stream(rtsp_server, streams):
    tiles = []
    for i in range(16):
        tiles.append(streams(rtsp_server.url("sub"), size=(320, 180), name=f"tile {i}"))
        stagger(0.05)
    assert wait_for(lambda: all(t.status().state is State.STREAMING for t in tiles), 15), [
        t.status().state for t in tiles
    ]
    assert rtsp_server.running


def test_given_pyav_lavfi_source_then_frames_decode_without_a_server():
    """The unit-level check of the decode + scale step the workers do, on FFmpeg's own test source."""
    with av.open("testsrc2=size=640x360:rate=25", format="lavfi") as c:
        frame = next(c.decode(video=0))
        out = frame.reformat(width=320, height=180, format="bgra", interpolation="FAST_BILINEAR")
        assert (out.width, out.height) == (320, 180) and out.planes[0].line_size >= 320 * 4
