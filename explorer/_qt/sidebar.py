"""The entity sidebar: a filter box, all/none, and the checkable entity tree."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.view.session import Session
from .entity_model import EntityIdRole, EntityTreeModel
from .i18n import translate


class EntitySidebar(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = EntityTreeModel(session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_box = QLineEdit(
            placeholderText=translate("EntitySidebar", "Filter entities…"), clearButtonEnabled=True
        )
        self.filter_box.setToolTip(
            translate("EntitySidebar", "Show only entities whose name contains this text")
        )
        self.filter_box.setAccessibleName(translate("EntitySidebar", "Filter entities"))
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        show_all = QPushButton(
            translate("EntitySidebar", "All"),
            toolTip=translate("EntitySidebar", "Show every entity"),
        )
        show_none = QPushButton(
            translate("EntitySidebar", "None"),
            toolTip=translate("EntitySidebar", "Hide every entity"),
        )
        show_all.setAccessibleName(translate("EntitySidebar", "Show every entity"))
        show_none.setAccessibleName(translate("EntitySidebar", "Hide every entity"))
        self.show_all, self.show_none = show_all, show_none
        show_all.clicked.connect(lambda: session.show_all_entities(True))
        show_none.clicked.connect(lambda: session.show_all_entities(False))

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        # A name too long for the column keeps both ends; the tooltip has it whole.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setIndentation(14)
        self.tree.setToolTip(
            translate(
                "EntitySidebar",
                "Check to show an entity's lane. An event stays visible while any of its "
                "entities is shown. Double-click: only this one.",
            )
        )
        self.tree.setAccessibleName(translate("EntitySidebar", "Entities"))
        self.tree.setAccessibleDescription(
            translate(
                "EntitySidebar", "One lane per entity. Space shows or hides the current one's lane."
            )
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed, not ResizeToContents: that asks every row for its size on each change.
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        widest = max(f"{len(session.store.records)}", translate("EntitySidebar", "Events"), key=len)
        self.tree.header().resizeSection(1, self.fontMetrics().horizontalAdvance(widest) + 24)
        self.tree.header().setStretchLastSection(False)
        self.tree.expandAll()
        self.tree.doubleClicked.connect(self._only)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)

        buttons = QHBoxLayout()
        buttons.addWidget(show_all)
        buttons.addWidget(show_none)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)

    def wanted_width(self) -> int:
        """Pixels that show every entity name whole, with checkbox, swatch and count."""
        store = self.session.store
        names = [store.entity_name(i) for i in store.entities] or [""]
        widest = max(self.fontMetrics().horizontalAdvance(n) for n in names)
        chrome = 2 * self.tree.indentation() + 20 + 20 + 16  # levels, checkbox, swatch, gaps
        return widest + chrome + self.tree.header().sectionSize(1) + 8 + 12  # margins, scroll

    def _only(self, index) -> None:
        entity_id = index.data(EntityIdRole)
        if entity_id is not None:
            self.session.only_entity(entity_id)

    def _menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        entity_id = index.data(EntityIdRole) if index.isValid() else None
        menu = QMenu(self)
        if entity_id is not None:
            menu.addAction(
                translate("EntitySidebar", "Only this one"),
                lambda: self.session.only_entity(entity_id),
            )
        menu.addAction(
            translate("EntitySidebar", "Show all"), lambda: self.session.show_all_entities(True)
        )
        menu.addAction(
            translate("EntitySidebar", "Hide all"), lambda: self.session.show_all_entities(False)
        )
        menu.exec(self.tree.viewport().mapToGlobal(pos))
