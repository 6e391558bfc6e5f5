"""Loading in chunks: progress, cancelling, and the same events whatever the chunk size."""

import sqlite3

import pytest
from factory import make_db

from explorer.core.data import column_loader
from explorer.core.data.store import Store
from explorer.core.jobs import Cancelled

EVENTS = [
    {"id": i, "title": f"Event {i}", "start": f"20{10 + i % 10}-0{1 + i % 9}", "category": "c"}
    for i in range(1, 26)
]


def test_progress_counts_up_to_every_event(tmp_path, monkeypatch):
    monkeypatch.setattr(column_loader, "CHUNK", 10)
    path = make_db(tmp_path / "p.db", events=EVENTS, links=[])
    heard = []
    store = Store(path, progress=lambda done, total: heard.append((done, total)))
    assert heard == [(0, 25), (10, 25), (20, 25), (25, 25)]
    assert sorted(store.records) == list(range(1, 26))


def test_chunk_size_does_not_change_what_is_loaded(tmp_path, monkeypatch):
    path = make_db(tmp_path / "p.db", events=EVENTS, links=[(i, 1 + i % 3) for i in range(1, 26)])
    whole = Store(path)
    monkeypatch.setattr(column_loader, "CHUNK", 7)
    chunked = Store(path)
    assert chunked.columns.link_row.tolist() == whole.columns.link_row.tolist()
    assert chunked.columns.link_lane.tolist() == whole.columns.link_lane.tolist()
    assert chunked.columns.ids.tolist() == whole.columns.ids.tolist()
    assert chunked.columns.t0.tolist() == whole.columns.t0.tolist()
    assert [e.title for e in chunked.records.values()] == [e.title for e in whole.records.values()]


def test_sparse_rowids_are_read_in_turn(tmp_path, monkeypatch):
    monkeypatch.setattr(column_loader, "CHUNK", 10)
    path = make_db(tmp_path / "p.db", events=EVENTS, links=[])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET id = id * 1000000 WHERE id > 20")  # rowid is id
    conn.commit()
    conn.close()
    assert len(Store(path).records) == 25


def test_returning_false_cancels(tmp_path, monkeypatch):
    monkeypatch.setattr(column_loader, "CHUNK", 10)
    path = make_db(tmp_path / "p.db", events=EVENTS, links=[])
    with pytest.raises(Cancelled):
        Store(path, progress=lambda done, total: done < 10)
