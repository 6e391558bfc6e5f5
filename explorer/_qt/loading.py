"""Progress for long work: big files load in a worker thread; exports step
the event loop while they run.

The GUI stays responsive, shows how many events are read and can cancel;
the Qt-free Store does the work and hears about cancelling through its
progress callback.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ..core.column_loader import LoadCancelled
from ..core.store import Store

BIG_FILE = 20 * 1024 * 1024  # bytes; smaller files open at once, without a dialog


def load_store(parent: QWidget | None, path: Path) -> Store | None:
    """The opened Store, or None when the user cancelled. Raises StoreError."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size < BIG_FILE:
        return Store(path)
    state = {"done": 0, "total": 0, "cancel": False, "store": None, "error": None}

    def progress(done: int, total: int) -> bool:
        state["done"], state["total"] = done, total
        return not state["cancel"]

    def work() -> None:
        try:
            state["store"] = Store(path, progress=progress)
        except (LoadCancelled, Exception) as exc:  # handed to the GUI thread below
            state["error"] = exc

    dialog = QProgressDialog(f"Opening {path.name}…", "Cancel", 0, 0, parent)
    dialog.setWindowTitle("Opening database")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(lambda: state.update(cancel=True))
    thread = threading.Thread(target=work, name="open-database", daemon=True)
    thread.start()
    while thread.is_alive():
        if state["total"]:
            dialog.setMaximum(state["total"])
            dialog.setValue(state["done"])
            dialog.setLabelText(
                f"Opening {path.name}: {state['done']:,} of {state['total']:,} events read…"
            )
        QApplication.processEvents()
        time.sleep(0.02)
    dialog.reset()
    dialog.deleteLater()
    if isinstance(state["error"], LoadCancelled):
        return None
    if state["error"] is not None:
        raise state["error"]
    return state["store"]


@contextlib.contextmanager
def progress_dialog(parent: QWidget | None, title: str, at_least: int = 2000):
    """A `progress(done, total)` callback for core work run on the GUI thread:
    a dialog shows for `at_least` items or more, and Cancel makes it return False."""
    dialog = None

    def told(done: int, total: int) -> bool:
        nonlocal dialog
        if total < at_least:
            return True
        if dialog is None:
            dialog = QProgressDialog(f"{title}…", "Cancel", 0, total, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
        dialog.setValue(done)
        dialog.setLabelText(f"{title}: {done:,} of {total:,}…")
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        yield told
    finally:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
