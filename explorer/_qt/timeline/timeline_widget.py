"""The timeline: entity lanes over a date axis, with an overview strip beneath.

It takes the session in its constructor, draws `session.result`, and keeps
the main view and the overview window in step with `session.view`.
"""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPen

from ...core.filters import NO_ENTITY
from ...core.lanes import marks
from ...core.session import Session
from .. import style
from .event_bars_item import EventBarsItem
from .event_labels_item import EventLabelsItem
from .lane_axis import LaneAxisItem
from .lane_stripes_item import LaneStripesItem
from .period_bands_item import PeriodBandsItem
from .selection_item import SelectionItem
from .view_box import TimelineViewBox

AXIS_WIDTH = 150
OVERVIEW_HEIGHT = 90
TOP = -1.3  # top of the view: a header strip above lane 0


class TimelineWidget(pg.GraphicsLayoutWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setBackground(style.BACKGROUND)
        self._syncing = False
        self.marks = []
        self._lane_colors: dict[int, QColor] = {}

        self.lane_axis = LaneAxisItem()
        date_axis = pg.DateAxisItem("bottom", utcOffset=0)
        self.view_box = TimelineViewBox()
        self.legend = self._make_legend()
        self.plot = self.addPlot(
            row=1,
            col=0,
            viewBox=self.view_box,
            axisItems={"left": self.lane_axis, "bottom": date_axis},
        )
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.12)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(style.FOREGROUND)
            self.plot.getAxis(axis).setPen(QColor("#9ca3af"))

        self.stripes = LaneStripesItem()
        self.periods = PeriodBandsItem()
        self.bars = EventBarsItem()
        self.points = pg.ScatterPlotItem(hoverable=True, tip=self._tip, hoverSize=15)
        self.labels = EventLabelsItem()
        self.selection = SelectionItem()
        for item in (
            self.stripes,
            self.periods,
            self.bars,
            self.points,
            self.labels,
            self.selection,
        ):
            self.plot.addItem(item)
        self.points.sigClicked.connect(self._on_points_clicked)
        self.bars.sigEventClicked.connect(session.select)

        self.overview = self.addPlot(
            row=2, col=0, axisItems={"bottom": pg.DateAxisItem("bottom", utcOffset=0)}
        )
        self.overview.setMaximumHeight(OVERVIEW_HEIGHT)
        self.overview.setMouseEnabled(x=False, y=False)
        self.overview.setMenuEnabled(False)
        self.overview.hideButtons()
        self.overview.getAxis("left").setWidth(AXIS_WIDTH)
        self.overview.getAxis("left").setStyle(showValues=False, tickLength=0)
        self.overview.getAxis("left").setPen(QColor(0, 0, 0, 0))
        self.overview.getAxis("bottom").setTextPen(style.FOREGROUND)
        self.overview.getViewBox().invertY(True)
        self.overview_points = pg.ScatterPlotItem(size=4, pen=None)
        self.overview.addItem(self.overview_points)
        self.window_region = pg.LinearRegionItem(
            brush=QColor(59, 130, 246, 45), pen=QPen(QColor(37, 99, 235), 1.5)
        )
        self.window_region.setZValue(10)
        self.overview.addItem(self.window_region)
        self.lane_axis.setWidth(AXIS_WIDTH)
        # The lanes take the height; legend and overview keep theirs.
        for row, stretch in enumerate((0, 1, 0)):
            self.ci.layout.setRowStretchFactor(row, stretch)

        # Only the user's wheel, drag and rubber band write back to the session;
        # layout and resize changes of the ViewBox must not.
        self.view_box.sigRangeChangedManually.connect(self._on_view_dragged)
        self.window_region.sigRegionChanged.connect(self._on_region_dragged)
        session.events.result.connect(self._draw)
        session.events.selection.connect(self._draw_selection)
        session.view.events.range.connect(self._show_range)
        session.view.events.limits.connect(self._set_limits)
        self._set_limits(session.view.bounds)
        self._draw(session.result)
        self._show_range(session.view.range)

    # Drawing
    def _lane_names_and_colors(self, lanes):
        entities = self.session.store.entities
        names, colors = [], []
        for entity_id in lanes:
            entity = entities.get(entity_id)
            names.append(entity.name if entity else "(no entity)")
            colors.append(style.color_of(entity.color if entity else None))
        return names, colors

    def _draw(self, result) -> None:
        names, colors = self._lane_names_and_colors(result.lanes)
        self._lane_colors = dict(enumerate(colors))
        self.lane_axis.set_lanes(names, colors)
        self.marks = marks(result.visible, result.lanes, NO_ENTITY)
        dimmed = {e.id for e in result.visible if result.is_dimmed(e.id)}
        categories = self.session.categories
        spots = []
        for m in self.marks:
            event = m.event
            color = colors[m.lane]
            faded = event.id in dimmed
            fill = style.with_alpha(color, style.DIM_ALPHA if faded else 255)
            # pg.mkPen pens are cosmetic: their width stays in pixels at any symbol size.
            outline = pg.mkPen(style.with_alpha(color.darker(150), 80 if faded else 255), width=1.2)
            if event.disputed:
                outline = pg.mkPen(style.with_alpha(color, 80 if faded else 255), width=2.0)
            spots.append(
                {
                    "pos": ((event.t0 + event.t1) / 2 if not event.is_span else event.t0, m.lane),
                    "symbol": style.symbol_for(event.category, categories),
                    "size": 11,
                    "brush": QColor(255, 255, 255, 230) if event.disputed else fill,
                    "pen": outline,
                    "data": event.id,
                }
            )
        self.points.setData(spots)
        self.bars.set_marks(self.marks, self._lane_colors, dimmed)
        matched = result.matched or frozenset()
        priority = {e: 1 for e in matched}
        if self.session.selection is not None:
            priority[self.session.selection] = 2
        self.labels.set_marks(self.marks, priority, dimmed)
        lo, hi = self.session.view.bounds
        lanes = max(len(result.lanes), 1)
        self.stripes.set_lanes(len(result.lanes), lo, hi)
        self.periods.set_periods(
            [(e.t0, e.t1, e.title) for e in result.visible if e.is_period],
            lanes,
        )
        # Row -1 is a header strip where period bands carry their labels.
        self.view_box.setLimits(yMin=TOP, yMax=lanes - 0.4)
        self.view_box.setYRange(TOP, lanes - 0.4, padding=0)
        self._draw_overview(result)
        self._draw_selection(self.session.selection)

    def _draw_overview(self, result) -> None:
        spots = []
        for m in self.marks:
            color = self._lane_colors[m.lane]
            spots.append({"pos": ((m.event.t0 + m.event.t1) / 2, m.lane), "brush": color})
        self.overview_points.setData(spots)
        lanes = max(len(result.lanes), 1)
        self.overview.setYRange(-1, lanes, padding=0)

    def _draw_selection(self, event_id) -> None:
        chosen = [m for m in self.marks if m.event.id == event_id]
        if not chosen:
            self.selection.set_selection(None, [])
            return
        event = chosen[0].event
        x = event.t0 if event.is_span else (event.t0 + event.t1) / 2
        self.selection.set_selection(x, [m.lane for m in chosen])
        self.labels.set_marks(
            self.marks, {**self.labels._priority, event_id: 2}, self.labels._dimmed
        )

    def _tip(self, x, y, data):
        event = self.session.store.events[data]
        lines = [event.title, event.spoken_date()]
        if event.category:
            lines.append(f"Category: {event.category}")
        if event.disputed:
            lines.append("Disputed: a party denied this claim")
        return html.escape("\n".join(lines))

    def _make_legend(self) -> pg.LegendItem:
        """Marker shapes per category and the disputed style, in a row above the lanes."""
        legend = pg.LegendItem(labelTextColor=style.FOREGROUND, labelTextSize="8pt")
        legend.setColumnCount(len(self.session.categories) + 1)
        grey = QColor("#6b7280")
        categories = self.session.categories
        for category in categories:
            sample = pg.ScatterPlotItem(
                symbol=style.symbol_for(category, categories),
                brush=pg.mkBrush(grey),
                pen=pg.mkPen(grey.darker(150)),
                size=9,
            )
            legend.addItem(sample, category)
        disputed = pg.ScatterPlotItem(
            symbol="o", brush=pg.mkBrush("w"), pen=pg.mkPen(grey, width=2), size=9
        )
        legend.addItem(disputed, "disputed (hollow, hatched)")
        legend.setMaximumHeight(26)
        self.addItem(legend, row=0, col=0)
        return legend

    # Range syncing: session.view is the one source of truth.
    def _set_limits(self, bounds) -> None:
        from ...core.viewrange import MIN_SPAN

        lo, hi = bounds
        self._syncing = True  # clamping the overview window must not move the view
        try:
            self.view_box.setLimits(xMin=lo, xMax=hi, minXRange=MIN_SPAN, maxXRange=hi - lo)
            self.overview.setXRange(lo, hi, padding=0)
            self.window_region.setBounds((lo, hi))
        finally:
            self._syncing = False

    def _show_range(self, rng) -> None:
        self._syncing = True
        try:
            self.view_box.setXRange(*rng, padding=0)
            self.window_region.setRegion(rng)
        finally:
            self._syncing = False

    def _on_view_dragged(self, *_) -> None:
        if not self._syncing:
            self.session.view.set_range(*self.view_box.viewRange()[0])

    def _on_region_dragged(self) -> None:
        if not self._syncing:
            self.session.view.set_range(*self.window_region.getRegion())

    def _on_points_clicked(self, _item, points, _ev=None) -> None:
        if len(points):
            self.session.select(int(points[0].data()))

    # Helpers for the window and tests
    def x_at_fraction(self, fraction: float) -> float:
        t0, t1 = self.session.view.range
        return t0 + (t1 - t0) * fraction
