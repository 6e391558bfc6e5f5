"""Bars for what is not a single day: month- and year-precise events, and spans.

A "2022" event wider than a marker is drawn as all of 2022, with no point in
it, so nobody reads it as 1 January or 1 July. Disputed events are hatched
with a dashed outline; events whose date is inferred (Event.date_inferred)
are paler, with a dotted outline.
"""

from __future__ import annotations

import functools

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen

from ...core.view.lanes import PERIOD_BAR_PX, period_bar_drop
from .. import style

# Half a bar's height, capped in pixels: a span's bar and a period's are alike
# (each covers its time), low in the row so that titles fit above them.
HALF_HEIGHT = {"span": 0.5, "period": 0.5}
MAX_HALF_PX = {"span": PERIOD_BAR_PX / 2, "period": PERIOD_BAR_PX / 2}


@functools.lru_cache(maxsize=4096)
def _look(rgba: int, alpha: int, disputed: bool, inferred: bool) -> tuple[QPen, QBrush]:
    """One pen and brush per look, shared by every bar that has it."""
    color = QColor.fromRgba(rgba)
    pen = QPen(style.with_alpha(color, min(255, alpha * 2)), 1.2)
    if disputed:
        pen.setStyle(Qt.PenStyle.DashLine)
        brush = QBrush(style.with_alpha(color, min(255, alpha * 2)), Qt.BrushStyle.BDiagPattern)
    elif inferred:  # a date worked out, not given: dotted edge, half the fill
        pen.setStyle(Qt.PenStyle.DotLine)
        brush = QBrush(style.with_alpha(color, alpha // 2))
    else:
        brush = QBrush(style.with_alpha(color, alpha))
    return pen, brush


class EventBarsItem(pg.GraphicsObject):
    sigEventClicked = Signal(int)

    def __init__(self):
        super().__init__()
        self._bars: list[tuple[QRectF, int, QPen, QBrush, float]] = []
        self.row_pitch = 1.0  # a row's height in lanes (less where lanes stack rows)
        self._bounds = QRectF()
        self.tip = None  # event id -> tooltip text
        self.setAcceptHoverEvents(True)
        self.setZValue(-5)

    def set_marks(self, marks, colors, dimmed, as_period) -> None:
        """marks: core Marks; colors: lane -> QColor; dimmed: event ids to fade;
        as_period(event): whether it is drawn as its month or year."""
        self.prepareGeometryChange()
        self._bars = []
        self._bounds = QRectF()
        # Disputed bars first: a solid bar that overlaps one is drawn over its hatching,
        # so an undisputed event never looks disputed.
        for mark in sorted(marks, key=lambda m: not m.event.disputed):
            event = mark.event
            if not event.is_span and not as_period(event):
                continue  # a point marker covers it
            kind = "span" if event.is_span else "period"
            half = HALF_HEIGHT[kind]
            rect = QRectF(event.t0, mark.y - half, event.t1 - event.t0, 2 * half)
            color = colors[mark.lane]
            alpha = style.DIM_ALPHA // 2 if event.id in dimmed else style.BAR_ALPHA
            if kind == "period" and event.id not in dimmed:
                alpha = 2 * style.BAR_ALPHA  # the period is the mark: as strong as a marker
            pen, brush = _look(color.rgba(), alpha, event.disputed, event.date_inferred)
            self._bars.append((rect, event.id, pen, brush, MAX_HALF_PX[kind]))
            self._bounds = self._bounds.united(rect) if not self._bounds.isNull() else rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, p, *args):
        # Drawn in device pixels: hatching and outlines keep their size at any zoom.
        transform = p.transform()
        p.resetTransform()
        row_px = abs(transform.m22()) * self.row_pitch
        drop = period_bar_drop(row_px)  # bars lie low in their rows, under the labels
        for rect, _, pen, brush, max_half in self._bars:
            r = transform.mapRect(rect)
            half = min(r.height() / 2, max_half)
            p.setPen(pen)
            p.setBrush(brush)
            p.drawRect(QRectF(r.left(), r.center().y() + drop - half, r.width(), 2 * half))

    def event_at(self, pos) -> int | None:
        hits = [(r.width(), eid) for r, eid, *_ in self._bars if r.contains(pos)]
        return min(hits)[1] if hits else None

    def hoverEvent(self, ev):
        # A period drawn as its bar has no marker to hover: the bar tells what it is.
        event_id = None if ev.isExit() or self.tip is None else self.event_at(ev.pos())
        self.setToolTip("" if event_id is None else self.tip(event_id))

    def mouseClickEvent(self, ev):
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        event_id = self.event_at(ev.pos())
        if event_id is not None:
            ev.accept()
            self.sigEventClicked.emit(event_id)
