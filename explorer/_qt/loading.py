"""Progress for long work: big files load in a worker thread (showing a
sample of the file meanwhile, when asked); exports step the event loop while
they run.

The GUI stays responsive, shows how many events are read and can cancel;
the Qt-free Store does the work and hears about cancelling through its
progress callback.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ..core import column_cache
from ..core.column_loader import LoadCancelled
from ..core.store import Store, StoreError, connect_readonly

BIG_FILE = 20 * 1024 * 1024  # bytes; smaller files open at once, without a dialog


PREVIEW_FROM = 200_000  # events: a file this big, not in the column cache, shows a sample first
PREVIEW_ROWS = 30_000  # events in that sample (read in about 0.3 s)


def load_store(parent: QWidget | None, path: Path, preview=None) -> Store | None:
    """The opened Store, or None when the user cancelled. Raises StoreError.

    `preview(sample, cancel)`, when given, may be called with a sample Store of
    a big file while the whole file loads; it shows the sample and returns a
    `progress(done, total)` callable that replaces the progress dialog, and
    `cancel()` asks the load to stop."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size < BIG_FILE:
        return Store(path)
    sampling = preview is not None and not column_cache.has(path)
    state = {"done": 0, "total": 0, "cancel": False, "store": None, "error": None}
    state.update(sample=None, sampled=not sampling)  # sampled: the sample was read or skipped

    def progress(done: int, total: int) -> bool:
        state["done"], state["total"] = done, total
        return not state["cancel"]

    def work() -> None:
        try:
            if sampling and _event_count(path) >= PREVIEW_FROM:
                state["sample"] = Store(path, sample=PREVIEW_ROWS)
            state["sampled"] = True
            state["store"] = Store(path, progress=progress)
        except (LoadCancelled, Exception) as exc:  # handed to the GUI thread below
            state["error"] = exc

    def cancel() -> None:
        state["cancel"] = True

    thread = threading.Thread(target=work, name="open-database", daemon=True)
    thread.start()
    told, dialog = None, None
    while thread.is_alive():
        if told is None and state["sample"] is not None:
            told = preview(state["sample"], cancel)
        if told is None and dialog is None and state["sampled"]:
            dialog = _dialog(parent, path, cancel)
        if state["total"]:
            if told is not None:
                told(state["done"], state["total"])
            elif dialog is not None:
                dialog.setMaximum(state["total"])
                dialog.setValue(state["done"])
                dialog.setLabelText(
                    f"Opening {path.name}: {state['done']:,} of {state['total']:,} events read…"
                )
        QApplication.processEvents()
        time.sleep(0.02)
    if dialog is not None:
        dialog.reset()
        dialog.deleteLater()
    if isinstance(state["error"], LoadCancelled):
        return None
    if state["error"] is not None:
        raise state["error"]
    return state["store"]


def _event_count(path: Path) -> int:
    """Rows in events (a few ms for a million); 0 when that cannot be read:
    the whole load then says why."""
    try:
        conn = connect_readonly(path)
        try:
            return conn.execute("SELECT count(*) FROM events").fetchone()[0]
        finally:
            conn.close()
    except (StoreError, sqlite3.DatabaseError):
        return 0


def _dialog(parent, path: Path, cancel) -> QProgressDialog:
    dialog = QProgressDialog(f"Opening {path.name}…", "Cancel", 0, 0, parent)
    dialog.setWindowTitle("Opening database")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(cancel)
    return dialog


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
