"""A served database's index (remote_store.py), kept between openings in the
user's cache folder, so a big timeline reopens without reading it again.

Only for a database Datasette serves immutable (`datasette serve -i`, as
`publish` prints it): its /-/databases.json gives the file's hash, which names
exactly what the index was read from. A database served mutable may change
under us, so it is read afresh each time. Deleting the folder is always safe.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from pathlib import Path

from ..atomic import atomic_target
from .column_cache import cache_dir
from .datasette_client import DatasetteClient, RemoteError
from .store import StoreError, connect_readonly

FORMAT = 2  # bump when what the index holds changes (2: translations)


def index_file(client: DatasetteClient) -> Path | None:
    """Where this database's index is kept; None when it may not be."""
    try:
        databases = client.get_json("-/databases.json", root=True)
    except RemoteError:
        return None  # hidden, or a server without that page: no cache
    name = client.address.database
    if not isinstance(databases, list):
        return None
    found = [
        d for d in databases if isinstance(d, dict) and name in (d.get("route"), d.get("name"))
    ]
    digest = found[0].get("hash") if found else None
    if not isinstance(digest, str) or not digest:
        return None
    key = hashlib.sha1(json.dumps([client.address.url, digest, FORMAT]).encode()).hexdigest()
    return cache_dir().parent / "remote" / f"{key}.db"


def restore(path: Path | None, conn: sqlite3.Connection) -> bool:
    """Copy a kept index into `conn` (empty); False when there is none to use."""
    if path is None or not path.is_file():
        return False
    try:
        kept = connect_readonly(path)
        try:
            kept.backup(conn)
        finally:
            kept.close()
    except (StoreError, sqlite3.DatabaseError):
        return False
    return True


def keep(conn: sqlite3.Connection, path: Path | None) -> None:
    """Write the index to `path` (atomically); a cache that cannot be written is skipped."""
    if path is None:
        return
    conn.commit()  # a backup waits for the source's open transaction: end it first
    with contextlib.suppress(OSError, sqlite3.DatabaseError):
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_target(path) as tmp:
            copy = sqlite3.connect(tmp)
            try:
                conn.backup(copy)
            finally:
                copy.close()
