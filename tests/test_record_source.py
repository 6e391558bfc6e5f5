"""Every view gets records from one RecordSource: for a big database none is
read on the GUI thread, whichever view paints (marks not yet read are drawn as
stand-ins and their records arrive from a worker thread); a small one is read
at once."""

import sqlite3
import threading

import pytest
from factory import generated_db

from explorer._qt.record_source import RecordSource
from explorer.core import jobs
from explorer.core.data.event_rows import EventRows, stand_ins
from explorer.core.data.store import Store, connect_readonly


@pytest.fixture(scope="module")
def with_periods(tmp_path_factory):
    path = generated_db(tmp_path_factory, 3000, 8, 12)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET category = 'period' WHERE id % 500 = 0")  # six periods
    conn.commit()
    conn.close()
    return path


def test_no_view_reads_a_record_on_the_gui_thread(qtbot, settings, with_periods, monkeypatch):
    from explorer._qt.event_table_model import EventIdRole
    from explorer._qt.main_window import MainWindow

    monkeypatch.setattr(jobs, "BIG_EVENTS", 100)
    gui = threading.current_thread()
    read = EventRows._read

    def not_on_the_gui_thread(self, ids, conn):
        assert threading.current_thread() is not gui, "a record was read on the GUI thread"
        return read(self, ids, conn)

    monkeypatch.setattr(EventRows, "_read", not_on_the_gui_thread)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_database(with_periods)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    view, session = window.view, window.session
    table = view.table
    # Paint the table's last rows (none read yet) now, not when the machine gets to it.
    table.scrollToBottom()
    table.viewport().repaint()
    last = table.model_.index(table.model_.rowCount() - 1, 1)
    assert last.data() == "…"  # a stand-in until the worker has read it
    event_id = int(last.data(EventIdRole))
    session.select(event_id)
    assert "Reading the event" in view.details.toPlainText()
    bands = view.timeline.lanes.periods
    qtbot.waitUntil(lambda: last.data() != "…", timeout=10_000)
    qtbot.waitUntil(lambda: "Reading the event" not in view.details.toPlainText(), timeout=10_000)
    qtbot.waitUntil(lambda: all(title for _, _, title in bands._periods), timeout=10_000)
    monkeypatch.setattr(EventRows, "_read", read)  # the test itself reads on the GUI thread
    events = session.store.records
    assert last.data() == events[event_id].title
    assert events[event_id].title in view.details.toPlainText()
    assert len(bands._periods) == 6
    assert sorted(title for _, _, title in bands._periods) == sorted(
        e.title for e in events.values() if e.category == "period"
    )


def test_a_small_database_is_read_at_once(small_db):
    source = RecordSource(Store(small_db))
    assert not source.threaded
    found = source.records([3, 1, 99], "table")
    assert sorted(found) == [1, 3]  # an unknown id is left out
    assert not any(e.is_stand_in for e in found.values())
    assert found[1] == source.store.records[1]
    assert source.citations(1, "details") == source.store.citations(1)


def test_a_big_database_gives_stand_ins_then_the_records(qtbot, with_periods):
    store = Store(with_periods)
    source = RecordSource(store, threaded=True)
    ids = store.columns.ids[100:140].tolist()
    first = source.records(ids, "lanes")
    assert sorted(first) == sorted(ids) and all(e.is_stand_in for e in first.values())
    assert source.citations(ids[0], "details") is None
    with qtbot.waitSignal(source.arrived, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not any(e.is_stand_in for e in source.records(ids, "x").values()))
    qtbot.waitUntil(lambda: source.citations(ids[0], "details") is not None)
    assert source.citations(ids[0], "details") == store.citations(ids[0])
    source.close()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return generated_db(tmp_path_factory, 3000, 8, 11)


def test_a_stand_in_is_drawn_where_its_event_is(generated):
    store = Store(generated)
    rows = [0, 1234, len(store.columns) - 1]
    for row, stand in zip(rows, stand_ins(store.columns, rows), strict=True):
        real = store.records[int(store.columns.ids[row])]
        assert (stand.id, stand.t0, stand.t1) == (real.id, real.t0, real.t1)
        assert (stand.precision, stand.is_span) == (real.precision, real.is_span)
        assert (stand.category, stand.disputed) == (real.category, real.disputed)
        assert stand.title == ""


def test_peek_never_reads_and_fetch_reads_through_the_given_connection(generated):
    store = Store(generated)
    ids = store.columns.ids[:20].tolist()
    assert store.records.peek(ids) == {}
    other = connect_readonly(generated)
    store.records.fetch(ids, other)
    other.close()
    assert sorted(store.records.peek(ids)) == sorted(ids)
    assert store.records.peek(ids)[ids[0]] == store.records[ids[0]]


def test_panning_reads_no_record_on_the_gui_thread(qtbot, settings, generated, monkeypatch):
    window = big_window_read(qtbot, settings, generated, monkeypatch)
    lanes = window.view.timeline.lanes
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
    assert titles == {i: session.store.records[i].title for i in titles}


def test_records_for_other_views_do_not_lay_the_timeline_out_again(
    qtbot, settings, with_periods, monkeypatch
):
    """The source is shared: a batch the table asked for, once the timeline has
    every record it drew, leaves the timeline's layout alone."""
    window = big_window_read(qtbot, settings, with_periods, monkeypatch)
    lanes = window.view.timeline.lanes
    layouts = []
    monkeypatch.setattr(lanes, "layout_marks", lambda *a: layouts.append(a))
    table = window.view.table
    table.scrollToBottom()
    table.viewport().repaint()  # the table asks for rows the timeline never drew
    last = table.model_.index(table.model_.rowCount() - 1, 1)
    qtbot.waitUntil(lambda: last.data() != "…", timeout=10_000)
    assert layouts == []


def big_window_read(qtbot, settings, path, monkeypatch):
    """A window on `path` taken as a big database (records read in a worker),
    once every mark on screen has its record."""
    from explorer._qt.main_window import MainWindow

    monkeypatch.setattr(jobs, "BIG_EVENTS", 100)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_database(path)
    window.resize(1600, 1000)
    window.show()
    lanes = window.view.timeline.lanes
    qtbot.waitUntil(lambda: lanes.marks and all(m.event.title for m in lanes.marks), timeout=10_000)
    return window


def test_titles_are_read_once_the_view_pauses_not_while_it_moves(
    qtbot, settings, generated, monkeypatch
):
    """A worker reading titles while the view moves would compete with its frames:
    the marks laid out while it moves are read once it pauses (READ_AHEAD_MS)."""
    window = big_window_read(qtbot, settings, generated, monkeypatch)
    lanes = window.view.timeline.lanes
    asked = []
    prefetch = lanes.records.prefetch
    monkeypatch.setattr(
        lanes.records, "prefetch", lambda ids, view: asked.append(1) or prefetch(ids, view)
    )
    session = window.session
    lo, hi = session.view.bounds
    width = (hi - lo) * 0.02
    for k in range(12):  # one pan step after another, each laid out anew
        start = lo + (hi - lo) * 0.3 + k * width
        session.view.set_range(start, start + width)
        lanes._layout_key = None
        lanes.layout_marks()
    assert asked == []  # none read while it moved
    qtbot.waitUntil(lambda: len(asked) > 0, timeout=10_000)
    qtbot.waitUntil(lambda: all(m.event.title for m in lanes.marks), timeout=10_000)
    ids = set(lanes._laid.ids.tolist())
    assert ids and ids <= set(session.store.records.peek(list(ids)))  # all read now
