"""Bars for what is not a single day: month- and year-precise events, and spans.

A "2022" event covers all of 2022, so nobody reads it as 1 January. Disputed
events are hatched with a dashed outline.
"""

from __future__ import annotations

import functools

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen

from .. import style

# Half a bar's height: a fraction of the lane, capped in pixels so that a
# few tall lanes do not turn bars into blocks.
HALF_HEIGHT = {"span": 0.2, "period": 0.13}
MAX_HALF_PX = {"span": 7.0, "period": 4.5}


@functools.lru_cache(maxsize=4096)
def _look(rgba: int, alpha: int, disputed: bool) -> tuple[QPen, QBrush]:
    """One pen and brush per look, shared by every bar that has it."""
    color = QColor.fromRgba(rgba)
    pen = QPen(style.with_alpha(color, min(255, alpha * 2)), 1.2)
    if disputed:
        pen.setStyle(Qt.PenStyle.DashLine)
        brush = QBrush(style.with_alpha(color, min(255, alpha * 2)), Qt.BrushStyle.BDiagPattern)
    else:
        brush = QBrush(style.with_alpha(color, alpha))
    return pen, brush


class EventBarsItem(pg.GraphicsObject):
    sigEventClicked = Signal(int)

    def __init__(self):
        super().__init__()
        self._bars: list[tuple[QRectF, int, QPen, QBrush, float]] = []
        self._bounds = QRectF()
        self.setZValue(-5)

    def set_marks(self, marks, colors, dimmed) -> None:
        """marks: core Marks; colors: lane -> QColor; dimmed: event ids to fade."""
        self.prepareGeometryChange()
        self._bars = []
        self._bounds = QRectF()
        for mark in marks:
            event = mark.event
            if event.precision == "day" and not event.is_span:
                continue
            kind = "span" if event.is_span else "period"
            half = HALF_HEIGHT[kind]
            rect = QRectF(event.t0, mark.y - half, event.t1 - event.t0, 2 * half)
            color = colors[mark.lane]
            alpha = style.DIM_ALPHA // 2 if event.id in dimmed else style.BAR_ALPHA
            pen, brush = _look(color.rgba(), alpha, event.disputed)
            self._bars.append((rect, event.id, pen, brush, MAX_HALF_PX[kind]))
            self._bounds = self._bounds.united(rect) if not self._bounds.isNull() else rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, p, *args):
        # Drawn in device pixels: hatching and outlines keep their size at any zoom.
        transform = p.transform()
        p.resetTransform()
        for rect, _, pen, brush, max_half in self._bars:
            r = transform.mapRect(rect)
            half = min(r.height() / 2, max_half)
            p.setPen(pen)
            p.setBrush(brush)
            p.drawRect(QRectF(r.left(), r.center().y() - half, r.width(), 2 * half))

    def event_at(self, pos) -> int | None:
        hits = [(r.width(), eid) for r, eid, *_ in self._bars if r.contains(pos)]
        return min(hits)[1] if hits else None

    def mouseClickEvent(self, ev):
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        event_id = self.event_at(ev.pos())
        if event_id is not None:
            ev.accept()
            self.sigEventClicked.emit(event_id)
