"""The window's timeline: legend, entity lanes, and the overview strip beneath.

It takes the session in its constructor, draws `session.result`, and keeps the
lanes and the overview window in step with `session.view`, the one source of
truth for the time range.

Keys, when it has the focus: Ctrl+Left/Right (or , and .) select the previous
or next event in time, Up/Down the nearest event in the lane above or below,
Enter asks for the details (`details_requested`). Plain Left/Right pan and
+/- zoom (View menu); Page Up/Down scroll the lanes. A screen reader hears the
selected event's date and title as the timeline's description.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from ...core.view.session import Session
from ...core.view.stepping import Stepper
from .. import style
from ..i18n import QT_TRANSLATE_NOOP, translate
from .empty_range_note import EmptyRangeNote
from .lanes_plot import LanesPlot
from .legend import make_legend
from .overview_plot import OverviewPlot

KEYS = QT_TRANSLATE_NOOP(
    "TimelineWidget",
    "Ctrl+Left/Right or , and . select the previous or next event; Up/Down the lane above "
    "or below; Enter shows the details. Left/Right pan, + and - zoom, Home fits.",
)


class TimelineWidget(pg.GraphicsLayoutWidget):
    details_requested = Signal()  # Enter on a selected event

    def __init__(self, session: Session, records=None, parent=None):
        """`records`: the window's RecordSource (by default one of its own)."""
        super().__init__(parent)
        self.session = session
        self.setBackground(style.BACKGROUND)
        self._syncing = False
        self.legend = make_legend(session.categories, inferred=bool(session.store.inferred_ids))
        self.lanes = LanesPlot(session, records)
        self.overview = OverviewPlot()
        for row, item in enumerate((self.legend, self.lanes, self.overview)):
            self.addItem(item, row=row, col=0)
            # The lanes take the height; legend and overview keep theirs.
            self.ci.layout.setRowStretchFactor(row, 1 if item is self.lanes else 0)
        # Shortcuts for callers and tests.
        self.view_box, self.lane_axis, self.window_region = (
            self.lanes.view_box,
            self.lanes.lane_axis,
            self.overview.window,
        )

        # Only the user's wheel, drag and rubber band write back to the session;
        # layout and resize changes of the ViewBox must not.
        self.view_box.sigRangeChangedManually.connect(self._on_view_dragged)
        self.window_region.sigRegionChanged.connect(self._on_region_dragged)
        session.events.result.connect(self._draw)
        session.events.selection.connect(self.lanes.draw_selection)
        session.view.events.range.connect(self._show_range)
        session.view.events.limits.connect(self._set_limits)
        self._set_limits(session.view.bounds)
        self._draw(session.result)
        self._show_range(session.view.range)
        self.empty_note = EmptyRangeNote(session, self)
        self.stepper = Stepper(session)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("TimelineWidget", "Timeline"))
        self.setToolTip(translate("TimelineWidget", KEYS))
        session.events.selection.connect(self._describe)
        self.lanes.records.arrived.connect(lambda: self._describe(session.selection))
        self._describe(session.selection)

    def keyPressEvent(self, ev) -> None:
        key, ctrl = ev.key(), bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Comma or (ctrl and key == Qt.Key.Key_Left):
            self.stepper.step_time(-1)
        elif key == Qt.Key.Key_Period or (ctrl and key == Qt.Key.Key_Right):
            self.stepper.step_time(1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.stepper.step_lane(-1 if key == Qt.Key.Key_Up else 1) is not None:
                self.lanes.show_lane(list(self.session.result.lanes).index(self.stepper.lane))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.session.selection is not None:
            self.details_requested.emit()
        else:
            super().keyPressEvent(ev)
            return
        ev.accept()

    def _describe(self, event_id) -> None:
        """The selected event for a screen reader: "13 January 2025: title (lanes)"."""
        if event_id is None:
            self.setAccessibleDescription(translate("TimelineWidget", "No event selected"))
            return
        event = self.lanes.records.records([event_id], "describe")[event_id]
        if event.is_stand_in:  # described again when its record arrives
            title = said = "…"
        else:
            title, said = event.title, event.spoken_date()
        store = self.session.store
        names = ", ".join(store.entity_name(i) for i in event.entity_ids if i in store.entities)
        text = translate("TimelineWidget", "Selected: {date}: {title} ({entities})")
        self.setAccessibleDescription(text.format(date=said, title=title, entities=names))

    def resizeEvent(self, ev) -> None:
        if hasattr(self, "legend"):  # Qt resizes the view once during construction
            self.legend.fit(self.width())
        if hasattr(self, "empty_note"):
            self.empty_note.place()
        super().resizeEvent(ev)

    @property
    def marks(self):
        return self.lanes.marks

    @property
    def points(self):
        return self.lanes.points

    def _draw(self, result) -> None:
        self.lanes.draw(result)
        self.overview.draw(self.lanes.index, self.lanes.colors, self.session.view.bounds)

    def _set_limits(self, bounds) -> None:
        self._syncing = True  # clamping the overview window must not move the view
        try:
            self.lanes.set_limits(bounds)
            self.overview.set_limits(bounds)
        finally:
            self._syncing = False

    def _show_range(self, rng) -> None:
        self._syncing = True
        try:
            self.view_box.setXRange(*rng, padding=0)
            # Update the view's transform now: left to the paint, it would
            # move the items mid-paint and cost a second paint of the view.
            self.view_box.updateMatrix()
            self.window_region.setRegion(rng)
        finally:
            self._syncing = False

    def _on_view_dragged(self, *_) -> None:
        if not self._syncing:
            self.session.view.set_range(*self.view_box.viewRange()[0])

    def _on_region_dragged(self) -> None:
        if not self._syncing:
            self.session.view.set_range(*self.window_region.getRegion())
