"""Entities grouped by kind, checkable, with colour swatch and event count.

A two-level QAbstractItemModel: kind rows at the top, entity rows beneath.
Checking writes to the session; the session's result updates counts and checks
with dataChanged for just the rows that changed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from ..core.view.lanes import LANE_KINDS
from ..core.view.session import Session
from . import style
from .i18n import QT_TRANSLATE_NOOP, translate

EntityIdRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
KIND_TITLES = {
    "government": QT_TRANSLATE_NOOP("EntityTreeModel", "Governments"),
    "company": QT_TRANSLATE_NOOP("EntityTreeModel", "Companies"),
    "product": QT_TRANSLATE_NOOP("EntityTreeModel", "Products"),
    "person": QT_TRANSLATE_NOOP("EntityTreeModel", "People"),
    "place": QT_TRANSLATE_NOOP("EntityTreeModel", "Places"),
}
KIND_NAMES = {
    "government": QT_TRANSLATE_NOOP("EntityTreeModel", "government"),
    "company": QT_TRANSLATE_NOOP("EntityTreeModel", "company"),
    "product": QT_TRANSLATE_NOOP("EntityTreeModel", "product"),
    "person": QT_TRANSLATE_NOOP("EntityTreeModel", "person"),
    "place": QT_TRANSLATE_NOOP("EntityTreeModel", "place"),
}


_TOP = 0  # internalId of kind rows; entity rows hold kind row + 1


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(style.color_of(color))
    return QIcon(pixmap)


class EntityTreeModel(QAbstractItemModel):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        entities = session.store.entities
        kinds = sorted(
            {e.kind for e in entities.values()},
            key=lambda k: (LANE_KINDS.index(k) if k in LANE_KINDS else 99, k),
        )
        self._kinds = kinds
        self._names = {e.id: session.store.entity_name(e.id) for e in entities.values()}
        self._rows = [
            sorted(
                (e for e in entities.values() if e.kind == k),
                key=lambda e: self._names[e.id].casefold(),
            )
            for k in kinds
        ]
        self._icons = {e.id: _swatch(e.color) for e in entities.values()}
        self._counts = dict(session.result.counts)
        self._hidden = set(session.filters.hidden_entities)
        session.events.result.connect(self._on_result)

    # Structure
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index):
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._kinds)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._rows[parent.row()])
        return 0

    def columnCount(self, parent=QModelIndex()):
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("EntityTreeModel", "Entity"), translate("EntityTreeModel", "Events"))[
                section
            ]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if index.internalId() == _TOP:
                flags |= Qt.ItemFlag.ItemIsAutoTristate
        return flags

    def entity_at(self, index):
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self._rows[index.internalId() - 1][index.row()]

    def index_of(self, entity_id: int, column: int = 0) -> QModelIndex:
        for k, rows in enumerate(self._rows):
            for r, entity in enumerate(rows):
                if entity.id == entity_id:
                    return self.createIndex(r, column, k + 1)
        return QModelIndex()

    # Data
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entity = self.entity_at(index)
        if entity is None:
            return self._kind_data(index, role)
        count = self._counts.get(entity.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._names[entity.id] if index.column() == 0 else count
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._icons[entity.id]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            hidden = entity.id in self._hidden
            return Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = (
                translate("EntityTreeModel", KIND_NAMES[entity.kind])
                if entity.kind in KIND_NAMES
                else entity.kind
            )
            text = translate(
                "EntityTreeModel",
                "{name} ({kind}): {count} events with the other filters.\n"
                "Double-click: show only this one.",
            )
            return text.format(name=self._names[entity.id], kind=kind, count=count)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            return translate("EntityTreeModel", "{name}, {count} events").format(
                name=self._names[entity.id], count=count
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and count == 0:
            return QColor(style.FAINT)
        if role == EntityIdRole:
            return entity.id
        if role == CountRole:
            return count
        if role == KindRole:
            return entity.kind
        return None

    def _kind_data(self, index, role):
        kind = self._kinds[index.row()]
        members = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return (
                    translate("EntityTreeModel", KIND_TITLES[kind])
                    if kind in KIND_TITLES
                    else kind.title()
                )
            return sum(self._counts.get(e.id, 0) for e in members)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            hidden = sum(e.id in self._hidden for e in members)
            if hidden == 0:
                return Qt.CheckState.Checked
            return (
                Qt.CheckState.Unchecked
                if hidden == len(members)
                else Qt.CheckState.PartiallyChecked
            )
        if role == KindRole:
            return kind
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        visible = Qt.CheckState(value) == Qt.CheckState.Checked
        entity = self.entity_at(index)
        members = [entity] if entity is not None else self._rows[index.row()]
        self.session.set_entities_visible([e.id for e in members], visible)
        return True

    def _on_result(self, result) -> None:
        counts, hidden = dict(result.counts), set(self.session.filters.hidden_entities)
        changed_kinds = set()
        for k, rows in enumerate(self._rows):
            for r, entity in enumerate(rows):
                before = (self._counts.get(entity.id, 0), entity.id in self._hidden)
                if before != (counts.get(entity.id, 0), entity.id in hidden):
                    changed_kinds.add(k)
                    self._counts[entity.id] = counts.get(entity.id, 0)
                    top_left = self.createIndex(r, 0, k + 1)
                    self.dataChanged.emit(top_left, self.createIndex(r, 1, k + 1))
        self._counts, self._hidden = counts, hidden
        for k in changed_kinds:
            self.dataChanged.emit(self.createIndex(k, 0, _TOP), self.createIndex(k, 1, _TOP))
