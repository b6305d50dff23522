"""The live wall under load: 16 substreams at 640×360 25 fps from GStreamer's RTSP server on this machine,
decoded by PyAV in 16 stream threads and painted by the real wall page (offscreen Qt, or Xvfb with DISPLAY).

Measures
- frames painted per second per tile and the process's CPU (user + system, % of one core) over ``--seconds``
  (target: ≥ 24 fps per tile at ≤ 80% of one core);
- the first frame after a double-click: the main stream (1280×720) on screen (target ≤ 1.5 s), ``--clicks``
  times on different tiles;
- memory (RSS) every ``--sample`` seconds over ``--minutes`` of streaming (target: no growth).

The RTSP server runs in its own process (its CPU is not the wall's); one shared encoder per mount serves all 16
tiles. ``python bench/bench_monitoring.py --seconds 60 --minutes 30``.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.db import make_engine, upgrade  # noqa: E402
from desktop.models import StaffUser  # noqa: E402
from desktop.services.container import Services  # noqa: E402
from desktop.services.core.dto import Actor  # noqa: E402
from desktop.services.monitoring.dto import CameraInput  # noqa: E402
from desktop.tasks import TaskManager  # noqa: E402
from desktop.views.common.qt_setup import install_translator, register_fonts  # noqa: E402
from desktop.views.context import ViewContext  # noqa: E402
from desktop.views.monitoring.wall_page import WallPage, main_key  # noqa: E402
from tests.rtsp_server import RtspServer  # noqa: E402


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    return predicate()


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build(folder: Path, server: RtspServer, n: int) -> tuple[Services, Actor]:
    engine = make_engine(f"sqlite:///{folder / 'bench.sqlite3'}")
    upgrade(engine)
    svc = Services.build(engine)
    svc.auth.set_up(
        community="华侨路社区",
        street="华侨路街道",
        district="鼓楼区",
        city="南京市",
        admin_username="admin",
        admin_full_name="王建国",
        admin_password="Admin#2026",
    )
    with svc.sessions.begin() as s:
        u = StaffUser(username="jiankong", full_name="刘强", role="monitor", password_hash="-", active=True)
        s.add(u)
        s.flush()
        actor = Actor(u.id, u.username, u.full_name, u.role)
    for i in range(n):
        svc.cameras.save(
            actor,
            CameraInput(
                f"CAM{i + 1:04d}",
                f"点位{i + 1}",
                "龙蟠里小区",
                vendor="generic",
                host="127.0.0.1",
                rtsp_port=server.port,
                main_template="rtsp://{host}:{port}/main",
                sub_template="rtsp://{host}:{port}/sub",
            ),
        )
    return svc, actor


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tiles", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=60, help="the fps/CPU measurement window")
    ap.add_argument("--clicks", type=int, default=5)
    ap.add_argument("--minutes", type=float, default=0, help="memory soak (0: skip)")
    ap.add_argument("--sample", type=float, default=60, help="seconds between memory samples")
    args = ap.parse_args()

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # the server's process ends with this one
    faulthandler.enable()  # a crash in Qt or FFmpeg prints where each thread was
    app = QApplication.instance() or QApplication([])
    register_fonts(app)
    install_translator(app, "zh_CN")
    server = RtspServer().start()
    try:
        run(args, server)
    finally:
        server.kill()


def run(args, server: RtspServer) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-monitoring-"))
    os.environ["ZONGZHI_DATA_DIR"] = str(folder)
    svc, actor = build(folder, server, args.tiles)
    tasks = TaskManager()
    page = WallPage(ViewContext(svc, tasks, actor, svc.auth.community()), health=False)
    page.resize(1366, 728)
    page.show()
    wait_until(lambda: page.loads >= 1, 10)
    page.layout_box.setCurrentIndex(3 if args.tiles > 9 else 2 if args.tiles > 4 else 1)
    tiles = page.tiles[: page.per_page]
    t0 = time.monotonic()
    ok = wait_until(lambda: all(t.painted > 0 for t in tiles), 30)
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2 cores)")
    print(f"tiles: {len(tiles)}  all streaming after {time.monotonic() - t0:.1f} s: {ok}")
    spin(5)  # settle

    painted0 = [t.painted for t in tiles]
    cpu0, wall0 = cpu_seconds(), time.monotonic()
    spin(args.seconds)
    elapsed = time.monotonic() - wall0
    cpu = (cpu_seconds() - cpu0) / elapsed * 100
    fps = [(t.painted - p) / elapsed for t, p in zip(tiles, painted0, strict=True)]
    decoded = [page.hub.stream(t.key).status().frames for t in tiles]
    print(
        f"fps painted per tile over {elapsed:.0f} s: min {min(fps):.1f}  median {statistics.median(fps):.1f}  "
        f"max {max(fps):.1f}  (target >= 24)"
    )
    print(
        f"process CPU: {cpu:.0f}% of one core (target <= 80%); decoded frames per tile so far {min(decoded)}-{max(decoded)}"
    )

    firsts = []
    for i in range(args.clicks):
        tile = tiles[(i * 5) % len(tiles)]
        cid = tile.camera_id
        t = time.monotonic()
        page.open_full(tile)
        wait_until(lambda cid=cid: page.full_tile.key == main_key(cid) and page.full_tile.painted > 0, 10)
        firsts.append(time.monotonic() - t)
        spin(1)
        page.close_full()
        spin(2)
    print(
        "first main-stream frame after double-click: "
        + ", ".join(f"{x:.2f}" for x in firsts)
        + f" s  (median {statistics.median(firsts):.2f}, max {max(firsts):.2f}; target <= 1.5)"
    )

    if args.minutes > 0:
        samples = []
        end = time.monotonic() + args.minutes * 60
        start = time.monotonic()
        while time.monotonic() < end:
            samples.append(((time.monotonic() - start) / 60, rss_mb(), sum(t.painted for t in tiles)))
            states = Counter(
                page.hub.stream(t.key).status().state.value for t in tiles if page.hub.stream(t.key)
            )
            print(
                f"  {samples[-1][0]:5.1f} min  RSS {samples[-1][1]:7.1f} MB  frames painted {samples[-1][2]}  "
                f"streams {dict(states)}  server {'up' if server.running else 'DOWN'}  "
                f"load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            spin(min(args.sample, max(0.1, end - time.monotonic())))
        samples.append(((time.monotonic() - start) / 60, rss_mb(), sum(t.painted for t in tiles)))
        first_half = [m for t, m, _ in samples if t <= args.minutes / 2 and t >= 2]
        last = samples[-1][1]
        print(
            f"memory: {samples[0][1]:.0f} MB at start, {min(first_half or [last]):.0f}-{max(first_half or [last]):.0f} MB "
            f"in the first half after 2 min, {last:.0f} MB after {samples[-1][0]:.0f} min"
        )
    left = page.shutdown()
    t = time.monotonic()
    wait_until(lambda: not any(s.running for s in left), 3)
    print(f"closing: {len(left)} streams stopped in {time.monotonic() - t:.2f} s")
    tasks.shutdown()


if __name__ == "__main__":
    main()
