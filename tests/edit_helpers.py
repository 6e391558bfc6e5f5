"""Editable test databases and the checks the editing tests share."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
from factory import make_db

from explorer.core.data.columns import mark_x
from explorer.core.data.store_writer import upgrade

SOURCE_TEXT = (
    "Acme was founded in 2020, the company said. quote 1 and quote 2 and quote 3.\n\n"
    "Globex and Acme signed a deal in March 2021. Ruritania banned widgets in January 2022, "
    "a ministry spokesman confirmed on Monday."
)


def editable_db(path: Path) -> Path:
    """The factory's three-event database, upgraded, with its source's text stored."""
    make_db(path)
    upgrade(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sources SET text = ? WHERE id = 1", [SOURCE_TEXT])
    conn.commit()
    conn.close()
    return path


def table_rows(path: Path) -> dict[str, list]:
    """Every row of the contract's tables and the search index, in a stable order."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table, cols in {
            "events": 'id, title, summary, start, "end", category, disputed, note',
            "entities": "id, name, kind, color",
            "sources": "*",
            "event_entities": "event_id, entity_id, role",
            "citations": "event_id, source_id, quote, role",
            "events_fts": "rowid, *",
        }.items():
            out[table] = sorted(conn.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        conn.close()


def columns_content(columns) -> dict:
    """What the columns say, free of codes and row numbers that may differ."""
    return {
        "ids": columns.ids.tolist(),
        "rowids": columns.rowids.tolist(),
        "t0": columns.t0.tolist(),
        "t1": columns.t1.tolist(),
        "precision": columns.precision.tolist(),
        "span": columns.span.tolist(),
        "disputed": columns.disputed.tolist(),
        "category": [columns.categories[c] for c in columns.category],
        "links": sorted(
            zip(
                columns.ids[columns.link_row].tolist(),
                columns.lane_entities[columns.link_lane].tolist(),
                strict=True,
            )
        ),
    }


def assert_well_ordered(columns) -> None:
    """The invariants the views rely on: rows in time order, links by (lane, x, row)."""
    keys = np.lexsort((columns.ids, columns.t1, columns.t0))
    assert (keys == np.arange(len(columns))).all()
    lanes, x = columns.link_lane, columns.link_x
    order = np.lexsort((columns.link_row, x, lanes))
    assert (order == np.arange(len(order))).all()
    assert (np.diff(columns.lane_entities) > 0).all()
    # What an edit carries over instead of working it out again equals the worked-out value.
    x = mark_x(columns.t0, columns.t1, columns.span, columns.precision)
    assert (columns.x == x).all()
    assert (columns.link_x == x[columns.link_row]).all()
    bounds = np.searchsorted(columns.link_lane, np.arange(len(columns.lane_entities) + 1))
    assert (columns.lane_bounds == bounds).all()
    assert (columns.lane_sizes == np.diff(bounds)).all()
    order, sorted_ids = columns._id_order
    assert (columns.ids[order] == sorted_ids).all() and (np.diff(sorted_ids) > 0).all()
    fresh = type(columns)(
        **{
            k: getattr(columns, k)
            for k in (
                "ids",
                "rowids",
                "t0",
                "t1",
                "precision",
                "span",
                "disputed",
                "category",
                "categories",
                "link_row",
                "link_lane",
                "lane_entities",
            )
        }
    )
    assert (columns.lane_starts == fresh.lane_starts).all()
    if columns._histogram is not None:
        key, counts = columns._histogram
        assert (counts == fresh.histogram(*key)).all()
    if len(columns):
        reach = ((x - columns.t0).max(), (columns.t1 - x).max())
        assert columns.extent[0] >= reach[0] and columns.extent[1] >= reach[1]


def assert_window_shows_file(window) -> None:
    """Every row of the window's table, its entity list and its detail panel say
    what a fresh read of the file says (the window is filtered to nothing)."""
    from explorer.core.data.store import Store

    fresh = Store(window.session.store.path)
    try:
        model = window.view.table.model_
        shown = {}
        for row in range(model.rowCount()):
            event_id = model.event_id(row)
            shown[event_id] = model.data(model.index(row, 1))
        events = fresh.records.many(fresh.columns.ids.tolist())
        assert shown == {e.id: model_title(e) for e in events}
        listed = {e.id for rows in window.view.sidebar.model._rows for e in rows}
        assert listed == set(fresh.entities)
        selected = window.session.selection
        if selected is not None:
            assert fresh.records[selected].title in window.view.details.toPlainText()
    finally:
        fresh.close()


def model_title(event) -> str:
    """How the table shows a title: a disputed one starts with a warning sign."""
    return f"⚠ {event.title}" if event.disputed else event.title


def machine_settings(examples: int, steps: int):
    """Hypothesis settings for an editing state machine: modest, so the suite stays fast."""
    from hypothesis import HealthCheck, settings

    return settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
