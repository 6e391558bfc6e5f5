"""Everything shown for one open database: sidebar | filters, timeline, table | details."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ..core.view.session import Session
from .detail_panel import DetailPanel
from .event_table import EventTable
from .filter_bar import FilterBar
from .record_source import RecordSource
from .sidebar import EntitySidebar
from .timeline.timeline_widget import TimelineWidget


class ExplorerView(QSplitter):
    def __init__(self, session: Session, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session = session
        # One source of records for every view: for a big file, read in a worker.
        self.records = RecordSource(session.store, self)
        session.on_close(self.records.close)
        self.sidebar = EntitySidebar(session)
        self.filter_bar = FilterBar(session)
        self.timeline = TimelineWidget(session, self.records)
        self.table = EventTable(session, self.records)
        self.details = DetailPanel(session, self.records)
        session.events.edited.connect(self._edited)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.filter_bar)
        top_layout.addWidget(self.timeline, 1)
        self.center = QSplitter(Qt.Orientation.Vertical)
        self.center.addWidget(top)
        self.center.addWidget(self.table)
        self.center.setStretchFactor(0, 3)
        self.center.setStretchFactor(1, 1)

        self.addWidget(self.sidebar)
        self.addWidget(self.center)
        self.addWidget(self.details)
        self.setStretchFactor(1, 1)
        # Wide enough for whole names, within reason; longer ones elide in the middle.
        self.setSizes([min(max(230, self.sidebar.wanted_width()), 300), 1000, 320])
        self.center.setSizes([680, 220])
        self.timeline.details_requested.connect(self.show_details)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes as the eye reads: the sidebar top down, the filter bar left to
        right, the timeline, the table, the details."""
        sidebar, bar = self.sidebar, self.filter_bar
        chain = [sidebar.filter_box, sidebar.show_all, sidebar.show_none, sidebar.tree]
        chain += [bar.search, bar.hide_unmatched, bar.categories, bar.disputed]
        chain += [self.timeline, self.table, self.details]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def show_details(self) -> None:
        """Enter on the timeline: the details panel, opened if it was dragged shut,
        takes the focus (and a screen reader reads it)."""
        sizes = self.sizes()
        if sizes[2] == 0:
            sizes[1] -= 320
            sizes[2] = 320
            self.setSizes(sizes)
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self, change) -> None:
        self.records.forget(change.ids("event"))
        self.details.show_event(self.session.selection)  # it may show what just changed

    def discard(self, keep_store: bool = False) -> None:
        """Close the session and delete the view (once Qt is done with it)."""
        self.session.close(keep_store)
        self.deleteLater()

    def splitter_state(self) -> dict:
        return {"main": self.saveState(), "center": self.center.saveState()}

    def restore_splitters(self, state: dict) -> None:
        for splitter, key in ((self, "main"), (self.center, "center")):
            if isinstance(state.get(key), QByteArray | bytes):  # remembered state may be junk
                splitter.restoreState(state[key])
