"""Datasette's metadata.json for serving a timeline database to a team,
read-only (docs/datasette.md). Qt-free; the database is only read."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from ..atomic import atomic_target
from ..data import schema
from ..data.store import Store

# A canned query: the events of one entity, newest last. Datasette binds
# :entity from its form, so what a visitor types never becomes SQL.
EVENTS_OF_ENTITY = """SELECT e.id, e.start, e."end", e.title, e.summary, e.category, e.disputed
FROM events e JOIN event_entities l ON l.event_id = e.id
JOIN entities n ON n.id = l.entity_id
WHERE n.name = :entity
ORDER BY e.start"""


def metadata(store: Store, license_name: str | None = None, license_url: str | None = None):
    """The metadata for `store`'s database: title, sources, licence, facets by
    category and entity, full-text search on titles and summaries. The notes
    say what could not be set up (a database without a full-text index)."""
    db, notes = store.db, []
    outlets = list(dict.fromkeys(s.get("outlet") or s.get("file") for s in store.sources()))
    outlets = [o for o in outlets if o]
    events = {
        "label_column": "title",
        "sort": "start",
        "facets": ["category", "disputed"],
        "description": "One row per dated event; every event cites a source (citations).",
    }
    if schema.FTS_TABLE in db.table_names():
        events.update(fts_table=schema.FTS_TABLE, fts_pk="id")
    else:
        notes.append(
            f"{store.name} has no {schema.FTS_TABLE} table: Datasette will not offer search. "
            f"Add one with: sqlite-utils enable-fts {shlex.quote(str(store.path))} "
            "events title summary --create-triggers"
        )
    license_name = license_name or _metadata(store, "license")
    tables = {
        "events": events,
        # Facets by entity: each link row is labelled with its entity's name
        # (a foreign key to entities), and a facet there counts events per entity.
        "event_entities": {
            "facets": ["entity_id"],
            "description": "Which entities each event names (the timeline's lanes).",
        },
        "entities": {"label_column": "name", "facets": ["kind"]},
        "sources": {"label_column": "outlet"},
        "citations": {"description": "The quote each event rests on, from its source."},
    }
    data = {
        "title": store.title,
        "description": "A timeline of dated, source-cited events, served read-only.",
        **({"license": license_name} if license_name else {}),
        **({"license_url": license_url} if license_url else {}),
        **({"source": "; ".join(outlets)[:500]} if outlets else {}),
        "databases": {
            store.path.stem: {
                "title": store.title,
                "tables": tables,
                "queries": {
                    "events_of_entity": {
                        "title": "Events of one entity",
                        "sql": EVENTS_OF_ENTITY,
                    }
                },
            }
        },
    }
    return data, notes


def _metadata(store: Store, key: str) -> str | None:
    value = store._metadata(key)  # the database's own metadata table, if any
    if value is None:
        return None
    return str(value).strip() or None


def write(path: Path, data: dict) -> None:
    with atomic_target(path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def serve_command(db: Path, metadata_path: Path, port: int = 8001, host: str = "127.0.0.1"):
    """The `datasette serve` line: immutable (-i: read-only, no locks, counts
    cached), the metadata, and the settings a whole-timeline read needs."""
    return shlex.join(
        [
            "datasette",
            "serve",
            "-i",
            str(db),
            "--metadata",
            str(metadata_path),
            "-h",
            host,
            "-p",
            str(port),
            "--setting",
            "sql_time_limit_ms",
            "3000",
        ]
    )
