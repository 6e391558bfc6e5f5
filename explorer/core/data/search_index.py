"""Is the full-text index (events_fts) in step with events? Checked cheaply on open.

An index made by `sqlite-utils enable-fts` without `--create-triggers` misses
every event inserted afterwards, and still holds deleted ones. FTS5 keeps one
row per indexed event in its `_docsize` shadow table (rowid = event id); its
count, highest id and sum of ids against those of `events` tell, in quick
queries, whether the two differ. Only then are the ids that differ listed. A row
changed in place keeps all three, so that is not seen (docs/schema.md says so).

The sum of ids reads every id (about a second at ten million events), so a file
with fresh packed columns skips it: packing records the index's `fingerprint`
when the index was in step, the packed columns' triggers guard the events, and
any write to the index changes its fingerprint (packed_table.search_index_in_step).
Any other big file keeps its answer in the column cache (`to_json`, `from_json`),
under the key of the file as it is: a second open of the same file skips it too.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

import numpy as np

from . import schema

DOCSIZE = f"{schema.FTS_TABLE}_docsize"
DATA = f"{schema.FTS_TABLE}_data"
CONFIG = f"{schema.FTS_TABLE}_config"
# FTS5's own records in its _data table: the averages (row count, token totals)
# and the structure (segments, and a counter of segments written). Any write to
# the index (an insert, a delete, a rebuild, a merge) rewrites one or both.
BOOKKEEPING = (1, 10)
_WHOLE = "WHERE typeof(id) = 'integer'"  # the events the app reads (others are skipped)


@dataclass(frozen=True)
class IndexGap:
    missing: np.ndarray  # ids of events the index lacks: search reads them directly
    extra: int  # indexed rows whose event is gone (their matches find nothing)
    external: bool  # an external-content index (sqlite-utils'): rebuild-fts refills it

    def to_json(self) -> dict:
        return {"missing": self.missing.tolist(), "extra": self.extra, "external": self.external}

    @classmethod
    def from_json(cls, kept: dict) -> IndexGap:
        missing = np.asarray(kept["missing"], dtype=np.int64)
        return cls(missing, int(kept["extra"]), bool(kept["external"]))

    def note(self, db_name: str) -> str:
        what = []
        if len(self.missing):
            what.append(f"lacks {len(self.missing):,} events")
        if self.extra:
            what.append(f"holds {self.extra:,} deleted ones")
        if self.external:
            fix = f"sqlite-utils rebuild-fts {db_name} events"
        else:  # its own copy of the texts: rebuild-fts would re-index only that copy
            fix = (
                f"sqlite-utils disable-fts {db_name} events, then sqlite-utils enable-fts "
                f"{db_name} events title summary --create-triggers"
            )
        return (
            f"{db_name}: the search index {schema.FTS_TABLE} is stale ({' and '.join(what)}, "
            f"as after inserts without triggers); search reads those events directly. "
            f"Rebuild it: {fix}"
        )


def _extent(conn: sqlite3.Connection, table: str) -> tuple[int, int | None, float]:
    """Row count, highest id and the sum of ids (a row deleted and another added
    keep the count), asked apart: SQLite answers each from an index or the
    table's end, not in one scan of every row's texts."""
    count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    top = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
    return count, top, conn.execute(f"SELECT total(id) FROM {table}").fetchone()[0]


def check(conn: sqlite3.Connection) -> IndexGap | None:
    """The gap between events and its full-text index, or None when they agree
    (or there is no index, or not one of FTS5's with its _docsize table)."""
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if schema.FTS_TABLE not in names or DOCSIZE not in names:
            return None
        indexed, events = _extent(conn, DOCSIZE), _extent(conn, "events")
        if indexed == events:
            return None
        extra = conn.execute(
            f"SELECT count(*) FROM {DOCSIZE} WHERE id NOT IN (SELECT id FROM events)"
        ).fetchone()[0]
        # Appended rows (the usual case) lie above the index's highest id: a seek,
        # not a scan of every event's texts. Exact when the counts then add up.
        missing, above = conn.execute(
            f"SELECT group_concat(id), count(*) FROM events {_WHOLE} AND id > ?",
            [indexed[1] if indexed[1] is not None else -(2**63)],
        ).fetchone()
        if extra or indexed[0] + above != events[0]:
            missing = conn.execute(
                f"SELECT group_concat(id) FROM events {_WHOLE} "
                f"AND id NOT IN (SELECT id FROM {DOCSIZE})"
            ).fetchone()[0]
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", [schema.FTS_TABLE]
        ).fetchone()[0]
    except sqlite3.DatabaseError:  # a foreign table of that name: search copes on its own
        return None
    ids = np.fromstring(missing or "", dtype=np.int64, sep=",")
    if not len(ids) and not extra:
        return None
    return IndexGap(ids, extra, "content=" in (sql or "").replace(" ", "").lower())


def fingerprint(conn: sqlite3.Connection) -> str | None:
    """A digest of the index's definition and FTS5's own bookkeeping, read in a
    few seeks (no scan): it changes with any write to the index, so an equal one
    means the index holds what it held when the digest was taken. None without
    an FTS5 index with its shadow tables."""
    try:
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", [schema.FTS_TABLE]
        ).fetchone()
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if sql is None or not {DOCSIZE, DATA, CONFIG} <= names:
            return None
        ids = ", ".join(map(str, BOOKKEEPING))
        records = f"SELECT id, hex(block) FROM {DATA} WHERE id IN ({ids}) ORDER BY id"
        facts = [
            sql[0],
            conn.execute(records).fetchall(),
            conn.execute(f"SELECT k, v FROM {CONFIG} ORDER BY k").fetchall(),
            # Each a seek (min and max in one SELECT would scan every row).
            [conn.execute(f"SELECT {m}(id) FROM {DOCSIZE}").fetchone()[0] for m in ("min", "max")],
        ]
    except sqlite3.DatabaseError:
        return None
    return hashlib.sha1(json.dumps(facts, default=repr).encode()).hexdigest()
