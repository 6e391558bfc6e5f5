"""Full-text search in a worker thread, so typing never waits on the database.

Only the newest search runs: one still queued when the user types on is
skipped, and an answer that comes back too late is dropped by the session.
"""

from __future__ import annotations

import numpy as np

from ..core.data.store import Store
from .jobs import DATABASE_ERRORS, Worker


class ThreadedSearch:
    def __init__(self, store: Store, parent=None, on_error=None):
        """`on_error(text)`: told why a search failed (it then matches nothing)."""
        self._store = store
        self._on_error = on_error
        self._worker = Worker("search", parent, connect=store.worker_connection, newest_only=True)
        self._deliver = None

    def __call__(self, text: str, deliver) -> None:
        self._deliver = deliver

        def job(conn):
            return self._store.search_mask(text, conn)

        def failed(exc: Exception) -> None:  # a failed search matches nothing, never crashes
            if not isinstance(exc, DATABASE_ERRORS):
                raise exc
            if self._on_error is not None:
                self._on_error(str(exc))
            self._answered(text, np.zeros(len(self._store.columns), bool))

        self._worker.submit(job, lambda mask: self._answered(text, mask), failed)

    def _answered(self, text: str, mask) -> None:
        if self._deliver is not None:
            self._deliver(text, mask)

    def close(self) -> None:
        self._deliver = None
        self._worker.close()
