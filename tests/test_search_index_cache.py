"""A big file's search-index answer is kept in the column cache for the file as
it is: its second open skips the scan and still reports a stale index; any
change to the file, or a damaged note, makes it check again."""

import json
import os

import pytest
from factory import make_db, run_sql

from explorer.core import jobs
from explorer.core.data import column_cache
from explorer.core.data.store import SEARCH_NOTE, Store


@pytest.fixture
def scans(search_scans, monkeypatch):
    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)  # every file is big: its columns are cached
    return search_scans


def _sql(path, *statements):
    run_sql(path, *statements)
    os.utime(path, ns=(1, 1))  # a different mtime, whatever the size


def _opened(path):
    store = Store(path)
    store.close()
    return store


def test_a_stale_index_is_reported_again_without_a_scan(tmp_path, scans):
    path = make_db(tmp_path / "other.db")  # no packed columns: as from another tool
    _sql(path, "DELETE FROM events_fts WHERE rowid = 2")
    first = _opened(path)
    second = _opened(path)
    assert scans == [1]
    assert second.search_gap.missing.tolist() == first.search_gap.missing.tolist() == [2]
    assert second.notes == first.notes and any("is stale" in n for n in second.notes)


def test_an_index_in_step_is_not_scanned_twice(tmp_path, scans):
    path = make_db(tmp_path / "other.db")
    assert _opened(path).search_gap is None
    assert _opened(path).search_gap is None and scans == [1]


def test_a_changed_file_is_checked_again(tmp_path, scans):
    path = make_db(tmp_path / "other.db")
    assert _opened(path).search_gap is None
    _sql(path, "INSERT INTO events (id, title, start, disputed) VALUES (9, 'Late', '2024', 0)")
    assert _opened(path).search_gap.missing.tolist() == [9] and scans == [1, 1]


def test_a_damaged_note_is_checked_again(tmp_path, scans):
    path = make_db(tmp_path / "other.db")
    _sql(path, "DELETE FROM events_fts WHERE rowid = 3")
    _opened(path)
    [note] = column_cache.cache_dir().glob(f"*.{SEARCH_NOTE}.json")
    note.write_text(json.dumps({"gap": {"missing": "x"}}), encoding="utf-8")
    assert _opened(path).search_gap.missing.tolist() == [3] and scans == [1, 1]


def test_small_files_keep_no_note(tmp_path):
    path = make_db(tmp_path / "small.db")
    _opened(path)
    assert not list(column_cache.cache_dir().glob(f"*.{SEARCH_NOTE}.json"))
