"""The selected event: a ring on each of its marks, joined by a faint vertical link,
so an event shown in several lanes reads as one event."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen

from .. import style


class SelectionItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self._x: float | None = None
        self._lanes: list[int] = []
        self.setZValue(20)

    def set_selection(self, x: float | None, lanes: list[float]) -> None:
        """`lanes`: the y of each of the event's marks."""
        self.prepareGeometryChange()
        self._x, self._lanes = x, sorted(lanes)
        self.update()

    def boundingRect(self) -> QRectF:
        if self._x is None or not self._lanes:
            return QRectF()
        view = self.getViewBox()
        width = view.viewRect().width() / 50 if view is not None else 1.0
        top, bottom = self._lanes[0], self._lanes[-1]
        return QRectF(self._x - width, top - 1, 2 * width, bottom - top + 2)

    def paint(self, p, *args):
        if self._x is None or not self._lanes:
            return
        transform = p.transform()
        p.resetTransform()
        points = [transform.map(QPointF(self._x, lane)) for lane in self._lanes]
        link = QPen(style.with_alpha(style.SELECTION, 110), 1.5, Qt.PenStyle.DashLine)
        p.setPen(link)
        p.drawLine(points[0], points[-1])
        p.setPen(QPen(style.SELECTION, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for point in points:
            p.drawEllipse(point, 9, 9)
