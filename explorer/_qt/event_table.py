"""The sortable event table, kept in step with the session's selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..core.data.columns import HOUR
from ..core.view.session import Session
from .event_table_model import EventIdRole, EventTableModel
from .i18n import translate


class EventTable(QTableView):
    def __init__(self, session: Session, records=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.model_ = EventTableModel(session, self, records)
        self.setModel(self.model_)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.setAccessibleName(translate("EventTable", "Events"))
        self.setAccessibleDescription(
            translate("EventTable", "The filtered events; the selected row is selected everywhere")
        )
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        precision = session.store.columns.precision
        timed = bool(len(precision)) and int(precision.max()) >= HOUR
        self.setColumnWidth(0, 250 if timed else 150)  # "19 January 2025, 14:30:05 UTC"
        self.setColumnWidth(2, 220)
        self.setColumnWidth(3, 100)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self.model_.modelReset.connect(lambda: self.show_selection(session.selection))
        session.events.selection.connect(self.show_selection)

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self.session.select(current.data(EventIdRole))

    def show_selection(self, event_id) -> None:
        row = self.model_.row_of(event_id) if event_id is not None else -1
        if row < 0:
            self.selectionModel().clearSelection()
            return
        index = self.model_.index(row, 0)
        if self.currentIndex().row() != index.row():
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.scrollTo(index)
