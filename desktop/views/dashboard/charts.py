"""The desk's charts on pyqtgraph (imported with this module, i.e. when the desk first opens, not at sign-in).

Every chart reads in black and white: bars in greys of distinct lightness with a black outline and hatching for
the third series, lines in black with their own dash and symbol; only "overdue" is red, and it is also the
darker of its pair. A click on a bar says which series and which bar (``clicked``); every chart saves as PNG.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

pg.setConfigOptions(antialias=True, background="w", foreground="k")

BRUSHES = (
    QBrush(QColor("#333333")),
    QBrush(QColor("#b8b8b8")),
    QBrush(QColor("#000000"), Qt.BrushStyle.BDiagPattern),
    QBrush(QColor("#777777")),
    QBrush(QColor("#000000"), Qt.BrushStyle.Dense5Pattern),
    QBrush(QColor("#e0e0e0")),
)
RED = QBrush(QColor("#b00020"))
PENS = (
    (Qt.PenStyle.SolidLine, "o"),
    (Qt.PenStyle.DashLine, "s"),
    (Qt.PenStyle.DotLine, "t"),
    (Qt.PenStyle.DashDotLine, "d"),
)


def short(label: str, n: int = 5) -> str:
    """A category label that fits under its bar: configured names (社区戒毒/康复人员) cut to ``n`` characters."""
    for tail in ("人员", "患者"):
        if len(label) > n and label.endswith(tail):
            label = label[: -len(tail)]
    return label if len(label) <= n else label[:n]


class Chart(QFrame):
    """A titled chart with a "save as PNG" button; ``clicked(series, index)`` when a bar is clicked."""

    clicked = Signal(str, int)

    def __init__(self, name: str, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setObjectName(f"{name}_title")
        self.title.setStyleSheet("font-weight: bold")
        self.save_button = QToolButton()
        self.save_button.setObjectName(f"{name}_save")
        self.save_button.setText(self.tr("Save PNG…"))
        self.save_button.clicked.connect(self.ask_save)
        self.empty = QLabel("")
        self.empty.setObjectName(f"{name}_empty")
        self.empty.setStyleSheet("color: #666")
        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setObjectName(f"{name}_plot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.setFixedHeight(270)  # two charts a row, five rows: the desk scrolls through them
        self.plot.scene().sigMouseClicked.connect(self._click)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addLayout(head)
        lay.addWidget(self.empty)
        lay.addWidget(self.plot, 1)
        self.bars: list[tuple[float, float, float, float, str, int]] = []  # x0, x1, y0, y1, series, index
        # one row along the top, above the data (the y range leaves it room): it never hides a bar or a line
        self.legend = self.plot.addLegend(offset=(30, 1), labelTextSize="8pt", colCount=4)

    # -- drawing ------------------------------------------------------------------------------------------
    def _reset(self, categories: list[str], percent: bool) -> None:
        if self.legend.items:
            self.legend.clear()
        self.plot.clear()
        self.bars = []
        axis = self.plot.getAxis("bottom")
        step = max(1, len(categories) // 12)
        axis.setTicks([[(i, short(c)) for i, c in enumerate(categories) if i % step == 0]])
        left = self.plot.getAxis("left")
        if percent:
            left.setTicks([[(v / 100, f"{v}%") for v in (0, 25, 50, 75, 100)]])
            self.plot.setYRange(0, 1.22, padding=0)
        else:
            left.setTicks(None)
        self.plot.setXRange(-0.6, max(len(categories), 1) - 0.4, padding=0)

    def set_empty(self, text: str) -> None:
        """No figures to draw: say why (a room not recording them yet, or nothing in the period)."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def set_bars(
        self,
        categories: list[str],
        series: list[tuple[str, str, list]],
        *,
        stacked: bool = False,
        percent: bool = False,
        red: str | None = None,
        reference: float | None = None,
    ) -> None:
        """``series``: (key, legend name, values per category); None values draw nothing. ``red``: the series
        drawn red (overdue). ``reference``: a dashed line (100 % coverage)."""
        self._reset(categories, percent)
        n = len(categories)
        k = 1 if stacked else max(len(series), 1)
        width = 0.8 / k
        base = np.zeros(n)
        top = 0.0
        for s, (key, name, values) in enumerate(series):
            heights = np.array([0.0 if v is None else float(v) for v in values])
            xs = np.arange(n) + (0 if stacked else (s - (k - 1) / 2) * width)
            # beside red (overdue), the other series is light: the two still differ on a black-and-white copy
            brush = RED if key == red else BRUSHES[1] if red else BRUSHES[s % len(BRUSHES)]
            item = pg.BarGraphItem(
                x=xs,
                height=heights,
                width=width * 0.95,
                y0=base if stacked else 0,
                brush=brush,
                pen=pg.mkPen("k", width=0.8),
                name=name if len(series) > 1 else None,  # one series needs no legend
            )
            self.plot.addItem(item)
            for i in range(n):
                if values[i] is None:
                    continue
                y0 = base[i] if stacked else 0.0
                self.bars.append((xs[i] - width / 2, xs[i] + width / 2, y0, y0 + heights[i], key, i))
            if stacked:
                base = base + heights
            top = max(top, float(base.max()) if stacked and n else float(heights.max()) if n else 0.0)
        if reference is not None:
            self.plot.addItem(
                pg.InfiniteLine(
                    pos=reference, angle=0, pen=pg.mkPen("k", width=1, style=Qt.PenStyle.DashLine)
                )
            )
        if not percent:
            self.plot.setYRange(0, max(top * 1.3, 1), padding=0)
        self.set_empty("" if n and top > 0 else self.tr("Nothing in this period."))

    def set_lines(
        self, categories: list[str], series: list[tuple[str, str, list]], *, percent: bool = True
    ) -> None:
        self._reset(categories, percent)
        for s, (_key, name, values) in enumerate(series):
            style, symbol = PENS[s % len(PENS)]
            ys = np.array([np.nan if v is None else float(v) for v in values])
            xs = np.arange(len(values))
            if np.isnan(ys).all():  # nothing to draw: the legend still names the series
                xs, ys = np.array([]), np.array([])
            self.plot.plot(
                xs,
                ys,
                connect="finite",  # a month with no value is a gap, not a line drawn across it
                pen=pg.mkPen("k", width=1.6, style=style),
                symbol=symbol,
                symbolSize=6,
                symbolBrush=pg.mkBrush("k" if s % 2 == 0 else "w"),
                symbolPen=pg.mkPen("k"),
                name=name,
            )
        has = any(v is not None for _k, _n, vs in series for v in vs)
        self.set_empty("" if has else self.tr("No rate can be computed yet (nothing due in these months)."))

    def set_heat(self, matrix: np.ndarray, rows: list[str], columns: list[str]) -> None:
        """A grey heat map: darker where more (rows top to bottom)."""
        self.plot.clear()
        self.bars = []
        img = pg.ImageItem(matrix.T[:, ::-1])
        lut = np.array([[255 - i, 255 - i, 255 - i] for i in range(256)], dtype=np.ubyte)
        img.setLookupTable(lut)
        img.setLevels((0, max(float(matrix.max()), 1.0)))
        self.plot.addItem(img)
        self.plot.getAxis("bottom").setTicks([[(i + 0.5, c) for i, c in enumerate(columns) if i % 2 == 0]])
        self.plot.getAxis("left").setTicks([[(len(rows) - 1 - i + 0.5, r) for i, r in enumerate(rows)]])
        self.plot.setXRange(0, len(columns), padding=0)
        self.plot.setYRange(0, len(rows), padding=0)
        self.set_empty("" if matrix.max() > 0 else self.tr("Nothing in this period."))

    # -- clicks and PNG -----------------------------------------------------------------------------------
    def bar_at(self, x: float, y: float) -> tuple[str, int] | None:
        for x0, x1, y0, y1, key, i in self.bars:
            if x0 <= x <= x1 and min(y0, y1) <= y <= max(y0, y1, y0 + 1e-9):
                return key, i
        return None

    def click_bar(self, key: str, index: int) -> None:
        """What a click on that bar does (tests and keyboard users call it directly)."""
        self.clicked.emit(key, index)

    def _click(self, ev) -> None:
        point = self.plot.plotItem.vb.mapSceneToView(ev.scenePos())
        hit = self.bar_at(point.x(), point.y())
        if hit is not None:
            self.click_bar(*hit)

    def image(self):
        """The chart drawn at twice its size (a QImage): drawn here, written by whoever saves it."""
        exporter = ImageExporter(self.plot.plotItem)
        exporter.parameters()["width"] = max(800, self.plot.width() * 2)
        return exporter.export(toBytes=True)

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{self.title.text()}.png", "PNG (*.png)"
        )
        if path:
            image = self.image()
            self.write(lambda: image.save(path, "PNG"))

    def write(self, job) -> None:
        """Writes the file; the page hands it to a worker thread (the GUI thread never waits on a file)."""
        job()
