"""The date axis, able to tell its major ticks to the grid at any time."""

from __future__ import annotations

import copy
from collections import OrderedDict

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import ZoomLevel
from PySide6.QtGui import QFont, QFontMetrics


class _UtcZoomLevel(ZoomLevel):
    def moveTicksToLocalTimeCoords(self, ticks, spacing, skipFactor):
        # Our times are UTC (utcOffset 0): pyqtgraph's shift adds 0 to every
        # tick after two QDateTime conversions each, most of the axis's cost.
        return ticks


def _utc_copy(level: ZoomLevel) -> ZoomLevel:
    mine = copy.copy(level)
    mine.__class__ = _UtcZoomLevel
    return mine


NEAR = 0.6  # of a level's step: a finer tick this close to a coarser one is dropped


def _apart(levels: list) -> list:
    """Drop finer ticks that crowd a coarser one, whose labels would collide
    ("Jan" at 1 January and "02" beside it)."""
    out, taken = [], np.empty(0)
    for spacing, values in levels:
        ticks = np.asarray(values, dtype=float)
        if len(taken) and len(ticks):
            # The real step: pyqtgraph skips ticks (every 5th day) when crowded.
            step = float(np.median(np.diff(ticks))) if len(ticks) > 1 else spacing
            gap = np.abs(ticks[:, None] - taken[None, :]).min(axis=1)
            ticks = ticks[gap >= NEAR * step]
        out.append((spacing, ticks.tolist()))
        taken = np.concatenate([taken, ticks])
    return out


class TimeAxisItem(pg.DateAxisItem):
    def __init__(self, orientation: str = "bottom"):
        super().__init__(orientation, utcOffset=0)
        self._last = None
        # DateAxisItem measures labels with the metrics of the painter that
        # last drew it, which is gone outside its paint: keep our own.
        self._metrics = QFontMetrics(QFont())
        # Our own copies of the zoom levels, which skip the shift to local time.
        self.zoomLevels = OrderedDict(
            (spacing, _utc_copy(level)) for spacing, level in self.zoomLevels.items()
        )

    def tickValues(self, minVal, maxVal, size):
        # Asked twice per frame (the axis and the grid): work it out once.
        level = getattr(self, "zoomLevel", None)  # set by the first paint with a range
        if level is None:
            return super().tickValues(minVal, maxVal, size)
        key = (round(minVal, 3), round(maxVal, 3), round(size), id(level))
        if self._last is None or self._last[0] != key:
            self._last = (key, _apart(super().tickValues(minVal, maxVal, size)))
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
