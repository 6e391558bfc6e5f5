"""Event exports tell their progress and can be cancelled, leaving nothing behind."""

import pytest
from conftest import visible_events

from explorer.core.data.store import Store
from explorer.core.io import event_export
from explorer.core.io.event_export import event_rows, ids_in_range
from explorer.core.jobs import Cancelled
from explorer.core.view.session import Session


def test_rows_are_read_in_batches_telling_progress(small_db, monkeypatch):
    monkeypatch.setattr(event_export, "BATCH", 2)
    session = Session(Store(small_db))
    heard = []
    rows = event_rows(session, [1, 2, 3], lambda done, total: heard.append((done, total)))
    assert heard == [(0, 3), (2, 3)]
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert rows[1]["entities"] == ["Acme", "Globex"]


def test_returning_false_stops_the_export(small_db, monkeypatch):
    monkeypatch.setattr(event_export, "BATCH", 1)
    session = Session(Store(small_db))
    with pytest.raises(Cancelled):
        event_rows(session, [1, 2, 3], lambda done, total: done < 1)


def test_ids_in_range_follow_the_filters_and_the_period(small_db):
    session = Session(Store(small_db))
    everything = ids_in_range(session, *session.view.bounds)
    assert everything == [e.id for e in visible_events(session)]
    session.set_entities_visible([3], False)
    assert 3 not in ids_in_range(session, *session.view.bounds)


def test_cancelling_in_the_window_writes_nothing(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from explorer._qt.export import event_export_action

    monkeypatch.setattr(event_export_action, "DIALOG_FROM", 0)  # a dialog for 48 events
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # Cancel at once
    folder = tmp_path / "out"
    folder.mkdir()
    assert not window.export_events(folder / "events.csv")
    assert list(folder.iterdir()) == []  # no file, no temporary left behind
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_progress_dialog_cancels(window):
    from PySide6.QtWidgets import QProgressDialog

    from explorer._qt.jobs import LongJob

    told = LongJob(window, "Exporting", at_least=0).show
    assert told(0, 10)
    window.findChild(QProgressDialog).cancel()
    assert told(5, 10) is False


def test_citations_are_read_one_query_per_batch(small_db, monkeypatch):
    monkeypatch.setattr(event_export, "BATCH", 2)
    session = Session(Store(small_db))
    queries = []
    session.store.db.conn.set_trace_callback(queries.append)
    rows = event_rows(session, [1, 2, 3])
    assert sum("FROM citations" in q for q in queries) == 2  # batches [1, 2] and [3]
    assert [len(r["citations"]) for r in rows] == [
        len(session.store.citations(i)) for i in (1, 2, 3)
    ]
