"""Orders of event rows for the table's columns: date, title, entities, category."""

from __future__ import annotations

import numpy as np

from . import translations

DATE, TITLE, ENTITIES, CATEGORY = range(4)


def sort_rows(store, rows: np.ndarray, column: int, descending: bool = False) -> np.ndarray:
    """`rows` (time order) sorted by `column`; ties stay in time order."""
    if column == DATE:
        key = None
    elif column == TITLE:
        key = store.title_rank[rows]
    elif column == ENTITIES:
        key = _entity_rank(store)[rows]
    else:
        columns = store.columns
        rank = np.argsort(np.argsort([c.casefold() for c in columns.categories], kind="stable"))
        key = rank[columns.category[rows]]
    if key is None:
        return rows[::-1] if descending else rows
    order = np.argsort(-key if descending else key, kind="stable")
    return rows[order]


def title_rank(db, columns, spelt: tuple[str, ...] = ()) -> np.ndarray:
    """Each row's place among all titles, case-insensitively (Store.title_rank keeps it);
    `spelt`: a language's spellings in the translations table, to sort by its titles."""
    title = "title"
    if spelt:  # the translated title where there is one
        title = (
            f"coalesce((SELECT t.text FROM {translations.TABLE} t WHERE t.kind = 'event' "
            f"AND t.id = events.id AND t.field = 'title' "
            f"AND t.lang IN ({','.join('?' * len(spelt))}) LIMIT 1), title)"
        )
    query = f"SELECT rowid FROM events ORDER BY {title} COLLATE NOCASE"
    rowids = np.fromiter((r[0] for r in db.execute(query, list(spelt))), np.int64)
    by_rowid = np.argsort(columns.rowids)
    pos = np.clip(np.searchsorted(columns.rowids[by_rowid], rowids), 0, max(len(by_rowid) - 1, 0))
    found = columns.rowids[by_rowid][pos] == rowids if len(by_rowid) else pos < 0
    rank = np.zeros(len(columns), np.int64)
    rank[by_rowid[pos[found]]] = np.arange(int(found.sum()))
    return rank


def _entity_rank(store) -> np.ndarray:
    """Each row's rank by the alphabetically first of its entities' names."""
    columns = store.columns
    names = [
        store.entity_name(e).casefold() if e in store.entities else "\uffff"
        for e in columns.lane_entities.tolist()
    ]
    lane_rank = np.argsort(np.argsort(names, kind="stable"))
    rank = np.full(len(columns), len(names), np.int64)
    np.minimum.at(rank, columns.link_row, lane_rank[columns.link_lane])
    return rank
