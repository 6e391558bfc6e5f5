"""Periods (such as the rental loophole) as shaded bands behind every lane, labelled."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen

from .. import style


class PeriodBandsItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self._periods: list[tuple[float, float, str]] = []
        self._height = 1.0
        self._top = -1.0  # bands start in the header row above lane 0, where labels go
        self.setZValue(-15)
        self._font = style.font(style.LABEL_PX, italic=True)

    def set_periods(self, periods: list[tuple[float, float, str]], lanes: int) -> None:
        self.prepareGeometryChange()
        self._periods, self._height = periods, max(lanes, 1)
        self.update()

    def set_top(self, top: float) -> None:
        """The top of the header row, in lanes (the lanes plot keeps it a fixed
        number of pixels)."""
        if top != self._top:
            self.prepareGeometryChange()
            self._top = top
            self.update()

    def boundingRect(self) -> QRectF:
        if not self._periods:
            return QRectF()
        x0 = min(p[0] for p in self._periods)
        x1 = max(p[1] for p in self._periods)
        bands = QRectF(x0, self._top, x1 - x0, self._height - self._top)
        view = self.getViewBox()
        # Labels may run past a band's end: repaint the whole view with it.
        return bands.united(view.viewRect()) if view is not None else bands

    def paint(self, p, *args):
        # Bands and labels in device pixels: labels keep their size at any zoom,
        # and vector files hold no huge data coordinates.
        transform = p.transform()
        p.resetTransform()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.PERIOD_FILL)
        for t0, t1, _ in self._periods:
            p.drawRect(
                transform.mapRect(QRectF(t0, self._top, t1 - t0, self._height - self._top - 0.5))
            )
        view = self.getViewBox()
        view_left, view_right = 0.0, float("inf")
        if view is not None:
            view_left = transform.map(view.viewRect().topLeft()).x()
            view_right = transform.map(view.viewRect().topRight()).x()
        p.setFont(self._font)
        p.setPen(QPen(style.PERIOD_TEXT))
        for t0, t1, title in self._periods:
            left = transform.map(QPointF(t0, self._top))
            right = transform.map(QPointF(t1, self._top))
            x = max(left.x(), view_left) + 4
            if right.x() - x < 30:
                continue  # too little of the band in view to anchor a label
            width = view_right - x - 4  # the label may run on past the band's end
            rect = QRectF(x, left.y() + 2, width, 14)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
