"""Live camera streams, without Qt: one thread per stream that connects, decodes and scales, and keeps only the
newest frame (a one-slot buffer the screen reads when it paints).

- PyAV (FFmpeg) over RTSP/TCP. ``timeout`` is FFmpeg's socket timeout in microseconds (``stimeout`` was removed
  from FFmpeg and is silently ignored); PyAV's own ``timeout=(open, read)`` bounds the open and each read.
- A short probe (``analyzeduration`` 0.1 s, no frame-rate probing) opens a stream in ~0.25 s instead of ~1.2 s.
  Not ``fflags=nobuffer``: it drops the probed packets and the first frame waits for the next key frame.
- A server that goes away ends the demux loop like a normal end of stream (no exception): a drop. Drops and
  failed connects are retried with a backoff of 1-60 s with jitter. A wrong password (HTTP 401) is not retried:
  devices lock an account after a few wrong tries, and the operator has to correct it anyway.
- No frame for ``stall_after`` seconds while streaming reads as Stalled (``status()``, whoever asks); a read that
  hears nothing for the socket timeout ends the session and it reconnects.
- Frames are converted to BGRA (Qt's RGB32) and scaled to fit the tile in the stream's thread.
- ``stop()`` returns within 2 s even while a stream waits on a silent network: FFmpeg asks PyAV's interrupt
  callback every 100 ms whether to give up, and that callback reads the clock through ``av.container.core.time``;
  seen through ``_InterruptClock`` a stream that is asked to stop is past every timeout.
- Connects to one host are spaced (``CONNECT_SPACING``): NVRs (and GStreamer's test server) choke on a burst of
  sixteen simultaneous RTSP set-ups.
"""

from __future__ import annotations

import io
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from urllib.parse import urlsplit

import av
import av.container.core
import av.error

from desktop.devices.camera_urls import redact

log = logging.getLogger(__name__)

STALL_AFTER = 5.0  # seconds without a frame while streaming
SOCKET_TIMEOUT = 10.0  # seconds a read may hear nothing before the session is given up
OPEN_TIMEOUT = 8.0  # seconds for connect + RTSP set-up + probe
BACKOFF = (1.0, 60.0)
CONNECT_SPACING = 0.15  # seconds between two connects to the same host
STOP_TIMEOUT = 2.0

RTSP_OPTIONS = {
    "rtsp_transport": "tcp",
    "timeout": str(int(SOCKET_TIMEOUT * 1_000_000)),  # microseconds
    "analyzeduration": "100000",  # microseconds: what the SDP and the first packets tell is enough
    "fpsprobesize": "0",
    "max_delay": "500000",
}


class State(StrEnum):
    CONNECTING = "connecting"
    STREAMING = "streaming"
    STALLED = "stalled"
    OFFLINE = "offline"
    AUTH_FAILED = "auth_failed"
    ERROR = "error"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Frame:
    """One converted frame: BGRA rows (``stride`` bytes each), its number in the stream and when it arrived."""

    data: bytes
    width: int
    height: int
    stride: int
    seq: int
    at: float  # time.monotonic()
    wall: datetime  # UTC


@dataclass(frozen=True)
class StreamStatus:
    state: State
    detail: str = ""  # the last error, credentials redacted
    last_frame: datetime | None = None  # UTC
    frames: int = 0  # decoded since start
    attempts: int = 0  # connects tried since start
    retry_at: float | None = None  # monotonic time of the next connect while offline
    source_size: tuple[int, int] | None = None


# -- stopping a stream that waits on the network ----------------------------------------------------------------

_local = threading.local()


class _InterruptClock:
    """``time`` as PyAV's interrupt callback sees it: once a thread's stream is asked to stop, each reading of
    its clock is 10⁹ s later than the one before. A timeout started after the stop (PyAV starts one before
    each packet it reads) is then past at the next check as well."""

    def __getattr__(self, name):
        return getattr(time, name)

    @staticmethod
    def monotonic() -> float:
        stopping = getattr(_local, "stopping", None)
        if stopping is None or not stopping.is_set():
            return time.monotonic()
        _local.jumps = getattr(_local, "jumps", 0) + 1
        return time.monotonic() + 1e9 * _local.jumps


def _install_interrupt_clock() -> bool:
    core = av.container.core
    if getattr(core, "time", None) is time:
        core.time = _InterruptClock()
    return isinstance(getattr(core, "time", None), _InterruptClock)


INTERRUPTIBLE = (
    _install_interrupt_clock()
)  # False: a PyAV whose callback changed; stop waits for the timeouts


# -- spacing connects to one host -------------------------------------------------------------------------------


class _HostGate:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait_turn(self, host: str, stop: threading.Event, spacing: float) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, 0.0))
            self._next[host] = slot + spacing
        if slot > now:
            stop.wait(slot - now)


_GATE = _HostGate()


class Backoff:
    """1, 2, 4 … 60 s between tries, each with ±25% jitter (never below the low end): a site's cameras that went
    down together do not come knocking together."""

    def __init__(self, low: float = BACKOFF[0], high: float = BACKOFF[1], rng: random.Random | None = None):
        self.low, self.high = low, high
        self._rng = rng or random.Random()
        self.tries = 0

    def next(self) -> float:
        base = min(self.high, self.low * 2**self.tries)
        self.tries += 1
        return max(self.low, min(self.high, base * self._rng.uniform(0.75, 1.25)))

    def reset(self) -> None:
        self.tries = 0


def fit(box: tuple[int, int], source: tuple[int, int]) -> tuple[int, int]:
    """The largest size of ``source``'s shape inside ``box`` (even numbers, as the scaler likes)."""
    bw, bh = max(2, box[0]), max(2, box[1])
    sw, sh = source
    if sw <= 0 or sh <= 0:
        return bw & ~1, bh & ~1
    scale = min(bw / sw, bh / sh)
    return max(2, int(sw * scale) & ~1), max(2, int(sh * scale) & ~1)


class CameraStream:
    """One camera's stream on its own thread. ``latest()`` is the newest frame, ``status()`` the state."""

    def __init__(
        self,
        url: str,
        *,
        size: tuple[int, int] = (640, 360),
        name: str = "",
        on_state: Callable[[State, str], None] | None = None,
        stall_after: float = STALL_AFTER,
        open_timeout: float = OPEN_TIMEOUT,
        socket_timeout: float = SOCKET_TIMEOUT,
        backoff: Backoff | None = None,
        connect_spacing: float = CONNECT_SPACING,
    ):
        self._url = url
        self.name = name
        self.host = urlsplit(url).hostname or ""
        self._size = size
        self._on_state = on_state
        self.stall_after = stall_after
        self.open_timeout = open_timeout
        self.socket_timeout = socket_timeout
        self._backoff = backoff or Backoff()
        self._spacing = connect_spacing
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._slot: Frame | None = None
        self._source = None  # the newest decoded frame at its own size (snapshots)
        self._state = State.STOPPED
        self._detail = ""
        self._frames = 0
        self._attempts = 0
        self._retry_at: float | None = None
        self._source_size: tuple[int, int] | None = None
        self._last_at: float | None = None

    def __repr__(self) -> str:
        return f"CameraStream({redact(self._url)!r}, {self._state})"

    # -- control ----------------------------------------------------------------------------------------------
    def start(self) -> CameraStream:
        if self._thread is not None and self._thread.is_alive():
            return self
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"camera {self.name or self.host}", daemon=True
        )
        self._thread.start()
        return self

    def request_stop(self) -> None:
        """Ask the thread to end (at once: it gives up whatever it waits on within 0.1 s)."""
        self._stop.set()

    def join(self, timeout: float = STOP_TIMEOUT) -> bool:
        t = self._thread
        if t is not None:
            t.join(timeout)
            if t.is_alive():
                return False
        self._thread = None
        return True

    def stop(self, timeout: float = STOP_TIMEOUT) -> bool:
        self.request_stop()
        return self.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def set_size(self, width: int, height: int) -> None:
        """Frames from now on fit this box (the tile's size)."""
        self._size = (width, height)

    # -- what the screen reads ----------------------------------------------------------------------------------
    def latest(self) -> Frame | None:
        return self._slot

    def status(self) -> StreamStatus:
        with self._lock:
            state = self._state
            if (
                state is State.STREAMING
                and self._last_at is not None
                and time.monotonic() - self._last_at > self.stall_after
            ):
                state = State.STALLED
            slot = self._slot
            return StreamStatus(
                state,
                self._detail,
                slot.wall if slot else None,
                self._frames,
                self._attempts,
                self._retry_at,
                self._source_size,
            )

    def snapshot_png(self, text: dict[str, str] | None = None) -> bytes | None:
        """The newest frame at the stream's own size as PNG (``text``: written into the file, e.g. camera and
        time); None before the first frame. Run it off the GUI thread."""
        from PIL.PngImagePlugin import PngInfo

        source = self._source
        if source is None:
            return None
        image = source.to_image()
        info = PngInfo()
        for key, value in (text or {}).items():
            info.add_itxt(key, value)
        out = io.BytesIO()
        image.save(out, "PNG", pnginfo=info)
        return out.getvalue()

    # -- the thread ---------------------------------------------------------------------------------------------
    def _set(self, state: State, detail: str = "") -> None:
        with self._lock:
            changed = state is not self._state or detail != self._detail
            self._state, self._detail = state, detail
        if changed and self._on_state is not None:
            try:
                self._on_state(state, detail)
            except Exception:  # noqa: BLE001 - a listener's fault must not end the stream
                log.exception("camera %s: state listener failed", self.name)

    def _run(self) -> None:
        _local.stopping, _local.jumps = self._stop, 0
        try:
            while not self._stop.is_set():
                _GATE.wait_turn(self.host, self._stop, self._spacing)
                if self._stop.is_set():
                    break
                with self._lock:
                    self._attempts += 1
                    self._retry_at = None
                self._set(State.CONNECTING)
                streamed_for = 0.0
                try:
                    streamed_for = self._session()
                    state, detail = State.OFFLINE, "stream ended"
                except av.error.HTTPUnauthorizedError:
                    self._set(State.AUTH_FAILED, "401 Unauthorized")
                    log.warning("camera %s: the device refused the user name or password", self.name)
                    self._stop.wait()  # not retried: the operator corrects the credentials (a new stream)
                    break
                except (av.error.HTTPForbiddenError, av.error.HTTPNotFoundError) as exc:
                    state, detail = State.ERROR, self._redacted(exc)
                except (OSError, av.error.FFmpegError) as exc:
                    state, detail = State.OFFLINE, self._redacted(exc)
                except Exception as exc:  # noqa: BLE001 - a stream never takes the program down
                    log.exception("camera %s: unexpected error", self.name)
                    state, detail = State.ERROR, self._redacted(exc)
                if self._stop.is_set():
                    break
                if streamed_for > 30:  # a stream that ran a while starts its backoff over
                    self._backoff.reset()
                delay = self._backoff.next()
                with self._lock:
                    self._retry_at = time.monotonic() + delay
                self._set(state, detail)
                log.info("camera %s: %s (%s); retry in %.1f s", self.name, state.value, detail, delay)
                self._stop.wait(delay)
        finally:
            self._set(State.STOPPED)
            _local.stopping = None

    def _redacted(self, exc: BaseException) -> str:
        return redact(f"{type(exc).__name__}: {exc}")

    def _session(self) -> float:
        """One connection: frames until the stream ends; returns how long it streamed (seconds)."""
        container = av.open(
            self._url,
            options=RTSP_OPTIONS | {"timeout": str(int(self.socket_timeout * 1_000_000))},
            timeout=(self.open_timeout, self.socket_timeout),
        )
        began = time.monotonic()
        try:
            stream = container.streams.video[0]
            stream.thread_count = (
                1  # sixteen streams already keep the cores busy; threads per stream only add
            )
            for packet in container.demux(stream):
                if self._stop.is_set():
                    break
                for frame in packet.decode():
                    self._deliver(frame)
        finally:
            container.close()
        return time.monotonic() - began

    def _deliver(self, frame) -> None:
        source = (frame.width, frame.height)
        w, h = fit(self._size, source)
        out = frame.reformat(width=w, height=h, format="bgra", interpolation="FAST_BILINEAR")
        plane = out.planes[0]
        now = time.monotonic()
        with self._lock:
            self._frames += 1
            seq = self._frames
            first = self._state is not State.STREAMING
            self._source_size = source
            self._last_at = now
        self._source = frame
        self._slot = Frame(bytes(plane), w, h, plane.line_size, seq, now, datetime.now(UTC))
        if first:
            self._set(State.STREAMING)


def stop_all(streams: Iterable[CameraStream], timeout: float = STOP_TIMEOUT) -> list[CameraStream]:
    """Stop many streams together within ``timeout``; returns those still running after it (none, normally)."""
    streams = list(streams)
    for s in streams:
        s.request_stop()
    deadline = time.monotonic() + timeout
    return [s for s in streams if not s.join(max(0.0, deadline - time.monotonic()))]
