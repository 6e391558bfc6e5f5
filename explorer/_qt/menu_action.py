"""One menu entry: a QAction with its shortcuts and tip, in a menu and on the window."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def add_action(window: QWidget, menu: QMenu, text: str, slot, shortcut=None, tip=None) -> QAction:
    """`shortcut`: a key sequence, or a list of them (the first is shown in the menu)."""
    action = QAction(text, window)
    if shortcut:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)  # shortcuts work wherever the focus is
    return action
