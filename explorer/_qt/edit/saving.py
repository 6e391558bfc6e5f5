"""Commit a change from a dialog, and say so plainly when the file refuses it."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox

from ...core.data.changes import Change
from ...core.view.editor import Editor
from .. import style


def save(editor: Editor, change: Change, parent) -> bool:
    """Write `change`; on failure show why (the file and the window are unchanged)."""
    try:
        editor.do(change)
    except (sqlite3.Error, OSError) as exc:
        failed(parent, exc)
        return False
    return True


def failed(parent, exc: Exception) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Editing", "Could not save the change"),
        QCoreApplication.translate(
            "Editing", "The change was not saved, and nothing saved before it is lost."
        )
        + f"\n\n{exc}",
    )


def problem_label() -> QLabel:
    """Where a dialog says what to fix before it can be saved."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.ERROR_TEXT}")
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_until_saved(form: QDialog, editor: Editor, build, parent):
    """Show `form` until `build()` gives a (Change, id) that is saved; the id, or
    None when cancelled. An EditError is shown in the form's `problem`."""
    from ...core.data.edit_ops import EditError

    while form.exec() == QDialog.DialogCode.Accepted:
        try:
            change, new_id = build()
        except EditError as exc:
            form.problem.setText(str(exc))
            continue
        return new_id if save(editor, change, parent) else None
    return None
