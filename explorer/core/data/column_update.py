"""New columns after an edit, from the old ones and the few changed events. Qt-free.

Reloading a million events takes seconds; an edit changes a handful. Here
the changed rows are taken out and their new versions put in at their place in
time order, and the links likewise, in a few vector passes over the arrays
(milliseconds at a million). tests/test_edit_columns.py checks the result
equals a fresh load of the file.
"""

from __future__ import annotations

import numpy as np

from .columns import EventColumns, record_arrays
from .dates import SECONDS_PER_DAY
from .records import Event


def _place(keys: tuple[np.ndarray, ...], values: tuple) -> int:
    """Where `values` goes among rows sorted by `keys` (first key first)."""
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
    n = len(cols)
    keep = np.ones(n, bool)
    keep[cols.rows_of(list(removed))] = False
    categories = list(cols.categories)
    codes = {c: i for i, c in enumerate(categories)}
    for e in events:
        if e.category not in codes:
            codes[e.category] = len(categories)
            categories.append(e.category)
    events = sorted(zip(events, rowids, strict=True), key=lambda p: (p[0].t0, p[0].t1, p[0].id))
    new = record_arrays([e for e, _ in events], [r for _, r in events], codes)
    new_ids, new_rowids, first, after, precision, span, disputed, category = new
    new_t0 = first.astype(np.float64) * SECONDS_PER_DAY
    new_t1 = after.astype(np.float64) * SECONDS_PER_DAY

    kept = {
        name: getattr(cols, name)[keep]
        for name in ("ids", "rowids", "t0", "t1", "precision", "span", "disputed", "category")
    }
    at = np.array(
        [
            _place((kept["t0"], kept["t1"], kept["ids"]), (a, b, i))
            for a, b, i in zip(new_t0, new_t1, new_ids, strict=True)
        ],
        np.int64,
    )
    inserted = {
        "ids": new_ids,
        "rowids": new_rowids,
        "t0": new_t0,
        "t1": new_t1,
        "precision": precision,
        "span": span,
        "disputed": disputed,
        "category": category,
    }
    arrays = {name: np.insert(kept[name], at, inserted[name]) for name in kept}
    # Old row -> new row (-1: removed); new rows of the inserted events.
    m = len(kept["ids"])
    old_to_new = np.full(n, -1, np.int64)
    old_to_new[keep] = np.arange(m) + np.searchsorted(at, np.arange(m), "right")
    new_rows = at + np.arange(len(at))

    out = EventColumns(
        **arrays,
        categories=categories,
        link_row=np.empty(0, np.int64),
        link_lane=np.empty(0, np.int32),
        lane_entities=np.empty(0, np.int64),
    )
    _relink(cols, out, keep, old_to_new, [e for e, _ in events], new_rows, set(known_entities))
    _reorder_ids(cols, out, keep, old_to_new, new_ids, new_rows)
    return out


def _relink(cols, out, keep, old_to_new, events, new_rows, known) -> None:
    link_keep = keep[cols.link_row]
    rows = old_to_new[cols.link_row[link_keep]]
    new_links = [
        (int(row), entity)
        for event, row in zip(events, new_rows, strict=True)
        for entity in ([e for e in dict.fromkeys(event.entity_ids) if e in known] or [0])
    ]
    lane_entities = np.union1d(cols.lane_entities, [e for _, e in new_links]).astype(np.int64)
    remap = np.searchsorted(lane_entities, cols.lane_entities)
    lanes = remap[cols.link_lane[link_keep]].astype(np.int32)
    x = out.x
    link_x = x[rows]
    at, values_row, values_lane = [], [], []
    for row, entity in sorted(new_links, key=lambda p: (p[1], x[p[0]], p[0])):
        code = int(np.searchsorted(lane_entities, entity))
        at.append(_place((lanes, link_x, rows), (code, x[row], row)))
        values_row.append(row)
        values_lane.append(code)
    out.link_row = np.insert(rows, at, values_row).astype(np.int64)
    out.link_lane = np.insert(lanes, at, values_lane).astype(np.int32)
    out.lane_entities = lane_entities


def _reorder_ids(cols, out, keep, old_to_new, new_ids, new_rows) -> None:
    """out's id lookup (_id_order) from the old one, without sorting a million ids."""
    order, sorted_ids = cols._id_order
    still = keep[order]
    order, sorted_ids = old_to_new[order[still]], sorted_ids[still]
    by_id = np.argsort(new_ids, kind="stable")
    at = np.searchsorted(sorted_ids, new_ids[by_id])
    out.__dict__["_id_order"] = (
        np.insert(order, at, new_rows[by_id]),
        np.insert(sorted_ids, at, new_ids[by_id]),
    )
