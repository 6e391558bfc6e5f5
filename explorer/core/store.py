"""Read-only access to a timeline database that follows docs/schema.md."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import sqlite_utils

from . import dates, schema
from .records import Citation, Entity, Event

SQLITE_MAGIC = b"SQLite format 3\x00"
_WORD = re.compile(r"\w+", re.UNICODE)


class StoreError(Exception):
    """A database that cannot be opened or does not follow the contract."""


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Open a file read-only, refusing what is not SQLite; never creates a file."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if not head:
        raise StoreError(f"{path}: the file is empty (0 bytes), not a database")
    if head != SQLITE_MAGIC:
        raise StoreError(f"{path}: not an SQLite database")
    # as_uri() percent-encodes spaces, '?', '#' and non-ASCII characters.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2.0)
    conn.execute("PRAGMA query_only = 1")
    return conn


def structure_problems(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(table, message) for missing tables and columns and a too-new schema version."""
    problems = []
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.SCHEMA_VERSION:
        problems.append(
            (
                "database",
                f"schema version {version} is newer than this app knows "
                f"({schema.SCHEMA_VERSION}); update Timeline Explorer",
            )
        )
    tables = set(db.table_names())
    for table, columns in schema.REQUIRED.items():
        if table not in tables:
            problems.append((table, "table missing"))
            continue
        have = set(db[table].columns_dict)
        problems.extend((table, f"column {c} missing") for c in columns if c not in have)
    return problems


class Store:
    """Everything the views need from one database, loaded once, read-only.

    Rows that break the contract (bad dates, no title) are skipped and counted
    in `skipped`, so one broken row does not make the whole file unusable.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.db = sqlite_utils.Database(connect_readonly(self.path))
            problems = structure_problems(self.db)
            if problems:
                found = "; ".join(f"{table}: {message}" for table, message in problems)
                raise StoreError(f"{self.path.name} does not follow the schema: {found}")
            self.entities = self._load_entities()
            self.skipped: list[str] = []
            self.events = self._load_events()
            self.title = self._metadata("title") or self.path.stem
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path.name}: unreadable database ({exc})") from exc

    def close(self) -> None:
        self.db.conn.close()

    def _metadata(self, key: str) -> str | None:
        if "metadata" not in self.db.table_names():
            return None
        row = self.db.execute("SELECT value FROM metadata WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _load_entities(self) -> dict[int, Entity]:
        rows = self.db.execute("SELECT id, name, kind, color FROM entities ORDER BY id")
        return {
            r[0]: Entity(r[0], str(r[1]), str(r[2] or ""), r[3] or "")
            for r in rows
            if r[0] is not None and r[1]
        }

    def _load_events(self) -> dict[int, Event]:
        links: dict[int, list[int]] = {}
        for event_id, entity_id in self.db.execute(
            "SELECT event_id, entity_id FROM event_entities ORDER BY rowid"
        ):
            if entity_id in self.entities:
                links.setdefault(event_id, []).append(entity_id)
        events = {}
        for row in self.db.execute(
            'SELECT id, title, summary, start, "end", category, disputed, note FROM events'
        ):
            ev_id, title, summary, start, end, category, disputed, note = row
            try:
                if not title:
                    raise ValueError("no title")
                event = Event(
                    id=ev_id,
                    title=str(title),
                    start=str(start),
                    end=str(end) if end else None,
                    summary=str(summary or ""),
                    category=str(category or ""),
                    disputed=bool(disputed),
                    note=str(note or ""),
                    entity_ids=tuple(dict.fromkeys(links.get(ev_id, ()))),
                )
                if event.end and dates.end_before_start(event.start, event.end):
                    raise ValueError("end before start")
            except (ValueError, TypeError) as exc:
                self.skipped.append(f"events row {ev_id}: {exc}")
                continue
            events[ev_id] = event
        return events

    def citations(self, event_id: int) -> list[Citation]:
        has_role = "role" in self.db["citations"].columns_dict
        role = "c.role" if has_role else "'claim'"
        rows = self.db.execute(
            f"SELECT c.quote, {role}, s.file, s.outlet, s.published, s.language, s.title, s.url "
            "FROM citations c LEFT JOIN sources s ON s.id = c.source_id "
            "WHERE c.event_id = ? ORDER BY c.rowid",
            [event_id],
        )
        return [Citation(r[0] or "", r[1] or "claim", *r[2:]) for r in rows]

    def sources(self) -> list[dict]:
        return list(self.db["sources"].rows)

    def search(self, text: str) -> set[int]:
        """Ids of events whose title, summary or quotes match `text`.

        Any input is safe: words become quoted FTS5 prefix terms; where the
        database has no full-text index, or the query still fails, a plain
        case-insensitive substring match is used instead.
        """
        words = _WORD.findall(text)
        if not words:
            return set(self.events) if not text.strip() else self._substring(text)
        if schema.FTS_TABLE in self.db.table_names():
            query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
            try:
                rows = self.db.execute(
                    f"SELECT rowid FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH ?",
                    [query],
                )
                return {r[0] for r in rows} & set(self.events)
            except sqlite3.OperationalError:
                pass
        return self._substring(text)

    def _substring(self, text: str) -> set[int]:
        """Every word (or, for symbols only, the whole text) as a plain substring."""
        needles = [w.casefold() for w in _WORD.findall(text)] or [text.strip().casefold()]
        quotes: dict[int, str] = {}
        for event_id, quote in self.db.execute("SELECT event_id, quote FROM citations"):
            quotes[event_id] = quotes.get(event_id, "") + " " + str(quote or "")
        return {
            e.id
            for e in self.events.values()
            if all(n in f"{e.title} {e.summary} {quotes.get(e.id, '')}".casefold() for n in needles)
        }
