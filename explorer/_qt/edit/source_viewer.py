"""The source viewer: a source's text; select a passage to cite it word for word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import paths
from ...core.data import edit_ops
from ...core.data.edit_ops import EventDraft
from ...core.data.validate import source_file_text
from .. import style
from .saving import save
from .source_form import ask_new_source


def source_name(source: dict) -> str:
    return source.get("title") or source.get("file") or source.get("outlet") or "?"


class SourceViewer(QDialog):
    """Not modal: the user selects events in the window while reading a source."""

    def __init__(self, control, parent=None):
        """`control`: the window's EditControl (it opens the event editor)."""
        super().__init__(parent)
        self.control = control
        self.setWindowTitle(self.tr("Sources"))
        self.resize(1100, 720)

        self._shown: dict | None = None  # the source as its text was last shown
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(4)  # two-line items (headline, outlet) apart
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._show_current)
        add = QPushButton(self.tr("Add Source…"))
        add.setToolTip(self.tr("A plain-text, Markdown or HTML file, or pasted text"))
        add.clicked.connect(self._add)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(add)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.header.setOpenExternalLinks(True)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.selectionChanged.connect(self._update_buttons)
        self.store_text = QPushButton(self.tr("Store Text from File"))
        self.store_text.setToolTip(
            self.tr("Keep the article's text in the database, so quotes can be checked anywhere")
        )
        self.store_text.clicked.connect(self._store_text)
        self.cite = QPushButton(self.tr("Cite in Selected Event…"))
        self.cite.clicked.connect(self._cite)
        self.new_event = QPushButton(self.tr("New Event from Selection…"))
        self.new_event.clicked.connect(self._new_event)
        self.hint = QLabel(self.tr("Select a passage to cite it exactly as written."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.store_text)
        buttons.addWidget(self.cite)
        buttons.addWidget(self.new_event)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.text, 1)
        right_layout.addLayout(buttons)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._fill()

    def session(self):
        """The window's session now (a new one after an edit that rebuilt the view)."""
        return self.control.view.session

    def window_changed(self) -> None:
        """The selection changed, or an edit or undo: the list, the marks, the buttons."""
        listed = [
            self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
        ]
        sources = self.session().store.sources()
        if listed != [s["id"] for s in sources] or self.source() != self._shown:
            current = self.list.currentItem()
            self._fill(select=current.data(Qt.ItemDataRole.UserRole) if current else None)
        self._mark_cited()
        self._update_buttons()

    # The list
    def _fill(self, select: int | None = None) -> None:
        self.list.clear()
        for source in self.session().store.sources():
            item = QListWidgetItem(f"{source_name(source)}\n{source.get('outlet') or ''}")
            item.setData(Qt.ItemDataRole.UserRole, source["id"])
            item.setToolTip(source_name(source))
            self.list.addItem(item)
            if source["id"] == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def source(self) -> dict | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.session().store.sources() if s["id"] == wanted), None)

    def _show_current(self, *_) -> None:
        source = self._shown = self.source()
        if source is None:
            self.text.setPlainText("")
            self.header.setText("")
            self._update_buttons()
            return
        parts = [f"<b>{source_name(source)}</b>"]
        facts = [source.get(k) for k in ("outlet", "published", "language") if source.get(k)]
        if facts:
            parts.append(" · ".join(facts))
        if source.get("url"):
            parts.append(f"<a href='{source['url']}'>{source['url']}</a>")
        self.header.setText("<br>".join(parts))
        text = source.get("text")
        self._found = None
        if not text:
            self._found = source_file_text(source.get("file"), paths.default_source_dirs())
            text = self._found or ""
        self.text.setPlainText(text)
        self._mark_cited()
        self._update_buttons()

    def _mark_cited(self) -> None:
        """Highlight the passages the selected event cites from this source."""
        source, event_id = self.source(), self.session().selection
        writer = self.control.editor.writer if self.control.editor else None
        if source is None or event_id is None or writer is None:
            self.text.setExtraSelections([])
            return
        snapshot = writer.event(event_id)
        quotes = [q for s, q, _r in (snapshot or {}).get("citations", []) if s == source["id"]]
        marks = []
        body = self.text.toPlainText()
        for quote in quotes:
            at = body.find(quote)
            if at < 0 or not quote:
                continue
            mark = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(at)
            cursor.setPosition(at + len(quote), QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(style.QUOTE_HIGHLIGHT))
            mark.format = fmt
            marks.append(mark)
        self.text.setExtraSelections(marks)

    # Selection
    def selected_quote(self) -> str:
        # Qt hands a selection across paragraphs with U+2029: back to the text's newline.
        return self.text.textCursor().selectedText().replace("\u2029", "\n")

    def select_passage(self, quote: str) -> bool:
        """Select `quote` in the text, as a user would (tests and screenshots)."""
        at = self.text.toPlainText().find(quote)
        if at < 0:
            return False
        cursor = self.text.textCursor()
        cursor.setPosition(at)
        cursor.setPosition(at + len(quote), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        return True

    def _update_buttons(self) -> None:
        source = self.source()
        stored = bool(source and source.get("text"))
        editable = self.control.editor is not None
        chosen = bool(self.selected_quote().strip())
        self.store_text.setVisible(bool(source) and not stored and bool(self._found_text()))
        self.store_text.setEnabled(editable)
        self.cite.setEnabled(
            editable and stored and chosen and self.session().selection is not None
        )
        self.new_event.setEnabled(editable and stored and chosen)
        if source is not None and not stored:
            self.hint.setText(
                self.tr("This source's text is not stored: store it to cite from it.")
                if self._found_text()
                else self.tr("This source's text is not stored and its file was not found.")
            )
        elif not editable:
            self.hint.setText(self.tr("View only: %1").replace("%1", self.control.reason or ""))
        else:
            self.hint.setText(self.tr("Select a passage to cite it exactly as written."))

    def _found_text(self) -> str | None:
        return getattr(self, "_found", None)

    # Actions
    def _add(self) -> None:
        if not self.control.ready():
            return
        source_id = ask_new_source(self.control.editor, self)
        if source_id is not None:
            self._fill(select=source_id)

    def _store_text(self) -> None:
        source = self.source()
        if source is None or not self._found_text() or not self.control.ready():
            return
        change = edit_ops.set_source_text(self.control.editor.writer, source["id"], self._found)
        if save(self.control.editor, change, self):
            self._fill(select=source["id"])

    def _cite(self) -> None:
        source, event_id = self.source(), self.session().selection
        if source is not None and event_id is not None:
            self.control.cite_in_event(event_id, source["id"], self.selected_quote())
            self._mark_cited()

    def _new_event(self) -> None:
        source = self.source()
        if source is None:
            return
        draft = EventDraft(
            title="",
            start="",
            citations=[(source["id"], self.selected_quote(), "claim")],
        )
        self.control.ask_new_event(draft)
        self._mark_cited()
