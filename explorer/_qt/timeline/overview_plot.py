"""The overview strip: the whole span, with a draggable, resizable window."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QPen

from ...core.view.level_of_detail import Detail
from .. import style
from ..i18n import translate
from .density_item import DensityItem
from .lanes_plot import AXIS_WIDTH
from .time_axis import TimeAxisItem

HEIGHT = 90
MAX_DOTS = 20_000  # beyond, the overview shows density strips
BUCKETS = 800


class OverviewPlot(pg.PlotItem):
    def __init__(self):
        super().__init__(axisItems={"bottom": TimeAxisItem("bottom")})
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
        self.density = DensityItem(sub_rows=1, fill=slice(0, 1))
        self.addItem(self.density)
        self.window = pg.LinearRegionItem(
            brush=QColor(59, 130, 246, 45), pen=QPen(QColor(37, 99, 235), 1.5)
        )
        self.window.setToolTip(
            translate("OverviewPlot", "Drag to move the view; drag an edge to resize it")
        )
        self.window.setZValue(10)
        self.addItem(self.window)

    def draw(self, index, colors: list[QColor], bounds: tuple[float, float]) -> None:
        """Every shown mark: as dots while few, else as density strips."""
        lanes = index.lanes
        if len(index.x) <= MAX_DOTS:
            parts = [(index.x[a:b], np.full(b - a, i)) for i, (a, b) in enumerate(index.slices)]
            x = np.concatenate([p[0] for p in parts]) if parts else np.empty(0)
            lane = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, np.int64)
            brushes = [style.cached_brush(c) for c in colors]
            self.dots.setData(x=x, y=lane, brush=[brushes[i] for i in lane.tolist()])
            self.density.setVisible(False)
        else:
            self.dots.setData(x=[], y=[])
            x0, x1 = bounds
            counts = index.overview(x0, x1, BUCKETS)
            detail = Detail(x0, x1, *(np.empty(0, np.int64),) * 2, np.arange(lanes), counts)
            self.density.set_strips(detail, 0, lanes, colors)
        self.setYRange(-1, max(lanes, 1), padding=0)

    def set_limits(self, bounds) -> None:
        lo, hi = bounds
        self.setXRange(lo, hi, padding=0)
        self.window.setBounds((lo, hi))
