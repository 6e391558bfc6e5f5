"""Big files open in a worker thread behind a progress dialog that can cancel;
a very big one shows a sample of its events while the whole file is read."""

import contextlib
import sqlite3
import threading

import pytest
from factory import make_db

from explorer._qt import load_preview, loading
from explorer.core import jobs
from explorer.core.data import packed_table
from explorer.core.data.store import Store, StoreError
from explorer.core.io.generate import generate
from explorer.core.jobs import Cancelled


def test_a_big_file_opens_through_the_worker_thread(window, tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)  # every file counts as big
    path = make_db(tmp_path / "big.db")
    assert window.open_database(path)
    assert sorted(window.session.store.records) == [1, 2, 3]
    assert window.session.store.path == path


def test_cancelling_keeps_the_open_database(window, tmp_path, monkeypatch):
    before = window.session
    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)

    def cancelled(path, progress=None, sample=None):
        if sample is not None:  # three events: too few to be shown as a sample
            return Store(path, sample=sample)
        progress(0, 10)
        raise Cancelled()

    monkeypatch.setattr(loading, "Store", cancelled)
    assert not window.open_database(make_db(tmp_path / "big.db"))
    assert window.session is before
    assert "cancelled" in window.statusBar().currentMessage()


@pytest.fixture
def very_big(tmp_path, monkeypatch):
    """A generated file that the window treats as very big: it is sampled first."""
    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)
    monkeypatch.setattr(loading, "PREVIEW_FROM", 100)
    monkeypatch.setattr(loading, "PREVIEW_ROWS", 60)
    path = tmp_path / "very-big.db"
    generate(path, 2000, 12, seed=5)
    with contextlib.closing(sqlite3.connect(path)) as conn:  # as if from another tool
        packed_table.drop(conn)
        conn.commit()
    return path


def _whole_load_waits_for(monkeypatch, gate: threading.Event, then=None):
    """The whole load starts only once `gate` is set; `then` replaces its result."""

    def store(path, progress=None, sample=None):
        if sample is not None:
            return Store(path, sample=sample)
        assert gate.wait(10)
        if then is not None:
            raise then
        return Store(path, progress=progress)

    monkeypatch.setattr(loading, "Store", store)


def test_a_very_big_file_shows_a_sample_then_everything(window, very_big, monkeypatch):
    gate, seen = threading.Event(), {}
    _whole_load_waits_for(monkeypatch, gate)
    show = load_preview.LoadPreview.show

    def shown(self, sample, cancel):
        told = show(self, sample, cancel)
        session = window.session
        seen["sample"] = (session.store.sample_of, len(session.store.records))
        seen["busy"] = [a.isEnabled() for a in window._busy_actions]
        seen["status"] = window.status.text()
        lo, hi = session.view.range
        session.view.set_range(lo, lo + (hi - lo) / 4)  # the user zooms into the sample
        seen["range"] = session.view.range
        gate.set()
        return told

    monkeypatch.setattr(load_preview.LoadPreview, "show", shown)
    assert window.open_database(very_big)
    assert seen["sample"][0] == 2000 and 0 < seen["sample"][1] <= 60
    assert not any(seen["busy"])  # no export of a sample, no second open meanwhile
    assert seen["status"].startswith(f"A sample of {seen['sample'][1]} of 2,000 events")
    store = window.session.store
    assert store.sample_of is None and len(store.records) == 2000
    assert window.session.view.range == pytest.approx(seen["range"])
    assert all(a.isEnabled() for a in window._busy_actions)
    assert not window.status.text().startswith("A sample")


@pytest.mark.parametrize("failure", [Cancelled(), StoreError("very-big.db: damaged")])
def test_a_sample_gives_way_to_the_database_before_when_the_load_stops(
    window, very_big, monkeypatch, failure
):
    before_session, before_view = window.session, window.view
    gate, seen = threading.Event(), {}
    _whole_load_waits_for(monkeypatch, gate, then=failure)
    show = load_preview.LoadPreview.show

    def shown(self, sample, cancel):
        told = show(self, sample, cancel)
        seen["sample"] = window.session.store.sample_of
        gate.set()
        return told

    monkeypatch.setattr(load_preview.LoadPreview, "show", shown)
    assert not window.open_database(very_big)
    assert seen["sample"] == 2000  # the sample was on screen
    assert window.session is before_session
    assert window.centralWidget() is before_view
    assert all(a.isEnabled() for a in window._busy_actions)
    if isinstance(failure, StoreError):
        assert "damaged" in window.last_error


def test_a_big_file_of_few_events_is_not_sampled(window, tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)
    monkeypatch.setattr(loading, "PREVIEW_FROM", 4)  # make_db writes 3 events
    asked = []

    def store(path, progress=None, sample=None):
        asked.append(sample)
        return Store(path, progress=progress, sample=sample)

    monkeypatch.setattr(loading, "Store", store)
    assert window.open_database(make_db(tmp_path / "big.db"))
    assert asked == [None] and len(window.session.store.records) == 3
