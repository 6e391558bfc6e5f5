"""Alternate light stripes behind the lanes, so a mark's lane is easy to follow."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt

from .. import style


class LaneStripesItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self._lanes = 0
        self._x = (0.0, 1.0)
        self.setZValue(-20)

    def set_lanes(self, count: int, x0: float, x1: float) -> None:
        self.prepareGeometryChange()
        self._lanes, self._x = count, (x0, x1)
        self.update()

    def set_span(self, x0: float, x1: float) -> None:
        """The bounds changed (a range past the data widens them): stripe them all."""
        self.set_lanes(self._lanes, x0, x1)

    def boundingRect(self) -> QRectF:
        x0, x1 = self._x
        return QRectF(x0, -0.5, x1 - x0, max(self._lanes, 1))

    def paint(self, p, *args):
        # In device pixels, as the grid: no huge data coordinates in vector files.
        transform = p.transform()
        p.resetTransform()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.LANE_STRIPE)
        x0, x1 = self._x
        lanes = range(0, self._lanes, 2)
        view = self.getViewBox()
        if view is not None:  # deep zooms: keep pixel coordinates small; lanes in view only
            rect = view.viewRect()
            x0, x1 = max(x0, rect.left()), min(x1, rect.right())
            first = max(0, math.floor(rect.top() - 0.5))
            lanes = range(first + first % 2, min(self._lanes, math.ceil(rect.bottom() + 0.5)), 2)
        for lane in lanes:
            p.drawRect(transform.mapRect(QRectF(x0, lane - 0.5, x1 - x0, 1.0)))
