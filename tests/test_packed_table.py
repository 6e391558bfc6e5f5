"""Files our code writes carry their event columns packed; the rows stay the truth:
a stale, damaged or unguarded packed table is not used, and the store says so."""

import contextlib
import sqlite3

import numpy as np
import pytest
from factory import EVENTS, make_db, run_sql

from explorer._qt.status_line import status_line
from explorer.core.data import packed_table, store
from explorer.core.data.columns import STORED
from explorer.core.data.store import Store
from explorer.core.data.validate import validate
from explorer.core.io.generate import generate
from explorer.core.view.session import Session

MORE = [
    *EVENTS,
    {"id": 4, "title": "Acme and Globex merge", "start": "2022-03", "end": "2023"},
    {"id": 5, "title": "A row with a bad date", "start": "2022-13"},
]


def _packed(path):
    make_db(path, events=MORE, links=[(1, 1), (2, 1), (2, 2), (3, 3), (4, 1), (4, 2), (4, 9)])
    with contextlib.closing(sqlite3.connect(path)) as conn:
        packed_table.pack(conn)
        conn.commit()
    return path


def _from_rows(path, monkeypatch):
    """The columns read from the rows alone (the packed table ignored)."""
    with monkeypatch.context() as m:
        m.setattr(packed_table, "read", lambda conn, entities: (None, ""))
        return Store(path)


def _same(a, b):
    for name in STORED:
        assert np.array_equal(getattr(a.columns, name), getattr(b.columns, name)), name
    assert a.columns.categories == b.columns.categories
    assert a.skipped == b.skipped


def _no_rows_read(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("read the rows, not the packed columns")

    monkeypatch.setattr(store, "load_columns", refuse)


def test_packed_columns_agree_with_the_rows_and_open_without_reading_them(tmp_path, monkeypatch):
    path = _packed(tmp_path / "p.db")
    rows = _from_rows(path, monkeypatch)
    assert rows.skipped  # the bad date is skipped both ways, with its reason
    _no_rows_read(monkeypatch)
    packed = Store(path)
    _same(packed, rows)
    assert not [n for n in packed.notes if "packed" in n]
    assert not [p for p in validate(path)[0] if p.table == "packed_columns"]


def test_our_writers_pack_the_columns(tmp_path, monkeypatch):
    path = tmp_path / "g.db"
    generate(path, 400, 7, seed=3)
    rows = _from_rows(path, monkeypatch)
    _no_rows_read(monkeypatch)
    _same(Store(path), rows)


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE events SET start = '2019-05-01' WHERE id = 3",
        "UPDATE events SET title = '' WHERE id = 1",
        "DELETE FROM events WHERE id = 2",
        "INSERT INTO events (id, title, start, disputed) VALUES (9, 'New', '2024', 1)",
        "INSERT INTO event_entities (event_id, entity_id) VALUES (3, 1)",
        "DELETE FROM entities WHERE id = 2",
        "INSERT INTO entities (id, name, kind) VALUES (9, 'Initech', 'company')",
    ],
)
def test_a_stale_table_opens_from_the_rows_and_says_so(tmp_path, monkeypatch, change):
    path = _packed(tmp_path / "p.db")
    run_sql(path, change)
    opened = Store(path)
    _same(opened, _from_rows(path, monkeypatch))
    assert any("packed columns are out of date" in n for n in opened.notes)
    assert any("out of date" in str(p) for p in validate(path)[0])
    line = status_line(opened, Session(opened).result)[0]
    assert "packed columns not used, read from the rows" in line


def test_a_summary_edit_leaves_it_fresh(tmp_path, monkeypatch):
    path = _packed(tmp_path / "p.db")
    run_sql(path, "UPDATE events SET summary = 'More words.', note = 'n' WHERE id = 1")
    _no_rows_read(monkeypatch)
    assert not [n for n in Store(path).notes if "packed" in n]


def test_a_damaged_table_opens_from_the_rows_and_says_so(tmp_path, monkeypatch):
    path = _packed(tmp_path / "p.db")
    run_sql(path, "UPDATE packed_columns SET value = substr(value, 1, 8) WHERE name = 't0'")
    run_sql(path, "UPDATE packed_columns SET value = x'00' WHERE name = 'ids'")
    opened = Store(path)
    _same(opened, _from_rows(path, monkeypatch))
    assert any("packed columns are damaged" in n for n in opened.notes)


def test_dropped_triggers_make_it_untrusted(tmp_path, monkeypatch):
    path = _packed(tmp_path / "p.db")
    run_sql(path, "DROP TRIGGER packed_columns_events_upd", "UPDATE events SET start = '2010'")
    opened = Store(path)
    assert [e.start for e in opened.records.values()][0] == "2010"
    assert any("unguarded" in n for n in opened.notes)


def test_validate_finds_arrays_that_disagree_with_the_rows(tmp_path):
    path = _packed(tmp_path / "p.db")
    # The right length and a fresh stamp, but wrong dates: only a full read can tell.
    with contextlib.closing(sqlite3.connect(path)) as conn:
        (blob,) = conn.execute("SELECT value FROM packed_columns WHERE name = 't0'").fetchone()
        shifted = (np.frombuffer(blob, "<f8") + 86400.0).tobytes()
        conn.execute("UPDATE packed_columns SET value = ? WHERE name = 't0'", [shifted])
        conn.commit()
    found = [p.message for p in validate(path)[0] if p.table == "packed_columns"]
    assert len(found) == 1 and "disagree with the rows (t0)" in found[0]


def test_the_edit_hook_packs_a_small_file_again(tmp_path, monkeypatch):
    path = _packed(tmp_path / "p.db")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("BEGIN")
        conn.execute("UPDATE events SET start = '2018' WHERE id = 1")
        packed_table.on_write(conn)
        conn.execute("COMMIT")
    rows = _from_rows(path, monkeypatch)
    _no_rows_read(monkeypatch)
    _same(Store(path), rows)


def test_drop_leaves_a_file_that_still_takes_writes(tmp_path):
    path = _packed(tmp_path / "p.db")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        packed_table.drop(conn)
        conn.execute("INSERT INTO events (id, title, start, disputed) VALUES (9, 'New', '2024', 0)")
        conn.commit()
    opened = Store(path)
    assert 9 in opened.records and not [n for n in opened.notes if "packed" in n]
