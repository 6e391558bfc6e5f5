"""Bars for what is not a single day: month- and year-precise events, and spans.

A "2022" event wider than a marker is drawn as all of 2022, with no point in
it, so nobody reads it as 1 January or 1 July. Disputed events are hatched
with a dashed outline; events whose date is inferred (Event.date_inferred)
are paler, with a dotted outline.
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen

from ...core.view.lanes import PERIOD_BAR_PX, period_bar_drop
from .. import style

HALF = 0.5  # half a bar's height, in rows (a span's and a period's bars are alike)
MAX_HALF_PX = PERIOD_BAR_PX / 2  # ...capped in pixels, low in the row so titles fit above


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
        # One entry per bar, in drawing order, as arrays: a layout hands over a
        # thousand bars, and a paint draws only those in view (docs/performance.md).
        self.t0 = self.t1 = self.y = np.empty(0)
        self.ids = np.empty(0, np.int64)
        self._looks: list[tuple[QPen, QBrush]] = []
        self._look_of = np.empty(0, np.int64)
        # The painter takes rectangles as one C array: pyqtgraph's wrapper fills it from numpy.
        self._rects = PrimitiveArray(QRectF, 4)
        self.row_pitch = 1.0  # a row's height in lanes (less where lanes stack rows)
        self._bounds = QRectF()
        self.tip = None  # event id -> tooltip text
        self.setAcceptHoverEvents(True)
        self.setZValue(-5)

    def set_bars(self, t0, t1, y, ids, looks: np.ndarray) -> None:
        """Bars from t0 to t1 at y for the events `ids`: spans, and periods drawn as
        the mark. `looks`: a row per bar of its lane's colour (QColor.rgba()) and
        its dimmed, disputed, date-inferred and span flags."""
        self.prepareGeometryChange()
        rgba, dimmed, disputed, inferred, span = looks.astype(np.int64).T
        # Disputed bars first (below): a solid bar that overlaps one is drawn over its
        # hatching, so an undisputed event never looks disputed.
        alpha = np.where(span != 0, style.BAR_ALPHA, 2 * style.BAR_ALPHA)  # a period is the mark
        alpha = np.where(dimmed != 0, style.DIM_ALPHA // 2, alpha)
        # One number per look (colour, alpha, two flags): unique in 1-D is fast.
        packed = rgba << 16 | alpha << 2 | disputed << 1 | inferred
        _, first, look_of = np.unique(packed, return_index=True, return_inverse=True)
        self._looks = [
            _look(int(rgba[i]), int(alpha[i]), bool(disputed[i]), bool(inferred[i]))
            for i in first.tolist()
        ]
        # Bars of one look together, each drawn in one call; the disputed ones first.
        order = np.lexsort((look_of, disputed == 0))
        self._look_of = look_of[order]
        self.t0, self.t1 = np.asarray(t0, float)[order], np.asarray(t1, float)[order]
        self.y, self.ids = np.asarray(y, float)[order], np.asarray(ids, np.int64)[order]
        self._bounds = QRectF()
        if len(order):
            left, top = float(self.t0.min()), float(self.y.min()) - HALF
            right, bottom = float(self.t1.max()), float(self.y.max()) + HALF
            self._bounds = QRectF(left, top, right - left, bottom - top)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, p, *args):
        view = self.getViewBox()
        if view is None or not len(self.ids):
            return
        # Drawn in device pixels: hatching and outlines keep their size at any zoom.
        transform = p.transform()
        p.resetTransform()
        sx, sy = transform.m11(), transform.m22()
        left, right = sx * self.t0 + transform.dx(), sx * self.t1 + transform.dx()
        centre = sy * self.y + transform.dy()
        half = min(abs(sy) * HALF, MAX_HALF_PX)
        centre += period_bar_drop(abs(sy) * self.row_pitch)  # low in their rows, under the labels
        area = transform.mapRect(view.viewRect()).adjusted(-4, -4, 4, 4)
        shown = (right >= area.left()) & (left <= area.right())
        shown &= (centre + half >= area.top()) & (centre - half <= area.bottom())
        # A bar far wider than the view is cut at its edges (the view clips it there):
        # coordinates of millions of pixels draw slowly and imprecisely.
        np.clip(left, area.left(), area.right(), out=left)
        np.clip(right, area.left(), area.right(), out=right)
        rows = np.flatnonzero(shown)
        looks = self._look_of[rows]
        starts = np.flatnonzero(np.r_[True, looks[1:] != looks[:-1]]) if len(rows) else []
        for start, stop in zip(starts, [*starts[1:], len(rows)], strict=True):
            part = rows[start:stop]
            pen, brush = self._looks[looks[start]]
            p.setPen(pen)
            p.setBrush(brush)
            self._rects.resize(len(part))
            rects = self._rects.ndarray()  # x, y, width, height of each
            rects[:, 0] = left[part]
            rects[:, 1] = centre[part] - half
            rects[:, 2] = right[part] - left[part]
            rects[:, 3] = 2 * half
            p.drawRects(*self._rects.drawargs())

    def event_at(self, pos) -> int | None:
        """The narrowest bar at `pos` (item coordinates), if any."""
        x, y = pos.x(), pos.y()
        hits = (self.t0 <= x) & (x <= self.t1) & (self.y - HALF <= y) & (y <= self.y + HALF)
        if not hits.any():
            return None
        widths = np.where(hits, self.t1 - self.t0, np.inf)
        return int(self.ids[int(np.argmin(widths))])

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
