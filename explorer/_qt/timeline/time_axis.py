"""The time axis: the core's labelled ticks (core.view.ticks), from seconds to
millennia and before the common era, able to tell them to the grid at any time."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics

from ...core.view.ticks import axis_ticks
from .. import style

REMEMBERED = 5000  # labels and sizes kept; a pan mostly redraws the labels of the frame before


class _MeasuringPainter:
    """The painter as generateDrawSpecs sees it: label sizes are remembered
    (measuring text was a third of the axis's time per frame)."""

    def __init__(self, painter, sizes: dict):
        self._painter, self._sizes, self._font = painter, sizes, None

    def __getattr__(self, name):
        return getattr(self._painter, name)

    def boundingRect(self, rect, flags, text):
        if self._font is None:  # set by generateDrawSpecs before it measures
            self._font = self._painter.font().key()
        key = (self._font, rect.width(), rect.height(), int(flags), text)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > REMEMBERED:
                self._sizes.clear()
            size = self._sizes[key] = self._painter.boundingRect(rect, flags, text)
        return QRectF(size)  # a copy: pyqtgraph changes it


class TimeAxisItem(pg.AxisItem):
    def __init__(self, orientation: str = "bottom"):
        super().__init__(orientation)
        font = style.font(style.AXIS_PX)
        self.setStyle(tickFont=font)
        # Labels are measured as pyqtgraph measures them when it draws, so the
        # core's "apart and inside" holds for what is drawn.
        self._metrics = QFontMetrics(font)
        self._widths: dict[str, float] = {}
        self._sizes: dict = {}
        self._last = None  # ((lo, hi, size), ticks): asked twice per frame (axis and grid)
        self._drawing = False
        self._length = None  # the axis's length in pixels as its last frame measured it

    def _measure(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > REMEMBERED:
                self._widths.clear()
            box = QRect(0, 0, 100, 100)
            width = self._widths[text] = float(
                self._metrics.boundingRect(box, int(Qt.AlignmentFlag.AlignCenter), text).width() + 2
            )
        return width

    def ticks(self, lo: float, hi: float, size: float):
        key = (lo, hi, round(size, 3))
        if self._last is None or self._last[0] != key:
            self._last = (key, axis_ticks(lo, hi, size, self._measure))
        return self._last[1]

    def generateDrawSpecs(self, p):
        self._drawing = True
        try:
            return super().generateDrawSpecs(_MeasuringPainter(p, self._sizes))
        finally:
            self._drawing = False

    def tickValues(self, minVal, maxVal, size):
        if self._drawing:
            self._length = size
        ticks = self.ticks(minVal, maxVal, size)
        spacing = (ticks[1].t - ticks[0].t) if len(ticks) > 1 else maxVal - minVal
        return [(spacing, [t.t for t in ticks])]

    def tickStrings(self, values, scale, spacing):
        labels = {t.t: t.label for t in (self._last[1] if self._last else [])}
        return [labels.get(v, "") for v in values]

    def grid_ticks(self, lo: float, hi: float, size: float) -> list[float]:
        """Where the grid draws its lines: at the labelled ticks."""
        size = self._length or size  # the axis's own measure: one answer for both
        if size <= 0 or hi <= lo:
            return []
        return [t.t for t in self.ticks(lo, hi, size)]
