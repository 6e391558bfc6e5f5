"""The one write path into an open Store. Qt-free.

`StoreWriter.commit(change)` writes a Change in one transaction (changes.apply)
and then, in `after_commit`, brings the store in memory in step with the
file for the changed rows only: entities, sources, the event columns
(column_update) and the record cache. Undo and redo come through here too.
If the write fails, nothing in memory changes, and the file is as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..atomic import atomic_target
from . import changes, column_cache, packed_table, schema
from .changes import ENTITY, EVENT, Change, Tables
from .column_update import replace_events
from .event_rows import SELECT, event_from_row
from .records import Entity
from .store import Store, _is_wal, connect_readonly
from .validate import source_file_text

# The packed columns kept in the file change with the rows, in the same transaction.
if packed_table.on_write not in changes.ON_WRITE:
    changes.ON_WRITE.append(packed_table.on_write)

LOCK_WAIT = 2.0  # seconds a write waits for another program's lock


def read_only_reason(path: Path, bundled: Path | None = None) -> str | None:
    """Why this file may be viewed but not edited; None when it can be edited."""
    path = Path(path)
    if bundled is not None and path.resolve() == Path(bundled).resolve():
        return "the bundled data is never changed: save a copy to edit it"
    # The mode bits too: root may write anything, but a file marked read-only stays so.
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "its folder is read-only (SQLite needs a journal file beside it)"
    with path.open("rb") as fh:
        if _is_wal(fh.read(20)):
            return "it is in WAL mode, kept by another program: edit it there"
    conn = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")  # takes the write lock and gives it back at once
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return "another program is writing to it"
        return f"it cannot be written ({exc})"
    finally:
        conn.close()
    return None


def needs_upgrade(path: Path) -> bool:
    """Whether the file is of an older schema version: it must be upgraded to be edited."""
    conn = connect_readonly(path)
    try:
        return schema.version(conn) < schema.SCHEMA_VERSION
    finally:
        conn.close()


def upgrade(path: Path) -> int:
    """Migrate the file to SCHEMA_VERSION in one transaction; return its old version."""
    conn = sqlite3.connect(path, timeout=LOCK_WAIT, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            old = schema.migrate(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back itself
                conn.execute("ROLLBACK")
            raise
        return old
    finally:
        conn.close()


def editable_copy(source: Path, target: Path, source_dirs: list[Path] = ()) -> None:
    """A copy of `source` at `target` that can be edited: a consistent snapshot (SQLite's
    backup, so a file another program writes, or one in WAL mode, copies whole), in
    rollback-journal mode, upgraded, with the texts of its sources found in
    `source_dirs` stored. Written beside `target` and renamed: all or nothing."""
    with atomic_target(Path(target)) as tmp:
        src = connect_readonly(source)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        tmp.chmod(0o644)
        upgrade(tmp)
        store_found_texts(tmp, source_dirs)


def store_found_texts(path: Path, folders: list[Path]) -> int:
    """Store the text of each source without one whose file is in `folders` (a copy
    of the bundled data gets its articles); how many were stored."""
    conn = sqlite3.connect(path)
    stored = 0
    try:
        rows = conn.execute("SELECT id, file FROM sources WHERE text IS NULL AND file IS NOT NULL")
        for source_id, file in rows.fetchall():
            text = source_file_text(file, folders)
            if text is not None:
                conn.execute("UPDATE sources SET text = ? WHERE id = ?", [text, source_id])
                stored += 1
        conn.commit()
    finally:
        conn.close()
    return stored


class StoreWriter:
    """Writes Changes to `store`'s file and keeps `store` in step."""

    def __init__(self, store: Store):
        self.store = store
        self.conn = sqlite3.connect(
            store.path, timeout=LOCK_WAIT, isolation_level=None, check_same_thread=False
        )
        self.tables = Tables.of(self.conn)
        self.changed = False

    def close(self) -> None:
        """Done editing. A big file's column cache is keyed by its size and time, which
        each change moved: the columns in memory (which equal a fresh load) go there."""
        self.conn.close()
        store = self.store
        if self.changed and store.sample_of is None and hasattr(store, "skipped_rows"):
            column_cache.save(store.path, store.columns, store.skipped_rows)

    # Reading what a change replaces
    def event(self, event_id: int) -> dict | None:
        return changes.read_event(self.conn, event_id, self.tables)

    def entity(self, entity_id: int) -> dict | None:
        return changes.read_entity(self.conn, entity_id, self.tables)

    def source(self, source_id: int) -> dict | None:
        return changes.read_source(self.conn, source_id, self.tables)

    def next_id(self, table: str) -> int:
        return self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]

    def events_naming(self, entity_id: int) -> list[int]:
        rows = self.conn.execute(
            "SELECT DISTINCT event_id FROM event_entities WHERE entity_id = ? ORDER BY event_id",
            [entity_id],
        )
        return [r[0] for r in rows]

    # Writing
    def commit(self, change: Change) -> None:
        """Write `change` (all or nothing), then update the store for its rows."""
        self.write(change)
        self.after_commit(change)

    def write(self, change: Change) -> None:
        """Only the transaction: raises with nothing written."""
        changes.apply(self.conn, change, self.tables)
        self.changed = True

    def after_commit(self, change: Change) -> None:
        """The one step after every committed change: the store in memory follows
        the file, for the changed rows only."""
        store = self.store
        for entity_id in change.ids(ENTITY):
            row = self.entity(entity_id)
            if row is None:
                store.entities.pop(entity_id, None)
            else:
                store.entities[entity_id] = Entity(
                    entity_id, row["name"], row["kind"], row["color"] or ""
                )
        event_ids = change.ids(EVENT)
        # Links to a changed entity change how its events are drawn: the change
        # names those events too (see edit_ops), so only event_ids are re-read.
        events, rowids = [], []
        if event_ids:
            marks = ",".join("?" * len(event_ids))
            links: dict[int, list[int]] = {}
            for event_id, entity_id in self.conn.execute(
                f"SELECT event_id, entity_id FROM event_entities WHERE event_id IN ({marks}) "
                "ORDER BY rowid",
                sorted(event_ids),
            ):
                links.setdefault(event_id, []).append(entity_id)
            for row in self.conn.execute(f"{SELECT} WHERE id IN ({marks})", sorted(event_ids)):
                known = tuple(
                    e for e in dict.fromkeys(links.get(row[1], ())) if e in store.entities
                )
                try:
                    events.append(event_from_row(row, known))
                except ValueError:
                    continue  # a row that breaks the contract is skipped, as on loading
                rowids.append(row[0])
        if event_ids:
            store.columns = replace_events(store.columns, event_ids, events, rowids, store.entities)
            store.__dict__.pop("title_rank", None)  # a cached_property: worked out again
        store.records.changed(store.columns, event_ids, store.entities)
