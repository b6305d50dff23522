"""The live wall with real streams: GStreamer's RTSP server on a loopback port, PyAV in the stream threads, the
tiles painted offscreen (or on Xvfb) and read back pixel by pixel."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.devices.camera_stream import State
from desktop.models import AuditEntry
from desktop.services.monitoring.dto import CameraInput
from desktop.views.monitoring.wall_page import WallPage, main_key
from tests.conftest import make_actor
from tests.gui.conftest import ime_type

SHOTS = Path("build/screenshots")


@pytest.fixture
def monitor(services):
    return make_actor(services, "jiankong", "刘强", "monitor")


def add_cameras(services, actor, server, n: int, path: str = "sub") -> list[int]:
    ids = []
    for i in range(n):
        cam = services.cameras.save(
            actor,
            CameraInput(
                f"CAM{i + 1:04d}",
                ("东门", "西门", "南门", "北门", "车库入口", "中心广场", "消防通道", "垃圾投放点")[i % 8],
                "龙蟠里小区",
                vendor="generic",
                host="127.0.0.1",
                rtsp_port=server.port,
                main_template="rtsp://{host}:{port}/main",
                sub_template="rtsp://{host}:{port}/" + path,
                group_name="东片",
            ),
        )
        ids.append(cam.id)
    return ids


def wall(make_page, monitor, qtbot, size=(1366, 728)) -> WallPage:
    page = make_page("monitor", WallPage, actor=monitor)
    page.resize(*size)
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=5000)
    return page


def streaming(tiles) -> bool:
    return all(t.status is not None and t.status.state is State.STREAMING and t.painted > 0 for t in tiles)


def bars_visible(tile) -> bool:
    """The SMPTE pattern on the painted tile: yellow in its second seventh, cyan in its third."""
    img = tile.grab().toImage()
    y = img.height() // 3
    yellow = img.pixelColor(int(img.width() * 1.5 / 7), y)
    cyan = img.pixelColor(int(img.width() * 2.5 / 7), y)
    return (
        yellow.red() > 150
        and yellow.green() > 150
        and yellow.blue() < 80
        and cyan.red() < 80
        and cyan.blue() > 150
    )


def test_given_four_cameras_then_four_tiles_paint_the_live_pattern_and_say_streaming(
    services, monitor, rtsp_server, make_page, qtbot
):
    add_cameras(services, monitor, rtsp_server, 4)
    page = wall(make_page, monitor, qtbot)
    tiles = page.tiles[:4]
    qtbot.waitUntil(lambda: streaming(tiles), timeout=10000)
    painted = [t.painted for t in tiles]
    qtbot.wait(2000)
    # live: new frames keep being painted (25 a second here when the machine is idle; the rate is the bench's)
    assert all(t.painted - p >= 20 for t, p in zip(tiles, painted, strict=True))
    assert all(bars_visible(t) for t in tiles)
    title, state = tiles[0].overlay_text()
    assert title == "CAM0001 东门" and state.startswith(
        "正常"
    )  # the state in words, and the last frame's time
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "monitoring_wall_4.png"))


def test_given_sixteen_cameras_then_the_16_tile_layout_streams_them_all(
    services, monitor, rtsp_server, make_page, qtbot
):
    add_cameras(services, monitor, rtsp_server, 18)
    page = wall(make_page, monitor, qtbot)
    page.layout_box.setCurrentIndex(3)
    assert page.per_page == 16 and page.pages == 2
    tiles = page.tiles[:16]
    qtbot.waitUntil(lambda: streaming(tiles), timeout=20000)
    assert all(bars_visible(t) for t in tiles[:4])
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "monitoring_wall_16.png"))
    page.next_button.click()
    assert page.page_label.text() == "第 2 页，共 2 页"
    qtbot.waitUntil(lambda: streaming(page.tiles[:2]), timeout=10000)
    assert page.tiles[2].camera_id is None
    qtbot.waitUntil(
        lambda: len(page.hub.running_keys()) == 2, timeout=3000
    )  # the first page's streams stopped


def test_given_a_tile_when_double_clicked_then_the_main_stream_shows_full_size_after_its_first_frame(
    services, monitor, rtsp_server, make_page, qtbot
):
    add_cameras(services, monitor, rtsp_server, 4)
    page = wall(make_page, monitor, qtbot)
    qtbot.waitUntil(lambda: streaming(page.tiles[:1]), timeout=10000)
    cid = page.tiles[0].camera_id
    t0 = time.monotonic()
    qtbot.mouseDClick(page.tiles[0], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.full_tile
    assert page.full_tile.key == f"{cid}:sub"  # the substream's picture until the main stream has a frame
    with qtbot.waitSignal(page.full_shown, timeout=5000):
        pass
    first = time.monotonic() - t0
    assert page.full_tile.key == main_key(cid) and first <= 1.5
    qtbot.waitUntil(
        lambda: page.full_tile.frame is not None and page.full_tile.frame.width > 640, timeout=3000
    )
    page.close_full()
    assert page.stack.currentWidget() is page.grid_host
    qtbot.waitUntil(lambda: main_key(cid) not in page.hub.running_keys(), timeout=1000)


def test_given_a_tour_then_it_steps_on_time_with_the_next_streams_started_before_and_pauses(
    services, monitor, rtsp_server, make_page, qtbot
):
    ids = add_cameras(services, monitor, rtsp_server, 5)
    page = wall(make_page, monitor, qtbot)
    # the operator makes a tour of the five cameras, four at a time, five seconds a step
    page.new_tour_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=3000)
    dlg = page.dialog
    ime_type(dlg.name, "白班轮巡")
    dlg.dwell.setValue(5)
    dlg.save_button.click()
    qtbot.waitUntil(lambda: page.tour_box.count() == 1, timeout=5000)
    (tour_dto,) = services.cameras.tours(monitor)
    assert [(st.layout, st.camera_ids, st.dwell) for st in tour_dto.steps] == [
        (4, tuple(ids[:4]), 5),
        (4, (ids[4],), 5),
    ]
    page.tour_button.click()
    tour = page.tour
    assert tour.index == 0 and page.per_page == 4
    qtbot.waitUntil(
        lambda: f"{ids[4]}:sub" in page.hub.running_keys(), timeout=5000
    )  # prestarted ~3 s before
    assert tour.index == 0
    qtbot.waitUntil(lambda: tour.index == 1, timeout=7000)
    assert abs((tour.started_at[1] - tour.started_at[0]) - 5.0) < 0.5
    assert page.per_page == 4 and page.tiles[0].camera_id == ids[4] and page.tiles[1].camera_id is None
    qtbot.waitUntil(lambda: streaming(page.tiles[:1]), timeout=3000)
    page.tour_button.click()  # pause
    assert tour.paused and page.tour_button.text() == "继续轮巡"
    qtbot.wait(6000)
    assert tour.index == 1  # held while paused
    page.tour_button.click()
    qtbot.waitUntil(lambda: tour.index == 0, timeout=7000)


def test_given_a_selected_tile_when_snapshot_then_png_saved_with_the_duty_log_and_audited(
    services, monitor, rtsp_server, make_page, qtbot
):
    add_cameras(services, monitor, rtsp_server, 1)
    page = wall(make_page, monitor, qtbot)
    qtbot.waitUntil(lambda: streaming(page.tiles[:1]), timeout=10000)
    qtbot.mouseClick(page.tiles[0], Qt.MouseButton.LeftButton)
    page.snapshot_button.click()
    qtbot.waitUntil(lambda: getattr(page, "last_snapshot", None) is not None, timeout=5000)
    shot = page.last_snapshot
    assert shot.filename.startswith("CAM0001_") and "截图已保存" in page.status_label.text()
    with services.sessions() as s:
        assert (
            s.scalars(select(AuditEntry).where(AuditEntry.action == "snapshot")).one().entity_id
            == page.tiles[0].camera_id
        )


def test_given_a_wrong_password_then_the_tile_says_auth_failed(
    services, monitor, rtsp_server, make_page, qtbot
):
    cam = services.cameras.save(
        monitor,
        CameraInput(
            "CAM0001",
            "东门",
            "龙蟠里小区",
            vendor="generic",
            host="127.0.0.1",
            rtsp_port=rtsp_server.port,
            main_template="rtsp://{host}:{port}/secure",
            username="admin",
            password="wrong",
        ),
    )
    page = wall(make_page, monitor, qtbot)
    tile = page.tiles[0]
    qtbot.waitUntil(lambda: tile.status is not None and tile.status.state is State.AUTH_FAILED, timeout=8000)
    assert tile.camera_id == cam.id and tile.overlay_text()[1] == "认证失败"


def test_given_a_streaming_wall_when_closed_then_every_worker_stops_within_2_s(
    services, monitor, rtsp_server, make_page, qtbot
):
    add_cameras(services, monitor, rtsp_server, 4)
    page = wall(make_page, monitor, qtbot)
    qtbot.waitUntil(lambda: streaming(page.tiles[:4]), timeout=10000)
    rtsp_server.pause()  # and one of them hanging on a silent network
    try:
        t0 = time.monotonic()
        streams = page.shutdown()
        assert time.monotonic() - t0 < 0.2  # the GUI thread does not wait
        deadline = t0 + 2.0
        while time.monotonic() < deadline and any(s.running for s in streams):
            time.sleep(0.02)
        stuck = {s.name: s.status() for s in streams if s.running}
        if stuck:
            import sys
            import traceback

            frames = sys._current_frames()
            stuck = {
                s.name: "".join(traceback.format_stack(frames[s._thread.ident])) for s in streams if s.running
            }
        assert len(streams) == 4 and not stuck, stuck
    finally:
        rtsp_server.resume()
