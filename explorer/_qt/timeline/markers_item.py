"""Event markers: pyqtgraph's scatter plot, exported as one path per marker.

On screen (and in PNGs) pyqtgraph copies each marker from a pixmap atlas. For
export it draws the symbol with the painter scaled to the marker's size, so a
vector file gets an 11x scaled outline that stays thin only where the viewer
honours SVG's non-scaling-stroke (librsvg 2.54 does not: markers become blobs).
Exporting, these markers are drawn as paths already in pixels, outlined at the
pen's width; so are the legend's samples (legend.py), always.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTransform

from .. import style

INFERRED_FILL_ALPHA = 110  # an inferred date's marker: pale, between dimmed and solid


def draw_marker(p: QPainter, at: QPointF, symbol, size: float, pen, brush) -> None:
    """`symbol` (a pyqtgraph symbol name or unit path) `size` pixels wide at `at`,
    in the painter's current (pixel) coordinates."""
    path = Symbols[symbol] if isinstance(symbol, str) else QPainterPath(symbol)
    p.setPen(pen)
    p.setBrush(brush)
    p.drawPath(QTransform(size, 0, 0, size, at.x(), at.y()).map(path))


class MarkersItem(pg.ScatterPlotItem):
    def paint(self, p, option, widget):
        if self._exportOpts is False or not self.opts["pxMode"]:
            super().paint(p, option, widget)
            return
        transform = p.transform()
        p.resetTransform()  # sizes are pixels
        p.setRenderHint(QPainter.RenderHint.Antialiasing, self._exportOpts.get("antialias", True))
        for spot in self.points():
            if spot.isVisible():
                at = transform.map(QPointF(spot.pos()))
                draw_marker(p, at, spot.symbol(), spot.size(), spot.pen(), spot.brush())


def marker_look(color: QColor, dimmed: bool, disputed: bool, inferred: bool = False) -> tuple:
    """(pen, brush) of a marker in a lane of `color`; an inferred date's marker is
    pale (its outline dotted), so it looks no more certain than its note says."""
    alpha = 80 if dimmed else 255
    if disputed:  # hollow, with a thicker outline in the lane colour
        return (
            style.cached_pen(style.with_alpha(color, alpha), 2.0),
            style.cached_brush(QColor(255, 255, 255, 230)),
        )
    fill_alpha = style.DIM_ALPHA if dimmed else 255
    if inferred:
        fill_alpha = style.DIM_ALPHA // 2 if dimmed else INFERRED_FILL_ALPHA
        pen = QPen(style.with_alpha(color.darker(150), alpha), 1.2, Qt.PenStyle.DotLine)
        return pen, style.cached_brush(style.with_alpha(color, fill_alpha))
    return (
        style.cached_pen(style.with_alpha(color.darker(150), alpha), 1.2),
        style.cached_brush(style.with_alpha(color, fill_alpha)),
    )
