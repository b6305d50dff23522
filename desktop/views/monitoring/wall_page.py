"""The live wall (监控墙): layouts of 1/4/9/16 tiles with paging, substreams in the tiles, a double-click opens the
main stream full size (shown once its first frame is there), tours (轮巡) and snapshots; the room's health check
every minute, off the GUI thread."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from desktop.changes import Changes, Kind
from desktop.services.core import clock
from desktop.services.monitoring.dto import StreamSource, TourDTO, TourStep
from desktop.views.common.form_dialog import FormDialog
from desktop.views.common.form_helpers import button, hbox, named, vbox
from desktop.views.common.room_page import RoomPage
from desktop.views.context import ViewContext
from desktop.views.monitoring.messages import monitoring_error
from desktop.views.monitoring.tiles import CameraTile, StreamHub

LAYOUTS = (1, 4, 9, 16)
TILE_BOX = {
    1: (1280, 720),
    4: (640, 360),
    9: (480, 270),
    16: (400, 225),
}  # what a stream is scaled to at first
HEALTH_MS = 60_000
PRESTART_S = 3  # a tour's next step is started this long before it shows


def sub_key(camera_id: int) -> str:
    return f"{camera_id}:sub"


def main_key(camera_id: int) -> str:
    return f"{camera_id}:main"


class Tour:
    """A tour's clock: which step shows, when the next one's streams start (``PRESTART_S`` before), pause and
    resume keeping the time left. It only tells the page (``show``/``prestart`` callbacks) what to do."""

    def __init__(self, page: WallPage, tour: TourDTO):
        self.page = page
        self.tour = tour
        self.index = -1
        self.paused = False
        self._left_ms = 0
        self._step_timer = QTimer(page)
        self._step_timer.setSingleShot(True)
        self._step_timer.timeout.connect(self.next)
        self._pre_timer = QTimer(page)
        self._pre_timer.setSingleShot(True)
        self._pre_timer.timeout.connect(self._prestart)
        self.started_at: list[float] = []  # monotonic time each step showed (tests, benchmarks)

    @property
    def step(self) -> TourStep:
        return self.tour.steps[self.index]

    def start(self) -> None:
        self.next()

    def next(self) -> None:
        import time

        self.index = (self.index + 1) % len(self.tour.steps)
        self.page.show_cameras(self.step.layout, list(self.step.camera_ids))
        self.started_at.append(time.monotonic())
        self._arm(self.step.dwell * 1000)

    def _arm(self, ms: int) -> None:
        self._step_timer.start(ms)
        pre = ms - PRESTART_S * 1000
        if pre >= 0 and len(self.tour.steps) > 1:
            self._pre_timer.start(pre)

    def _prestart(self) -> None:
        nxt = self.tour.steps[(self.index + 1) % len(self.tour.steps)]
        self.page.prestart(nxt.layout, list(nxt.camera_ids))

    def pause(self) -> None:
        if not self.paused:
            self._left_ms = max(0, self._step_timer.remainingTime())
            self._step_timer.stop()
            self._pre_timer.stop()
            self.paused = True

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            self._arm(self._left_ms)

    def stop(self) -> None:
        self._step_timer.stop()
        self._pre_timer.stop()


class TourDialog(FormDialog):
    """A tour from cameras ticked in order: as many steps as it takes to show them ``layout`` at a time, each
    staying ``dwell`` seconds."""

    kind = Kind.CAMERA
    error_message = staticmethod(monitoring_error)

    def __init__(self, ctx: ViewContext, sources: list[StreamSource], parent=None):
        super().__init__(ctx, self.tr("New tour"), "tour_dialog", parent)
        self.line("name", self.tr("Name"), "", self.tr("e.g. 夜班轮巡"))
        self.combo("tour_layout", self.tr("Tiles per step"), [(n, str(n)) for n in LAYOUTS], 4)
        self.number("dwell", self.tr("Seconds per step"), 20, 5, 3600)
        self.steps = named(self, "steps", QListWidget())
        for src in sources:
            item = QListWidgetItem(f"{src.code} {src.name}")
            item.setData(Qt.ItemDataRole.UserRole, src.camera_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.steps.addItem(item)
        self.form.addRow(self.tr("Cameras"), self.steps)

    def job(self):
        items = (self.steps.item(i) for i in range(self.steps.count()))
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        n, dwell = self.tour_layout.currentData(), self.dwell.value()
        steps = [TourStep(n, tuple(ids[i : i + n]), dwell) for i in range(0, len(ids), n)]
        svc, actor, name = self.ctx.services.cameras, self.ctx.actor, self.name.text()
        return lambda: svc.save_tour(actor, name, steps)


class WallPage(RoomPage):
    kinds = frozenset({Kind.CAMERA})
    error_message = staticmethod(monitoring_error)
    full_shown = Signal(int)  # camera id: its main stream is on screen

    def __init__(self, ctx: ViewContext, *, health: bool = True):
        super().__init__(ctx, "wall_page", first=None)
        self.hub = StreamHub(self)
        self.destroyed.connect(self.hub.closer())  # the main window went away without closing the page
        self.sources: dict[int, StreamSource] = {}
        self.order: list[int] = []  # camera ids in wall order
        self.page_no = 0
        self.tour: Tour | None = None
        self.tours: list[TourDTO] = []
        self.selected: CameraTile | None = None
        self.full_camera: int | None = None
        self._prestarted: set[str] = set()
        self._counts = (-1, -1)

        self.layout_box = named(self, "layout_box", QComboBox())
        for n in LAYOUTS:
            self.layout_box.addItem(self.tr("%n tile(s)", "", n), n)
        self.layout_box.setCurrentIndex(LAYOUTS.index(4))
        self.layout_box.currentIndexChanged.connect(lambda _i: self._layout_changed())
        self.prev_button = button(self, "prev_button", self.tr("◀ Previous"), lambda: self.turn(-1))
        self.next_button = button(self, "next_button", self.tr("Next ▶"), lambda: self.turn(1))
        self.page_label = named(self, "page_label", QLabel(""))
        self.tour_box = named(self, "tour_box", QComboBox())
        self.tour_button = button(self, "tour_button", self.tr("Start tour"), self.toggle_tour)
        self.new_tour_button = button(self, "new_tour_button", self.tr("New tour…"), self.new_tour)
        self.snapshot_button = button(self, "snapshot_button", self.tr("Snapshot"), self.snapshot)
        self.status_label = named(self, "status_label", QLabel(""))

        self.tiles = [CameraTile(i) for i in range(16)]
        for t in self.tiles:
            t.hub = self.hub
            t.double_clicked.connect(self.open_full)
            t.clicked.connect(self._select)
        self.grid_host = QWidget()
        self.grid_host.setObjectName("grid_host")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(2)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.full_tile = CameraTile(99)
        self.full_tile.hub = self.hub
        self.full_tile.setObjectName("full_tile")
        self.full_tile.double_clicked.connect(lambda _t: self.close_full())
        self.stack = named(self, "stack", QStackedWidget())
        self.stack.addWidget(self.grid_host)
        self.stack.addWidget(self.full_tile)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_full)

        vbox(
            hbox(
                self.layout_box,
                self.prev_button,
                self.page_label,
                self.next_button,
                self.tour_box,
                self.tour_button,
                self.new_tour_button,
                self.snapshot_button,
                self.status_label,
                1,
            ),
            self.error,
            self.stack,
            margins=4,
            parent=self,
        )
        self.hub.ticked.connect(self._tick)
        self._arrange(4)
        if health:
            self.health_timer = QTimer(self)
            self.health_timer.setObjectName("health_timer")
            self.health_timer.timeout.connect(self.check_health)
            self.health_timer.start(HEALTH_MS)

    # -- what the page reads ------------------------------------------------------------------------------------
    def query(self, filt):
        cams, actor = self.ctx.services.cameras, self.ctx.actor
        return lambda: (cams.stream_sources(actor), cams.tours(actor))

    def show_result(self, filt, result) -> None:
        sources, tours = result
        self.sources = {s.camera_id: s for s in sources}
        self.order = [s.camera_id for s in sources]
        self.tours = tours
        current = self.tour_box.currentData()
        self.tour_box.clear()
        for t in tours:
            self.tour_box.addItem(t.name, t.id)
        if current is not None:
            self.tour_box.setCurrentIndex(max(0, self.tour_box.findData(current)))
        self.tour_button.setEnabled(bool(tours))
        if self.tour is None:
            self.show_page(min(self.page_no, self.pages - 1))

    def changed(self, ch: Changes) -> None:
        self.reload()  # a changed camera (its address, its password) opens again below

    # -- layouts and pages ----------------------------------------------------------------------------------------
    @property
    def per_page(self) -> int:
        return self.layout_box.currentData()

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.order) / self.per_page))

    def _layout_changed(self) -> None:
        self.stop_tour()  # the operator takes over
        self.show_page(0)

    def turn(self, step: int) -> None:
        self.stop_tour()
        self.show_page((self.page_no + step) % self.pages)

    def show_page(self, page_no: int) -> None:
        self.page_no = max(0, page_no)
        start = self.page_no * self.per_page
        self.show_cameras(self.per_page, self.order[start : start + self.per_page])
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page_no + 1)).replace("%2", str(self.pages))
        )

    def _arrange(self, n: int) -> None:
        cols = int(math.sqrt(n))
        for t in self.tiles:
            self.grid.removeWidget(t)
            t.hide()
        for i in range(n):
            self.grid.addWidget(self.tiles[i], i // cols, i % cols)
            self.tiles[i].show()
        for r in range(4):
            self.grid.setRowStretch(r, 1 if r < cols else 0)
            self.grid.setColumnStretch(r, 1 if r < cols else 0)

    def show_cameras(self, layout: int, camera_ids: list[int]) -> None:
        """Show these cameras in a layout of ``layout`` tiles; streams no longer shown are stopped."""
        if self.layout_box.currentData() != layout:
            self.layout_box.blockSignals(True)
            self.layout_box.setCurrentIndex(LAYOUTS.index(layout))
            self.layout_box.blockSignals(False)
        self._arrange(layout)
        keep: set[str] = set()
        box = TILE_BOX[layout]
        for i, tile in enumerate(self.tiles[:layout]):
            cid = camera_ids[i] if i < len(camera_ids) else None
            src = self.sources.get(cid) if cid is not None else None
            if src is None:
                tile.bind(None, "", None)
                continue
            key = sub_key(cid)
            tile.bind(cid, f"{src.code} {src.name}", key if not src.problem else None, src.problem or "")
            if not src.problem:
                size = (tile.width(), tile.height()) if tile.isVisible() and tile.width() > 100 else box
                self.hub.acquire(key, src.sub_url, size, src.code).set_size(*size)
                keep.add(key)
        for t in self.tiles[layout:]:
            t.bind(None, "", None)
        if self.full_camera is not None:
            keep |= {sub_key(self.full_camera), main_key(self.full_camera)}
        self._prestarted -= keep
        self.hub.keep_only(keep | self._prestarted)
        self._prestarted = set()

    def prestart(self, layout: int, camera_ids: list[int]) -> None:
        """Start the streams of what shows next (a tour's next step) so its tiles have frames at once."""
        for cid in camera_ids[:layout]:
            src = self.sources.get(cid)
            if src is not None and not src.problem:
                self.hub.acquire(sub_key(cid), src.sub_url, TILE_BOX[layout], src.code)
                self._prestarted.add(sub_key(cid))

    # -- the paint timer ----------------------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.stack.currentWidget() is self.full_tile:
            tile = self.full_tile
            cid = self.full_camera
            main = self.hub.stream(main_key(cid)) if cid is not None else None
            if main is not None and tile.key != main_key(cid) and main.latest() is not None:
                tile.switch_stream(main_key(cid))  # the main stream's first frame is there: show it
                self.full_shown.emit(cid)
            tile.take(self.hub)
            return
        tiles = self.tiles[: self.per_page]
        for tile in tiles:
            tile.take(self.hub)
        counts = (
            sum(1 for t in tiles if t.status is not None and t.status.state.value == "streaming"),
            sum(1 for t in tiles if t.camera_id is not None),
        )
        if counts != self._counts:  # a label set 50 times a second lays the toolbar out 50 times a second
            self._counts = counts
            self.status_label.setText(
                self.tr("%1 of %2 streaming").replace("%1", str(counts[0])).replace("%2", str(counts[1]))
            )

    # -- full size ----------------------------------------------------------------------------------------------
    def open_full(self, tile: CameraTile) -> None:
        """The tile's camera full size: its main stream starts; the substream shows until its first frame."""
        cid = tile.camera_id
        src = self.sources.get(cid)
        if src is None or src.problem:
            return
        if self.tour is not None:
            self.tour.pause()
        self.full_camera = cid
        self.hub.acquire(main_key(cid), src.main_url, (self.stack.width(), self.stack.height()), src.code)
        self.full_tile.bind(cid, tile.title, sub_key(cid))
        self.full_tile.frame, self.full_tile._image = tile.frame, tile._image
        self.stack.setCurrentWidget(self.full_tile)

    def close_full(self) -> None:
        if self.full_camera is None:
            return
        cid, self.full_camera = self.full_camera, None
        self.stack.setCurrentWidget(self.grid_host)
        self.full_tile.bind(None, "", None)
        self.hub.release(main_key(cid))
        if self.tour is not None:
            self.tour.resume()

    # -- tours --------------------------------------------------------------------------------------------------
    def toggle_tour(self) -> None:
        if self.tour is None:
            tid = self.tour_box.currentData()
            tour = next((t for t in self.tours if t.id == tid), None)
            if tour is None:
                return
            self.tour = Tour(self, tour)
            self.tour.start()
            self.tour_button.setText(self.tr("Pause tour"))
        elif self.tour.paused:
            self.tour.resume()
            self.tour_button.setText(self.tr("Pause tour"))
        else:
            self.tour.pause()
            self.tour_button.setText(self.tr("Resume tour"))

    def new_tour(self) -> None:
        self.open_dialog(TourDialog(self.ctx, [self.sources[c] for c in self.order], parent=self))

    def stop_tour(self) -> None:
        if self.tour is not None:
            self.tour.stop()
            self.tour = None
            self.tour_button.setText(self.tr("Start tour"))

    # -- snapshot -----------------------------------------------------------------------------------------------
    def _select(self, tile: CameraTile) -> None:
        if self.selected is not None and self.selected is not tile:
            self.selected.set_selected(False)
        self.selected = tile
        tile.set_selected(True)

    def snapshot(self) -> None:
        """The selected (or full-size) camera's current frame, kept with a new duty-log entry and audited."""
        tile = self.full_tile if self.full_camera is not None else self.selected
        if tile is None or tile.camera_id is None or tile.key is None:
            self.error.setText(self.tr("Select a tile first."))
            return
        stream = self.hub.stream(tile.key)
        if stream is None or stream.latest() is None:
            self.error.setText(self.tr("No picture to keep yet."))
            return
        taken = datetime.now(UTC)
        cid, title = tile.camera_id, tile.title
        duty, actor = self.ctx.services.duty, self.ctx.actor
        meta = {"Camera": title, "Time": f"{taken.astimezone(clock.CST):%Y-%m-%d %H:%M:%S}"}

        def job():
            png = stream.snapshot_png(meta)
            return duty.save_snapshot(actor, cid, png, taken)

        def done(shot) -> None:
            self.last_snapshot = shot
            self.status_label.setText(self.tr("Snapshot saved: %1").replace("%1", shot.filename))

        self.ctx.tasks.run_write(job, done, self.failed)

    # -- health -------------------------------------------------------------------------------------------------
    def check_health(self) -> None:
        health, actor = self.ctx.services.health, self.ctx.actor
        self.ctx.tasks.run_long(lambda _p, _c: health.check_round(actor), on_error=self.failed)

    # -- closing ------------------------------------------------------------------------------------------------
    def shutdown(self) -> list:
        """Stop every stream (asked at once, each ends within 2 s) and the timers."""
        if self.tour is not None:
            self.tour.stop()
        for timer in self.findChildren(QTimer):
            timer.stop()
        return self.hub.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        """Another page is shown: no camera decodes for a wall nobody sees (a weak PC's cores)."""
        super().hideEvent(event)
        if not event.spontaneous():
            if self.tour is not None:
                self.tour.pause()
            self.hub.keep_only(set())

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous() and self.sources and not self.hub.running_keys():
            if self.tour is not None:
                self.show_cameras(self.tour.step.layout, list(self.tour.step.camera_ids))
                self.tour.resume()
            else:
                self.show_page(self.page_no)
