"""Event titles beside their marks, placed by the core where they cover nothing else.

A title is shown whole when there is room, on one line or two; else shortened at
a word boundary. Hovering a label shows the whole title; clicking it selects.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPixmap,
    QStaticText,
    QTransform,
)

from ...core.view.labels import LabelRequest, PlacedLabel, importance, place
from ...core.view.lanes import PERIOD_BAR_PX, is_drawn_as_period, mark_box, period_bar_drop
from .. import style
from .markers_item import draw_marker

ICON_PX = 11.0  # room for a period label's category glyph
GLYPH_PX = 7.0  # the glyph itself
MAX_TEXTS = 4000  # label lines kept laid out
DISPUTED_MARK = "⚠"  # before a disputed event's title, as in the table
LABEL_BACKGROUND = QColor(255, 255, 255, 200)
PRIMARY_INK = QColor(style.DARK_TEXT)
OTHER_LANE_INK = QColor(style.MUTED)  # an event's other lanes repeat its title, lighter
GLYPH_PEN = pg.mkPen(QColor(style.MID_TEXT), width=1.0)
GLYPH_BRUSH = pg.mkBrush(QColor(style.FAINT))


class EventLabelsItem(pg.GraphicsObject):
    sigEventClicked = Signal(int)

    def __init__(self):
        super().__init__()
        self._marks = []
        self._priority: dict[int, tuple[bool, bool]] = {}
        self._primary: set[tuple[int, int]] = set()
        self._dimmed: set[int] = set()
        self._symbols: dict[str, str] = {}
        self._top = None
        self._seconds_per_px = 1.0
        self.row_pitch = 1.0  # a row's height in lanes (less where lanes stack rows)
        self._font = style.font(style.LABEL_PX)
        self._metrics = QFontMetricsF(self._font)
        self._line = self._metrics.height()
        self._widths: dict[str, float] = {}
        self._texts: dict[str, QStaticText] = {}  # see _static
        self._glyphs: dict = {}  # (symbol, device pixel ratio) -> QPixmap
        self._boxes: dict = {}  # (event id, lane) -> its mark's pixel box, at the last paint
        self._obstacles: list = []  # (box, owner) no other label covers, at the last paint
        self._device: QTransform | None = None  # item to device pixels, at the last paint
        self.placed: dict[tuple[int, int], PlacedLabel] = {}  # (event id, lane), last paint
        self._laid_out = None  # (transform but its x shift, view size, that x shift)
        self._bounds_x = (0.0, 0.0)  # the labels' left and right limits, in pixels
        self._by_key: dict = {}  # (event id, lane) -> its mark
        self._by_key_of = None  # the marks _by_key was made from
        self.lane_colors: dict = {}  # lane index -> QColor, set by the lanes plot
        # While the view pans or zooms, the last placement follows its marks; placed
        # afresh once the view rests: a whole placement of a thousand marks takes
        # several frames (docs/performance.md). An export places every paint afresh.
        self.follow_moves = True
        self._marks_changed = False  # set_marks since the last whole placement
        self._offsets: dict = {}  # (event id, lane) -> its label's offset from its mark, px
        self._settle = QTimer(singleShot=True, interval=150)
        self._settle.timeout.connect(self.place_afresh)
        self.setZValue(10)
        self.setAcceptHoverEvents(True)

    def set_marks(self, marks, priority, dimmed, primary, symbols, seconds_per_px, top) -> None:
        """marks: the core Marks, or a callable that makes them (asked once the labels
        are placed afresh: while the view moves, the labels placed follow the marks
        they were placed for); priority: event id -> (selected, matched); primary:
        the (event, lane) marks that carry an event's label first; symbols: category
        -> glyph; seconds_per_px: the zoom the marks were drawn for (which are periods);
        top: the view y above which no label goes (the period bands' header)."""
        self._marks, self._priority, self._dimmed = marks, priority, dimmed
        self._primary, self._symbols, self._top = primary, symbols, top
        self._seconds_per_px = seconds_per_px
        if not callable(marks):
            self._made_marks()
        self._marks_changed = True  # placed afresh at the next paint, unless the view moves
        self.update()

    def _made_marks(self) -> list:
        """The marks, made now if they were handed over as a callable."""
        if callable(self._marks):
            self._marks = self._marks()
        if self._by_key_of is not self._marks:
            self._by_key = {(m.event.id, m.lane): m for m in self._marks}
            self._by_key_of = self._marks
        return self._marks

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        # Labels extend past their marks by pixels: cover the whole view.
        return view.viewRect() if view is not None else QRectF()

    def measure(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._metrics.horizontalAdvance(text)
        return width

    def _layout(self, transform: QTransform) -> dict:
        view = self.getViewBox()
        rect = transform.mapRect(view.viewRect())
        top = rect.top() if self._top is None else transform.map(QPointF(0, self._top)).y()
        # A few pixels into the header strip (HEADER_PX): its top line holds the period
        # bands' labels, its bottom is free, and the top lane's labels reach into it as
        # a lower lane's reach into the lane above.
        bounds = (rect.left() + 2, max(rect.top(), top - 5), rect.right() - 2, rect.bottom())
        sx, dx, sy, dy = transform.m11(), transform.dx(), transform.m22(), transform.dy()
        seconds_per_px = self._seconds_per_px  # as the marks were drawn, not this frame's

        def to_px(t, y):
            return sx * t + dx, sy * y + dy

        (x0, x1), _ = view.viewRange()
        row_px = abs(sy) * self.row_pitch
        bar_top = period_bar_drop(row_px) - PERIOD_BAR_PX / 2 - 1  # below the row centre
        requests, obstacles = [], []
        for m in self._made_marks():
            if not (x0 <= m.x <= x1 or m.event.t0 < x1 and m.event.t1 > x0):
                continue  # off screen: no label, nothing to cover
            key = (m.event.id, m.lane)
            if m.event.is_span:  # its bar belongs to it: no other label covers it
                (bx0, by), (bx1, _) = to_px(m.event.t0, m.y), to_px(m.event.t1, m.y)
                by += period_bar_drop(row_px)
                half = PERIOD_BAR_PX / 2
                obstacles.append(((bx0, by - half, bx1, by + half), key))
            if m.event.is_period:
                continue  # its band carries its label; its bars (above) are covered by none
            box = mark_box(m, seconds_per_px, row_px, to_px)
            over_bar = is_drawn_as_period(m.event, seconds_per_px)
            if over_bar and box[0] < bounds[0]:  # a period begun off screen: label from the edge
                box = (bounds[0], *box[1:])
            cy = to_px(0, m.y)[1]
            requests.append(
                LabelRequest(
                    key,
                    f"{DISPUTED_MARK} {m.event.title}" if m.event.disputed else m.event.title,
                    box,
                    self._priority_of(m, key),
                    over_bar,
                    ICON_PX if over_bar else 0.0,
                    (cy - row_px / 2, cy + row_px / 2),
                    cy + bar_top,
                )
            )
        self._boxes = {r.key: r.mark for r in requests}
        self._bounds_x = (bounds[0], bounds[2])
        self._obstacles = obstacles
        placed = place(requests, bounds, self.measure, self._line, obstacles)
        self._offsets = {}
        for key, label in placed.items():
            mx, my = to_px(self._by_key[key].x, self._by_key[key].y)
            self._offsets[key] = (label.rect[0] - mx, label.rect[1] - my)
        return placed

    def _priority_of(self, mark, key) -> tuple:
        selected, matched = self._priority.get(mark.event.id, (False, False))
        e = mark.event
        primary = key in self._primary
        return importance(e.category, len(e.entity_ids), e.precision, primary, selected, matched)

    def paint(self, p, *args):
        if self.getViewBox() is None or not (callable(self._marks) or self._marks):
            return
        transform = p.transform()
        self.placed = self._placement(transform)
        self._device = transform
        by_key = self._by_key
        p.resetTransform()
        p.setFont(self._font)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        on_screen = self._exportOpts is False  # a file gets plain text, each time
        for key, label in self.placed.items():
            x0, y0, x1, y1 = label.rect
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LABEL_BACKGROUND)
            p.drawRect(QRectF(x0 - 1, y0, x1 - x0 + 2, y1 - y0))
            dimmed = key[0] in self._dimmed
            mark = by_key[key]
            # A tab in its lane's colour on the side facing its mark: a label that
            # sits in a neighbouring row still says whose it is.
            color = self.lane_colors.get(mark.lane)
            if color is not None:
                mark_x = self._boxes[key][0]
                tab_x = x1 + 1 if x1 <= mark_x else x0 - 3
                p.setBrush(style.with_alpha(color, 90 if dimmed else 255))
                p.drawRect(QRectF(tab_x, y0 + 1, 2, y1 - y0 - 2))
            text_left = x0
            if is_drawn_as_period(mark.event, self._seconds_per_px):
                # The glyph goes on the side of the label that faces its bar.
                left_of_bar = x1 <= self._boxes[key][0]
                glyph_x = x1 - ICON_PX / 2 if left_of_bar else x0 + ICON_PX / 2
                self._draw_glyph(p, mark.event.category, glyph_x, y0 + self._line / 2, on_screen)
                text_left += 0 if left_of_bar else ICON_PX
            # An event's other lanes repeat its title in a lighter grey.
            ink = PRIMARY_INK if key in self._primary else OTHER_LANE_INK
            p.setPen(style.with_alpha(ink, 90 if dimmed else 255))
            for i, line in enumerate(label.lines):
                if on_screen:  # laid out once per title, not at each paint
                    p.drawStaticText(QPointF(text_left, y0 + i * self._line), self._static(line))
                    continue
                row = QRectF(text_left, y0 + i * self._line, x1 - text_left + 2, self._line)
                p.drawText(row, align, line)

    def _placement(self, transform: QTransform) -> dict:
        """The labels for this paint: placed afresh; or, while the view moves (a
        pan, or a zoom in the window), the last placement following its marks,
        placed afresh once the view rests."""
        view_size = self.getViewBox().size().toTuple()
        same = (transform.m11(), transform.m22(), transform.dy(), view_size)
        last, dx = self._laid_out, transform.dx()
        if last is not None and not self._marks_changed and last[0] == same and last[1] == dx:
            return self.placed  # a repaint of the same view
        moved = last is not None and (last[0], last[1]) != (same, dx)
        panned = moved and last[0] == same and abs(dx - last[1]) < 300
        if moved and (self.follow_moves or panned):  # follow it (none: none yet), for now
            self._laid_out = (same, dx)
            self._settle.start()
            return self._followed(transform)
        self._laid_out = (same, dx)
        self._marks_changed = False
        return self._layout(transform)

    def _followed(self, transform: QTransform) -> dict:
        """The last labels moved with their marks (those still drawn and in view)."""
        left, right = self._bounds_x
        labels, boxes = {}, {}
        for key, label in self.placed.items():
            mark, offset = self._by_key.get(key), self._offsets.get(key)
            if mark is None or offset is None:
                continue
            off_x, off_y = offset
            now = transform.map(QPointF(mark.x, mark.y))
            x0, y0, x1, y1 = label.rect
            nx, ny = now.x() + off_x, now.y() + off_y
            if not (left <= nx and nx + x1 - x0 <= right):
                continue
            labels[key] = PlacedLabel(label.lines, (nx, ny, nx + x1 - x0, ny + y1 - y0), label.full)
            box = self._boxes.get(key, (nx, ny, nx, ny))
            shift_x, shift_y = nx - x0, ny - y0
            boxes[key] = (box[0] + shift_x, box[1] + shift_y, box[2] + shift_x, box[3] + shift_y)
        self._boxes = boxes
        return labels

    def place_afresh(self) -> None:
        self._settle.stop()
        self._laid_out = None
        self.update()

    def _draw_glyph(self, p, category: str, cx: float, cy: float, on_screen: bool) -> None:
        """The category's marker shape, small, before a period's title: on screen
        copied from an image of it drawn once, in a file drawn as a path."""
        symbol = self._symbols.get(category, "o")
        if symbol not in Symbols:
            return
        if not on_screen:
            draw_marker(p, QPointF(cx, cy), symbol, GLYPH_PX, GLYPH_PEN, GLYPH_BRUSH)
            return
        ratio = p.device().devicePixelRatioF()
        image = self._glyphs.get((symbol, ratio))
        if image is None:
            side = math.ceil(GLYPH_PX + 4)
            image = QImage(
                round(side * ratio), round(side * ratio), QImage.Format.Format_ARGB32_Premultiplied
            )
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(
                QPainter.RenderHint.Antialiasing, p.testRenderHint(QPainter.RenderHint.Antialiasing)
            )
            draw_marker(
                painter, QPointF(side / 2, side / 2), symbol, GLYPH_PX, GLYPH_PEN, GLYPH_BRUSH
            )
            painter.end()
            image = self._glyphs[(symbol, ratio)] = QPixmap.fromImage(image)
        half = image.width() / ratio / 2
        p.drawPixmap(QPointF(cx - half, cy - half), image)

    def _static(self, text: str) -> QStaticText:
        """A title's line laid out once: drawing it again costs a copy, not a layout."""
        static = self._texts.get(text)
        if static is None:
            if len(self._texts) > MAX_TEXTS:
                self._texts.clear()
            static = self._texts[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self._font)
        return static

    def label_at(self, pos) -> int | None:
        """The event whose label is under `pos` (item coordinates), if any."""
        key = self._key_at(pos)
        return None if key is None else key[0]

    def _key_at(self, pos) -> tuple[int, int] | None:
        transform = self._device
        if transform is None:
            return None
        point = transform.map(pos)
        for key, label in self.placed.items():
            x0, y0, x1, y1 = label.rect
            if x0 <= point.x() <= x1 and y0 <= point.y() <= y1:
                return key
        return None

    def hoverEvent(self, ev):
        if ev.isExit():
            self.setToolTip("")
            return
        key = self._key_at(ev.pos())
        self.setToolTip("" if key is None else self._by_key[key].event.title)

    def mouseClickEvent(self, ev):
        event_id = self.label_at(ev.pos())
        if ev.button() == Qt.MouseButton.LeftButton and event_id is not None:
            ev.accept()
            self.sigEventClicked.emit(event_id)
        else:
            ev.ignore()
