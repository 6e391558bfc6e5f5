"""A timeline database served by Datasette, read as a Store. Qt-free; read-only.

Opening reads the columns every view needs at once (ids, dates, category,
disputed, titles for the row checks and the table's sort; the entity links,
the citations' sources) as JSON pages by rowid, 50,000 rows a request, into a
private in-memory SQLite database, the "index". (Measured on 100k events
served locally on an idle machine: 0.5 s, where Datasette's CSV `_stream=on`
of the same columns took 6.8 s: it pages its own rows 1,000 at a time.) The
local Store's own column loader then runs over it, so a remote file obeys
the same rule book (skipped rows, broken links) as a local one. Summaries,
notes and quotes stay on the server: records, citations and searches are
small SQL queries with bound parameters (`?sql=...&ids=[...]`), each below
Datasette's max_returned_rows, made from worker threads.
"""

from __future__ import annotations

import base64
import contextlib
import json
import sqlite3
from pathlib import Path

import numpy as np
import sqlite_utils

from ..jobs import Progress, tell
from ..paths import is_url
from ..words import translate
from . import column_cache, event_rows, remote_cache, schema, skips, translations
from .column_loader import load as load_columns
from .datasette_client import DatasetteClient, RemoteError, Truncated, redact
from .event_rows import EventRows, event_from_row
from .event_rows import text as _text
from .records import Citation, Event
from .store import _WORD, SchemaError, Store, StoreError, row_label

READ_ONLY_REASON = "a database served by Datasette is read-only"
PAGE = 50_000  # rows per page while opening: about 0.2 s of the server's time per page
MIN_PAGE = 1_000  # a server too slow even for this many rows per query is refused
ASK = 200  # ids per query: their rows stay under Datasette's default max_returned_rows (1000)
# What the index holds of each table. Its columns have no declared type, so each
# value keeps the type the server's JSON gave it (a text id stays text, and is
# skipped, as in the file).
INDEX = {
    "events": ("id", "title", "start", "end", "category", "disputed"),
    "entities": ("id", "name", "kind", "color"),
    "event_entities": ("event_id", "entity_id"),
    "citations": ("event_id", "source_id"),
    "sources": schema.REQUIRED["sources"],
}
INDEX_LATER = ("summary", "note")  # events columns read with the records, not streamed


class RemoteStore(Store):
    remote = True
    read_only_reason = READ_ONLY_REASON

    def __init__(
        self, url: str, progress: Progress | None = None, client: DatasetteClient | None = None
    ):
        """Raises RemoteError (a StoreError) for a server that cannot be read,
        SchemaError for one whose database does not follow the schema, and
        jobs.Cancelled when `progress` says stop."""
        self.client = client or DatasetteClient(url)
        self.path = None
        self.sample_of = None
        self.skipped: list[str] = []
        tables = self._tables()
        self.url = redact(self.client.address.url)  # never a token or password
        self.columns_of = {t.get("name"): t.get("columns") or [] for t in tables}
        self._check_structure()
        self.has_fts = schema.FTS_TABLE in self.columns_of
        has_role = "role" in self.columns_of["citations"]
        self._citation_role = "c.role" if has_role else "'claim'"
        self.db = sqlite_utils.Database(sqlite3.connect(":memory:", check_same_thread=False))
        try:
            kept = remote_cache.index_file(self.client)
            cached = remote_cache.restore(kept, self.db.conn)
            if not cached:
                self._fill_index(progress)
                remote_cache.keep(self.db.conn, kept)
            self.entities = event_rows.load_entities(self.db.conn)
            # A big index's columns are cached as a big file's are (keyed by the kept file).
            columns, skipped = (kept and column_cache.load(kept)) or load_columns(
                self.db.conn, self.entities, event_from_row, _INDEX_SELECT
            )
            if kept is not None:
                column_cache.save(kept, columns, skipped)
        except sqlite3.DatabaseError as exc:
            self.db.conn.close()
            text = translate("RemoteError", "{name}: the rows it sent cannot be read ({error})")
            raise StoreError(text.format(name=self.name, error=exc)) from exc
        except BaseException:
            self.db.conn.close()
            raise
        self.columns = columns
        self.skipped.extend(f"events row {row_label(i, r)}: {why}" for r, i, why in skipped)
        inferred = schema.DATE_INFERRED in self.columns_of["events"]
        self.records = RemoteEventRows(self.client, self.db.conn, columns, self.entities, inferred)
        self.inferred_ids = self._inferred_remote() if inferred else frozenset()
        # Translations (copied into the index with the columns), as Store reads them.
        self._spellings = translations.spellings(self.db.conn)
        self._title_ranks: dict[str | None, np.ndarray] = {}
        self.languages = tuple(sorted(self._spellings))
        self.search_gap = None  # the server's full-text index is searched as it is
        self.packed_note = ""  # packed columns are a local file's; rows come as JSON pages
        self._entity_names = translations.read_all(self.db.conn, "entity")
        self.title = _text(self._metadata("title")).strip()[:200] or self.client.address.database
        self.broken_links = skips.broken_links(self.db.conn, self.entities)
        self.notes = [n for n in (skips.links_note(self.broken_links),) if n]

    # What names it
    @property
    def location(self) -> str:
        return self.url

    @property
    def name(self) -> str:
        return f"{self.host}/{self.client.address.database}"

    @property
    def stem(self) -> str:
        return self.client.address.database

    @property
    def folder(self) -> str:
        return ""  # file dialogs start where Qt starts them (the working folder)

    @property
    def host(self) -> str:
        return self.client.where

    def worker_connection(self) -> DatasetteClient:
        # Each request is a connection of its own: one client serves every thread.
        return self.client

    # Opening
    def _tables(self) -> list[dict]:
        return [t for t in self.client.database_page()["tables"] if isinstance(t, dict)]

    def _check_structure(self) -> None:
        problems = []
        for table, columns in schema.REQUIRED.items():
            if table not in self.columns_of:
                problems.append(f"{table}: table missing")
                continue
            have = set(self.columns_of[table])
            problems += [f"{table}: column {c} missing" for c in columns if c not in have]
        if problems:
            text = translate("StoreError", "{name} does not follow the schema: {found}")
            raise SchemaError(text.format(name=self.name, found="; ".join(problems)))

    def _fill_index(self, progress) -> None:
        total = self.client.sql("SELECT count(*) FROM events")[0][0]
        asking = translate("RemoteStore", "Reading {name}: asking for {total} events…")
        tell(progress, 0, total, asking.format(name=self.name, total=f"{total:,}"))
        for table, columns in INDEX.items():
            later = INDEX_LATER if table == "events" else ()
            names = ", ".join(f'"{c}"' for c in (*columns, *later))
            self.db.execute(f"CREATE TABLE {table} ({names})")
        self.db.execute("CREATE TABLE metadata (key, value)")

        reading = translate("RemoteStore", "Reading {name}: {done} of {total} events…")

        def told(done: int) -> None:
            text = reading.format(name=self.name, done=f"{done:,}", total=f"{total:,}")
            tell(progress, done, total, text)

        got = self._copy("events", told)
        if got < total:
            text = translate("RemoteError", "{host} sent only {got} of {total} events")
            raise RemoteError(text.format(host=self.host, got=f"{got:,}", total=f"{total:,}"))
        for table in ("event_entities", "entities", "citations", "sources"):
            self._copy(table, lambda _n: tell(progress, total, total))
        if set(translations.COLUMNS) <= set(self.columns_of.get(translations.TABLE, ())):
            self._copy_translations()
        self.db["event_entities"].create_index(["entity_id", "event_id"])
        if "metadata" in self.columns_of:
            for key in ("title", "description", "license"):
                value = self._metadata_remote(key)
                if value is not None:
                    self.db.execute("INSERT INTO metadata VALUES (?, ?)", [key, value])

    def _copy(self, table: str, told) -> int:
        """Copy `table`'s INDEX columns into the index, a page of rows per request;
        how many rows came. A page is one row of Datasette's answer (rows packed
        as one JSON array), so max_returned_rows never cuts it; a page that hits
        the server's time limit is asked again in halves."""
        wanted = list(INDEX[table])
        names = ", ".join(f'"{c}"' for c in wanted)
        # JSON holds no binary data: a blob comes as {"$hex": ...}, so the row
        # checks see it as the file's rows do (and skip it the same way).
        values = ", ".join(
            f"CASE WHEN typeof(\"{c}\") = 'blob' THEN json_object('$hex', hex(\"{c}\")) "
            f'ELSE "{c}" END'
            for c in wanted
        )
        insert = (
            f"INSERT INTO {table} (rowid, {names}) VALUES ({','.join('?' * (len(wanted) + 1))})"
        )
        after, size, count = -(2**63), PAGE, 0
        while True:
            query = (
                f"SELECT json_group_array(json_array(rowid, {values})), max(rowid), count(*) "
                f"FROM (SELECT rowid, * FROM {table} WHERE rowid > :after "
                f"ORDER BY rowid LIMIT {size})"
            )
            try:
                packed, last, got = self.client.sql(query, {"after": after})[0]
            except RemoteError as exc:
                if exc.interrupted and size > MIN_PAGE:
                    size //= 2
                    continue
                raise
            if not got:
                return count
            try:
                rows = json.loads(packed)
            except (TypeError, ValueError):
                text = translate("RemoteError", "{host} sent a page of {table} that is not JSON")
                raise RemoteError(text.format(host=self.host, table=table)) from None
            if '"$hex"' in packed:
                rows = [[binary(v) for v in row] for row in rows]
            self.db.conn.executemany(insert, rows)
            count, after = count + got, last
            told(count)
            if got < size:
                return count

    def _copy_translations(self) -> None:
        """The translations table (WITHOUT ROWID: paged by its key's order)."""
        translations.create(self.db)
        names = ", ".join(translations.COLUMNS)
        insert = f"INSERT INTO {translations.TABLE} ({names}) VALUES (?, ?, ?, ?, ?)"
        offset, size = 0, PAGE
        while True:
            query = (
                f"SELECT json_group_array(json_array({names})), count(*) FROM (SELECT * "
                f"FROM {translations.TABLE} ORDER BY kind, id, lang, field "
                f"LIMIT {size} OFFSET :offset)"
            )
            try:
                packed, got = self.client.sql(query, {"offset": offset})[0]
            except RemoteError as exc:
                if exc.interrupted and size > MIN_PAGE:  # as _copy: in halves
                    size //= 2
                    continue
                raise
            if got:
                rows = [r for r in json.loads(packed) if all(v is not None for v in r[:4])]
                self.db.conn.executemany(f"INSERT OR IGNORE{insert[6:]}", rows)
            if got < size:
                return
            offset += got

    def translations_of(self, ids, conn=None) -> dict[int, dict]:
        return super().translations_of(ids)  # from the index, whatever thread asks

    def _inferred_remote(self) -> frozenset[int]:
        query = f"SELECT group_concat(id) FROM events WHERE {schema.DATE_INFERRED} = 1"
        packed = self.client.sql(query)[0][0]
        return frozenset(np.fromstring(packed or "", dtype=np.int64, sep=",").tolist())

    def _metadata_remote(self, key: str) -> str | None:
        try:
            rows = self.client.sql("SELECT value FROM metadata WHERE key = :key", {"key": key})
        except RemoteError as exc:
            if exc.status is None or exc.status >= 500:
                raise
            return None  # a metadata table of another shape is no reason to refuse it
        return _text(rows[0][0]) if rows else None

    # Reading on demand
    def citations_of(self, ids, conn: DatasetteClient | None = None) -> dict[int, list]:
        client = conn or self.client
        ids = list(dict.fromkeys(int(i) for i in ids))
        query = (
            f"SELECT c.event_id, c.quote, {self._citation_role}, s.file, s.outlet, "
            "s.published, s.language, s.title, s.url "
            "FROM citations c LEFT JOIN sources s ON s.id = c.source_id "
            "WHERE c.event_id IN (SELECT value FROM json_each(:ids)) ORDER BY c.rowid"
        )
        found: dict[int, list[Citation]] = {}
        for r in by_chunks(client, query, ids):
            texts = (_text(v) or None for v in r[3:])
            found.setdefault(r[0], []).append(Citation(_text(r[1]), _text(r[2]) or "claim", *texts))
        return found

    def search_mask(self, text: str, db=None) -> np.ndarray:
        """As Store.search_mask, asked of the server: its full-text index with
        the words as a bound parameter, else a LIKE per word (also bound)."""
        client = db if isinstance(db, DatasetteClient) else self.client
        words = _WORD.findall(text)
        if not words and not text.strip():
            return np.ones(len(self.columns), bool)
        packed = None
        if words and self.has_fts:
            query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
            try:
                packed = client.sql(
                    f"SELECT group_concat(rowid) FROM {schema.FTS_TABLE} "
                    f"WHERE {schema.FTS_TABLE} MATCH :q",
                    {"q": query},
                )[0][0]
            except RemoteError as exc:
                # 400: a broken or foreign index; others (and the time limit): the server
                if exc.status != 400 or exc.interrupted:
                    raise
        if packed is None:
            packed = self._substring(client, text)
        ids = np.fromstring(packed or "", dtype=np.int64, sep=",")
        mask = np.zeros(len(self.columns), bool)
        mask[self.columns.rows_of(ids)] = True
        return mask

    def _substring(self, client: DatasetteClient, text: str) -> str | None:
        needles = [w.casefold() for w in _WORD.findall(text)] or [text.strip().casefold()]
        haystack = (
            "lower(coalesce(title,'') || ' ' || coalesce(summary,'') || ' ' || coalesce("
            "(SELECT group_concat(quote, ' ') FROM citations c WHERE c.event_id = e.id), ''))"
        )
        where = " AND ".join(f"instr({haystack}, :w{i}) > 0" for i in range(len(needles)))
        params = {f"w{i}": n for i, n in enumerate(needles)}
        return client.sql(f"SELECT group_concat(id) FROM events e WHERE {where}", params)[0][0]


def open_store(where: str | Path, progress: Progress | None = None) -> Store:
    """A Store for a file, a RemoteStore for a Datasette database's URL."""
    if is_url(where):
        return RemoteStore(str(where), progress)
    return Store(where, progress)


_INDEX_SELECT = 'SELECT rowid, id, title, NULL, start, "end", category, disputed, NULL FROM events'


class RemoteEventRows(EventRows):
    """EventRows whose records come from the server, by rowid, in small queries;
    their translated texts from the index."""

    def __init__(self, client: DatasetteClient, index, columns, entity_ids, inferred: bool):
        super().__init__(index, columns, entity_ids)  # the index: translations, if any
        self._conn, self._index = client, index
        extra = f", {schema.DATE_INFERRED}" if inferred else ""
        self._remote_select = (
            f'SELECT rowid, id, title, summary, start, "end", category, disputed, note{extra} '
            "FROM events WHERE rowid IN (SELECT value FROM json_each(:ids))"
        )

    def _read_texts(self, lang: str, ids: list[int], conn) -> dict[int, dict]:
        return super()._read_texts(lang, ids, self._index)  # translations are in the index

    def _read(self, ids: list[int], conn) -> list[Event]:
        client = conn if isinstance(conn, DatasetteClient) else self._conn
        rows = self._columns.rows_of(ids)
        # By rowid, as a file is read: the index keeps the server's rowids, and
        # a second row with the same id (skipped) is never read by mistake.
        rowids = sorted(self._columns.rowids[rows].tolist())
        wanted = set(self._columns.ids[rows].tolist())
        ids = sorted(wanted)
        links: dict[int, list[int]] = {}
        query = (
            "SELECT event_id, entity_id FROM event_entities "
            "WHERE event_id IN (SELECT value FROM json_each(:ids)) ORDER BY rowid"
        )
        for event_id, entity_id in by_chunks(client, query, ids):
            if entity_id in self._entities:
                links.setdefault(event_id, []).append(entity_id)
        out = []
        for row in by_chunks(client, self._remote_select, rowids):
            row = [binary(v) for v in row]
            if row[1] not in wanted:
                continue
            try:
                out.append(event_from_row(tuple(row), tuple(dict.fromkeys(links.get(row[1], ())))))
            except ValueError:  # changed on the server since it was opened: not shown
                continue
        return out


def binary(value):
    """A blob as bytes, from our {"$hex": ...} or Datasette's {"$base64": true, ...}."""
    if isinstance(value, dict):
        with contextlib.suppress(TypeError, ValueError):
            if "$hex" in value:
                return bytes.fromhex(value["$hex"])
            if value.get("$base64"):
                return base64.b64decode(value["encoded"])
    return value


def by_chunks(client: DatasetteClient, query: str, ids: list[int], size: int = ASK):
    """The rows of `query` (which takes the ids as a JSON list in :ids) for all
    `ids`, asked a chunk at a time; a chunk Datasette truncates is asked in halves."""
    for start in range(0, len(ids), size):
        chunk = ids[start : start + size]
        try:
            yield from client.sql(query, {"ids": json.dumps(chunk)})
        except Truncated:
            if len(chunk) == 1:
                raise
            half = max(1, len(chunk) // 2)
            yield from by_chunks(client, query, chunk, half)
