"""Alternate light stripes behind the lanes, so a mark's lane is easy to follow."""

from __future__ import annotations

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
        view = self.getViewBox()
        if view is not None:  # deep zooms: keep pixel coordinates small
            x0, x1 = max(x0, view.viewRect().left()), min(x1, view.viewRect().right())
        for lane in range(0, self._lanes, 2):
            p.drawRect(transform.mapRect(QRectF(x0, lane - 0.5, x1 - x0, 1.0)))
