"""The one way views get event records (and citations): the lanes, the table,
the detail panel and the period bands all ask a RecordSource.

For a big database nothing is read on the GUI thread: what is not read yet
comes back as a stand-in (no texts; see Event.stand_in) and a worker thread
reads it; `arrived` then tells the views to ask again. A small database is
read at once (a few rows of a small file take no time).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.data.event_rows import stand_ins
from ..core.data.records import Citation, Event
from ..core.data.store import Store
from ..core.jobs import is_big
from .jobs import DATABASE_ERRORS, Worker

CITATIONS_KEPT = 500  # events whose citations are kept once read


class RecordSource(QObject):
    # Emitted from the worker; Qt queues it to the views on the GUI thread.
    arrived = Signal()
    # What could not be read (the file or the server went away), in words; on the GUI thread.
    failed = Signal(str)

    def __init__(self, store: Store, parent=None, threaded: bool | None = None):
        super().__init__(parent)
        self.store = store
        if threaded is None:  # a server is never asked from the GUI thread
            threaded = store.remote or is_big(len(store.records))
        self.threaded = threaded
        self._worker = (
            Worker("records", self, connect=store.worker_connection) if self.threaded else None
        )
        self._citations: OrderedDict[int, list[Citation]] = OrderedDict()
        # (view, kind) -> ids: asked this turn of the event loop (GUI thread only),
        # and to be read by the worker. A view's new asks replace its older ones,
        # which it no longer needs (the user panned on).
        self._asked: dict[tuple[str, str], set[int]] = {}
        self._wanted: dict[tuple[str, str], set[int]] = {}
        self._lock = threading.Lock()  # guards _wanted, _queued, _citations and _edits
        self._queued = False
        self._edits = 0  # edits so far (forget): a read they overtook is not kept

    def records(self, ids, view: str) -> dict[int, Event]:
        """id -> Event for these ids (unknown ids left out); stand-ins for those
        not read yet, which the worker reads for `view` (a name)."""
        wanted = list(dict.fromkeys(int(i) for i in ids))
        if not self.threaded:
            return {e.id: e for e in self.store.records.many(wanted)}
        found, missing = self._peek_and_ask(wanted, view)
        if missing:
            rows, _ = self.store.columns.rows_and_hits(missing)
            found.update((e.id, e) for e in stand_ins(self.store.columns, rows))
        return found

    def prefetch(self, ids: list[int], view: str) -> bool:
        """Have the worker read those of these events not read yet (as `records`
        would, without making their stand-ins); whether there were any."""
        if not self.threaded:
            return False  # read at once when asked
        return bool(self._peek_and_ask(list(dict.fromkeys(ids)), view)[1])

    def _peek_and_ask(self, wanted: list[int], view: str) -> tuple[dict[int, Event], list[int]]:
        """(the events already read, the ids the worker is now asked to read)."""
        found = self.store.records.peek(wanted)
        missing = [i for i in wanted if i not in found]
        if missing:
            self._ask(view, "records", missing)
        return found, missing

    def citations(self, event_id: int, view: str) -> list[Citation] | None:
        """The event's citations; None while the worker reads them."""
        if not self.threaded:
            return self.store.citations(event_id)
        with self._lock:
            if event_id in self._citations:
                return self._citations[event_id]
        self._ask(view, "citations", [event_id])
        return None

    def forget(self, event_ids) -> None:
        """Edited events: their citations are read again when asked (the store's
        record cache forgets them itself)."""
        with self._lock:
            self._edits += 1  # what a worker is reading now may predate the edit
            for event_id in event_ids:
                self._citations.pop(event_id, None)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()

    def _ask(self, view: str, kind: str, ids: list[int]) -> None:
        if not self._asked:  # the first ask this turn: hand them over once the turn ends
            QTimer.singleShot(0, self, self._hand_over)
        self._asked.setdefault((view, kind), set()).update(ids)

    def _hand_over(self) -> None:
        if self._worker.closed:
            return
        with self._lock:
            self._wanted.update(self._asked)
            start, self._queued = not self._queued, True
        self._asked = {}
        if start:
            self._worker.submit(self._read, failed=self._failed)

    def _read(self, conn) -> None:
        """In the worker: read what is wanted until nothing is."""
        while True:
            with self._lock:
                wanted, self._wanted = self._wanted, {}
                if not wanted:
                    self._queued = False
                    return
            edits = self._edits
            records, citations = set(), set()
            for (_view, kind), ids in wanted.items():
                (records if kind == "records" else citations).update(ids)
            self.store.records.fetch(sorted(records), conn)
            found = self.store.citations_of(sorted(citations), conn) if citations else {}
            with self._lock:
                for event_id in citations if edits == self._edits else ():  # else: maybe stale
                    self._citations[event_id] = found.get(event_id, [])
                while len(self._citations) > CITATIONS_KEPT:
                    self._citations.popitem(last=False)
            self.arrived.emit()

    def _failed(self, exc: Exception) -> None:
        with self._lock:
            self._queued = False
        if not isinstance(exc, DATABASE_ERRORS):
            raise exc
        self.failed.emit(str(exc))  # the file or server went away: stand-ins stay
