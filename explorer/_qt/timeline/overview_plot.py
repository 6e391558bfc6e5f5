"""The overview strip: the whole span, with a draggable, resizable window."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPen

from .. import style
from .lanes_plot import AXIS_WIDTH

HEIGHT = 90


class OverviewPlot(pg.PlotItem):
    def __init__(self):
        super().__init__(axisItems={"bottom": pg.DateAxisItem("bottom", utcOffset=0)})
        self.setMaximumHeight(HEIGHT)
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()
        left = self.getAxis("left")
        left.setWidth(AXIS_WIDTH)  # aligned with the lanes above
        left.setStyle(showValues=False, tickLength=0)
        left.setPen(QColor(0, 0, 0, 0))
        self.getAxis("bottom").setTextPen(style.FOREGROUND)
        self.getViewBox().invertY(True)
        self.dots = pg.ScatterPlotItem(size=4, pen=None)
        self.addItem(self.dots)
        self.window = pg.LinearRegionItem(
            brush=QColor(59, 130, 246, 45), pen=QPen(QColor(37, 99, 235), 1.5)
        )
        self.window.setToolTip("Drag to move the view; drag an edge to resize it")
        self.window.setZValue(10)
        self.addItem(self.window)

    def draw(self, marks, colors: list[QColor], lanes: int) -> None:
        brushes = [style.cached_brush(c) for c in colors]
        self.dots.setData(
            x=[m.x for m in marks],
            y=[m.lane for m in marks],
            brush=[brushes[m.lane] for m in marks],
        )
        self.setYRange(-1, max(lanes, 1), padding=0)

    def set_limits(self, bounds) -> None:
        lo, hi = bounds
        self.setXRange(lo, hi, padding=0)
        self.window.setBounds((lo, hi))
