"""Opening a database: a big one loads in a worker thread behind a progress
dialog that can cancel, and a very big one first shows a sample of its events
(when asked) while the whole file loads.

The Qt-free Store does the work and hears about cancelling through its
progress callback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..core.data import column_cache, packed_table
from ..core.data.datasette_client import DatasetteClient, RemoteError
from ..core.data.remote_store import RemoteStore
from ..core.data.store import Store, StoreError, connect_readonly
from ..core.jobs import Cancelled, is_big
from ..core.paths import is_url
from .i18n import number, translate
from .jobs import LongJob

PREVIEW_FROM = 200_000  # events: a file this big, not in the column cache, shows a sample first
PREVIEW_ROWS = 30_000  # events in that sample (read in about 0.3 s)


def load_remote(parent: QWidget | None, url: str) -> Store | None:
    """A database served by Datasette, read in a worker behind the progress
    dialog (Cancel returns at once, even while a request waits on the server).
    A server that wants a token it was not given (or refused the one in
    TIMELINE_EXPLORER_TOKEN) asks for one; the token lives only in the client."""
    client = DatasetteClient(url)
    while True:
        job = LongJob(parent, translate("Loading", "Opening database"), detach=True)
        job.show(0, 0, translate("Loading", "Connecting to {host}…").format(host=client.where))
        try:
            return job.run(lambda progress, c=client: RemoteStore(url, progress, c))
        except Cancelled:
            return None
        except RemoteError as exc:
            if not exc.needs_token:
                raise
            token = _ask_token(parent, str(exc))
            if not token:
                raise
            client = DatasetteClient(url, token=token)


def _ask_token(parent: QWidget | None, why: str) -> str | None:
    token, ok = QInputDialog.getText(
        parent,
        translate("Loading", "API token"),
        translate("Loading", "{why}\n\nAPI token (kept only while this database is open):").format(
            why=why
        ),
        QLineEdit.EchoMode.Password,
    )
    return token.strip() if ok and token.strip() else None


def load_store(parent: QWidget | None, path: Path | str, preview=None) -> Store | None:
    """The opened Store, or None when the user cancelled. Raises StoreError.

    `preview(sample, cancel)`, when given, may be called with a sample Store of
    a big file while the whole file loads; it shows the sample and returns a
    `progress(done, total)` callable that replaces the progress dialog, and
    `cancel()` asks the load to stop. A URL is a Datasette database (load_remote)."""
    if is_url(path):
        return load_remote(parent, path)
    count, packed = _event_count(path)
    if not is_big(count):
        return Store(path)
    quick = packed or column_cache.has(path)  # opens in a fraction of a second: no sample
    sampling = preview is not None and count >= PREVIEW_FROM and not quick
    job = LongJob(
        parent,
        translate("Loading", "Opening database"),
        lambda done, total: translate(
            "Loading", "Opening {name}: {done} of {total} events read…"
        ).format(name=path.name, done=number(done), total=number(total)),
    )

    def show_sample(sample: Store) -> None:
        job.told = preview(sample, job.cancel)

    def work(progress) -> Store:
        if sampling:
            job.post(show_sample, Store(path, sample=PREVIEW_ROWS))
        return Store(path, progress=progress)

    try:
        return job.run(work)
    except Cancelled:
        return None


def _event_count(path: Path) -> tuple[int, bool]:
    """Rows in events (a few ms for a million), and whether the file's packed
    columns are fresh; (0, False) when that cannot be read: opening the file
    then says why."""
    try:
        conn = connect_readonly(path)
        try:
            packed = packed_table.event_count(conn)
            if packed is not None:
                return packed, True
            return conn.execute("SELECT count(*) FROM events").fetchone()[0], False
        finally:
            conn.close()
    except (StoreError, sqlite3.DatabaseError):
        return 0, False
