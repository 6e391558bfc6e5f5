"""A corpus of damaged, odd and hostile databases, built fresh in each test.

One builder per case: `build(folder) -> path`. Each case gets a folder of its
own, so a test can check that opening it left the folder exactly as it was.
`CASES` says what the explorer must make of each file:

- `error`: the file cannot be used; the message must contain this text;
- otherwise `events` (ids that load), `skipped` (texts expected among the
  skipped-row messages, one per skipped row) and `problems` (texts `validate`
  must report; none means the file validates clean).
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from factory import make_db

HUGE = "H" * 1_000_000  # a 1 MB title
ODD_TITLE = (
    "Tab\there\x00nul\x07bell\x1b[31m \u202eRTL override\u202c שלום עולם مرحبا 🚀👩‍👩‍👧 e\u0301"
)


def _sql(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


# A user's own table, without the types and constraints of ours: any value fits.
_LOOSE_EVENTS = (
    "ALTER TABLE events RENAME TO events_old",
    'CREATE TABLE events (id, title, summary, start, "end", category, disputed, note)',
    "INSERT INTO events SELECT * FROM events_old",
    "DROP TABLE events_old",
)


def not_sqlite(folder: Path) -> Path:
    path = folder / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 50)
    return path


def truncated(folder: Path) -> Path:
    whole = make_db(folder / "whole.db").read_bytes()
    (folder / "whole.db").unlink()
    path = folder / "truncated.db"
    path.write_bytes(whole[:4096])
    return path


def random_after_header(folder: Path) -> Path:
    whole = make_db(folder / "whole.db").read_bytes()
    (folder / "whole.db").unlink()
    noise = random.Random(7).randbytes(len(whole) - 100)
    path = folder / "noise.db"
    path.write_bytes(whole[:100] + noise)
    return path


def zero_bytes(folder: Path) -> Path:
    path = folder / "empty.db"
    path.write_bytes(b"")
    return path


def missing_table(folder: Path) -> Path:
    return _sql(make_db(folder / "no-entities.db"), "DROP TABLE entities")


def missing_column(folder: Path) -> Path:
    return _sql(make_db(folder / "no-end.db"), 'ALTER TABLE events DROP COLUMN "end"')


def newer_version(folder: Path) -> Path:
    return _sql(make_db(folder / "future.db"), "PRAGMA user_version = 99")


def impossible_date(folder: Path) -> Path:
    return _sql(make_db(folder / "feb30.db"), "UPDATE events SET start = '2021-02-30' WHERE id = 2")


def malformed_dates(folder: Path) -> Path:
    return _sql(
        make_db(folder / "malformed.db"),
        "UPDATE events SET start = 'soon' WHERE id = 1",
        "UPDATE events SET start = '2021/03/04' WHERE id = 2",
        "UPDATE events SET \"end\" = '2023-13' WHERE id = 3",
    )


def end_before_start(folder: Path) -> Path:
    return _sql(
        make_db(folder / "backwards.db"),
        "UPDATE events SET start = '2022-05', \"end\" = '2021' WHERE id = 3",
    )


def null_title(folder: Path) -> Path:
    return _sql(
        make_db(folder / "null-title.db"),
        *_LOOSE_EVENTS,
        "UPDATE events SET title = NULL WHERE id = 1",
        "UPDATE events SET title = '   ' WHERE id = 2",
    )


def huge_title(folder: Path) -> Path:
    events = [
        {"id": 1, "title": HUGE, "start": "2020", "summary": HUGE},
        {"id": 2, "title": "small", "start": "2021"},
    ]
    return make_db(folder / "huge.db", events=events, links=[(1, 1), (2, 2)])


def odd_text(folder: Path) -> Path:
    events = [
        {"id": 1, "title": ODD_TITLE, "start": "2020", "summary": ODD_TITLE, "note": "\r\n\x0c"},
        {"id": 2, "title": "עברית בלבד", "start": "2021-04", "category": "🚀"},
    ]
    entities = [{"id": 1, "name": "شركة 🚀\u202e", "kind": "company", "color": "#zzz"}]
    return make_db(folder / "odd-text.db", events=events, entities=entities, links=[(1, 1), (2, 1)])


def dangling_links(folder: Path) -> Path:
    return _sql(
        make_db(folder / "dangling.db"),
        "INSERT INTO event_entities VALUES (99, 1, NULL)",
        "INSERT INTO event_entities VALUES (1, 77, NULL)",
        "INSERT INTO citations VALUES (42, 1, 'orphan quote', 'claim')",
        "INSERT INTO citations VALUES (2, 55, 'quote without source', 'claim')",
    )


def zero_events(folder: Path) -> Path:
    return make_db(folder / "zero.db", events=[], links=[])


def one_event(folder: Path) -> Path:
    events = [{"id": 1, "title": "The only thing that happened", "start": "2024-06-01"}]
    return make_db(folder / "one.db", events=events, links=[(1, 1)])


def same_day(folder: Path) -> Path:
    events = [{"id": i, "title": f"Event {i}", "start": "2024-06-01"} for i in range(1, 7)]
    links = [(i, 1 + i % 3) for i in range(1, 7)]
    return make_db(folder / "same-day.db", events=events, links=links)


def extreme_years(folder: Path) -> Path:
    events = [
        {"id": 1, "title": "Long ago", "start": "0001-01-01"},
        {"id": 2, "title": "Far future", "start": "9999-12-31"},
        {"id": 3, "title": "All of it", "start": "0001", "end": "9999"},
    ]
    return make_db(folder / "extremes.db", events=events, links=[(1, 1), (2, 2), (3, 3)])


def integer_start(folder: Path) -> Path:
    return _sql(
        make_db(folder / "integer-year.db"),
        *_LOOSE_EVENTS,
        "UPDATE events SET start = 2021 WHERE id = 1",
        "UPDATE events SET start = '2021', \"end\" = 2022 WHERE id = 2",
    )


def non_text_values(folder: Path) -> Path:
    return _sql(
        make_db(folder / "non-text.db"),
        *_LOOSE_EVENTS,
        "UPDATE events SET start = x'0102' WHERE id = 1",
        "UPDATE events SET start = 2021.5 WHERE id = 2",
        "INSERT INTO events VALUES (4, 'no start', NULL, NULL, NULL, NULL, 0, NULL)",
        "INSERT INTO events VALUES ('abc', 'text id', NULL, '2020', NULL, NULL, 0, NULL)",
        "INSERT INTO events VALUES (NULL, 'null id', NULL, '2020', NULL, NULL, 0, NULL)",
        "INSERT INTO events VALUES (3, 'same id twice', NULL, '2020', NULL, NULL, 0, NULL)",
        "INSERT INTO events VALUES (5, 42, 4.5, '2020', NULL, 7, 'yes', x'00')",
    )


def broken_metadata(folder: Path) -> Path:
    return _sql(
        make_db(folder / "odd-metadata.db"),
        "DROP TABLE metadata",
        "CREATE TABLE metadata (k, v)",
    )


def wal_mode(folder: Path) -> Path:
    path = make_db(folder / "wal.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = wal")
    conn.close()
    return path


def wal_with_pending_changes(folder: Path) -> Path:
    """A WAL database whose last change sits in its -wal file, no -shm beside it:
    what a copy taken while the writing program was running looks like."""
    work = folder / "work"
    work.mkdir()
    original = wal_mode(work)
    writer = sqlite3.connect(original)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE events SET title = 'Changed in the WAL' WHERE id = 1")
    writer.commit()
    path = folder / "copied.db"
    path.write_bytes(original.read_bytes())
    Path(f"{path}-wal").write_bytes(Path(f"{original}-wal").read_bytes())
    writer.close()
    for leftover in work.iterdir():
        leftover.unlink()
    work.rmdir()
    return path


def odd_path(folder: Path) -> Path:
    inner = folder / "my data ü ß 日本 #1?"
    inner.mkdir()
    return make_db(inner / "Zeitläufe & Ereignisse 2024 (Kopie).db")


def missing_file(folder: Path) -> Path:
    return folder / "gone.db"


@dataclass(frozen=True)
class Case:
    build: object
    error: str | None = None
    events: frozenset = frozenset()
    skipped: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


ALL = frozenset({1, 2, 3})
CASES: dict[str, Case] = {
    "not_sqlite": Case(not_sqlite, error="not an SQLite database"),
    "truncated": Case(truncated, error="damaged"),
    "random_after_header": Case(random_after_header, error="damaged"),
    "zero_bytes": Case(zero_bytes, error="empty (0 bytes)"),
    "missing_table": Case(missing_table, error="entities: table missing"),
    "missing_column": Case(missing_column, error="events: column end missing"),
    "newer_version": Case(newer_version, error="schema version 99 is newer"),
    "impossible_date": Case(
        impossible_date,
        events=frozenset({1, 3}),
        skipped=("events row 2: no day 30 in 2021-02",),
        problems=("events row 2: start: no day 30",),
    ),
    "malformed_dates": Case(
        malformed_dates,
        events=frozenset(),
        skipped=("events row 1: not YYYY", "events row 2: not YYYY", "events row 3: no month 13"),
        problems=("events row 1: start", "events row 2: start", "events row 3: end"),
    ),
    "end_before_start": Case(
        end_before_start,
        events=frozenset({1, 2}),
        skipped=("events row 3: end before start",),
        problems=("events row 3: end 2021 is before start 2022-05",),
    ),
    "null_title": Case(
        null_title,
        events=frozenset({3}),
        skipped=("events row 1: no title", "events row 2: no title"),
        problems=("events row 1: no title", "events row 2: no title"),
    ),
    "huge_title": Case(huge_title, events=frozenset({1, 2})),
    "odd_text": Case(odd_text, events=frozenset({1, 2})),
    "dangling_links": Case(
        dangling_links,
        events=ALL,
        problems=(
            "event_id 99 points to no row in events",
            "entity_id 77 points to no row in entities",
            "event_id 42 points to no row in events",
            "source_id 55 points to no row in sources",
        ),
    ),
    "zero_events": Case(zero_events),
    "one_event": Case(one_event, events=frozenset({1})),
    "same_day": Case(same_day, events=frozenset(range(1, 7))),
    "extreme_years": Case(extreme_years, events=ALL),
    "integer_start": Case(
        integer_start,
        events=ALL,
        problems=("events row 1: start is stored as a number", "events row 2: end is stored"),
    ),
    "non_text_values": Case(
        non_text_values,
        events=frozenset({3, 5}),
        skipped=(
            "events row 1: start is not a date: binary data (2 bytes)",
            "events row 2: start is not a date: the number 2021.5",
            "events row 4: start is empty",
            "events row 'abc': id is not a whole number",
            "events row (rowid",
            "events row 3: a second event with this id",
        ),
        problems=(
            "events row 1: start",
            "events row 2: start",
            "events row 4: start",
            "events row 'abc': id is not a whole number",
            "id is not a whole number",
            "events row 3: a second event with this id",
            "events row 5: title is stored as a number",
        ),
    ),
    "broken_metadata": Case(broken_metadata, events=ALL),
    "wal_mode": Case(wal_mode, events=ALL),
    "wal_with_pending_changes": Case(
        wal_with_pending_changes, events=ALL, problems=("changes still in copied.db-wal",)
    ),
    "odd_path": Case(odd_path, events=ALL),
    "missing_file": Case(missing_file, error="no such file"),
}


def build(name: str, tmp_path: Path) -> Path:
    """The case's database in a folder of its own under tmp_path."""
    folder = tmp_path / name
    folder.mkdir()
    return CASES[name].build(folder)


def snapshot(path: Path) -> tuple[bytes | None, list[str]]:
    """The file's bytes and its folder's listing, to compare before and after."""
    data = path.read_bytes() if path.is_file() else None
    return data, sorted(p.name for p in path.parent.iterdir())


LOCK_SCRIPT = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE events SET title = 'being written' WHERE id = 1")
print("locked", flush=True)
time.sleep(120)
"""


class LockedBy:
    """Context: another process holds an exclusive write lock on `path`."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> subprocess.Popen:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LOCK_SCRIPT, str(self.path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout.readline().strip() == "locked"
        return self.proc

    def __exit__(self, *exc) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()
