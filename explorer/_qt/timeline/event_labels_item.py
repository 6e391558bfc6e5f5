"""Event titles beside their marks, only where they fit without overlapping."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from ...core.labels import LabelCandidate, place
from .. import style

MAX_CHARS = 48
OFFSET = 9  # pixels right of the mark's centre


class EventLabelsItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self._marks = []
        self._priority: dict[int, int] = {}
        self._dimmed: set[int] = set()
        self._bounds = QRectF()
        self._font = style.font(style.LABEL_PX)
        self._metrics = QFontMetricsF(self._font)
        self._widths: dict[str, tuple[str, float]] = {}  # title -> (shown text, pixels)
        self.placed: dict = {}  # (event id, lane) -> left edge, at the last paint
        self.setZValue(10)

    def set_marks(self, marks, priority: dict[int, int], dimmed: set[int]) -> None:
        self.prepareGeometryChange()
        self._marks, self._priority, self._dimmed = marks, priority, dimmed
        self._bounds = QRectF()
        for m in marks:
            r = QRectF(m.event.t0, m.y - 0.5, m.event.t1 - m.event.t0, 1.0)
            self._bounds = r if self._bounds.isNull() else self._bounds.united(r)
        self.update()

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        # Labels extend right of their marks by pixels: cover the whole view.
        return view.viewRect() if view is not None else self._bounds

    def _text_and_width(self, title: str) -> tuple[str, float]:
        if title not in self._widths:
            text = self._text(title)
            self._widths[title] = (text, self._metrics.horizontalAdvance(text))
        return self._widths[title]

    def extent_px(self, title: str) -> float:
        """How far right of its mark a label reaches, in pixels."""
        return OFFSET + self._text_and_width(title)[1] + 6

    @staticmethod
    def _text(title: str) -> str:
        return title if len(title) <= MAX_CHARS else title[: MAX_CHARS - 1] + "…"

    def paint(self, p, *args):
        view = self.getViewBox()
        if view is None or not self._marks:
            return
        transform = p.transform()
        view_right = transform.mapRect(view.viewRect()).right()
        left_edge = transform.map(QPointF(view.viewRect().left(), 0)).x()
        candidates, anchors = [], {}
        (x0, x1), _ = view.viewRange()
        # The view's transform is a scale and a shift: map by hand, not per point in Qt.
        sx, dx, sy, dy = transform.m11(), transform.dx(), transform.m22(), transform.dy()
        for m in self._marks:
            if m.event.is_period or not m.event.title or not x0 <= m.x <= x1:
                continue  # the period's band carries its label; off-screen marks need none
            cx, cy = sx * m.x + dx, sy * m.y + dy
            x = max(cx + OFFSET, left_edge + 4) if m.event.is_span else cx + OFFSET
            text, text_width = self._text_and_width(m.event.title)
            key = (m.event.id, m.lane)
            anchors[key] = (cy, text, text_width)
            left_x = None if m.event.is_span else cx - OFFSET - text_width - left_edge
            candidates.append(
                LabelCandidate(
                    key,
                    m.y,  # one row of labels per row of marks
                    x - left_edge,
                    text_width,
                    self._priority.get(m.event.id, 0),
                    left_x,
                )
            )
        self.placed = place(candidates, view_right - left_edge)
        p.resetTransform()
        p.setFont(self._font)
        for key, left in self.placed.items():
            y, text, text_width = anchors[key]
            x = left + left_edge
            rect = QRectF(x, y - 7, text_width + 2, 13)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 190))
            p.drawRect(rect.adjusted(-2, 0, 2, 1))
            p.setPen(QColor(55, 65, 81, 90 if key[0] in self._dimmed else 255))
            p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
