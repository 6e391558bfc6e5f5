"""Event markers: one pre-drawn image per look, copied for every marker in view.

A layout hands over arrays (x, y, look, event id) and the few looks they use;
a paint maps the markers in view with numpy and copies them from an atlas in
one call. pyqtgraph's ScatterPlotItem, used before, took 5-10 ms to take a
thousand markers with per-point styles: a third of a layout (docs/performance.md).

Exporting, each marker is drawn as a path already in pixels, outlined at the
pen's width (so are the legend's samples, always): a vector file gets shapes,
not images, and no 11x scaled outline that librsvg would draw as a blob.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPixmap, QTransform

from .. import style

INFERRED_FILL_ALPHA = 110  # an inferred date's marker: pale, between dimmed and solid
SIZE = 11.0  # a marker's width in pixels
HOVER_SIZE = 15.0  # the marker under the mouse, drawn larger
MAX_LOOKS = 4096
ATLAS_COLUMNS = 64  # looks per row of the atlas
REACH = HOVER_SIZE / 2  # pixels from a marker's centre that still hover or click it


def draw_marker(p: QPainter, at: QPointF, symbol, size: float, pen, brush) -> None:
    """`symbol` (a pyqtgraph symbol name or unit path) `size` pixels wide at `at`,
    in the painter's current (pixel) coordinates."""
    path = Symbols[symbol] if isinstance(symbol, str) else QPainterPath(symbol)
    p.setPen(pen)
    p.setBrush(brush)
    p.drawPath(QTransform(size, 0, 0, size, at.x(), at.y()).map(path))


class MarkersItem(pg.GraphicsObject):
    sigClicked = Signal(int, object)  # event id, the mouse event (double() tells a double click)

    def __init__(self, tip=None):
        """`tip(event_id)`: the tooltip of a marker."""
        super().__init__()
        self.tip = tip
        self.x = self.y = np.empty(0)
        self.looks_of = np.empty(0, np.int64)  # each marker's index into `looks`
        self.ids = np.empty(0, np.int64)  # each marker's event id
        self.looks: list[tuple] = []  # (symbol, pen, brush), kept from layout to layout
        self._look_index: dict = {}  # a look's key -> its index in `looks`
        self._atlas: tuple[float, QPixmap, int] | None = None  # (device pixel ratio, image, cell)
        # (device pixel ratio, atlas image, how many looks it holds)
        self._image: tuple[float, QImage | None, int] = (0.0, None, 0)
        # The painter takes fragments as one C array: pyqtgraph's wrapper fills it from numpy.
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10)
        self._hovered: int | None = None  # index of the marker under the mouse
        self.setAcceptHoverEvents(True)

    def set_markers(self, x, y, ids, looks: np.ndarray, shapes: list[str]) -> None:
        """Markers at (x, y) for the events `ids`. `looks`: a row per marker of its
        lane's colour (QColor.rgba()), its category code (an index into `shapes`,
        pyqtgraph symbol names), dimmed, disputed and date-inferred flags."""
        self.x, self.y = np.asarray(x, np.float64), np.asarray(y, np.float64)
        self.ids = np.asarray(ids, np.int64)
        looks = looks.astype(np.int64)
        # One number per look (colour, shape, three flags): unique in 1-D is fast.
        packed = looks[:, 0] << 24 | looks[:, 1] << 3 | looks[:, 2] << 2 | looks[:, 3] << 1
        _, first, inverse = np.unique(packed | looks[:, 4], return_index=True, return_inverse=True)
        index = [self._look_index_of(row, shapes) for row in looks[first].tolist()]
        self.looks_of = np.array(index, np.int64)[inverse]
        self._hovered = None
        self.update()

    def _look_index_of(self, row: list[int], shapes: list[str]) -> int:
        """Index into `looks` of one row of set_markers' looks. Looks are kept from
        layout to layout, so a new layout seldom draws the atlas again."""
        rgba, shape, *flags = row
        key = (rgba, shapes[shape], *map(bool, flags))
        index = self._look_index.get(key)
        if index is None:
            if len(self.looks) >= MAX_LOOKS:  # the colours of many files: start afresh
                self.looks, self._look_index = [], {}
                self._image = (0.0, None, 0)
            index = self._look_index[key] = len(self.looks)
            self.looks.append((key[1], *marker_look(QColor.fromRgba(rgba), *key[2:])))
            self._atlas = None
        return index

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        # Markers have a size in pixels, not in time: cover the view.
        return view.viewRect() if view is not None else QRectF()

    def _device_xy(self, transform: QTransform) -> tuple[np.ndarray, np.ndarray]:
        px = transform.m11() * self.x + transform.m21() * self.y + transform.dx()
        py = transform.m12() * self.x + transform.m22() * self.y + transform.dy()
        return px, py

    def paint(self, p, option, widget=None):
        view = self.getViewBox()
        if view is None or not len(self.x):
            return
        transform = p.transform()
        px, py = self._device_xy(transform)
        rect = transform.mapRect(view.viewRect()).adjusted(-SIZE, -SIZE, SIZE, SIZE)
        shown = (px >= rect.left()) & (px <= rect.right()) & (py >= rect.top())
        shown &= py <= rect.bottom()
        p.resetTransform()  # sizes are pixels
        if self._exportOpts is not False:
            smooth = self._exportOpts.get("antialias", True)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
            for i in np.flatnonzero(shown).tolist():
                symbol, pen, brush = self.looks[self.looks_of[i]]
                draw_marker(p, QPointF(px[i], py[i]), symbol, SIZE, pen, brush)
            return
        ratio = widget.devicePixelRatioF() if widget is not None else p.device().devicePixelRatioF()
        _, atlas, cell = self._atlas_for(ratio)
        rows = np.flatnonzero(shown)
        self._fragments.resize(len(rows))
        fragments = self._fragments.ndarray()
        fragments[:, 0] = px[rows]  # the centre of each copy
        fragments[:, 1] = py[rows]
        looks = self.looks_of[rows]
        fragments[:, 2] = looks % ATLAS_COLUMNS * cell  # its look's cell in the atlas
        fragments[:, 3] = looks // ATLAS_COLUMNS * cell
        fragments[:, 4:6] = cell
        fragments[:, 6:10] = (1 / ratio, 1 / ratio, 0.0, 1.0)  # scale, rotation, opacity
        p.drawPixmapFragments(*self._fragments.drawargs(), atlas)
        hovered = self._hovered
        if hovered is not None and shown[hovered]:
            symbol, pen, brush = self.looks[self.looks_of[hovered]]
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            draw_marker(p, QPointF(px[hovered], py[hovered]), symbol, HOVER_SIZE, pen, brush)

    def _atlas_for(self, ratio: float) -> tuple[float, QPixmap, int]:
        """Every look drawn once, side by side, at the screen's pixel ratio. Only
        looks added since the last paint are drawn (a layout brings a few new
        ones among hundreds); the image grows by rows as needed."""
        if self._atlas is not None and self._atlas[0] == ratio:
            return self._atlas
        cell = math.ceil((SIZE + 4) * ratio)  # room for the outline
        drawn_at, image, drawn = self._image
        if drawn_at != ratio:  # another screen
            image, drawn = None, 0
        rows = -(-max(1, len(self.looks)) // ATLAS_COLUMNS)
        if image is None or image.height() < rows * cell:
            grown = QImage(
                ATLAS_COLUMNS * cell, 2 * rows * cell, QImage.Format.Format_ARGB32_Premultiplied
            )
            grown.fill(Qt.GlobalColor.transparent)
            if image is not None:
                copy = QPainter(grown)
                copy.drawImage(0, 0, image)
                copy.end()
            image = grown
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(ratio, ratio)
        for i in range(drawn, len(self.looks)):
            symbol, pen, brush = self.looks[i]
            column, row = i % ATLAS_COLUMNS, i // ATLAS_COLUMNS
            centre = QPointF((column + 0.5) * cell / ratio, (row + 0.5) * cell / ratio)
            draw_marker(painter, centre, symbol, SIZE, pen, brush)
        painter.end()
        self._image = (ratio, image, len(self.looks))
        self._atlas = (ratio, QPixmap.fromImage(image), cell)
        return self._atlas

    def index_at(self, pos) -> int | None:
        """The marker nearest `pos` (item coordinates) within REACH pixels, if any."""
        transform = self.deviceTransform_()  # pyqtgraph's: item to the widget's pixels
        if transform is None or not len(self.x):
            return None
        px, py = self._device_xy(transform)
        at = transform.map(pos)
        distance = (px - at.x()) ** 2 + (py - at.y()) ** 2
        nearest = int(np.argmin(distance))
        return nearest if distance[nearest] <= REACH**2 else None

    def hoverEvent(self, ev):
        index = None if ev.isExit() else self.index_at(ev.pos())
        if index == self._hovered:
            return  # the same marker (or none): its tooltip is set
        self._hovered = index
        self.update()
        tip = "" if index is None or self.tip is None else self.tip(int(self.ids[index]))
        self.setToolTip(tip)

    def mouseClickEvent(self, ev):
        index = self.index_at(ev.pos()) if ev.button() == Qt.MouseButton.LeftButton else None
        if index is None:
            ev.ignore()
            return
        ev.accept()
        self.sigClicked.emit(int(self.ids[index]), ev)


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
