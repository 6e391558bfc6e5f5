"""Search box, search mode, category filter and the disputed-only toggle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

from ..core.view.session import Session
from .i18n import category_name, translate


class FilterBar(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        filters = session.filters
        self.search = QLineEdit(
            placeholderText=translate("FilterBar", "Search titles, summaries, quotes…  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            translate("FilterBar", "Full-text search. Enter steps to the next match.")
        )
        self.search.setAccessibleName(translate("FilterBar", "Search"))
        self.search.textChanged.connect(lambda text: filters.set(search=text))
        self.search.returnPressed.connect(session.next_match)

        self.hide_unmatched = QCheckBox(translate("FilterBar", "Hide non-matches"))
        self.hide_unmatched.setToolTip(
            translate("FilterBar", "Hide events that do not match the search (else dim them)")
        )
        self.hide_unmatched.toggled.connect(lambda on: filters.set(hide_unmatched=on))

        self.categories = QToolButton(text=translate("FilterBar", "Categories"))
        self.categories.setToolTip(translate("FilterBar", "Show or hide events by category"))
        self.categories.setAccessibleName(translate("FilterBar", "Categories"))
        # A tool button takes no Tab focus by default; here it is the only way to the menu.
        self.categories.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.categories.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.categories)
        self.category_actions = {}
        for category in session.categories:
            action = menu.addAction(category_name(category))
            action.setCheckable(True)
            action.toggled.connect(self._on_category)
            self.category_actions[category] = action
        self.categories.setMenu(menu)

        self.disputed = QCheckBox(translate("FilterBar", "Disputed only"))
        self.disputed.setToolTip(translate("FilterBar", "Show only claims that someone denied"))
        self.disputed.toggled.connect(lambda on: filters.set(disputed_only=on))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.hide_unmatched)
        layout.addWidget(self.categories)
        layout.addWidget(self.disputed)
        filters.events.changed.connect(self._sync)
        self._sync()

    def _on_category(self) -> None:
        hidden = {c for c, a in self.category_actions.items() if not a.isChecked()}
        self.session.filters.set(hidden_categories=hidden)

    def _sync(self, *_):
        """Reflect the model (e.g. restored filters) without echoing back."""
        f = self.session.filters
        widgets = [self.search, self.hide_unmatched, self.disputed, *self.category_actions.values()]
        for w in widgets:
            w.blockSignals(True)
        if self.search.text() != f.search:
            self.search.setText(f.search)
        self.hide_unmatched.setChecked(f.hide_unmatched)
        self.disputed.setChecked(f.disputed_only)
        for category, action in self.category_actions.items():
            action.setChecked(category not in f.hidden_categories)
        for w in widgets:
            w.blockSignals(False)
        shown = len(self.category_actions) - len(f.hidden_categories)
        total = len(self.category_actions)
        self.categories.setText(
            translate("FilterBar", "Categories")
            if not f.hidden_categories
            else translate("FilterBar", "Categories ({shown}/{total})").format(
                shown=shown, total=total
            )
        )

    def focus_search(self) -> None:
        """View › Find: type into the search box, replacing what is there."""
        self.search.setFocus()
        self.search.selectAll()
