"""Editing an open session: do, undo and redo Changes. Qt-free.

Our own stack rather than QUndoStack: QUndoStack.push runs the command and
keeps it even when it fails, while here a Change enters the stack, and the
stack moves, only after its transaction has committed. So the window, the
stack and the file agree after a failed write, and the stack is tested
without a QApplication.
"""

from __future__ import annotations

from psygnal import Signal, SignalGroup

from ..data.changes import Change
from ..data.store_writer import StoreWriter
from .session import Session


class EditorEvents(SignalGroup):
    history = Signal()  # what undo and redo would do changed
    # A change was written but showing it failed: only reading the file again
    # makes the window agree with it (the stack is then empty).
    stale = Signal()


class Editor:
    def __init__(self, session: Session, writer: StoreWriter | None = None):
        self.session = session
        self.writer = writer or StoreWriter(session.store)
        self.events = EditorEvents()
        self._done: list[Change] = []
        self._undone: list[Change] = []

    def do(self, change: Change) -> None:
        """Write `change` and show it; raises (sqlite3 or OSError) with nothing changed."""
        self._write(change)
        self._done.append(change)
        self._undone.clear()
        self.events.history.emit()

    def undo(self) -> Change | None:
        if not self._done:
            return None
        change = self._done[-1]
        self._write(change.inverse())  # raises: the stack stays as it was
        self._undone.append(self._done.pop())
        self.events.history.emit()
        return change

    def redo(self) -> Change | None:
        if not self._undone:
            return None
        change = self._undone[-1]
        self._write(change)
        self._done.append(self._undone.pop())
        self.events.history.emit()
        return change

    @property
    def undo_change(self) -> Change | None:
        return self._done[-1] if self._done else None

    @property
    def redo_change(self) -> Change | None:
        return self._undone[-1] if self._undone else None

    @property
    def undo_name(self) -> str | None:
        return self._done[-1].name if self._done else None

    @property
    def redo_name(self) -> str | None:
        return self._undone[-1].name if self._undone else None

    def close(self) -> None:
        self.writer.close()

    def forget(self) -> None:
        """Empty the stack: the file was changed by another program."""
        self._done.clear()
        self._undone.clear()
        self.events.history.emit()

    def _write(self, change: Change) -> None:
        self.writer.write(change)  # raises: nothing changed, anywhere
        try:
            self.writer.after_commit(change)
            self.session.data_changed(change)
        except Exception:
            self.forget()
            self.events.stale.emit()
            raise
