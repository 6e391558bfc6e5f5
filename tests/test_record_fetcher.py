"""A pan never waits on the database: marks not yet read are drawn as
stand-ins, and their records arrive from a worker thread."""

import threading

import pytest
from factory import generated_db

from explorer.core import jobs
from explorer.core.event_rows import EventRows, stand_in
from explorer.core.store import Store, connect_readonly


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return generated_db(tmp_path_factory, 3000, 8, 11)


def test_a_stand_in_is_drawn_where_its_event_is(generated):
    store = Store(generated)
    for row in (0, 1234, len(store.columns) - 1):
        real = store.events[int(store.columns.ids[row])]
        stand = stand_in(store.columns, row)
        assert (stand.id, stand.t0, stand.t1) == (real.id, real.t0, real.t1)
        assert (stand.precision, stand.is_span) == (real.precision, real.is_span)
        assert (stand.category, stand.disputed) == (real.category, real.disputed)
        assert stand.title == ""


def test_peek_never_reads_and_fetch_reads_through_the_given_connection(generated):
    store = Store(generated)
    ids = store.columns.ids[:20].tolist()
    assert store.events.peek(ids) == {}
    other = connect_readonly(generated)
    store.events.fetch(ids, other)
    other.close()
    assert sorted(store.events.peek(ids)) == sorted(ids)
    assert store.events.peek(ids)[ids[0]] == store.events[ids[0]]


def test_panning_reads_no_record_on_the_gui_thread(qtbot, settings, generated, monkeypatch):
    from explorer._qt.main_window import MainWindow

    monkeypatch.setattr(jobs, "BIG_EVENTS", 100)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_database(generated)
    window.resize(1600, 1000)
    window.show()
    lanes = window.view.timeline.lanes
    qtbot.waitUntil(lambda: lanes.marks and all(m.event.title for m in lanes.marks))
    read = EventRows._read
    gui = threading.current_thread()

    def not_on_the_gui_thread(self, ids, conn):
        assert threading.current_thread() is not gui, "a record was read on the GUI thread"
        return read(self, ids, conn)

    monkeypatch.setattr(EventRows, "_read", not_on_the_gui_thread)
    session = window.session
    lo, hi = session.view.bounds
    session.view.set_range(lo + (hi - lo) * 0.6, lo + (hi - lo) * 0.62)  # a window not yet read
    assert lanes.marks and any(not m.event.title for m in lanes.marks)  # stand-ins at once
    qtbot.waitUntil(lambda: all(m.event.title for m in lanes.marks), timeout=10_000)
    titles = {m.event.id: m.event.title for m in lanes.marks}
    assert titles == {i: session.store.events[i].title for i in titles}
