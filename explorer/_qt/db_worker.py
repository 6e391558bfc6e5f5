"""A worker thread with its own read-only connection to a store's file.

Only the newest job runs: one still queued when a newer one is submitted is
skipped, since what asked for it has moved on.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject

from ..core.store import Store, StoreError, connect_readonly


class DatabaseWorker(QObject):
    def __init__(self, store: Store, name: str, parent=None):
        super().__init__(parent)
        self._store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._conn = None  # opened in the worker, used only there
        self._latest = None

    def submit(self, key, job, failed=None) -> None:
        """Run `job(connection)` in the worker unless a newer key comes first.
        When the database fails it (the file went away), `failed()` is called
        there instead, if given."""
        self._latest = key
        self._pool.submit(self._run, key, job, failed)

    def _run(self, key, job, failed) -> None:
        if key != self._latest:
            return  # superseded while queued
        try:
            if self._conn is None:
                self._conn = connect_readonly(self._store.path)
            job(self._conn)
        except (StoreError, sqlite3.DatabaseError):
            if failed is not None:
                failed()

    def close(self) -> None:
        self._latest = None
        self._pool.shutdown(wait=False, cancel_futures=True)
