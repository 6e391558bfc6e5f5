"""The event editor: title, summary, dates with their precision, category,
entities, disputed, and citations checked against their sources' texts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.data import edit_ops
from ...core.data.edit_ops import EventDraft
from ...core.view.editor import Editor
from .. import style
from .date_field import DateField
from .entity_form import ask_new_entity
from .saving import ok_cancel, problem_label
from .source_viewer import source_name

ROLES = ("claim", "denial")


class EventEditor(QDialog):
    """`submit(draft)` saves; it returns None, or the message of what to fix
    (the dialog then stays open)."""

    def __init__(
        self,
        editor: Editor,
        draft: EventDraft,
        submit: Callable[[EventDraft], str | None],
        title: str,
        parent=None,
    ):
        super().__init__(parent)
        self.editor = editor
        self.submit = submit
        self.setWindowTitle(title)
        self.resize(760, 720)

        self.title = QLineEdit(draft.title)
        self.title.setPlaceholderText(self.tr("A short headline, in your own words"))
        self.summary = QPlainTextEdit(draft.summary)
        self.summary.setPlaceholderText(
            self.tr("No more and no less certain than the quotes below")
        )
        self.summary.setMaximumHeight(90)
        self.start = DateField()
        self.start.set_text(draft.start)
        self.end = DateField(optional=True)
        self.end.set_text(draft.end)
        self.note = QLineEdit(draft.note)
        self.note.setPlaceholderText(self.tr("How the date was worked out, caveats"))
        self.category = QComboBox(editable=True)
        self.category.addItems(["", *editor.session.categories])
        self.category.setCurrentText(draft.category)
        self.category.setToolTip(self.tr("Pick a category or type a new one"))
        self.disputed = QCheckBox(self.tr("Disputed (someone denied it: cite the denial)"))
        self.disputed.setChecked(draft.disputed)

        self.entities = QListWidget()
        self.entities.setMaximumHeight(130)
        self._fill_entities(set(draft.entity_ids))
        new_entity = QPushButton(self.tr("New Entity…"))
        new_entity.clicked.connect(self._new_entity)
        entity_box = QWidget()
        entity_row = QHBoxLayout(entity_box)
        entity_row.setContentsMargins(0, 0, 0, 0)
        entity_row.addWidget(self.entities, 1)
        entity_row.addWidget(new_entity, 0, Qt.AlignmentFlag.AlignTop)

        self.citations = QTableWidget(0, 3)
        self.citations.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Quote (word for word)"), self.tr("Role")]
        )
        header = self.citations.horizontalHeader()
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        self.citations.setColumnWidth(0, 190)
        self.citations.setColumnWidth(2, 90)
        self.citations.setWordWrap(True)
        self.citations.itemChanged.connect(self._check_quotes)
        for citation in draft.citations:
            self.add_citation(*citation)
        add = QPushButton(self.tr("Add Citation"))
        add.setToolTip(self.tr("Type a quote; better: select it in the source viewer"))
        add.clicked.connect(lambda: self.add_citation(self._first_source(), "", "claim"))
        remove = QPushButton(self.tr("Remove Citation"))
        remove.clicked.connect(self._remove_citation)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Summary"), self.summary)
        form.addRow(self.tr("S&tart"), self.start)
        form.addRow(self.tr("&End"), self.end)
        form.addRow(self.tr("Date &note"), self.note)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("E&ntities"), entity_box)
        form.addRow("", self.disputed)

        self.problem = problem_label()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Citations")))
        layout.addWidget(self.citations, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._check_quotes()

    # Entities
    def _fill_entities(self, checked: set[int]) -> None:
        self.entities.clear()
        entities = self.editor.session.store.entities
        for entity in sorted(entities.values(), key=lambda e: e.name.casefold()):
            item = QListWidgetItem(f"{entity.name}  ({entity.kind})")
            item.setData(Qt.ItemDataRole.UserRole, entity.id)
            item.setForeground(QBrush(style.color_of(entity.color)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = entity.id in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.entities.addItem(item)

    def checked_entities(self) -> list[int]:
        return [
            self.entities.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.entities.count())
            if self.entities.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _new_entity(self) -> None:
        entity_id = ask_new_entity(self.editor, self)
        if entity_id is not None:
            self._fill_entities({*self.checked_entities(), entity_id})

    # Citations
    def _sources(self) -> list[dict]:
        return self.editor.session.store.sources()

    def _first_source(self) -> int:
        sources = self._sources()
        return sources[0]["id"] if sources else 0

    def add_citation(self, source_id: int, quote: str, role: str) -> None:
        row = self.citations.rowCount()
        self.citations.blockSignals(True)  # no quote check until the row is whole
        self.citations.insertRow(row)
        sources = QComboBox()
        for source in self._sources():
            sources.addItem(source_name(source), source["id"])
            sources.setItemData(
                sources.count() - 1, source.get("outlet") or "", Qt.ItemDataRole.ToolTipRole
            )
        sources.setCurrentIndex(max(sources.findData(source_id), 0))
        sources.currentIndexChanged.connect(self._check_quotes)
        self.citations.setCellWidget(row, 0, sources)
        self.citations.setItem(row, 1, QTableWidgetItem(quote))
        roles = QComboBox()
        roles.addItems(ROLES)
        roles.setCurrentText(role if role in ROLES else "claim")
        self.citations.setCellWidget(row, 2, roles)
        self.citations.blockSignals(False)
        self.citations.resizeRowToContents(row)
        self._check_quotes()

    def _remove_citation(self) -> None:
        row = self.citations.currentRow()
        if row >= 0:
            self.citations.removeRow(row)
            self._check_quotes()

    def citation_rows(self) -> list[tuple[int, str, str]]:
        rows = []
        for row in range(self.citations.rowCount()):
            item = self.citations.item(row, 1)
            rows.append(
                (
                    self.citations.cellWidget(row, 0).currentData(),
                    item.text() if item else "",
                    self.citations.cellWidget(row, 2).currentText(),
                )
            )
        return rows

    def _check_quotes(self, *_) -> None:
        """Mark each quote that is not word for word in its source's text."""
        self.citations.blockSignals(True)
        for row, (source_id, quote, _role) in enumerate(self.citation_rows()):
            item = self.citations.item(row, 1)
            problem = edit_ops.quote_problem(self.editor.writer, source_id, quote)
            item.setForeground(QColor(style.ERROR_TEXT if problem else style.INK))
            item.setToolTip(
                self.tr("Not verbatim: %1").replace("%1", problem)
                if problem
                else self.tr("Found word for word in the source")
            )
        self.citations.blockSignals(False)

    # Saving
    def draft(self) -> EventDraft:
        return EventDraft(
            title=self.title.text(),
            start=self.start.text(),
            end=self.end.text() or None,
            summary=self.summary.toPlainText(),
            category=self.category.currentText(),
            disputed=self.disputed.isChecked(),
            note=self.note.text(),
            entity_ids=self.checked_entities(),
            citations=self.citation_rows(),
        )

    def accept(self) -> None:
        problem = self.submit(self.draft())
        if problem:
            self.problem.setText(problem)
            return
        super().accept()
