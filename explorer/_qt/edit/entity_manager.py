"""The entity manager: add, rename, recolour, change kind, merge, delete when unused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...core.data import edit_ops, schema
from ...core.data.edit_ops import EditError
from ...core.view.editor import Editor
from .. import style
from ..entity_model import _swatch
from .entity_form import ColorButton, ask_new_entity
from .saving import save


class EntityManager(QDialog):
    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Entities"))
        self.resize(720, 520)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show_current)
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItems(schema.ENTITY_KINDS)
        self.color = ColorButton(style.FALLBACK_COLOR)
        self.used = QLabel()
        self.used.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {style.ERROR_TEXT}")
        apply = QPushButton(self.tr("&Apply"))
        apply.setToolTip(self.tr("Save the new name, kind and colour (undoable)"))
        apply.clicked.connect(self.apply)
        add = QPushButton(self.tr("&New…"))
        add.clicked.connect(self._add)
        merge = QPushButton(self.tr("&Merge Into…"))
        merge.setToolTip(self.tr("Its events name the other entity instead; this one goes"))
        merge.clicked.connect(self._ask_merge)
        delete = QPushButton(self.tr("&Delete"))
        delete.clicked.connect(self.delete)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Colour"), self.color)
        form.addRow(self.used)
        form.addRow(apply)
        buttons = QHBoxLayout()
        for button in (add, merge, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        side.addWidget(self.problem)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        editor.events.history.connect(self._refill)
        self._refill()

    def _refill(self) -> None:
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        entities = self.editor.session.store.entities
        for entity in sorted(entities.values(), key=lambda e: e.name.casefold()):
            item = QListWidgetItem(f"{entity.name}  ({entity.kind})")
            item.setData(Qt.ItemDataRole.UserRole, entity.id)
            item.setIcon(_swatch(entity.color))
            self.list.addItem(item)
            if entity.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def current(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, entity_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == entity_id:
                self.list.setCurrentRow(row)

    def _show_current(self, *_) -> None:
        entity = self.editor.session.store.entities.get(self.current())
        self.problem.setText("")
        if entity is None:
            return
        self.name.setText(entity.name)
        self.kind.setCurrentText(entity.kind)
        self.color.set_color(entity.color)
        count = len(self.editor.writer.events_naming(entity.id))
        self.used.setText(self.tr("Named by %1 event(s)").replace("%1", str(count)))

    def _run(self, build) -> bool:
        try:
            change = build()
        except EditError as exc:
            self.problem.setText(str(exc))
            return False
        return save(self.editor, change, self)

    def apply(self) -> None:
        entity = self.editor.session.store.entities.get(self.current())
        if entity is None:
            return
        values = {
            k: v
            for k, v, old in (
                ("name", self.name.text().strip(), entity.name),
                ("kind", self.kind.currentText(), entity.kind),
                ("color", self.color.color, entity.color),
            )
            if v != old
        }
        if values:
            self._run(lambda: edit_ops.edit_entity(self.editor.writer, entity.id, **values))

    def _add(self) -> None:
        entity_id = ask_new_entity(self.editor, self)
        if entity_id is not None:
            self._refill()
            self.select(entity_id)

    def _ask_merge(self) -> None:
        gone = self.current()
        entities = self.editor.session.store.entities
        if gone is None:
            return
        others = sorted((e for e in entities.values() if e.id != gone), key=lambda e: e.name)
        names = [e.name for e in others]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Merge entities"),
            self.tr("Merge %1 into:").replace("%1", entities[gone].name),
            names,
            0,
            False,
        )
        if ok and name:
            self.merge(gone, others[names.index(name)].id)

    def merge(self, gone: int, keep: int) -> None:
        self._run(lambda: edit_ops.merge_entities(self.editor.writer, keep, gone))

    def delete(self) -> None:
        entity_id = self.current()
        if entity_id is None:
            return
        name = self.editor.session.store.entities[entity_id].name
        try:
            change = edit_ops.delete_entity(self.editor.writer, entity_id)
        except EditError as exc:
            self.problem.setText(str(exc))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete entity"), self.tr("Delete %1?").replace("%1", name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            save(self.editor, change, self)
