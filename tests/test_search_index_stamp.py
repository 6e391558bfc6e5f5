"""A file packed with its full-text index in step opens without the index's scan
of every id; any change since (to the events or to the index) brings the scan
back, so a stale index is still reported."""

import contextlib
import sqlite3

import pytest
from factory import make_db, run_sql

from explorer.core.data import packed_table, search_index
from explorer.core.data.store import Store


def _pack(path):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        packed_table.pack(conn)
        conn.commit()


@pytest.fixture
def packed(tmp_path):
    path = make_db(tmp_path / "packed.db")
    _pack(path)
    return path


@pytest.fixture
def scans(search_scans):
    return search_scans


def _gap(path):
    store = Store(path)
    try:
        return store.search_gap
    finally:
        store.close()


def test_an_index_in_step_when_packed_is_not_scanned(packed, scans):
    assert _gap(packed) is None
    assert scans == []


def test_an_index_written_after_packing_is_scanned_and_reported(packed, scans):
    run_sql(packed, "DELETE FROM events_fts WHERE rowid = 2")  # the events untouched
    gap = _gap(packed)
    assert scans == [1] and gap is not None and gap.missing.tolist() == [2]


def test_events_written_after_packing_are_scanned_and_reported(packed, scans):
    run_sql(packed, "INSERT INTO events (id, title, start) VALUES (9, 'Late', '2024')")
    gap = _gap(packed)
    assert scans == [1] and gap is not None and gap.missing.tolist() == [9]


def test_an_index_already_stale_when_packed_is_scanned_and_reported(tmp_path, scans):
    path = make_db(tmp_path / "stale.db")
    run_sql(path, "DELETE FROM events_fts WHERE rowid = 3")
    _pack(path)
    scans.clear()  # the one packing ran
    gap = _gap(path)
    assert scans == [1] and gap is not None and gap.missing.tolist() == [3]


def test_an_index_rebuilt_after_losing_a_row_is_scanned_and_reported(packed, scans):
    """A rebuild starts FTS5's counter of segments afresh: the row count still differs."""
    run_sql(
        packed,
        "DELETE FROM events_fts WHERE rowid = 2",
        "INSERT INTO events_fts (events_fts) VALUES ('rebuild')",
    )
    gap = _gap(packed)
    assert scans == [1] and gap is not None and gap.missing.tolist() == [2]


def test_a_file_packed_without_the_fingerprint_row_is_scanned(packed, scans):
    """A file packed by an older version has no row for the index: scanned."""
    run_sql(packed, f"DELETE FROM packed_columns WHERE name = '{packed_table.SEARCH_INDEX}'")
    assert _gap(packed) is None and scans == [1]


def test_the_fingerprint_follows_every_write_to_the_index(packed):
    with contextlib.closing(sqlite3.connect(packed)) as conn:
        seen = [search_index.fingerprint(conn)]
        for statement in (
            "INSERT INTO events_fts (rowid, title, summary, quotes) VALUES (8, 'x', '', '')",
            "DELETE FROM events_fts WHERE rowid = 8",
            "INSERT INTO events_fts (events_fts) VALUES ('optimize')",
        ):
            conn.execute(statement)
            conn.commit()
            seen.append(search_index.fingerprint(conn))
        assert None not in seen and len(set(seen)) == len(seen)
        assert search_index.fingerprint(conn) == seen[-1]  # reading changes nothing
