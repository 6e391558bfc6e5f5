"""What the window's File, View and Help actions may use of the window.

The actions (import, saved views, exports, About) are functions of a
`WindowHost`, not of MainWindow: they see the open session and a few ways to
talk to the user, never the window's widgets. MainWindow is one; a test can
pass a small stand-in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from ..core.view.session import Session
from .settings import Settings


@runtime_checkable
class WindowHost(Protocol):
    session: Session | None  # the open database's; None before the first opens
    settings: Settings

    def dialog_parent(self) -> QWidget:
        """The widget dialogs and progress dialogs open over."""
        ...

    def open_database(self, path: str | Path) -> bool:
        """Open `path` in place of the current database; on failure say why, keep it."""
        ...

    def show_error(self, title: str, text: str) -> None: ...

    def show_message(self, text: str, ms: int) -> None:
        """A passing note in the status bar."""
        ...
