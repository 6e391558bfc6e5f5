"""The lanes: one row per entity over a date axis, with every event's marks.

Used by the window's timeline and by image export, so both draw the same way.
"""

from __future__ import annotations

import math
import time
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor

from ...core.data.records import PERIOD_CATEGORY
from ...core.view.filters import FilterResult
from ...core.view.lanes import LANE_FILL, Mark, drawn_as_periods, is_drawn_as_period, stack
from ...core.view.level_of_detail import LaneIndex
from ...core.view.session import Session
from ...core.view.viewrange import MIN_SPAN
from .. import style
from ..record_source import RecordSource
from .density_item import DensityItem
from .event_bars_item import EventBarsItem
from .event_labels_item import EventLabelsItem
from .event_tip import tip_text
from .grid_item import GridItem
from .lane_axis import LaneAxisItem, lane_names_and_colors
from .lane_heights import GAP_PX, HEADER_PX, ROW_PX, busiest_rows, fit, lanes_in_view, spare
from .lane_stripes_item import LaneStripesItem
from .markers_item import MarkersItem
from .period_bands_item import PeriodBandsItem
from .selection_item import SelectionItem
from .time_axis import TimeAxisItem
from .view_box import TimelineViewBox

AXIS_WIDTH = 150
MAX_PERIODS = 50  # period bands drawn at most
# While the view zooms, a layout younger than this serves on (the view's transform
# scales it), and the marks are laid out again once the view rests: a layout of
# a thousand marks takes a few frames (docs/performance.md).
REST_MS = 150
# The titles of marks newly laid out are read once the view pauses this long: read
# while it moves, a worker would compete with its frames for the interpreter.
READ_AHEAD_MS = 50


class LaidOut(NamedTuple):
    """The marks laid out, as arrays in the order of LanesPlot.marks."""

    rows: np.ndarray  # event rows of the columns
    ids: np.ndarray  # event ids
    lanes: np.ndarray  # lane index of each mark
    y: np.ndarray  # its y (its lane, or a row within it)
    dimmed: np.ndarray  # bool: not matched by the search

    @classmethod
    def empty(cls) -> LaidOut:
        none = np.empty(0, np.int64)
        return cls(none, none, none, np.empty(0), np.empty(0, bool))


class LanesPlot(pg.PlotItem):
    def __init__(self, session: Session, records: RecordSource | None = None, image=False):
        """`records`: where marks get their records (by default read at once,
        as an exported image needs)."""
        self.session = session
        self.image = image  # an export: only the period bands in the session's range count
        self._top_px = GAP_PX
        self.lane_axis = LaneAxisItem()
        self.lane_axis.setWidth(AXIS_WIDTH)
        super().__init__(
            viewBox=TimelineViewBox(),
            axisItems={"left": self.lane_axis, "bottom": TimeAxisItem("bottom")},
        )
        self.view_box = self.getViewBox()
        self.hideButtons()
        for axis in ("left", "bottom"):
            self.getAxis(axis).setTextPen(style.FOREGROUND)
            self.getAxis(axis).setPen(QColor(style.FAINT))
        self._marks: list[Mark] | None = []  # None: not made yet (see marks)
        self._laid = LaidOut.empty()
        self._plan: tuple = (None, None)  # (what was planned, its Detail)
        self._lane_rgba = np.empty(0, np.int64)
        self._symbols: dict[str, str] = {}  # category -> marker shape
        self._shapes: list[str] = []  # the same, by category code of the columns
        self._inferred = np.empty(0, np.int64)  # ids of events whose date is inferred
        self._period_code = -1
        # Set by draw(); until then there is nothing to lay out.
        self._result: FilterResult | None = None
        self.index: LaneIndex | None = None
        self.colors: list[QColor] = []
        self._matched_mask = None  # rows the search matched, when searching
        self._dimmed: set[int] = set()  # ids of the marks laid out that are dimmed
        self.records = records or RecordSource(session.store, threaded=False)
        self._layout_key = None
        self._covered = (0.0, 0.0)
        self._drawing = False
        self._seconds_per_px = 1.0  # the zoom the marks were laid out for
        self._waiting_marks = self._waiting_periods = False  # stand-ins drawn, records coming
        self._laid_out_at = -math.inf  # time.monotonic() of the last layout
        self._moved_at, self._last_x = -math.inf, None  # of the last change of the x range
        self._rest = QTimer(singleShot=True, interval=REST_MS)
        self._rest.timeout.connect(self.settle)
        self._read_ahead_timer = QTimer(singleShot=True, interval=READ_AHEAD_MS)
        self._read_ahead_timer.timeout.connect(self._read_ahead)
        self.stripes = LaneStripesItem()
        self.grid = GridItem(self.getAxis("bottom"))
        self.periods = PeriodBandsItem()
        self.bars = EventBarsItem()
        self.density = DensityItem()
        self.points = MarkersItem(tip=self._tip)
        self.labels = EventLabelsItem()
        self.labels.follow_moves = not image  # an image is placed afresh at every paint
        self.selection = SelectionItem()
        for item in (
            self.stripes,
            self.grid,
            self.periods,
            self.density,
            self.bars,
            self.points,
            self.labels,
            self.selection,
        ):
            self.addItem(item)
        self.points.sigClicked.connect(lambda event_id, _ev: session.select(event_id))
        self.view_box.sigRangeChanged.connect(self.layout_marks)
        self.view_box.sigResized.connect(self._fit_lanes)
        self.view_box.sigResized.connect(self.layout_marks)
        self.bars.sigEventClicked.connect(session.select)
        self.bars.tip = self._tip
        self.labels.sigEventClicked.connect(session.select)
        self.records.arrived.connect(self._records_arrived)

    def _records_arrived(self) -> None:
        # The source is shared with the table and details: only a batch this plot
        # drew stand-ins for is a reason to lay out again.
        if self._result is None or not (self._waiting_marks or self._waiting_periods):
            return
        self._set_periods()
        if time.monotonic() - self._moved_at < REST_MS / 1000:
            self._rest.start()  # the view is moving: titles come with the layout at rest
            return
        self._layout_key = None  # lay out again, now with titles
        self.layout_marks()

    def draw(self, result) -> None:
        """Draw a new filter result: lanes, then the marks laid out for this view."""
        before, self._result = self._result, result
        store = self.session.store
        # A search that only dims (the usual) shows what was shown: the same lanes
        # and strips, so the index and its counts serve on (30 ms at 10M).
        same = before is not None and self.index is not None
        same = same and result.shown is before.shown and result.link_shown is before.link_shown
        same = same and tuple(result.lanes) == tuple(before.lanes)
        if not (same and self.index.columns is store.columns):
            self.index = LaneIndex(store.columns, result, store.weight)
        names, colors = lane_names_and_colors(self.session.store, result.lanes)
        self.colors = colors
        self._lane_rgba = np.array([c.rgba() for c in colors], np.int64)
        categories = store.columns.categories
        # Each category's marker shape: the markers' (by code) and the labels' glyphs.
        self._symbols = {c: style.symbol_for(c, self.session.categories) for c in categories}
        self._shapes = [self._symbols[c] for c in categories]
        self._inferred = np.fromiter(store.inferred_ids, np.int64, len(store.inferred_ids))
        self._period_code = (
            categories.index(PERIOD_CATEGORY) if PERIOD_CATEGORY in categories else -1
        )
        self.lane_axis.set_lanes(names, colors)
        self._matched_mask = result.matched_mask  # the rest are dimmed
        lo, hi = self.session.view.bounds
        self.stripes.set_lanes(len(result.lanes), lo, hi)
        self._set_periods()
        self._drawing = True  # one layout at the end, not one per range change
        try:
            self._fit_lanes(to_top=True)
        finally:
            self._drawing = False
        self._layout_key = None
        self.layout_marks()

    def _fit_lanes(self, *_, to_top: bool = False) -> None:
        """Lanes share the height under a header row of fixed pixels (lane_heights.fit)."""
        if self._result is None:
            return
        height = self.view_box.height() or 100.0  # not laid out yet: any height will do
        f = fit(height, len(self._result.lanes), self._top_px)
        self.periods.set_top(f.top)
        self.view_box.setLimits(yMin=f.top, yMax=f.bottom, maxYRange=f.bottom - f.top)
        y0, y1 = self.view_box.viewRange()[1]
        start = f.top if to_top else min(max(y0, f.top), f.bottom - f.span)
        if to_top or abs((y1 - y0) - f.span) > 1e-3 or abs(y0 - start) > 1e-3:
            self.view_box.setYRange(start, start + f.span, padding=0)

    def spare_height(self, room: int = 1) -> float:
        """Pixels the lanes do not need: the rows the busiest lane stacks, times `room`."""
        height = self.view_box.height()
        if self._result is None or height <= 0:
            return 0.0
        rows = busiest_rows(self.marks, *self.view_box.viewRange()[0])
        return spare(height, len(self._result.lanes), self._top_px, rows * room)

    def lanes_shown(self) -> int:
        """How many lanes the view shows whole or in part."""
        first, last = self._lanes_in_view()
        return max(0, last - first)

    def _lanes_in_view(self) -> tuple[int, int]:
        """[first, last) lane indexes the view shows whole or in part."""
        return lanes_in_view(*self.view_box.viewRange()[1], len(self._result.lanes))

    def _set_periods(self) -> None:
        """Period bands; a period whose record is not read yet has no label."""
        result, columns = self._result, self.session.store.columns
        ids = []
        if PERIOD_CATEGORY in columns.categories:
            code = columns.categories.index(PERIOD_CATEGORY)
            shown = result.shown & (columns.category == code)
            if self.image:  # only the bands the image's range shows
                v0, v1 = self.session.view.range
                shown &= (columns.t0 < v1) & (columns.t1 > v0)
            rows = np.flatnonzero(shown)[:MAX_PERIODS]
            ids = columns.ids[rows].tolist()
        self._top_px = HEADER_PX if ids else GAP_PX  # a header row for their labels
        records = self.records.records(ids, "periods")
        self._waiting_periods = any(e.is_stand_in for e in records.values())
        periods = [(e.t0, e.t1, e.title) for e in (records[i] for i in ids if i in records)]
        self.periods.set_periods(periods, max(len(result.lanes), 1))

    def layout_marks(self, *_) -> None:
        """Decide markers and strips for the view plus a view's width either side;
        stack markers into rows where lanes are tall enough. Redone when the view
        leaves that margin, the zoom changes by a quarter or the lanes change."""
        if self._result is None or self._drawing:
            return
        result = self._result
        height = self.view_box.height()
        (x0, x1), width = self.view_box.viewRange()[0], max(self.view_box.width(), 1.0)
        y0, y1 = self.view_box.viewRange()[1]
        first, last = self._lanes_in_view()
        lane_px = height / max(y1 - y0, 1e-9)  # the lanes in view share the height
        rows_per = max(1, int(lane_px // ROW_PX)) if height > 0 else 1  # rows per lane
        seconds_per_px = (x1 - x0) / width
        key = (rows_per, round(math.log(max(seconds_per_px, 1e-9), 1.25)), id(result), first, last)
        covered = self._covered[0] <= x0 and x1 <= self._covered[1]
        if (x0, x1) != self._last_x:
            self._moved_at, self._last_x = time.monotonic(), (x0, x1)
            for timer in (self._rest, self._read_ahead_timer):
                if timer.isActive():  # the view moved again: wait from its last move
                    timer.start()
        if key == self._layout_key and covered:
            return
        before = self._layout_key
        # A step of a zoom (not a jump to another zoom), all else as it was.
        zoomed = (
            before is not None
            and (key[0], *key[2:]) == (before[0], *before[2:])
            and abs(key[1] - before[1]) <= 2
        )
        recent = time.monotonic() - self._laid_out_at < REST_MS / 1000
        if zoomed and covered and recent and not self.image:
            self._rest.start()  # the zoom goes on: lay out once it rests
            return
        self._rest.stop()
        self._layout_key = key
        self._laid_out_at = time.monotonic()
        span = x1 - x0
        self._covered = (x0 - span, x1 + span)
        plan = (self.index, first, last, x0 - span, x1 + span, 3 * width, tuple(self._lane_rgba))
        if plan != self._plan[0]:  # else the same strips and markers as the last layout's
            self._plan = (plan, self.index.plan(*plan[1:6]))
            self.density.set_strips(self._plan[1], first, last, self.colors)
        detail = self._plan[1]
        columns = self.session.store.columns
        rows, lanes = detail.mark_rows, detail.mark_lanes
        ids = columns.ids[rows]
        # Markers and bars need only the columns; the labels' titles are read once
        # the view pauses (_read_ahead).
        self._waiting_marks = False
        self._read_ahead_timer.start()
        mask = self._matched_mask
        dimmed = np.zeros(len(rows), bool) if mask is None else ~mask[rows]
        self._dimmed = set() if mask is None else set(ids[dimmed].tolist())
        self._seconds_per_px = seconds_per_px
        self.bars.row_pitch = self.labels.row_pitch = 1.0 if rows_per == 1 else LANE_FILL / rows_per
        self._laid, self._marks = LaidOut(rows, ids, lanes, lanes.astype(float), dimmed), None
        if rows_per > 1:  # rows within lanes: stacked by their titles' widths
            self._marks = stack(
                self.marks, rows_per, lambda m: seconds_per_px * self._label_extent_px(m)
            )
            self._laid = self._laid._replace(y=np.array([m.y for m in self._marks], float))
        self._draw_marks()

    def _read_ahead(self) -> None:
        """Have the records of the marks laid out read (for their labels' titles)."""
        if self.records.prefetch(self._laid.ids.tolist(), "lanes"):
            self._waiting_marks = True

    @property
    def marks(self) -> list[Mark]:
        """The marks laid out, in the order of the LaidOut arrays. Made from the
        records when first asked for after a layout: a layout while the view moves
        draws markers and bars from the columns, and its labels follow their marks."""
        if self._marks is None:
            ids, lanes, ys = (a.tolist() for a in self._laid[1:4])
            records = self.records.records(ids, "lanes")  # stand-ins for those not read
            if any(e.is_stand_in for e in records.values()):
                self._waiting_marks = True  # laid out again when they arrive
            self._marks = [
                Mark(records[i], lane, y) for i, lane, y in zip(ids, lanes, ys, strict=True)
            ]
        return self._marks

    def settle(self) -> None:
        """Lay out marks and labels for the view now (as when the view rests)."""
        self._layout_key = None
        self._laid_out_at = -math.inf
        self.layout_marks()
        self.labels.place_afresh()

    def _label_extent_px(self, mark) -> float:
        """How far right of its mark a label may reach: its title on two lines."""
        return 12 + min(self.labels.measure(mark.event.title), 400) / 2

    def _as_period(self, event) -> bool:
        return is_drawn_as_period(event, self._seconds_per_px)

    def _draw_marks(self) -> None:
        """Markers and bars for the marks laid out, from the columns (numpy, not a
        loop over a thousand records: docs/performance.md)."""
        laid, columns = self._laid, self.session.store.columns
        rows = laid.rows
        rgba = self._lane_rgba[laid.lanes]
        as_period = drawn_as_periods(columns, rows, self._seconds_per_px)
        category, disputed = columns.category[rows], columns.disputed[rows]
        inferred = np.isin(laid.ids, self._inferred)
        # A period's mark is its band and its bars: no marker to cover or misread.
        point = ~as_period & (category != self._period_code)
        looks = np.stack([rgba, category, laid.dimmed, disputed, inferred], axis=1)[point]
        self.points.set_markers(
            columns.x[rows][point], laid.y[point], laid.ids[point], looks, self._shapes
        )
        bar = columns.span[rows] | as_period
        self.bars.set_bars(
            columns.t0[rows][bar],
            columns.t1[rows][bar],
            laid.y[bar],
            laid.ids[bar],
            np.stack([rgba, laid.dimmed, disputed, inferred, columns.span[rows]], axis=1)[bar],
        )
        self.draw_selection(self.session.selection)

    def _set_labels(self) -> None:
        """Labels in the order of `core.labels.importance`: selected, matched, each
        event's first lane, turning points, more entities."""
        laid, selected = self._laid, self.session.selection
        priority = {}  # event id -> (selected, matched); (False, False) if not here
        if self.session.result.matched_mask is not None:
            priority = dict.fromkeys(laid.ids[~laid.dimmed].tolist(), (False, True))
        if selected is not None:
            priority[selected] = (True, priority.get(selected, (False, False))[1])
        # An event's label goes first in its first lane: where (id, lane) sorts first.
        order = np.lexsort((laid.lanes, laid.ids))
        ids = laid.ids[order]
        first = order[np.r_[True, ids[1:] != ids[:-1]]] if len(ids) else order
        primary = set(zip(laid.ids[first].tolist(), laid.lanes[first].tolist(), strict=True))
        self.labels.lane_colors = dict(enumerate(self.colors))
        marks = self._marks if self._marks is not None else (lambda: self.marks)
        self.labels.set_marks(
            marks, priority, self._dimmed, primary, self._symbols, self._seconds_per_px, -0.5
        )

    def draw_selection(self, event_id) -> None:
        laid = self._laid
        chosen = np.flatnonzero(laid.ids == event_id) if event_id is not None else []
        if not len(chosen):
            self.selection.set_selection(None, [])
        else:
            x = float(self.session.store.columns.x[laid.rows[chosen[0]]])
            self.selection.set_selection(x, laid.y[chosen].tolist())
        self._set_labels()

    def show_lane(self, index: int) -> None:
        """Scroll the lanes so lane `index` is in view (a key moved the selection there)."""
        y0, y1 = self.view_box.viewRange()[1]
        if index < y0:
            self.view_box.scroll_lanes(index - y0)
        elif index + 1 > y1:
            self.view_box.scroll_lanes(index + 1 - y1)

    def set_limits(self, bounds) -> None:
        lo, hi = bounds
        self.view_box.setLimits(xMin=lo, xMax=hi, minXRange=MIN_SPAN, maxXRange=hi - lo)
        self.stripes.set_span(lo, hi)

    def _tip(self, event_id: int) -> str:
        return tip_text(self.records.records([event_id], "tip")[event_id])
