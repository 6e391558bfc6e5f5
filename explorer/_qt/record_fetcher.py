"""Event records read in a worker thread, so a pan or zoom never waits on the
database: the lanes draw stand-ins (no title) until `fetched` says the
records are in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from ..core.store import Store
from .db_worker import DatabaseWorker


class RecordFetcher(DatabaseWorker):
    # Emitted from the worker; Qt queues it to this object's (the GUI) thread.
    fetched = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(store, "records", parent)

    def request(self, ids: list[int]) -> None:
        def job(conn) -> None:
            self._store.events.fetch(ids, conn)
            self.fetched.emit()

        self.submit(object(), job)
