"""Read-only access to a timeline database that follows docs/schema.md."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import numpy as np
import sqlite_utils

from ..jobs import Cancelled, Progress, is_big
from ..words import translate
from . import (
    column_cache,
    event_rows,
    packed_table,
    schema,
    search_index,
    skips,
    sort_keys,
    translations,
)
from .column_loader import load as load_columns
from .column_loader import sample as sample_columns
from .dates import short_repr
from .event_rows import EventRows, event_from_row
from .event_rows import text as _text
from .records import Citation

SQLITE_MAGIC = b"SQLite format 3\x00"
_WORD = re.compile(r"\w+", re.UNICODE)


class StoreError(Exception):
    """A database that cannot be opened or does not follow the contract."""


class SchemaError(StoreError):
    """A readable SQLite database that does not follow the schema (docs/schema.md)."""


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Open a file read-only, refusing what is not SQLite; never creates a file."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(translate("StoreError", "{path}: no such file").format(path=path))
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        text = translate("StoreError", "{path}: cannot read the file ({reason})")
        raise StoreError(text.format(path=path, reason=exc.strerror or exc)) from exc
    if not head:
        text = translate("StoreError", "{path}: the file is empty (0 bytes), not a database")
        raise StoreError(text.format(path=path))
    if not head.startswith(SQLITE_MAGIC):
        raise StoreError(
            translate("StoreError", "{path}: not an SQLite database").format(path=path)
        )
    # as_uri() percent-encodes spaces, '?', '#' and non-ASCII characters.
    uri = f"{path.resolve().as_uri()}?mode=ro"
    # Measured (SQLite 3.40): a read-only connection to a database in WAL mode
    # (header bytes 18-19 == 2) creates DB-shm and DB-wal beside it and leaves
    # them there. When no DB-wal exists, every change is in the main file and no
    # program has it open in WAL mode, so we open it immutable=1: SQLite then
    # takes no locks and makes no side files. The trade-off: should another
    # program start writing while we have it open, we do not see its changes
    # (and a checkpoint under us could show inconsistent pages). When DB-wal and
    # DB-shm both exist, another program has it open: plain mode=ro reads its
    # latest commits and creates nothing new. A DB-wal without DB-shm (a copy
    # taken while its writer ran) would make SQLite create DB-shm, so we open it
    # immutable too and say that the changes still in DB-wal are not shown.
    if _is_wal(head) and not (Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()):
        uri += "&immutable=1"
    # Not tied to one thread: the window loads a big file in a worker thread,
    # then uses the connection from the GUI thread (never both at once).
    conn = sqlite3.connect(uri, uri=True, timeout=2.0, check_same_thread=False)
    conn.execute("PRAGMA query_only = 1")
    return conn


def _is_wal(head: bytes) -> bool:
    return len(head) >= 20 and head[18] == 2 and head[19] == 2


def wal_note(path: str | Path) -> str | None:
    """What a reader misses when the database's -wal file could not be read."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(20)
    except OSError:
        return None
    wal = Path(f"{path}-wal")
    if _is_wal(head) and wal.exists() and not Path(f"{path}-shm").exists():
        return (
            f"{path.name}: changes still in {wal.name} are not shown (open the database "
            "once in the program that wrote it to merge them)"
        )
    return None


def describe_error(name: str, exc: sqlite3.DatabaseError) -> str:
    """A plain message for an SQLite error while reading database `name`."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return (
            f"{name}: the database is locked by another program that is writing to it; "
            "try again when it has finished"
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"{name}: the file is damaged or incomplete, not a usable database ({text})"
    return f"{name}: unreadable database ({text})"


def row_label(row_id: object, rowid: object = None) -> str:
    """How a row is named in messages: its id, or its rowid when it has no usable id."""
    if isinstance(row_id, int):
        return str(row_id)
    if row_id is None:
        return f"(rowid {rowid})"
    return short_repr(row_id)


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


SEARCH_NOTE = "search-index"  # the column cache's note of the file's search index
SEARCH_NOTE_MOST = 100_000  # events an index may lack for its answer to be kept


class Store:
    """Everything the views need from one database, loaded once, read-only.

    Rows that break the contract (bad dates, no title) are skipped and counted
    in `skipped`, so one broken row does not make the whole file unusable.
    """

    remote = False  # a RemoteStore (remote_store.py) reads a Datasette server instead
    read_only_reason: str | None = None  # why the data cannot be changed here, if it cannot

    def __init__(
        self, path: str | Path, progress: Progress | None = None, sample: int | None = None
    ):
        """`progress(done, total)` hears how many events are loaded; returning
        False stops the load with jobs.Cancelled (see column_loader.load).
        `sample`: load only about this many events, spread over the file, as a
        preview; `sample_of` then tells how many the file holds."""
        self.path = Path(path)
        try:
            self.db = sqlite_utils.Database(connect_readonly(self.path))
            problems = structure_problems(self.db)
            if problems:
                found = "; ".join(f"{table}: {message}" for table, message in problems)
                text = translate("StoreError", "{name} does not follow the schema: {found}")
                raise SchemaError(text.format(name=self.path.name, found=found))
            # Asked once, here: citations_of may run on a worker's connection.
            has_role = "role" in self.db["citations"].columns_dict
            self._citation_role = "c.role" if has_role else "'claim'"
            self.entities = event_rows.load_entities(self.db.conn)
            self._spellings = translations.spellings(self.db.conn)
            self._title_ranks: dict[str | None, np.ndarray] = {}
            self.languages = tuple(sorted(self._spellings))
            self._entity_names = translations.read_all(self.db.conn, "entity")
            self.skipped: list[str] = []
            self.sample_of: int | None = None
            self.packed_note = ""  # why the file's packed columns were not used, if so
            self.broken_links: list[str] | None = None  # known from packed columns
            self.records = self._load_events(progress, sample)
            self.title = _text(self._metadata("title")).strip()[:200] or self.path.stem
            self.inferred_ids = self._inferred_ids()
            if self.broken_links is None:
                self.broken_links = skips.broken_links(self.db.conn, self.entities)
            self.search_gap = self._search_gap()
        except Cancelled:
            self.db.conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            if hasattr(self, "db"):
                self.db.conn.close()
            raise StoreError(describe_error(self.path.name, exc)) from exc
        # One line per thing left out of the whole file, for a status line and warnings.
        packed = self.packed_note and (
            f"{self.path.name}: its packed columns are {self.packed_note}; read from its rows"
        )
        notes = [wal_note(self.path), packed, skips.links_note(self.broken_links)]
        notes.append(self.search_gap.note(self.path.name) if self.search_gap else None)
        self.notes: list[str] = [n for n in notes if n]

    def close(self) -> None:
        self.db.conn.close()

    @property
    def location(self) -> str:
        """What the user opened, as remembered in settings and saved views."""
        return str(self.path.resolve())

    @property
    def name(self) -> str:
        """The database as named in messages and provenance."""
        return self.path.name

    @property
    def stem(self) -> str:
        """The database's name without a suffix: a file name to suggest."""
        return self.path.stem

    @property
    def folder(self) -> str:
        """Where a file dialog starts: beside the database."""
        return str(self.path.parent)

    def worker_connection(self) -> sqlite3.Connection:
        """A connection of its own for a worker thread's reads (records,
        citations, search, event export)."""
        return connect_readonly(self.path)

    @property
    def language(self) -> str | None:
        """The language of the texts `records` give (None: the originals)."""
        return self.records.language

    def set_language(self, wanted: str | None) -> str | None:
        """Give event titles and summaries, and entity names, in `wanted` ("de",
        "de_DE") where translated, else the original; returns the language used."""
        lang = translations.best(wanted, self.languages)
        self.records.set_language(lang, self._spellings.get(lang, ()))
        return lang

    def entity_name(self, entity_id: int, lang: str | None = None) -> str:
        """An entity's name in `lang` (default: the store's language), else its own."""
        lang = translations.best(lang, self.languages) if lang else self.language
        names = self._entity_names.get(lang, {}).get(entity_id, {})
        return names.get("name") or self.entities[entity_id].name

    def translations_of(self, ids, conn: sqlite3.Connection | None = None) -> dict[int, dict]:
        """event id -> {(field, lang): text} in every language, for exports."""
        if not self.languages:
            return {}
        return translations.read(conn or self.db.conn, "event", ids)

    @property
    def weight(self) -> float:
        """Events in the file per event loaded: above 1 for a sample."""
        if self.sample_of is None or not len(self.columns):
            return 1.0
        return max(self.sample_of / len(self.columns), 1.0)

    def _inferred_ids(self) -> frozenset[int]:
        """Ids of the events whose date is inferred (the optional date_inferred column)."""
        if schema.DATE_INFERRED not in self.db["events"].columns_dict:
            return frozenset()
        rows = self.db.execute(f"SELECT id FROM events WHERE {schema.DATE_INFERRED} = 1")
        return frozenset(r[0] for r in rows if isinstance(r[0], int))

    def _search_gap(self) -> search_index.IndexGap | None:
        """search_index.check, without its scan of every id where the answer is
        known: a file packed with its index in step, neither changed since; or a
        big file whose answer the column cache keeps for the file as it is."""
        if packed_table.search_index_in_step(self.db.conn):
            return None
        big = is_big(len(self.columns)) and self.sample_of is None
        kept = column_cache.load_note(self.path, SEARCH_NOTE) if big else None
        if isinstance(kept, dict) and "gap" in kept:
            if kept["gap"] is None:
                return None
            try:
                return search_index.IndexGap.from_json(kept["gap"])
            except (KeyError, TypeError, ValueError):
                pass  # a damaged note: check again
        gap = search_index.check(self.db.conn)
        if big and (gap is None or len(gap.missing) <= SEARCH_NOTE_MOST):
            column_cache.save_note(self.path, SEARCH_NOTE, {"gap": gap and gap.to_json()})
        return gap

    def _metadata(self, key: str) -> str | None:
        if "metadata" not in self.db.table_names():
            return None
        try:  # optional: a metadata table of another shape is no reason to refuse the file
            row = self.db.execute("SELECT value FROM metadata WHERE key = ?", [key]).fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def _load_events(self, progress, sample: int | None) -> EventRows:
        if sample is not None:
            self.columns = sample_columns(self.db.conn, self.entities, sample)
            self.sample_of = self.db.execute("SELECT count(*) FROM events").fetchone()[0]
            return EventRows(self.db.conn, self.columns, self.entities)
        # Our own files carry their columns packed; others are cached after one read.
        packed, self.packed_note = packed_table.read(self.db.conn, self.entities)
        cached = None
        if packed is not None:
            *cached, self.broken_links = packed
        else:
            cached = column_cache.load(self.path)
        if cached is None:
            columns, skipped = load_columns(
                self.db.conn,
                self.entities,
                event_from_row,
                event_rows.SELECT,
                progress,
            )
            column_cache.save(self.path, columns, skipped)
        else:
            columns, skipped = cached
        self.columns = columns
        self.skipped_rows = skipped  # (rowid, id, why): what the column cache keeps
        self.skipped.extend(f"events row {row_label(i, r)}: {why}" for r, i, why in skipped)
        return EventRows(self.db.conn, columns, self.entities)

    def citations(self, event_id: int) -> list[Citation]:
        return self.citations_of([event_id]).get(event_id, [])

    def citations_of(self, ids, conn: sqlite3.Connection | None = None) -> dict[int, list]:
        """event id -> its citations, for up to event_rows.CHUNK ids in one query;
        `conn`: another connection to the file, for reading from a worker thread."""
        conn = conn or self.db.conn
        ids = list(dict.fromkeys(int(i) for i in ids))
        found: dict[int, list[Citation]] = {}
        for start in range(0, len(ids), event_rows.CHUNK):
            chunk = ids[start : start + event_rows.CHUNK]
            rows = conn.execute(
                f"SELECT c.event_id, c.quote, {self._citation_role}, s.file, s.outlet, "
                "s.published, s.language, s.title, s.url "
                "FROM citations c LEFT JOIN sources s ON s.id = c.source_id "
                f"WHERE c.event_id IN ({','.join('?' * len(chunk))}) ORDER BY c.rowid",
                chunk,
            )
            for r in rows:
                texts = (_text(v) or None for v in r[3:])
                found.setdefault(r[0], []).append(
                    Citation(_text(r[1]), _text(r[2]) or "claim", *texts)
                )
        return found

    @property
    def title_rank(self) -> np.ndarray:
        """Each row's place among all titles (in the store's language), case-insensitively:
        the table sorts by it. Worked out once per language."""
        lang = self.language
        if lang not in self._title_ranks:
            spelt = self._spellings.get(lang, ())
            self._title_ranks[lang] = sort_keys.title_rank(self.db, self.columns, spelt)
        return self._title_ranks[lang]

    def sources(self) -> list[dict]:
        return list(self.db["sources"].rows)

    def search_mask(self, text: str, db: sqlite_utils.Database | None = None) -> np.ndarray:
        """Which rows of `columns` match `text` in their title, summary or quotes.

        Any input is safe: words become quoted FTS5 prefix terms; where the
        database has no full-text index, or the query still fails, a plain
        case-insensitive substring match is used instead. `db` is another
        connection to this file, for searching from another thread.
        """
        db = sqlite_utils.Database(db) if isinstance(db, sqlite3.Connection) else db or self.db
        words = _WORD.findall(text)
        if not words and not text.strip():
            return np.ones(len(self.columns), bool)
        ids = None
        if words and schema.FTS_TABLE in db.table_names():
            query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
            try:
                # One packed text, parsed by numpy: 100k matches in a few ms.
                packed = db.execute(
                    f"SELECT group_concat(rowid) FROM {schema.FTS_TABLE} "
                    f"WHERE {schema.FTS_TABLE} MATCH ?",
                    [query],
                ).fetchone()[0]
                ids = np.fromstring(packed or "", dtype=np.int64, sep=",")
            except sqlite3.DatabaseError:  # a broken or foreign events_fts table
                ids = None
        if ids is None:
            ids = np.fromiter(_substring(db, text), np.int64)
        elif self.search_gap is not None and len(self.search_gap.missing):
            # a stale index: the events it lacks are matched as text, never missed
            found = _substring(db, text, self.search_gap.missing)
            ids = np.concatenate([ids, np.fromiter(found, np.int64, len(found))])
        mask = np.zeros(len(self.columns), bool)
        mask[self.columns.rows_of(ids)] = True
        return mask


def _substring(db: sqlite_utils.Database, text: str, only=None) -> set[int]:
    """Every word (or, for symbols only, the whole text) as a plain substring;
    `only`: the ids of the events to look at (default all)."""
    needles = [w.casefold() for w in _WORD.findall(text)] or [text.strip().casefold()]
    quotes: dict[int, str] = {}  # and translated texts
    # `only`: the ids go in as one JSON text (a temporary table would write to the file)
    args = [] if only is None else [f"[{','.join(str(int(i)) for i in only)}]"]

    def among(column: str) -> str:
        return "" if only is None else f" AND {column} IN (SELECT value FROM json_each(?))"

    for event_id, quote in db.execute(
        "SELECT event_id, quote FROM citations WHERE 1" + among("event_id"), args
    ):
        quotes[event_id] = quotes.get(event_id, "") + " " + _text(quote)
    if translations.present(db.conn):
        for event_id, text in db.execute(
            f"SELECT id, text FROM {translations.TABLE} WHERE kind = 'event'" + among("id"), args
        ):
            quotes[event_id] = quotes.get(event_id, "") + " " + _text(text)
    rows = db.execute("SELECT id, title, summary FROM events WHERE 1" + among("id"), args)
    return {
        event_id
        for event_id, title, summary in rows
        if isinstance(event_id, int)
        and all(
            n in f"{_text(title)} {_text(summary)} {quotes.get(event_id, '')}".casefold()
            for n in needles
        )
    }
