"""Load a database's events into EventColumns, CHUNK rows per query, with
progress and cancelling; and a sample of a big file. Qt-free.

Each chunk comes back packed (packed_rows); rows its fast tests cannot vouch
for are checked one by one by event_rows.event_from_row, the single rule book.
"""

from __future__ import annotations

import numpy as np

from ..jobs import Progress, tell
from .columns import EventColumns, build, record_arrays
from .packed_rows import number_table, packed_query, parse_chunk

CHUNK = 100_000  # rows per query: progress, cancelling and a small peak of memory


# A chunk is a range of rowids where they are dense (measured: twice as fast
# as the next CHUNK rows after a rowid, which sparse rowids need). Reading
# chunks on two connections at once was measured no faster: SQLite's
# allocator is shared.
AFTER = f"rowid > ? ORDER BY rowid LIMIT {CHUNK}"
BETWEEN = "rowid >= ? AND rowid < ?"


def _duplicated_ids(conn) -> list[int]:
    """Event ids used twice; none when id is the table's INTEGER PRIMARY KEY."""
    for _cid, name, kind, _notnull, _default, pk in conn.execute("PRAGMA table_info(events)"):
        if name == "id" and pk == 1 and kind.upper() == "INTEGER":
            pks = [r for r in conn.execute("PRAGMA table_info(events)") if r[5]]
            if len(pks) == 1:
                return []
    return [r[0] for r in conn.execute("SELECT id FROM events GROUP BY id HAVING count(*) > 1")]


def load(
    conn, entity_ids, check_row, select_sql: str, progress: Progress | None = None
) -> tuple[EventColumns, list[str]]:
    """Columns for every valid event, and a message per skipped row.

    `check_row(row)` validates one `select_sql` row the slow way, raising
    ValueError; it is asked only about rows the SQL test does not pass.
    `progress(done, total)` is called between chunks; returning False cancels
    (jobs.Cancelled).
    """
    categories, code, params = _category_code(conn)
    total = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    duplicated = _duplicated_ids(conn)
    parts = _read_chunks(conn, code, params, total, progress)
    links = _links(conn, entity_ids)
    rowid, ids, ok, disputed, category, first, after, precision, span = _joined(
        parts or [parse_chunk(None, None)]
    )
    del parts
    if duplicated:
        ok &= ~np.isin(ids, np.array(duplicated, np.int64))
    # The rest, in rowid order, the slow way: kept with their reasons or skipped.
    slow = np.sort(rowid[~ok])
    skipped, extra = [], []
    for start in range(0, len(slow), 500):
        chunk = slow[start : start + 500].tolist()
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"{select_sql} WHERE rowid IN ({marks}) ORDER BY rowid", chunk):
            try:
                event = check_row(row)
            except (ValueError, TypeError) as exc:
                skipped.append((row[0], row[1], str(exc)))
                continue
            extra.append((row[0], event))
    # A set of the few slow rows' ids, not of a million fast ones: memory.
    taken = set(ids[ok][np.isin(ids[ok], [e.id for _, e in extra])].tolist())
    kept_extra = []
    for rid, event in extra:
        if event.id in taken:
            skipped.append((rid, event.id, "a second event with this id"))
            continue
        taken.add(event.id)
        kept_extra.append((rid, event))
    fast = [ids, rowid, first, after, precision, span, disputed > 0, category.astype(np.int32)]
    del rowid, ids, disputed, category, first, after, precision, span
    if not ok.all():  # usually every row is fast: no copy of ten million rows then
        fast = [column[ok] for column in fast]
    arrays = _with_extra(kept_extra, categories, *fast)
    del fast, ok
    return build(*arrays, categories, links), sorted(skipped, key=lambda s: s[0])


def _joined(parts: list) -> list[np.ndarray]:
    """Each column of the parsed chunks in one array, each chunk's part freed as
    soon as it is copied: at ten million rows, half a gigabyte less at the peak."""
    parts[:] = [list(part) for part in parts]  # in place: the caller's list lets go too
    columns = []
    for i in range(len(parts[0])):
        columns.append(np.concatenate([part[i] for part in parts]))
        for part in parts:
            part[i] = None
    return columns


def _category_code(conn, where: str = "1", params=()) -> tuple[list[str], str, list]:
    """The categories of the rows `where` picks ("" first), an SQL expression
    giving each row its category's index, and that expression's parameters."""
    categories = [""] + sorted(
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT category FROM events WHERE typeof(category)='text' AND ({where})",
            params,
        )
        if r[0]
    )
    whens = " ".join("WHEN ? THEN ?" for _ in categories[1:])
    code = f"(CASE category {whens} ELSE 0 END)" if whens else "0"
    return categories, code, [v for i, c in enumerate(categories[1:], 1) for v in (c, i)]


# Two subqueries: min(rowid), max(rowid) in one select scans the whole table.
MIN_MAX_ROWID = "SELECT (SELECT min(rowid) FROM events), (SELECT max(rowid) FROM events)"
SAMPLE_WINDOWS = 30  # a sample is read from this many rowid windows spread over the table


def sample(conn, entity_ids, wanted: int) -> EventColumns:
    """About `wanted` events from evenly spaced windows of rowids: a preview of a
    big file, read in a fraction of a second while the whole file loads.

    Only rows the fast checks vouch for are taken (a preview need not explain
    skipped rows), and an id seen twice in the sample is taken once.
    """
    lo, hi = conn.execute(MIN_MAX_ROWID).fetchone()
    if lo is None:
        return build(*record_arrays([], [], {"": 0}), [""], _links_of(conn, [], entity_ids))
    count = max(1, min(SAMPLE_WINDOWS, wanted))
    size = max(1, wanted // count)
    windows = sorted({lo + (hi - lo + 1) * k // count for k in range(count)})
    bounds = [(a, a + size) for a in windows]
    where = " OR ".join(["(rowid >= ? AND rowid < ?)"] * len(bounds))
    flat = [v for pair in bounds for v in pair]
    categories, code, params = _category_code(conn, where, flat)
    parts = [
        parse_chunk(*conn.execute(packed_query(code, BETWEEN), [*params, a, b]).fetchone()[:2])
        for a, b in bounds
    ]
    rowid, ids, ok, disputed, category, first, after, precision, span = (
        np.concatenate(column) for column in zip(*parts, strict=True)
    )
    _, once = np.unique(ids, return_index=True)
    keep = np.zeros(len(ids), bool)
    keep[once] = True
    keep &= ok
    links = _links_of(conn, ids[keep], entity_ids)
    return build(
        ids[keep],
        rowid[keep],
        first[keep],
        after[keep],
        precision[keep],
        span[keep],
        disputed[keep] > 0,
        category[keep].astype(np.int32),
        categories,
        links,
    )


def _rowid_ranges(conn, total: int) -> list[tuple[int, int]] | None:
    """[lo, hi) rowid ranges of about CHUNK rows; None when rowids are too sparse."""
    lo, hi = conn.execute(MIN_MAX_ROWID).fetchone()
    if lo is None:
        return []
    if hi - lo + 1 > 2 * total + CHUNK:
        return None
    return [(a, min(a + CHUNK, hi + 1)) for a in range(lo, hi + 1, CHUNK)]


def _read_chunks(conn, code: str, params: list, total: int, progress) -> list:
    """Parsed chunks in rowid order, telling `progress` after each."""
    ranges = _rowid_ranges(conn, total)
    parts, done, last = [], 0, -(2**63)
    while True:
        tell(progress, done, total)
        if ranges is None:  # sparse rowids: the next CHUNK rows
            query = conn.execute(packed_query(code, AFTER), [*params, last])
        elif len(parts) < len(ranges):
            query = conn.execute(packed_query(code, BETWEEN), [*params, *ranges[len(parts)]])
        else:
            return parts
        numbers, dates, count, last_rowid = query.fetchone()
        if ranges is None and not count:
            return parts
        parts.append(parse_chunk(numbers, dates))
        done, last = done + count, last_rowid


def _with_extra(extra, categories, *arrays):
    """Append events that only the slow check accepted to the eight arrays."""
    if not extra:
        return arrays
    codes = {c: i for i, c in enumerate(categories)}
    for _rid, event in extra:
        if event.category not in codes:
            codes[event.category] = len(categories)
            categories.append(event.category)
    added = record_arrays([e for _, e in extra], [r for r, _ in extra], codes)
    return tuple(
        np.concatenate([old, new]).astype(new.dtype) for old, new in zip(arrays, added, strict=True)
    )


_PAIR = (
    "CASE WHEN typeof(event_id) = 'integer' AND typeof(entity_id) = 'integer' "
    "THEN event_id || ',' || entity_id END"
)


def _links(conn, entity_ids) -> tuple[np.ndarray, np.ndarray]:
    """(event id, entity id) pairs with a known entity, each pair once."""
    chunks, last = [], -(2**63)
    while True:  # in chunks, as events: a smaller peak of memory
        packed, last_rowid = conn.execute(
            f"SELECT group_concat({_PAIR}, ','), max(rowid) FROM (SELECT rowid, * "
            f"FROM event_entities WHERE rowid > ? ORDER BY rowid LIMIT {CHUNK})",
            [last],
        ).fetchone()
        if last_rowid is None:
            break
        chunks.append(number_table(packed, 2))
        last = last_rowid
    return _known_pairs(chunks, entity_ids)


def _links_of(conn, event_ids, entity_ids) -> tuple[np.ndarray, np.ndarray]:
    """_links for the given events only (a sample's)."""
    packed = conn.execute(
        f"SELECT group_concat({_PAIR}, ',') FROM event_entities "
        "WHERE event_id IN (SELECT value FROM json_each(?))",
        ["[" + ",".join(map(str, np.asarray(event_ids).tolist())) + "]"],
    ).fetchone()[0]
    return _known_pairs([number_table(packed, 2)], entity_ids)


def _known_pairs(chunks, entity_ids) -> tuple[np.ndarray, np.ndarray]:
    """The pairs whose entity is known, each pair once."""
    known = np.fromiter(entity_ids, np.int64)
    chunks = [pairs[np.isin(pairs[:, 1], known)] for pairs in chunks]
    pairs = np.concatenate(chunks) if chunks else np.empty((0, 2), np.int64)
    if not len(pairs):
        return pairs[:, 0], pairs[:, 1]
    # Each pair once: unique over one int64 key is far faster than over rows.
    lo, width = pairs[:, 1].min(), int(pairs[:, 1].max() - pairs[:, 1].min()) + 1
    if (
        abs(int(pairs[:, 0].max())) < 2**62 // width
        and abs(int(pairs[:, 0].min())) < 2**62 // width
    ):
        _, first = np.unique(pairs[:, 0] * width + (pairs[:, 1] - lo), return_index=True)
        pairs = pairs[first]
    else:
        pairs = np.unique(pairs, axis=0)
    return pairs[:, 0], pairs[:, 1]
