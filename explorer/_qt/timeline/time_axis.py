"""The date axis, able to tell its major ticks to the grid at any time."""

from __future__ import annotations

import copy
from collections import OrderedDict

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import ZoomLevel
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetrics

from ...core.data.dates import from_seconds
from .. import style
from ..i18n import day_short, month_short


class _UtcZoomLevel(ZoomLevel):
    def moveTicksToLocalTimeCoords(self, ticks, spacing, skipFactor):
        # Our times are UTC (utcOffset 0): pyqtgraph's shift adds 0 to every
        # tick after two QDateTime conversions each, most of the axis's cost.
        return ticks


def _utc_copy(level: ZoomLevel) -> ZoomLevel:
    mine = copy.copy(level)
    mine.__class__ = _UtcZoomLevel
    return mine


MIN_TICK_PX = 6  # a finer level's ticks closer than this make a comb, not a scale
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


class TimeAxisItem(pg.DateAxisItem):
    def __init__(self, orientation: str = "bottom"):
        super().__init__(orientation, utcOffset=0)
        self._last = None
        # DateAxisItem measures labels with the metrics of the painter that
        # last drew it, which is gone outside its paint: keep our own.
        font = style.font(style.AXIS_PX)
        self.setStyle(tickFont=font)
        self._metrics = QFontMetrics(font)
        # Our own copies of the zoom levels, which skip the shift to local time.
        self.zoomLevels = OrderedDict(
            (spacing, _utc_copy(level)) for spacing, level in self.zoomLevels.items()
        )
        self._sizes: dict = {}
        self._strings: dict = {}
        self._drawing = False
        self._length = None  # the axis's length in pixels as its last frame measured it

    def generateDrawSpecs(self, p):
        self._drawing = True
        try:
            return super().generateDrawSpecs(_MeasuringPainter(p, self._sizes))
        finally:
            self._drawing = False

    def tickStrings(self, values, scale, spacing):
        # strftime per label per frame was another third of the axis's time.
        if len(self._strings) > REMEMBERED:
            self._strings.clear()
        level = getattr(self, "zoomLevel", None)
        keys = [(id(level), spacing, v) for v in values]
        missing = [v for v, k in zip(values, keys, strict=True) if k not in self._strings]
        if missing:
            found = self._said(missing, scale, spacing)
            self._strings.update(
                ((id(level), spacing, v), s) for v, s in zip(missing, found, strict=True)
            )
        return [self._strings[k] for k in keys]

    def _said(self, values, scale, spacing) -> list[str]:
        """pyqtgraph's tick strings, with month and weekday names from QLocale
        (strftime's are the C locale's): "Jan" in English, "Jan." in German."""
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in ("%b", "%a %d"):
            return super().tickStrings(values, scale, spacing)
        days = [from_seconds(v) for v in values]
        if spec.format == "%b":
            return [month_short(d.month) for d in days]
        return [f"{day_short(d.isoweekday())} {d.day:02d}" for d in days]

    def tickValues(self, minVal, maxVal, size):
        # Asked twice per frame (the axis and the grid): work it out once.
        if self._drawing:
            self._length = size
        if maxVal <= minVal or size <= 0:
            return super().tickValues(minVal, maxVal, size)
        self.setZoomLevelForDensity((maxVal - minVal) / size)  # as pyqtgraph's first step
        key = (round(minVal, 3), round(maxVal, 3), round(size), id(self.zoomLevel))
        if self._last is None or self._last[0] != key:
            levels = super().tickValues(minVal, maxVal, size)
            px = size / (maxVal - minVal)
            levels = levels[:1] + [lv for lv in levels[1:] if lv[0] * px >= MIN_TICK_PX]
            self._last = (key, _apart(levels))
        return self._last[1]

    def grid_ticks(self, lo: float, hi: float, size: float, min_px: float = 40) -> list[float]:
        """Ticks for grid lines over [lo, hi] in `size` pixels: the finest tick
        level whose lines stay at least `min_px` apart on average."""
        size = self._length or size  # the axis's own measure: one answer for both
        if size <= 0 or hi <= lo:
            return []
        self.fontMetrics = self._metrics
        chosen: list[float] = []
        for _spacing, values in self.tickValues(lo, hi, size):
            if chosen and len(values) > size / min_px:
                break
            chosen = sorted(set(chosen) | set(values))
        return chosen
