"""Build small databases for tests, valid by default, broken on request."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import sqlite_utils

from explorer.core.data import schema

ENTITIES = [
    {"id": 1, "name": "Acme", "kind": "company", "color": "#1f77b4"},
    {"id": 2, "name": "Globex", "kind": "company", "color": "#d62728"},
    {"id": 3, "name": "Ruritania", "kind": "government", "color": "#2ca02c"},
]
EVENTS = [
    {"id": 1, "title": "Acme founded", "start": "2020", "category": "corporate"},
    {"id": 2, "title": "Globex deal with Acme", "start": "2021-03", "category": "trade"},
    {"id": 3, "title": "Ruritania bans widgets", "start": "2022-01-15", "category": "regulation"},
]
LINKS = [(1, 1), (2, 1), (2, 2), (3, 3)]


def make_db(path: Path, events=None, entities=None, links=None, fts=True) -> Path:
    db = sqlite_utils.Database(path)
    schema.create(db)
    db["sources"].insert({"id": 1, "file": "article.txt", "outlet": "Test Post", "language": "en"})
    db["entities"].insert_all(ENTITIES if entities is None else entities)
    for ev in EVENTS if events is None else events:
        db["events"].insert({"disputed": 0, **ev})
        db["citations"].insert(
            {"event_id": ev["id"], "source_id": 1, "quote": f"quote {ev['id']}", "role": "claim"}
        )
    db["event_entities"].insert_all(
        {"event_id": e, "entity_id": n, "role": None}
        for e, n in (LINKS if links is None else links)
    )
    if fts:
        schema.fill_search_index(db)
    else:
        db.execute(f"DROP TABLE {schema.FTS_TABLE}")
    db.conn.commit()
    db.conn.close()
    return path


def generated_db(tmp_path_factory, events: int, entities: int, seed: int) -> Path:
    """A synthetic database (explorer.core.io.generate), made once per test module."""
    from explorer.core.io.generate import generate

    path = tmp_path_factory.mktemp("generated") / f"gen-{events}-{entities}-{seed}.db"
    generate(path, events, entities, seed=seed)
    return path


def from_events(events):
    """EventColumns for Event records built in memory, as the loader builds them."""
    import numpy as np

    from explorer.core.data.columns import build, record_arrays

    events = list(events)
    categories = [""] + sorted({e.category for e in events if e.category})
    codes = {c: i for i, c in enumerate(categories)}
    links = [(e.id, x) for e in events for x in dict.fromkeys(e.entity_ids)]
    return build(
        *record_arrays(events, [e.id for e in events], codes),
        categories,
        (np.array([a for a, _ in links], np.int64), np.array([b for _, b in links], np.int64)),
    )


def run_sql(path: Path, *statements: str) -> None:
    """Run `statements` on the file at `path` and commit, as another program would."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
