"""The filtered events as a table: date, title, entities, category.

Rows are positions in an order over the store's columns (core.view.table_rows:
in time order none are listed, another sort lists them in one integer array);
records are asked for only for the rows a view paints
(from the RecordSource: a row not read yet shows "…" until it arrives).
The model sorts itself (numpy, or one SQL query for titles) instead of a
QSortFilterProxyModel, which would ask data() for every row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..core.view.session import Session
from ..core.view.table_rows import table_rows
from . import style
from .i18n import QT_TRANSLATE_NOOP, category_name, translate
from .record_source import RecordSource

EventIdRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("EventTable", "Date"),
    QT_TRANSLATE_NOOP("EventTable", "Title"),
    QT_TRANSLATE_NOOP("EventTable", "Entities"),
    QT_TRANSLATE_NOOP("EventTable", "Category"),
)


class EventTableModel(QAbstractTableModel):
    def __init__(self, session: Session, parent=None, records: RecordSource | None = None):
        super().__init__(parent)
        self.session = session
        self.records = records or RecordSource(session.store, self)
        self.records.arrived.connect(self._records_arrived)
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._bold = QFont()
        self._bold.setBold(True)
        self._set_result(session.result)
        session.events.result.connect(self._on_result)

    def _set_result(self, result) -> None:
        self._result = result
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows = table_rows(self.session.store, result, column, descending)

    def _records_arrived(self) -> None:
        if len(self._rows):  # the view repaints what it shows, and asks again
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def _on_result(self, result) -> None:
        self.beginResetModel()
        self._set_result(result)
        self.endResetModel()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._set_result(self._result)
        self.layoutChanged.emit()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("EventTable", COLUMNS[section])
        return None

    def row_of(self, event_id: int) -> int:
        row = self.session.store.columns.row_of(event_id)
        if row is None:
            return -1
        return self._rows.index(row)

    def event_id(self, row: int) -> int:
        return int(self.session.store.columns.ids[self._rows[row]])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event_id = self.event_id(index.row())
        if role == EventIdRole:
            return event_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            event = self.records.records([event_id], "table")[event_id]
            return "…" if event.is_stand_in else self._text(event, index.column(), role)
        mask = self._result.matched_mask
        if mask is not None:  # from the columns: no record read for a font or a colour
            matched = bool(mask[self._rows[index.row()]])
            if role == Qt.ItemDataRole.FontRole and matched:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole and not matched:
                return QColor(style.FAINT)
        return None

    def _text(self, event, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return event.spoken_date()
            if column == 1:
                return ("⚠ " if event.disputed else "") + event.title
            if column == 2:
                store = self.session.store
                return ", ".join(store.entity_name(i) for i in event.entity_ids)
            return category_name(event.category)
        disputed = translate("EventTable", "Disputed: a party denied this.")
        lines = [event.title, event.spoken_date(), *([disputed] if event.disputed else [])]
        return "\n".join(lines)
