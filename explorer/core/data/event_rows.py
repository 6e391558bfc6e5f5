"""Events as records, read from the database when asked for. Qt-free.

The store keeps only columns in memory (see columns.py); the few events a
view shows, or an export writes, are read here by rowid and kept in a small
cache.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping

import numpy as np

from .. import jobs
from . import dates, schema, translations
from .columns import PRECISION_NAMES, EventColumns
from .records import Entity, Event

SELECT = 'SELECT rowid, id, title, summary, start, "end", category, disputed, note FROM events'
# The same, with the optional column date_inferred (docs/schema.md) at the end.
SELECT_INFERRED = SELECT.replace(" FROM events", f", {schema.DATE_INFERRED} FROM events")
_CURRENT = object()  # "the language set with set_language"
CACHE_SIZE = 20_000
CHUNK = 500  # ids per "IN (...)": below SQLite's parameter limit


def text(value: object) -> str:
    """A free-text value as text, whatever the column held."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def date_text(value: object, name: str) -> str | None:
    """A start or end value as text: whole numbers (2023) are read as years.

    Raises ValueError naming what is wrong; an empty end is None.
    """
    if isinstance(value, str) and value.strip():
        return value
    if value is None or isinstance(value, str):
        if name == "end":
            return None
        raise ValueError(f"{name} is empty")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, bytes):
        raise ValueError(f"{name} is not a date: binary data ({len(value)} bytes)")
    raise ValueError(f"{name} is not a date: the number {value}")


def event_from_row(row: tuple, entity_ids: tuple[int, ...] = ()) -> Event:
    """An Event from a SELECT row; ValueError says why the row breaks the contract."""
    _rowid, ev_id, title, summary, start, end, category, disputed, note, *inferred = row
    if not isinstance(ev_id, int):
        raise ValueError("id is not a whole number")
    # Numbers are read as text (a title 42, a start 2023); binary data is not.
    if isinstance(title, bytes) or not text(title).strip():
        raise ValueError("no title")
    event = Event(
        id=ev_id,
        title=text(title),
        start=date_text(start, "start"),
        end=date_text(end, "end"),
        summary=text(summary),
        category=text(category),
        disputed=bool(disputed),
        note=text(note),
        entity_ids=entity_ids,
        date_inferred=bool(inferred and inferred[0]),
    )
    if event.end and dates.end_before_start(event.start, event.end):
        raise ValueError("end before start")
    return event


def load_entities(conn: sqlite3.Connection) -> dict[int, Entity]:
    """id -> Entity of every usable entity row (a whole-number id and a name)."""
    rows = conn.execute("SELECT id, name, kind, color FROM entities ORDER BY id")
    return {
        r[0]: Entity(r[0], text(r[1]), text(r[2]), text(r[3]))
        for r in rows
        if isinstance(r[0], int) and text(r[1]).strip()
    }


def stand_ins(columns: EventColumns, rows) -> list[Event]:
    """Event.stand_in for rows of `columns`, the columns read once for all of
    them (a thousand at a time while the view moves)."""
    rows = np.asarray(rows, np.int64)
    names, categories = PRECISION_NAMES, columns.categories
    return [
        Event.stand_in(i, t0, t1, names[p], span, categories[c], disputed)
        for i, t0, t1, p, span, c, disputed in zip(
            columns.ids[rows].tolist(),
            columns.t0[rows].tolist(),
            columns.t1[rows].tolist(),
            columns.precision[rows].tolist(),
            columns.span[rows].tolist(),
            columns.category[rows].tolist(),
            columns.disputed[rows].tolist(),
            strict=True,
        )
    ]


class EventRows(Mapping):
    """id -> Event for every loaded event, read lazily; iterates in time order.

    After `set_language("de")` the events come with their German title and
    summary where the translations table has them (the original otherwise);
    `lang=None` on many/peek/fetch asks for the originals.
    """

    def __init__(self, conn: sqlite3.Connection, columns: EventColumns, entity_ids):
        self._conn = conn
        self._columns = columns
        self._entities = set(entity_ids)
        self._cache: OrderedDict[int, Event] = OrderedDict()  # originals
        self._texts: OrderedDict[tuple[str, int], dict] = OrderedDict()  # (lang, id) -> texts
        self.language: str | None = None
        self._spelt: tuple[str, ...] = ()
        self._translated = translations.present(conn)
        columns = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
        self._select = SELECT_INFERRED if schema.DATE_INFERRED in columns else SELECT
        # fetch() fills the cache from a worker thread (with its own connection).
        self._lock = threading.RLock()
        self._edits = 0  # edits so far: a read that an edit overtook is not kept

    def set_language(self, lang: str | None, spelt: tuple[str, ...] = ()) -> None:
        """Show texts in `lang` from now on (None: the originals); `spelt`: how the
        translations table spells it (translations.spellings), `lang` itself by default."""
        with self._lock:
            self.language = lang
            self._spelt = spelt or (lang,)

    def __len__(self) -> int:
        return len(self._columns)

    def __iter__(self) -> Iterator[int]:
        return iter(self._columns.ids.tolist())

    def __contains__(self, event_id) -> bool:
        return isinstance(event_id, int) and self._columns.row_of(event_id) is not None

    def __getitem__(self, event_id: int) -> Event:
        with self._lock:
            if event_id in self._cache and not self.language:
                self._cache.move_to_end(event_id)
                return self._cache[event_id]
        if event_id not in self:
            raise KeyError(event_id)
        return self.many([event_id])[0]

    def changed(self, columns: EventColumns, ids, entity_ids) -> None:
        """After an edit: the new columns, and the changed events read again when asked."""
        with self._lock:
            self._edits += 1
            self._columns = columns
            self._entities = set(entity_ids)
            for event_id in ids:
                self._cache.pop(event_id, None)

    def values(self):
        return self.many(self._columns.ids.tolist())

    def items(self):
        return [(e.id, e) for e in self.values()]

    def many(self, ids, conn: sqlite3.Connection | None = None, lang=_CURRENT) -> list[Event]:
        """The events with these ids, in the order given (unknown ids left out);
        `conn`: another connection to the file, for reading from a worker thread;
        `lang`: the language of their texts (default: set_language's; None: originals)."""
        ids = [int(i) for i in ids]
        conn = conn or self._conn
        found = self._originals(ids)
        found.update(self._read_missing([i for i in ids if i not in found], conn))
        events = [found[i] for i in ids if i in found]
        lang = self.language if lang is _CURRENT else lang
        if not (lang and self._translated):
            return events
        texts = self._read_texts(lang, [e.id for e in events], conn)
        return [_localised(e, texts[e.id]) for e in events]

    def peek(self, ids, lang=_CURRENT) -> dict[int, Event]:
        """Those of these events already read (with their texts in `lang`, as for
        many): never asks the database."""
        found = self._originals(ids)
        lang = self.language if lang is _CURRENT else lang
        if not (lang and self._translated):
            return found
        with self._lock:
            texts = {i: self._texts.get((lang, i)) for i in found}
        return {i: _localised(e, texts[i]) for i, e in found.items() if texts[i] is not None}

    def fetch(self, ids, conn: sqlite3.Connection, lang=_CURRENT) -> None:
        """Read the events with these ids (and their texts in `lang`) that are not
        yet read, through `conn`: a worker thread's own connection."""
        self.many(ids, conn, lang)

    def _originals(self, ids) -> dict[int, Event]:
        with self._lock:
            return {i: self._cache[i] for i in ids if i in self._cache}

    def _read_texts(self, lang: str, ids: list[int], conn) -> dict[int, dict]:
        """id -> {field: text} in `lang` ({} when untranslated), read once per id."""
        with self._lock:
            known = {i: self._texts[(lang, i)] for i in ids if (lang, i) in self._texts}
        missing = [i for i in ids if i not in known]
        if missing:
            spelt = self._spelt if lang == self.language else (lang,)
            read = translations.read(conn, "event", missing, spelt)
            fresh = {i: read.get(i, {}) for i in missing}
            with self._lock:
                self._texts.update(((lang, i), t) for i, t in fresh.items())
                while len(self._texts) > CACHE_SIZE:
                    self._texts.popitem(last=False)
            known.update(fresh)
        return known

    def _read_missing(self, ids: list[int], conn: sqlite3.Connection) -> dict[int, Event]:
        read: dict[int, Event] = {}
        edits = self._edits
        for chunk in range(0, len(ids), CHUNK):
            jobs.wait_if_held()  # a worker's read waits while the view moves
            read.update((e.id, e) for e in self._read(ids[chunk : chunk + CHUNK], conn))
        with self._lock:
            if self._edits != edits:  # an edit came while a worker read: it may be stale
                return read
            self._cache.update(read)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return read

    def _read(self, ids: list[int], conn: sqlite3.Connection) -> list[Event]:
        rows = self._columns.rows_of(ids)
        rowids = self._columns.rowids[rows].tolist()
        wanted = set(self._columns.ids[rows].tolist())
        marks = ",".join("?" * len(rowids))
        links: dict[int, list[int]] = {}
        for event_id, entity_id in conn.execute(
            f"SELECT event_id, entity_id FROM event_entities WHERE event_id IN "
            f"({','.join('?' * len(wanted))}) ORDER BY rowid",
            list(wanted),
        ):
            if entity_id in self._entities:
                links.setdefault(event_id, []).append(entity_id)
        out = []
        for row in conn.execute(f"{self._select} WHERE rowid IN ({marks})", rowids):
            if row[1] not in wanted:
                continue
            entity_ids = tuple(dict.fromkeys(links.get(row[1], ())))
            out.append(event_from_row(row, entity_ids))
        return out


def _localised(event: Event, texts: dict) -> Event:
    """`event` with the translated title and summary in `texts`, where given."""
    if not texts:
        return event
    # A copy with its texts changed; dataclasses.replace would parse the dates again.
    local = object.__new__(Event)
    local.__dict__.update(event.__dict__, **texts)
    return local
