"""Vertical grid lines at the date axis's ticks, behind the marks.

pyqtgraph's own grid draws a full-height line for every tick level, some 200
lines at a zoom of years, which doubled the cost of each repaint.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPen


class GridItem(pg.GraphicsObject):
    def __init__(self, axis):
        super().__init__()
        self._axis = axis
        self._pen = QPen(QColor(0, 0, 0, 28), 0)  # cosmetic: one pixel at any zoom
        self.setZValue(-8)  # above the period bands, below density strips and bars

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return view.viewRect() if view is not None else QRectF()

    def paint(self, p, *args):
        view = self.getViewBox()
        if view is None:
            return
        rect = view.viewRect()
        ticks = self._axis.grid_ticks(rect.left(), rect.right(), self._axis.width())
        # In device pixels: a vector file then holds no 1e-5 scaled group around
        # times of 1e9 seconds, which SVG viewers draw imprecisely or not at all.
        transform = p.transform()
        p.resetTransform()
        p.setPen(self._pen)
        top, bottom = rect.top(), rect.bottom()
        for x in ticks:
            p.drawLine(transform.map(QLineF(x, top, x, bottom)))
