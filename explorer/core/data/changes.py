"""Edits as data: a Change is the rows it replaces and the rows it writes. Qt-free.

Every edit (an event created, edited, deleted; an entity merged; a source
added) is a list of Items, each one event, entity or source as it was before
and after (None: absent). Applying a Change writes its `after` rows in one
SQLite transaction; undoing it writes its `before` rows the same way. So one
small function per kind of row does all writing, and undo can never drift
from redo.

An event's snapshot holds its row, its entity links and its citations; the
full-text index row (events_fts) is rewritten with it, in the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from . import schema, translations

EVENT, ENTITY, SOURCE = "event", "entity", "source"
EVENT_COLUMNS = ("id", "title", "summary", "start", "end", "category", "disputed", "note")


@dataclass(frozen=True)
class Item:
    kind: str  # EVENT, ENTITY or SOURCE
    id: int
    before: dict | None
    after: dict | None


def fill(template: str, *names: str) -> str:
    """Qt's %1, %2 … placeholders filled with `names`."""
    for i, name in reversed(list(enumerate(names, start=1))):
        template = template.replace(f"%{i}", name)
    return template


@dataclass(frozen=True)
class Change:
    """One user action, undone and redone as a whole. `name` is what the Edit menu
    says after Undo or Redo ("Edit “Nvidia H20 ban”")."""

    what: tuple[str, ...]  # a template ("Merge %1 into %2") and its names, for tr()
    items: tuple[Item, ...]
    select: int | None = None  # the event to select once it is applied

    @property
    def name(self) -> str:
        """`what` in English; the window translates the template first."""
        return fill(*self.what)

    def inverse(self) -> Change:
        items = tuple(Item(i.kind, i.id, i.after, i.before) for i in reversed(self.items))
        return Change(self.what, items)

    def ids(self, kind: str) -> set[int]:
        return {i.id for i in self.items if i.kind == kind}


# Hooks run inside each change's transaction, after its rows are written, with
# (connection, change): a cache kept in the file (a packed copy of the event
# columns) updates itself or marks itself stale here, so it commits or rolls
# back together with the rows.
ON_WRITE: list[Callable[[sqlite3.Connection, Change], None]] = []


@dataclass
class Tables:
    """What this file's tables hold beyond the contract (asked once per connection)."""

    citation_role: bool
    source_columns: tuple[str, ...]
    fts: str | None  # "own", "external" or None (no index, or one kept by triggers)
    fts_columns: tuple[str, ...] = field(default=())
    translations: bool = False  # the optional translations table (its rows go with their row)
    event_extras: tuple[str, ...] = ()  # optional events columns: date_inferred

    @classmethod
    def of(cls, conn: sqlite3.Connection) -> Tables:
        def columns(table):
            return tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))

        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", [schema.FTS_TABLE]
        ).fetchone()
        fts = None
        if row:
            triggers = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
            ).fetchone()[0]
            sql = (row[0] or "").replace(" ", "").lower()
            fts = None if triggers else ("external" if "content=" in sql else "own")
        return cls(
            "role" in columns("citations"),
            columns("sources"),
            fts,
            columns(schema.FTS_TABLE) if fts else (),
            translations.present(conn),
            tuple(c for c in (schema.DATE_INFERRED,) if c in columns("events")),
        )


def _translated(conn, kind: str, row_id: int, tables: Tables) -> list[list]:
    if not tables.translations:
        return []
    rows = conn.execute(
        f"SELECT lang, field, text FROM {translations.TABLE} WHERE kind = ? AND id = ? "
        "ORDER BY lang, field",
        [kind, row_id],
    )
    return [list(r) for r in rows]


def _write_translations(conn, kind: str, row_id: int, rows, tables: Tables) -> None:
    if not tables.translations:
        return
    conn.execute(f"DELETE FROM {translations.TABLE} WHERE kind = ? AND id = ?", [kind, row_id])
    conn.executemany(
        f"INSERT INTO {translations.TABLE} (kind, id, lang, field, text) VALUES (?, ?, ?, ?, ?)",
        [(kind, row_id, lang, name, text) for lang, name, text in rows],
    )


def read_event(conn: sqlite3.Connection, event_id: int, tables: Tables) -> dict | None:
    names = EVENT_COLUMNS + tables.event_extras
    cols = ", ".join(f'"{c}"' for c in names)
    row = conn.execute(f"SELECT {cols} FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        return None
    role = "role" if tables.citation_role else "'claim'"
    return {
        "row": dict(zip(names, row, strict=True)),
        "translations": _translated(conn, "event", event_id, tables),
        "links": [
            list(r)
            for r in conn.execute(
                "SELECT entity_id, role FROM event_entities WHERE event_id = ? ORDER BY rowid",
                [event_id],
            )
        ],
        "citations": [
            list(r)
            for r in conn.execute(
                f"SELECT source_id, quote, {role} FROM citations WHERE event_id = ? ORDER BY rowid",
                [event_id],
            )
        ],
    }


def read_entity(conn: sqlite3.Connection, entity_id: int, tables: Tables) -> dict | None:
    row = conn.execute(
        "SELECT id, name, kind, color FROM entities WHERE id = ?", [entity_id]
    ).fetchone()
    if row is None:
        return None
    entity = dict(zip(("id", "name", "kind", "color"), row, strict=True))
    return {**entity, "translations": _translated(conn, "entity", entity_id, tables)}


def read_source(conn: sqlite3.Connection, source_id: int, tables: Tables) -> dict | None:
    cols = tables.source_columns
    row = conn.execute(
        f"SELECT {', '.join(cols)} FROM sources WHERE id = ?", [source_id]
    ).fetchone()
    return dict(zip(cols, row, strict=True)) if row else None


def apply(conn: sqlite3.Connection, change: Change, tables: Tables) -> None:
    """Write `change` in one transaction: all of it, or (on any error) none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Entities and sources first, so an event's links point at rows that exist.
        order = {ENTITY: 0, SOURCE: 0, EVENT: 1}
        for item in sorted(change.items, key=lambda i: order[i.kind]):
            WRITERS[item.kind](conn, item, tables)
        for hook in ON_WRITE:
            hook(conn, change)
        conn.execute("COMMIT")
    except BaseException:
        # SQLite rolls back by itself after some errors (a full disk, I/O): a second
        # ROLLBACK would hide the error that matters.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _write_event(conn, item: Item, tables: Tables) -> None:
    event_id, before, after = item.id, item.before, item.after
    if tables.fts is not None:
        _unindex(conn, event_id, before, tables)
    conn.execute("DELETE FROM event_entities WHERE event_id = ?", [event_id])
    conn.execute("DELETE FROM citations WHERE event_id = ?", [event_id])
    _write_translations(conn, "event", event_id, (after or {}).get("translations", []), tables)
    if after is None:
        conn.execute("DELETE FROM events WHERE id = ?", [event_id])
        return
    row = after["row"]
    # Optional columns (date_inferred) are written when the snapshot has them.
    columns = EVENT_COLUMNS + tuple(c for c in tables.event_extras if c in row)
    names = ", ".join(f'"{c}"' for c in columns)
    if before is None:
        conn.execute(
            f"INSERT INTO events ({names}) VALUES ({', '.join('?' * len(columns))})",
            [row[c] for c in columns],
        )
    else:  # an UPDATE keeps the row's rowid (which the loaded columns hold)
        sets = ", ".join(f'"{c}" = ?' for c in columns[1:])
        conn.execute(
            f"UPDATE events SET {sets} WHERE id = ?",
            [row[c] for c in columns[1:]] + [event_id],
        )
    conn.executemany(
        "INSERT INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?)",
        [(event_id, e, role) for e, role in after["links"]],
    )
    if tables.citation_role:
        conn.executemany(
            "INSERT INTO citations (event_id, source_id, quote, role) VALUES (?, ?, ?, ?)",
            [(event_id, s, q, r) for s, q, r in after["citations"]],
        )
    else:
        conn.executemany(
            "INSERT INTO citations (event_id, source_id, quote) VALUES (?, ?, ?)",
            [(event_id, s, q) for s, q, _r in after["citations"]],
        )
    if tables.fts is not None:
        _index(conn, event_id, after, tables)


def _fts_values(snapshot: dict, tables: Tables) -> list:
    """As schema.fill_search_index writes them: a title or summary and its translations."""
    row = snapshot["row"]

    def with_translations(name: str) -> str:
        texts = [t for _lang, f, t in snapshot.get("translations", []) if f == name]
        return " ".join([row[name] or "", *texts])

    values = {
        "title": with_translations("title"),
        "summary": with_translations("summary"),
        "quotes": " ".join(q for _s, q, _r in snapshot["citations"]),
    }
    return [values.get(c, "") for c in tables.fts_columns]


def _index(conn, event_id: int, snapshot: dict, tables: Tables) -> None:
    cols = ", ".join(tables.fts_columns)
    marks = ", ".join("?" * len(tables.fts_columns))
    conn.execute(
        f"INSERT INTO {schema.FTS_TABLE} (rowid, {cols}) VALUES (?, {marks})",
        [event_id, *_fts_values(snapshot, tables)],
    )


def _unindex(conn, event_id: int, before: dict | None, tables: Tables) -> None:
    if tables.fts == "own":
        conn.execute(f"DELETE FROM {schema.FTS_TABLE} WHERE rowid = ?", [event_id])
    elif before is not None:  # external content: FTS5 needs the old values to forget them
        fts, cols = schema.FTS_TABLE, ", ".join(tables.fts_columns)
        marks = ", ".join("?" * len(tables.fts_columns))
        conn.execute(
            f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', ?, {marks})",
            [event_id, *_fts_values(before, tables)],
        )


def _write_row(table: str, columns: Callable[[Tables], tuple[str, ...]]):
    def write(conn, item: Item, tables: Tables) -> None:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", [item.id])
        if item.after is not None:
            cols = [c for c in columns(tables) if c in item.after]
            conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [item.after[c] for c in cols],
            )

    return write


def _write_entity(conn, item: Item, tables: Tables) -> None:
    _write_row("entities", lambda t: ("id", "name", "kind", "color"))(conn, item, tables)
    rows = (item.after or {}).get("translations", [])
    _write_translations(conn, "entity", item.id, rows, tables)


WRITERS = {
    EVENT: _write_event,
    ENTITY: _write_entity,
    SOURCE: _write_row("sources", lambda t: t.source_columns),
}
