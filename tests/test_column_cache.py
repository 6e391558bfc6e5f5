"""Big databases reopen from a cache of their columns; any change to the file voids it."""

import os
import sqlite3

from factory import make_db

from explorer.core import jobs
from explorer.core.data import column_cache, store
from explorer.core.data.store import Store


def _store(path):
    s = Store(path)
    titles = [e.title for e in s.records.values()]
    s.close()
    return s, titles


def test_second_open_reads_the_cache_and_gets_the_same_columns(tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)
    path = make_db(tmp_path / "c.db")
    assert not column_cache.has(path)
    first, titles = _store(path)
    assert list(column_cache.cache_dir().glob("*.npz"))
    assert column_cache.has(path)

    def no_loading(*args, **kwargs):
        raise AssertionError("read from the database, not the cache")

    monkeypatch.setattr(store, "load_columns", no_loading)
    second = Store(path)
    assert second.columns.ids.tolist() == first.columns.ids.tolist()
    assert second.columns.link_lane.tolist() == first.columns.link_lane.tolist()
    assert second.columns.categories == first.columns.categories
    assert [e.title for e in second.records.values()] == titles


def test_a_changed_file_is_loaded_afresh(tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)
    path = make_db(tmp_path / "c.db")
    _store(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO events (id, title, start, disputed) VALUES (9, 'New', '2024', 0)")
    conn.commit()
    conn.close()
    os.utime(path, ns=(1, 1))  # a different mtime, whatever the size
    assert not column_cache.has(path)
    assert 9 in Store(path).records


def test_small_databases_write_no_cache(tmp_path):
    _store(make_db(tmp_path / "c.db"))
    assert not list(column_cache.cache_dir().glob("*.npz"))


def test_a_damaged_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)
    path = make_db(tmp_path / "c.db")
    _store(path)
    for f in column_cache.cache_dir().glob("*.npz"):
        f.write_bytes(b"not a cache")
    assert sorted(Store(path).records) == [1, 2, 3]
