"""The database contract (docs/schema.md) and how to create it with sqlite-utils."""

from __future__ import annotations

import sqlite_utils

from . import translations

SCHEMA_VERSION = 2
# What each version added, for the upgrade (migrate) of an older file.
# 2: sources.text, the source document's text, so quotes can be checked anywhere.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: ("ALTER TABLE sources ADD COLUMN text TEXT",),
}
ENTITY_KINDS = ("company", "government", "product", "person", "place")

# Required tables and columns: what a user's own database must have.
REQUIRED: dict[str, tuple[str, ...]] = {
    "events": ("id", "title", "summary", "start", "end", "category", "disputed", "note"),
    "entities": ("id", "name", "kind", "color"),
    "event_entities": ("event_id", "entity_id", "role"),
    "sources": ("id", "file", "url", "outlet", "published", "language", "title"),
    "citations": ("event_id", "source_id", "quote"),
}
FTS_TABLE = "events_fts"
# Optional events column (docs/schema.md): 1 when no source gives the date and it was inferred.
DATE_INFERRED = "date_inferred"


def create(db: sqlite_utils.Database, indexes: bool = True) -> None:
    """Create the empty schema in an empty database (bulk loaders add the indexes
    after their inserts with `create_indexes`)."""
    db["events"].create(
        {
            "id": int,
            "title": str,
            "summary": str,
            "start": str,
            "end": str,
            "category": str,
            "disputed": int,
            "note": str,
        },
        pk="id",
        not_null={"title", "start", "disputed"},
        defaults={"disputed": 0},
    )
    db["entities"].create(
        {"id": int, "name": str, "kind": str, "color": str},
        pk="id",
        not_null={"name", "kind"},
    )
    db["sources"].create(
        {
            "id": int,
            "file": str,
            "url": str,
            "outlet": str,
            "published": str,
            "language": str,
            "title": str,
            "note": str,
            "text": str,
        },
        pk="id",
    )
    db["event_entities"].create(
        {"event_id": int, "entity_id": int, "role": str},
        foreign_keys=[("event_id", "events", "id"), ("entity_id", "entities", "id")],
    )
    db["citations"].create(
        # role (claim or denial) is our extra column: the contract needs only quote.
        {"event_id": int, "source_id": int, "quote": str, "role": str},
        not_null={"quote"},
        foreign_keys=[("event_id", "events", "id"), ("source_id", "sources", "id")],
    )
    db["metadata"].create({"key": str, "value": str}, pk="key")
    translations.create(db)
    if indexes:
        create_indexes(db)
    db.execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        "title, summary, quotes, tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def add_date_inferred(db: sqlite_utils.Database) -> None:
    """Add the optional events.date_inferred column (0 for every row)."""
    db["events"].add_column(DATE_INFERRED, int, not_null_default=0)


def create_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for what the app asks: events by start, links by entity and event."""
    db["entities"].create_index(["name"], unique=True)
    db["events"].create_index(["start"])
    db["event_entities"].create_index(["entity_id", "event_id"])
    db["event_entities"].create_index(["event_id"])
    db["citations"].create_index(["event_id"])


def fill_search_index(db: sqlite_utils.Database) -> None:
    """(Re)build the full-text index: one row per event, rowid = event id; the
    title and summary columns hold the original and every translation."""
    db.execute(f"DELETE FROM {FTS_TABLE}")
    title, summary = "e.title", "coalesce(e.summary, '')"
    if translations.present(db.conn):
        title, summary = (
            f"{own} || coalesce((SELECT ' ' || group_concat(t.text, ' ') "
            f"FROM {translations.TABLE} t WHERE t.kind = 'event' AND t.id = e.id "
            f"AND t.field = '{field}'), '')"
            for own, field in ((title, "title"), (summary, "summary"))
        )
    db.execute(
        f"INSERT INTO {FTS_TABLE}(rowid, title, summary, quotes) "
        f"SELECT e.id, {title}, {summary}, "
        "coalesce((SELECT group_concat(c.quote, ' ') FROM citations c "
        "WHERE c.event_id = e.id), '') FROM events e"
    )


def version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn) -> int:
    """Bring a database of an older version up to SCHEMA_VERSION, in the caller's
    transaction; return the version it had. A column already there (a file
    another tool extended) is left as it is."""
    old = version(conn)
    for target in range(max(old, 1) + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS.get(target, ()):
            column = statement.rsplit("ADD COLUMN ", 1)[-1].split()[0]
            table = statement.split()[2]
            have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return old
