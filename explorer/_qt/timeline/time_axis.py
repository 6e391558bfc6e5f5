"""The date axis, able to tell its major ticks to the grid at any time."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics


class TimeAxisItem(pg.DateAxisItem):
    def __init__(self, orientation: str = "bottom"):
        super().__init__(orientation, utcOffset=0)
        self._last = None
        # DateAxisItem measures labels with the metrics of the painter that
        # last drew it, which is gone outside its paint: keep our own.
        self._metrics = QFontMetrics(QFont())

    def tickValues(self, minVal, maxVal, size):
        # Asked twice per frame (the axis and the grid): work it out once.
        key = (minVal, maxVal, size, id(self.zoomLevel))
        if self._last is None or self._last[0] != key:
            self._last = (key, super().tickValues(minVal, maxVal, size))
        return self._last[1]

    def grid_ticks(self, lo: float, hi: float, size: float, min_px: float = 40) -> list[float]:
        """Ticks for grid lines over [lo, hi] in `size` pixels: the finest tick
        level whose lines stay at least `min_px` apart on average."""
        if size <= 0 or hi <= lo:
            return []
        self.fontMetrics = self._metrics
        self.setZoomLevelForDensity((hi - lo) / size)
        chosen: list[float] = []
        for _spacing, values in self.tickValues(lo, hi, size):
            if chosen and len(values) > size / min_px:
                break
            chosen = sorted(set(chosen) | set(values))
        return chosen
