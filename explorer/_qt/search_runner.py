"""Full-text search in a worker thread, so typing never waits on the database.

Only the newest search runs: one still queued when the user types on is
skipped, and an answer that comes back too late is dropped by the session.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import sqlite_utils
from PySide6.QtCore import QObject, Signal

from ..core.store import Store, StoreError, connect_readonly

THREADED_FROM = 50_000  # events; smaller databases search fast enough in place


class ThreadedSearch(QObject):
    # Emitted from the worker; Qt queues it to this object's (the GUI) thread.
    answered = Signal(str, object)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
        self._db = None  # the worker's own connection, opened in the worker
        self._latest = None
        self._deliver = None
        self.answered.connect(self._on_answered)

    def __call__(self, text: str, deliver) -> None:
        self._latest, self._deliver = text, deliver
        self._pool.submit(self._work, text)

    def _work(self, text: str) -> None:
        if text != self._latest:
            return  # superseded while queued
        try:
            if self._db is None:
                self._db = sqlite_utils.Database(connect_readonly(self._store.path))
            mask = self._store.search_mask(text, self._db)
        except (StoreError, Exception):  # a failed search matches nothing, never crashes
            mask = np.zeros(len(self._store.columns), bool)
        self.answered.emit(text, mask)

    def _on_answered(self, text: str, mask) -> None:
        if self._deliver is not None:
            self._deliver(text, mask)

    def close(self) -> None:
        self._deliver = None
        self._pool.shutdown(wait=False, cancel_futures=True)
