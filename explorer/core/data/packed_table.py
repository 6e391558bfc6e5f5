"""The event columns packed in a table of the database itself, so that a file
our own code wrote opens by reading a few blobs instead of every row. Qt-free.

Layout (docs/schema.md, "Packed columns"): table `packed_columns(name, dtype,
value)`, one row per EventColumns array (raw little-endian bytes), plus
`categories` and `skipped` (JSON) and `stamp`, which says what the arrays
summarise. Triggers on events, event_entities and entities delete the stamp on
any change that could alter the columns, whichever program makes it; without a
stamp, or with one that disagrees with the rows' cheap fingerprint, or with an
array that does not fit, the table is not used: the rows are read as for any
other file, and the store says why. The rows are the truth; this is a summary.

Writers call `pack(conn)` after their inserts; the editor's write path runs
`on_write` inside each change's transaction (changes.ON_WRITE).
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np

from ..jobs import Progress, is_big
from . import column_cache, event_rows, search_index, skips
from .column_loader import load as load_columns
from .columns import STORED, EventColumns, from_stored, stored

TABLE = "packed_columns"
FORMAT = 5  # bump when the layout changes; column_cache.FORMAT covers the columns' meaning
SAME_AS_IDS = "ids"  # the dtype of `rowids` when they equal the ids (INTEGER PRIMARY KEY)
# What a change to these tables' columns can alter in EventColumns (a summary
# or note edit cannot, so it leaves the table fresh).
WATCHED = {
    "events": 'id, title, start, "end", category, disputed',
    "event_entities": "event_id, entity_id",
    "entities": "id, name",
}
TRIGGERS = [f"{TABLE}_{table}_{when}" for table in WATCHED for when in ("ins", "del", "upd")]
SEARCH_INDEX = "search_index"  # the row: the full-text index's fingerprint, if in step when packed


def pack(conn: sqlite3.Connection, progress: Progress | None = None) -> None:
    """(Re)write the packed columns from the rows, and the triggers that void
    them; the caller commits. Reads every row once (the cold path)."""
    entities = event_rows.load_entities(conn)
    columns, skipped = load_columns(
        conn, entities, event_rows.event_from_row, event_rows.SELECT, progress
    )
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    conn.execute(f"CREATE TABLE {TABLE} (name TEXT PRIMARY KEY, dtype TEXT, value BLOB)")
    arrays = stored(columns)
    rows = [(name, *_encode(array)) for name, array in arrays.items()]
    if np.array_equal(columns.rowids, columns.ids):  # our files: 80 MB less to read
        rows = [(n, SAME_AS_IDS, b"") if n == "rowids" else (n, d, v) for n, d, v in rows]
    rows += [
        ("categories", "json", json.dumps(columns.categories)),
        ("skipped", "json", json.dumps(skipped)),
        ("broken_links", "json", json.dumps(skips.broken_links(conn, entities))),
        ("stamp", "json", json.dumps(_fingerprint(conn))),
        (SEARCH_INDEX, "json", json.dumps(_search_fingerprint(conn))),
    ]
    conn.executemany(f"INSERT INTO {TABLE} (name, dtype, value) VALUES (?, ?, ?)", rows)
    for table, watched in WATCHED.items():
        void = f"BEGIN DELETE FROM {TABLE} WHERE name = 'stamp'; END"
        for when, event in (("ins", "INSERT"), ("del", "DELETE"), ("upd", f"UPDATE OF {watched}")):
            name = f"{TABLE}_{table}_{when}"
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} {void}")


def _search_fingerprint(conn) -> str | None:
    """The full-text index's fingerprint when it agrees with the events now (one
    full check, a second at ten million: small beside the packing), else None."""
    return search_index.fingerprint(conn) if search_index.check(conn) is None else None


def search_index_in_step(conn: sqlite3.Connection) -> bool:
    """Whether the full-text index is known to agree with the events without
    search_index.check's scan of every id: the packed columns are fresh (their
    triggers saw no event added, deleted or renumbered since they were packed)
    and the index is as it was then, when it agreed (its fingerprint is equal).
    False whenever that is not known; then the full check runs."""
    if not _has_table(conn) or _stale_reason(conn) is not None:
        return False
    try:
        row = conn.execute(f"SELECT value FROM {TABLE} WHERE name = ?", [SEARCH_INDEX]).fetchone()
        recorded = json.loads(row[0]) if row is not None else None
    except (ValueError, TypeError, sqlite3.DatabaseError):
        return False
    return recorded is not None and recorded == search_index.fingerprint(conn)


def drop(conn: sqlite3.Connection) -> None:
    """Remove the packed columns and their triggers (the triggers first: a
    trigger left behind would fail every later write to its table)."""
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")


def on_write(conn: sqlite3.Connection, change=None) -> None:
    """The editor's hook (changes.ON_WRITE), inside each change's transaction: a
    small file is packed again at once (milliseconds); in a big one the triggers
    have marked the table stale, and it opens from its rows (and the column
    cache) until the next `pack`."""
    if _has_table(conn) and not is_big(conn.execute("SELECT count(*) FROM events").fetchone()[0]):
        pack(conn)


def event_count(conn: sqlite3.Connection) -> int | None:
    """Events in fresh packed columns (cheap: the stamp, the triggers, the
    fingerprint and a blob's length); None without fresh ones."""
    if not _has_table(conn) or _stale_reason(conn) is not None:
        return None
    # length() of a blob reads no more than its header.
    row = conn.execute(f"SELECT length(value), dtype FROM {TABLE} WHERE name = 'ids'").fetchone()
    try:
        return row[0] // np.dtype(row[1]).itemsize
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def read(conn: sqlite3.Connection, entity_ids) -> tuple[tuple | None, str]:
    """((columns, skipped, broken links), "") from a fresh packed table (the
    last two as store.Store keeps them); (None, why) when there
    is none ("" then: a file from another tool) or it cannot be used (why:
    "out of date (…)", "damaged (…)", …)."""
    if not _has_table(conn):
        return None, ""
    why = _stale_reason(conn)
    if why:
        return None, why
    try:
        found = _read_rows(conn)
        arrays = {name: _decode(*found[name]) for name in STORED if name != "rowids"}
        rowids = found["rowids"]
        arrays["rowids"] = arrays["ids"] if rowids[0] == SAME_AS_IDS else _decode(*rowids)
        categories = json.loads(found["categories"][1])
        skipped = [tuple(s) for s in json.loads(found["skipped"][1])]
        broken = [str(b) for b in json.loads(found["broken_links"][1])]
        columns = from_stored(categories, arrays)
        _check(columns, categories, entity_ids)
    except (KeyError, ValueError, TypeError, sqlite3.DatabaseError) as exc:
        return None, f"damaged ({exc})"
    return (columns, skipped, broken), ""


def check(conn: sqlite3.Connection) -> str | None:
    """What is wrong with the packed columns, in a sentence for validate: stale,
    damaged, or disagreeing with the rows they summarise (read again, the slow
    way); None when they agree or there are none."""
    entities = event_rows.load_entities(conn)
    found, why = read(conn, entities)
    if found is None:
        return why and f"the packed columns are {why}: the app reads the rows instead"
    columns, skipped, broken = found
    rows, rows_skipped = load_columns(conn, entities, event_rows.event_from_row, event_rows.SELECT)
    mine, theirs = stored(columns), stored(rows)
    differ = [n for n in STORED if not np.array_equal(mine[n], theirs[n])]
    if columns.categories != rows.categories:
        differ.append("categories")
    if [list(s) for s in skipped] != [list(s) for s in rows_skipped]:
        differ.append("skipped")
    if broken != skips.broken_links(conn, entities):
        differ.append("broken_links")
    if differ:
        return (
            f"the packed columns disagree with the rows ({', '.join(differ)}) although "
            "nothing marked them stale: pack them again (see docs/schema.md)"
        )
    return None


def _read_rows(conn) -> dict[str, tuple]:
    """name -> (dtype, value) of every row. Through a memory map while reading:
    several times faster for blobs that span thousands of pages. A blob is read
    with SQLite's blob API straight into its bytes object (a SELECT copies it
    twice, into SQLite's buffer and then Python's): 0.63 s -> 0.49 s at 10M."""
    conn.execute("PRAGMA mmap_size = 4294967296")
    try:
        found = {}
        rows = conn.execute(f"SELECT rowid, name, dtype, typeof(value) FROM {TABLE}").fetchall()
        for rowid, name, dtype, kind in rows:
            if kind == "blob":
                with conn.blobopen(TABLE, "value", rowid, readonly=True) as blob:
                    found[name] = (dtype, blob.read())
            else:
                value = conn.execute(f"SELECT value FROM {TABLE} WHERE rowid = ?", [rowid])
                found[name] = (dtype, value.fetchone()[0])
        return found
    finally:
        conn.execute("PRAGMA mmap_size = 0")  # a file truncated under a map would crash us


def _has_table(conn) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [TABLE]
    ).fetchone()
    return found is not None


def _fingerprint(conn) -> dict:
    """Cheap facts of the rows (milliseconds for ten million) that any change
    made with the triggers dropped would likely alter."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "format": [FORMAT, column_cache.FORMAT],
        "events_last_rowid": one("SELECT max(rowid) FROM events"),
        "links_last_rowid": one("SELECT max(rowid) FROM event_entities"),
        "entities": one("SELECT count(*) FROM entities"),
        "user_version": one("PRAGMA user_version"),
    }


def _stale_reason(conn) -> str | None:
    try:
        row = conn.execute(f"SELECT value FROM {TABLE} WHERE name = 'stamp'").fetchone()
        if row is None:
            return "out of date (the rows changed since they were packed)"
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        if not set(TRIGGERS) <= triggers:
            return "unguarded (their triggers were dropped)"
        stamp = json.loads(row[0])
        if stamp != _fingerprint(conn):
            if stamp.get("format") != [FORMAT, column_cache.FORMAT]:
                return "from another version of Timeline Explorer"
            return "out of date (the rows changed since they were packed)"
    except (ValueError, TypeError, sqlite3.DatabaseError) as exc:
        return f"damaged ({exc})"
    return None


def _encode(array: np.ndarray) -> tuple[str, bytes]:
    array = np.ascontiguousarray(array)
    dtype = array.dtype.newbyteorder("<") if array.dtype.byteorder == ">" else array.dtype
    return dtype.str, array.astype(dtype, copy=False).tobytes()


def _decode(dtype: str, value: bytes) -> np.ndarray:
    if not isinstance(value, bytes):
        raise ValueError("an array is not a blob")
    return np.frombuffer(value, np.dtype(dtype))


def _check(columns: EventColumns, categories, entity_ids) -> None:
    """Raise ValueError when the arrays do not fit together or name an entity
    the store does not know (they are used unchecked afterwards)."""
    n = len(columns.ids)
    names = ("rowids", "t0", "t1", "precision", "span", "disputed", "category")
    if any(len(getattr(columns, name)) != n for name in (*names, "id_order")):
        raise ValueError("event arrays of different lengths")
    if n and (columns.id_order.min() < 0 or columns.id_order.max() >= n):
        raise ValueError("the id order points outside the events")
    links, lanes = len(columns.link_row), len(columns.lane_entities)
    if len(columns.extent) != 2:
        raise ValueError("the extent is not two numbers")
    if len(columns.link_lane) != links or len(columns.link_x) != links:
        raise ValueError("link arrays of different lengths")
    if links and (
        columns.link_row.min() < 0
        or columns.link_row.max() >= n
        or columns.link_lane.min() < 0
        or columns.link_lane.max() >= lanes
    ):
        raise ValueError("a link points outside the events or lanes")
    if n and (columns.category.min() < 0 or columns.category.max() >= len(categories)):
        raise ValueError("a category code outside the categories")
    known = np.fromiter(entity_ids, np.int64)
    lane_entities = columns.lane_entities[columns.lane_entities != 0]
    if not np.isin(lane_entities, known).all():
        raise ValueError("a lane names an entity the file does not have")
