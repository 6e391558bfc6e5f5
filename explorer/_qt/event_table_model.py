"""The filtered events as a table: date, title, entities, category."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..core.session import Session

EventIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Date", "Title", "Entities", "Category")


class EventTableModel(QAbstractTableModel):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._result = session.result
        self._bold = QFont()
        self._bold.setBold(True)
        session.events.result.connect(self._on_result)

    def _on_result(self, result) -> None:
        self.beginResetModel()
        self._result = result
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._result.visible)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def row_of(self, event_id: int) -> int:
        for row, event in enumerate(self._result.visible):
            if event.id == event_id:
                return row
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self._result.visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return event.spoken_date()
            if column == 1:
                return ("⚠ " if event.disputed else "") + event.title
            if column == 2:
                entities = self.session.store.entities
                return ", ".join(entities[i].name for i in event.entity_ids)
            return event.category
        if role == SortRole:
            return event.t0 if column == 0 else str(self.data(index)).casefold()
        if role == EventIdRole:
            return event.id
        if role == Qt.ItemDataRole.ToolTipRole:
            disputed = "\nDisputed: a party denied this." if event.disputed else ""
            return f"{event.title}\n{event.spoken_date()}{disputed}"
        if self._result.matched is not None:
            if role == Qt.ItemDataRole.FontRole and event.id in self._result.matched:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole and self._result.is_dimmed(event.id):
                return QColor("#9ca3af")
        return None
