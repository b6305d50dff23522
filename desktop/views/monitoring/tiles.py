"""The live wall on the Qt side: the streams' threads (devices/camera_stream.py) handed to tiles, and the tiles.

One ``StreamHub`` per wall owns the streams (one per camera and kind, shared by whoever shows it) and one paint
timer on the GUI thread: at each tick every tile takes its stream's newest frame (if it is new) and its state.
The GUI thread never waits on a camera: frames are converted and scaled in the streams' threads, starting and
stopping a stream only starts or asks a thread, and closing the hub asks every stream to stop at once (each
ends within 2 s; a reaper thread joins them).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.devices.camera_stream import CameraStream, Frame, State, StreamStatus, stop_all
from desktop.services.core import clock

log = logging.getLogger(__name__)

# the paint timer looks twice per frame of a 25 fps stream: at one tick per frame, timer jitter let a fifth of
# the frames be replaced in the slot before they were painted (20 fps painted of 25 decoded); a tick without a new
# frame only compares two references
PAINT_MS = 20
STATUS_EVERY_S = 0.25  # the state on the tile is read four times a second (a frame is looked for every tick)

STATE_TEXT = {
    State.CONNECTING: QT_TRANSLATE_NOOP("CameraTile", "Connecting"),
    State.STREAMING: QT_TRANSLATE_NOOP("CameraTile", "Streaming"),
    State.STALLED: QT_TRANSLATE_NOOP("CameraTile", "Stalled"),
    State.OFFLINE: QT_TRANSLATE_NOOP("CameraTile", "Offline"),
    State.AUTH_FAILED: QT_TRANSLATE_NOOP("CameraTile", "Auth failed"),
    State.ERROR: QT_TRANSLATE_NOOP("CameraTile", "Error"),
    State.STOPPED: QT_TRANSLATE_NOOP("CameraTile", "Stopped"),
}
PROBLEM_TEXT = {
    "credentials_unreadable": QT_TRANSLATE_NOOP("CameraTile", "Password not readable on this PC"),
    "no_template": QT_TRANSLATE_NOOP("CameraTile", "No stream address"),
    "not_rtsp": QT_TRANSLATE_NOOP("CameraTile", "No stream address"),
    "unknown_placeholder": QT_TRANSLATE_NOOP("CameraTile", "No stream address"),
}
_STATE_COLOUR = {
    State.STREAMING: QColor("#81c784"),
    State.CONNECTING: QColor("#ffd54f"),
    State.STALLED: QColor("#ffb74d"),
}


def state_text(state: State) -> str:
    return QCoreApplication.translate("CameraTile", STATE_TEXT[state])


class StreamHub(QObject):
    """The wall's streams, keyed by ``key`` ("<camera id>:sub" / ":main"), and the one paint timer."""

    ticked = Signal()

    def __init__(self, parent=None, *, factory: Callable[..., CameraStream] = CameraStream):
        super().__init__(parent)
        self._streams: dict[str, CameraStream] = {}
        self._factory = factory
        self.timer = QTimer(self)
        self.timer.setObjectName("paint_timer")
        self.timer.setInterval(PAINT_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.ticked)
        self.timer.start()

    def stream(self, key: str) -> CameraStream | None:
        return self._streams.get(key)

    def running_keys(self) -> set[str]:
        return set(self._streams)

    def acquire(self, key: str, url: str, size: tuple[int, int], name: str = "") -> CameraStream:
        """The stream of ``key``, started now if it is not running yet."""
        s = self._streams.get(key)
        if s is None:
            s = self._streams[key] = self._factory(url, size=size, name=name).start()
        return s

    def release(self, *keys: str) -> None:
        """Streams no tile shows any more: asked to stop (at once), joined by a reaper thread."""
        gone = [self._streams.pop(k) for k in keys if k in self._streams]
        if gone:
            for s in gone:
                s.request_stop()
            threading.Thread(target=self._reap, args=(gone,), name="camera reaper", daemon=True).start()

    def keep_only(self, keys: set[str]) -> None:
        self.release(*(self.running_keys() - keys))

    def close(self) -> list[CameraStream]:
        """Stop everything (the room closes); returns the streams, all asked to stop."""
        self.timer.stop()
        streams = list(self._streams.values())
        self.release(*self._streams)
        return streams

    def closer(self) -> Callable[..., None]:
        """A function that stops this hub's streams without touching Qt (for a ``destroyed`` signal)."""
        streams = self._streams

        def stop(*_args) -> None:
            for s in list(streams.values()):
                s.request_stop()
            streams.clear()

        return stop

    @staticmethod
    def _reap(streams: list[CameraStream]) -> None:
        left = stop_all(streams)
        for s in left:
            log.warning("camera %s did not stop within 2 s", s.name)


class CameraTile(QWidget):
    """One camera on the wall: its newest frame, and over it the name, the state in words and the time of the
    last frame. Double-click asks for the full-size stream; a click selects it (snapshots)."""

    double_clicked = Signal(object)  # the tile
    clicked = Signal(object)

    def __init__(self, index: int, parent=None):
        super().__init__(parent)
        self.setObjectName(f"tile_{index}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(80, 45))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.camera_id: int | None = None
        self.title = ""
        self.key: str | None = None
        self.problem = ""  # why there is no stream at all (said on the tile)
        self.selected = False
        self.frame: Frame | None = None
        self._image: QImage | None = None
        self.status: StreamStatus | None = None
        self.painted = 0  # distinct frames painted (benchmarks)
        self._painted_seq = -1
        self.last_switch: float | None = None
        self.hub: StreamHub | None = None  # set by the wall: where this tile's stream is
        self._status_at = 0.0

    def bind(self, camera_id: int | None, title: str, key: str | None, problem: str = "") -> None:
        """Show another camera (or none): what this tile showed of the previous one is dropped."""
        if key == self.key and camera_id == self.camera_id:
            return
        self.camera_id, self.title, self.key, self.problem = camera_id, title, key, problem
        self.frame, self._image, self.status, self._status_at = None, None, None, 0.0
        self.update()

    def switch_stream(self, key: str) -> None:
        """The same camera from another stream (its main stream): keeps the picture until the new one paints."""
        self.key = key
        self.last_switch = time.monotonic()

    def take(self, hub: StreamHub) -> None:
        """The paint timer's tick: the newest frame and the state of this tile's stream."""
        stream = hub.stream(self.key) if self.key else None
        if stream is None:
            return
        frame = stream.latest()
        if frame is not None and frame is not self.frame:
            self.frame = frame
            self._image = QImage(
                frame.data, frame.width, frame.height, frame.stride, QImage.Format.Format_RGB32
            )
            self.update()
        now = time.monotonic()
        if self.status is not None and now - self._status_at < STATUS_EVERY_S:
            return
        self._status_at = now
        status = stream.status()
        if self.status is None or (status.state, status.last_frame) != (
            self.status.state,
            self.status.last_frame,
        ):
            if self.status is None or status.state != self.status.state:
                self.update()
            self.status = status

    def resizeEvent(self, event) -> None:  # noqa: N802
        """The stream scales its frames to this tile's new size (in its own thread)."""
        super().resizeEvent(event)
        if self.hub is not None and self.key and self.width() > 100:
            stream = self.hub.stream(self.key)
            if stream is not None:
                stream.set_size(self.width(), self.height())

    def set_selected(self, on: bool) -> None:
        self.selected = on
        self.update()

    # -- Qt --------------------------------------------------------------------------------------------------
    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if self.camera_id is not None:
            self.double_clicked.emit(self)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit(self)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#101418"))
        if self._image is not None:
            img = self._image
            x = (self.width() - img.width()) // 2
            y = (self.height() - img.height()) // 2
            if img.width() > self.width() or img.height() > self.height():
                p.drawImage(self.rect(), img)  # a frame made for a larger tile (a resize under way)
            else:
                p.drawImage(x, y, img)
            if self.frame is not None and id(self.frame) != self._painted_seq:
                self._painted_seq = id(self.frame)
                self.painted += 1
        self._overlay(p)
        if self.selected:
            p.setPen(QPen(QColor("#42a5f5"), 3))
            p.drawRect(self.rect().adjusted(1, 1, -2, -2))
        p.end()

    def overlay_text(self) -> tuple[str, str]:
        """(the top line, the state line) as the tile shows them."""
        if self.camera_id is None:
            return "", ""
        if self.problem:
            return self.title, QCoreApplication.translate(
                "CameraTile", PROBLEM_TEXT.get(self.problem, "Error")
            )
        st = self.status
        state = state_text(st.state) if st else state_text(State.CONNECTING)
        if st and st.last_frame is not None:
            state += " · " + f"{st.last_frame.astimezone(clock.CST):%H:%M:%S}"
        if st and st.state in (State.OFFLINE, State.ERROR) and st.retry_at is not None:
            wait = max(0, int(st.retry_at - time.monotonic()))
            state += " · " + QCoreApplication.translate("CameraTile", "retry in %1 s").replace(
                "%1", str(wait)
            )
        return self.title, state

    def _overlay(self, p: QPainter) -> None:
        title, state = self.overlay_text()
        if not title:
            return
        font = QFont(self.font())
        font.setPointSize(9 if self.height() < 200 else 11)
        p.setFont(font)
        h = p.fontMetrics().height() + 6
        band = QRect(0, self.height() - h, self.width(), h)
        p.fillRect(band, QColor(0, 0, 0, 150))
        colour = _STATE_COLOUR.get(self.status.state if self.status else State.CONNECTING, QColor("#ff6e6e"))
        if self.problem:
            colour = QColor("#ff6e6e")
        p.setPen(QColor("white"))
        p.drawText(
            band.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title
        )
        p.setPen(colour)
        p.drawText(
            band.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, state
        )


def now_text(at: datetime) -> str:
    return f"{at.astimezone(clock.CST):%Y-%m-%d %H:%M:%S}"
