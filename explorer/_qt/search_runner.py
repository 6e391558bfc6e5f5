"""Full-text search in a worker thread, so typing never waits on the database.

Only the newest search runs: one still queued when the user types on is
skipped, and an answer that comes back too late is dropped by the session.
"""

from __future__ import annotations

import numpy as np
import sqlite_utils
from PySide6.QtCore import Signal

from ..core.store import Store
from .db_worker import DatabaseWorker

THREADED_FROM = 50_000  # events; smaller databases search fast enough in place


class ThreadedSearch(DatabaseWorker):
    # Emitted from the worker; Qt queues it to this object's (the GUI) thread.
    answered = Signal(str, object)

    def __init__(self, store: Store, parent=None):
        super().__init__(store, "search", parent)
        self._deliver = None
        self.answered.connect(self._on_answered)

    def __call__(self, text: str, deliver) -> None:
        self._deliver = deliver

        def job(conn) -> None:
            self.answered.emit(text, self._store.search_mask(text, sqlite_utils.Database(conn)))

        def failed() -> None:  # a failed search matches nothing, never crashes
            self.answered.emit(text, np.zeros(len(self._store.columns), bool))

        self.submit(text, job, failed)

    def _on_answered(self, text: str, mask) -> None:
        if self._deliver is not None:
            self._deliver(text, mask)

    def close(self) -> None:
        self._deliver = None
        super().close()
