"""Open a database with a progress dialog: big files load in a worker thread.

The GUI stays responsive, shows how many events are read and can cancel;
the Qt-free Store does the work and hears about cancelling through its
progress callback.
"""

from __future__ import annotations

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
