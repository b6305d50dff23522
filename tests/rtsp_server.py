"""A real RTSP server for the tests: GStreamer's (Debian's gir1.2-gst-rtsp-server-1.0), run by the system
Python (the virtual environment has no PyGObject), on a free loopback port, serving an x264 test pattern.

Mounts: ``/sub`` 640×360 (the tiles' substream), ``/main`` 1280×720 (the full-size stream), ``/secure``
640×360 behind digest authentication (``user`` / ``password``). Each mount is shared: one encoder serves every
client of it, so sixteen tiles on ``/sub`` cost one encoder, not sixteen.

The controller (``RtspServer``) starts it, waits for its READY line, and can kill, restart, stop (SIGSTOP) and
continue it: what a camera on a bad network does. ``stagger`` spaces connects: GStreamer's server crashed here
once under sixteen simultaneous connects.

Run as a script: ``/usr/bin/python3 tests/rtsp_server.py --port 8554 --user admin --password 'p@ss'``.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
SIZES = {"sub": (640, 360), "main": (1280, 720), "secure": (640, 360)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def available() -> str | None:
    """Why the server cannot run here (None when it can)."""
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run(
        [
            SYSTEM_PYTHON,
            "-c",
            "import gi; gi.require_version('GstRtspServer', '1.0'); from gi.repository import GstRtspServer, Gst;"
            "Gst.init(None); assert Gst.ElementFactory.find('x264enc')",
        ],
        capture_output=True,
        timeout=30,
    )
    if probe.returncode:
        return (
            "GStreamer's RTSP server is not installed (scripts/setup.sh test installs gir1.2-gst-rtsp-server-1.0, "
            "gstreamer1.0-plugins-ugly, python3-gi): " + probe.stderr.decode(errors="replace")[-300:]
        )
    return None


class RtspServer:
    """One server process. ``url(path, user=, password=)`` is what a camera's address would be."""

    def __init__(self, *, user: str = "admin", password: str = "Cam@:/#%pass", fps: int = 25, gop: int = 25):
        self.port = _free_port()
        self.user = user
        self.password = password
        self.fps = fps
        self.gop = gop
        self.proc: subprocess.Popen | None = None

    def url(self, path: str = "sub") -> str:
        return f"rtsp://127.0.0.1:{self.port}/{path}"

    def start(self, timeout: float = 20) -> RtspServer:
        cmd = [
            SYSTEM_PYTHON,
            str(Path(__file__).resolve()),
            "--port",
            str(self.port),
            "--user",
            self.user,
            "--password",
            self.password,
            "--fps",
            str(self.fps),
            "--gop",
            str(self.gop),
        ]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        self.log = open(tempfile.mkstemp(prefix="zongzhi-rtsp-", suffix=".log")[1], "w")  # noqa: SIM115
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.log, env=env, text=True)
        deadline = time.monotonic() + timeout
        line = self.proc.stdout.readline()  # READY <port>, or nothing when it died
        if not line.startswith("READY"):
            self.kill()
            raise RuntimeError(f"the RTSP server did not start: {Path(self.log.name).read_text()[-800:]}")
        while time.monotonic() < deadline:  # the port takes connections
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the RTSP server did not listen")

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """The camera goes away (power cut): SIGKILL, nothing said to the clients."""
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.send_signal(signal.SIGCONT)  # a stopped process dies only once continued
                self.proc.kill()
            self.proc.wait(10)
            self.proc.stdout.close()
            self.proc = None
            self.log.close()
            Path(self.log.name).unlink(missing_ok=True)

    stop = kill

    def restart(self) -> RtspServer:
        self.kill()
        return self.start()

    def pause(self) -> None:
        """The network hangs: the process stops (SIGSTOP), its sockets stay open and silent."""
        self.proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.proc.send_signal(signal.SIGCONT)


def stagger(seconds: float = 0.15):
    """Space connects to one server: call between starting two streams."""
    time.sleep(seconds)


# -- the server itself (system Python, PyGObject) --------------------------------------------------------------


def _pipeline(width: int, height: int, fps: int, gop: int) -> str:
    return (
        f"( videotestsrc is-live=true pattern=smpte ! video/x-raw,width={width},height={height},framerate={fps}/1 "
        f"! x264enc tune=zerolatency speed-preset=ultrafast key-int-max={gop} bitrate=600 "
        "! video/x-h264,profile=baseline ! rtph264pay name=pay0 pt=96 config-interval=1 )"
    )


def serve(port: int, user: str, password: str, fps: int, gop: int) -> None:
    import gi

    gi.require_version("Gst", "1.0")
    gi.require_version("GstRtsp", "1.0")
    gi.require_version("GstRtspServer", "1.0")
    from gi.repository import GLib, Gst, GstRtsp, GstRtspServer

    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(str(port))

    auth = GstRtspServer.RTSPAuth()
    auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST)
    anonymous = GstRtspServer.RTSPToken()
    anonymous.set_string("media.factory.role", "anonymous")
    auth.set_default_token(anonymous)
    member = GstRtspServer.RTSPToken()
    member.set_string("media.factory.role", "user")
    auth.add_digest(user, password, member)
    server.set_auth(auth)

    mounts = server.get_mount_points()
    for path, (w, h) in SIZES.items():
        factory = GstRtspServer.RTSPMediaFactory()
        factory.set_launch(_pipeline(w, h, fps, gop))
        factory.set_shared(True)
        # anonymous clients may see /secure (and get 401 when they ask for it), not construct it
        for role, construct in (("user", "true"), ("anonymous", "false" if path == "secure" else "true")):
            factory.add_role_from_structure(
                Gst.Structure.new_from_string(
                    f"{role}, media.factory.access=(boolean)true, media.factory.construct=(boolean){construct}"
                )
            )
        mounts.add_factory(f"/{path}", factory)
    if server.attach(None) == 0:
        print("FAILED attach", flush=True)
        sys.exit(1)
    print(f"READY {port}", flush=True)
    GLib.MainLoop().run()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user", default="admin")
    p.add_argument("--password", default="admin")
    p.add_argument("--fps", type=int, default=25)
    p.add_argument("--gop", type=int, default=25)
    a = p.parse_args()
    serve(a.port, a.user, a.password, a.fps, a.gop)


if __name__ == "__main__":
    main()


__all__ = ["RtspServer", "available", "stagger"]
