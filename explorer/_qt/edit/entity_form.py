"""A small form for a new entity: name, kind and colour, saved at once (undoable)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
)

from ...core.data import edit_ops, schema
from ...core.view.editor import Editor
from .. import style
from .saving import ask_until_saved, ok_cancel, problem_label


class ColorButton(QPushButton):
    """Shows a colour; a click picks another."""

    def __init__(self, color: str, parent=None):
        super().__init__(parent)
        self.set_color(color)
        self.clicked.connect(self._pick)

    def set_color(self, color: str) -> None:
        self.color = QColor(color).name() if QColor(color).isValid() else style.FALLBACK_COLOR
        self.setText(self.color)
        self.setStyleSheet(f"background: {self.color}; color: white")

    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color), self, self.tr("Lane colour"))
        if chosen.isValid():
            self.set_color(chosen.name())


class EntityForm(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Entity"))
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItems(schema.ENTITY_KINDS)
        self.color = ColorButton(style.FALLBACK_COLOR)
        self.problem = problem_label()
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Colour"), self.color)
        form.addRow(self.problem)
        form.addRow(buttons)


def ask_new_entity(editor: Editor, parent) -> int | None:
    """Ask for and create an entity; its id, or None when cancelled."""
    form = EntityForm(parent)
    return ask_until_saved(
        form,
        editor,
        lambda: edit_ops.new_entity(
            editor.writer, form.name.text(), form.kind.currentText(), form.color.color
        ),
        parent,
    )
