"""New columns after an edit, from the old ones and the few changed events. Qt-free.

Reloading a million events takes seconds; an edit changes a handful. Here
the changed rows are cut out and their new versions put in at their place in
time order, the links likewise, by copying the slices between them (memory
speed: no sort, no mask over a million rows). Every row after a cut or an
insert moves by a constant, so row numbers held elsewhere (links, the id
lookup) are renumbered with one step function. tests/test_edit_history.py
checks the result equals a fresh load of the file.
"""

from __future__ import annotations

import numpy as np

from .columns import EventColumns, bucket_counts, mark_x, record_arrays
from .records import Event

ROW_ARRAYS = ("ids", "rowids", "t0", "t1", "precision", "span", "disputed", "category")


def _in_place(drop, at) -> bool:
    """Whether each insert goes where a dropped row was (an edit that keeps its place)."""
    drop = sorted(int(r) for r in drop)
    return len(drop) == len(at) and all(int(p) in (r, r + 1) for r, p in zip(drop, at, strict=True))


def _splice(arr: np.ndarray, drop, at, values: np.ndarray) -> np.ndarray:
    """`arr` without the rows `drop`, with `values[i]` put before old row `at[i]`
    (`at` ascending; len(arr) appends). An insert and a drop at one row: the
    insert comes first. Where that gives back `arr` (a retitle: same place, same
    values) it is `arr` itself: the columns are never written to, so old and
    new columns may share it."""
    values = np.asarray(values).astype(arr.dtype, copy=False)  # no upcast of the whole array
    if _in_place(drop, at):
        rows = sorted(int(r) for r in drop)
        if all(arr[r] == v for r, v in zip(rows, values, strict=True)):
            return arr
    ops = sorted([(int(p), 0, i) for i, p in enumerate(at)] + [(int(r), 1, -1) for r in drop])
    pieces, prev = [], 0
    for pos, kind, i in ops:
        pieces.append(arr[prev:pos])
        if kind == 0:
            pieces.append(values[i : i + 1])
            prev = pos
        else:
            prev = pos + 1
    pieces.append(arr[prev:])
    return np.concatenate(pieces)


class _Renumber:
    """Old row -> new row for rows that stay: minus the drops before, plus the
    inserts at or before."""

    def __init__(self, drop, at):
        self.drop = np.sort(np.asarray(drop, np.int64))
        self.at = np.sort(np.asarray(at, np.int64))
        self.identity = _in_place(self.drop, self.at)  # every row that stays keeps its number

    def __call__(self, rows: np.ndarray) -> np.ndarray:
        if self.identity:
            return rows
        if len(self.drop) + len(self.at) > 8:  # many steps: one binary search each
            out = rows - np.searchsorted(self.drop, rows, "left")
            return out + np.searchsorted(self.at, rows, "right")
        out = rows.astype(np.int64, copy=True)  # few steps: a compare each, 3x faster
        for d in self.drop:
            out -= rows > d
        for a in self.at:
            out += rows >= a
        return out

    def new_row_of_insert(self, k: int) -> int:
        """The new row of the k-th insert (in `at` order)."""
        pos = int(self.at[k])
        return pos - int(np.searchsorted(self.drop, pos, "left")) + k


def _place(keys: tuple[np.ndarray, ...], values: tuple) -> int:
    """Where `values` goes among rows sorted by `keys` (first key first), before equals."""
    lo, hi = 0, len(keys[0])
    for key, value in zip(keys, values, strict=True):
        part = key[lo:hi]
        lo, hi = (
            lo + int(np.searchsorted(part, value, "left")),
            lo + int(np.searchsorted(part, value, "right")),
        )
    return lo


def replace_events(
    cols: EventColumns, removed, events: list[Event], rowids: list[int], known_entities
) -> EventColumns:
    """`cols` without the events with ids `removed`, with `events` (their rowids
    given) in their place; links only to `known_entities` (as the loader does)."""
    drop = np.sort(cols.rows_of(list(removed)))
    categories = list(cols.categories)
    codes = {c: i for i, c in enumerate(categories)}
    for e in events:
        if e.category not in codes:
            codes[e.category] = len(categories)
            categories.append(e.category)
    pairs = sorted(zip(events, rowids, strict=True), key=lambda p: (p[0].t0, p[0].t1, p[0].id))
    events = [e for e, _ in pairs]
    new_ids, new_rowids, new_t0, new_t1, precision, span, disputed, category = record_arrays(
        events, [r for _, r in pairs], codes
    )
    at = [
        _place((cols.t0, cols.t1, cols.ids), v) for v in zip(new_t0, new_t1, new_ids, strict=True)
    ]
    inserted = dict(
        zip(
            ROW_ARRAYS,
            (new_ids, new_rowids, new_t0, new_t1, precision, span, disputed, category),
            strict=True,
        )
    )
    out = EventColumns(
        **{name: _splice(getattr(cols, name), drop, at, inserted[name]) for name in ROW_ARRAYS},
        categories=categories,
        link_row=np.empty(0, np.int64),
        link_lane=np.empty(0, np.int32),
        lane_entities=np.empty(0, np.int64),
    )
    renumber = _Renumber(drop, at)
    new_rows = np.array([renumber.new_row_of_insert(k) for k in range(len(at))], np.int64)
    new_x = mark_x(new_t0, new_t1, span, precision)
    out.__dict__["x"] = _splice(cols.x, drop, at, new_x)
    if len(new_x):  # an upper bound is all the views need (culling), so it never shrinks
        reach = (float((new_x - new_t0).max()), float((new_t1 - new_x).max()))
        old = cols.extent if len(cols) else (0.0, 0.0)
        out.__dict__["extent"] = (max(old[0], reach[0]), max(old[1], reach[1]))
    _relink(cols, out, drop, renumber, events, new_rows, new_x, set(known_entities))
    _reorder_ids(cols, out, drop, renumber, new_ids, new_rows)
    return out


def _relink(cols, out, drop, renumber, events, new_rows, new_x, known) -> None:
    drop_links = (
        np.flatnonzero(np.isin(cols.link_row, drop)) if len(drop) else np.empty(0, np.int64)
    )
    wanted = [
        (int(row), entity, float(x))
        for event, row, x in zip(events, new_rows, new_x, strict=True)
        for entity in ([e for e in dict.fromkeys(event.entity_ids) if e in known] or [0])
    ]
    lane_entities = cols.lane_entities
    link_lane = cols.link_lane
    fresh = sorted({e for _, e, _ in wanted} - set(lane_entities.tolist()))
    if fresh:  # entities with no lane yet: codes after them move up
        lane_entities = np.union1d(lane_entities, fresh).astype(np.int64)
        link_lane = np.searchsorted(lane_entities, cols.lane_entities)[link_lane].astype(np.int32)
    old_rows = renumber(cols.link_row)  # dropped links' numbers are junk: they go
    dropped = set(drop_links.tolist())
    places = []
    for row, entity, x in wanted:
        code = np.int32(np.searchsorted(lane_entities, entity))  # int32: no copy of link_lane
        lo, hi = (int(np.searchsorted(link_lane, code, side)) for side in ("left", "right"))
        part = cols.link_x[lo:hi] if hi > lo else np.empty(0)
        a = lo + int(np.searchsorted(part, x, "left"))
        b = lo + int(np.searchsorted(part, x, "right"))
        pos = next(
            (i for i in range(a, b) if i not in dropped and old_rows[i] > row), b
        )  # among equal x, by row
        places.append((pos, code, x, row))
    places.sort()  # inserts at one place in link order: lane, x, row
    pos = [p for p, _, _, _ in places]
    out.link_row = _splice(old_rows, drop_links, pos, np.array([r for *_, r in places]))
    out.link_lane = _splice(link_lane, drop_links, pos, np.array([c for _, c, _, _ in places]))
    out.lane_entities = lane_entities
    out.__dict__["link_x"] = _splice(
        cols.link_x, drop_links, pos, np.array([x for _, _, x, _ in places], np.float64)
    )
    bounds = np.searchsorted(out.link_lane, np.arange(len(lane_entities) + 1, dtype=np.int32))
    out.__dict__["lane_bounds"] = bounds
    out.__dict__["lane_sizes"] = np.diff(bounds)
    # Carried over for the lanes the change leaves alone: each lane's first start
    # (the lane order) and the overview's histogram.
    touched = {int(c) for c in cols.link_lane[drop_links]} if not fresh else set()
    touched |= {int(c) for _, c, _, _ in places}
    if "lane_starts" in cols.__dict__ and not fresh:
        starts = cols.lane_starts.copy()
        for code in touched:
            lo, hi = bounds[code], bounds[code + 1]
            starts[code] = out.t0[out.link_row[lo:hi].min()] if hi > lo else np.inf
        out.__dict__["lane_starts"] = starts
    if cols._histogram is not None and not fresh:
        (x0, x1, buckets), counts = cols._histogram
        counts = counts.copy()
        gone = bucket_counts(
            cols.link_lane[drop_links], cols.link_x[drop_links], len(lane_entities), x0, x1, buckets
        )
        new = bucket_counts(
            np.array([c for _, c, _, _ in places], np.int32),
            np.array([x for _, _, x, _ in places]),
            len(lane_entities),
            x0,
            x1,
            buckets,
        )
        out._histogram = ((x0, x1, buckets), counts - gone + new)


def _reorder_ids(cols, out, drop, renumber, new_ids, new_rows) -> None:
    """out's id lookup (id_order) from the old one, without sorting a million ids."""
    order, sorted_ids = cols.id_order, cols._sorted_ids
    gone = np.searchsorted(sorted_ids, cols.ids[drop]) if len(drop) else []
    by_id = np.argsort(new_ids, kind="stable")
    at = np.searchsorted(sorted_ids, new_ids[by_id], "left")
    out.__dict__["id_order"] = _splice(renumber(order), gone, at, new_rows[by_id])
    out.__dict__["_sorted_ids"] = _splice(sorted_ids, gone, at, new_ids[by_id])
