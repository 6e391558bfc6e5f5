"""The explorer window on the bundled data (pytest-qt, offscreen)."""

from conftest import entity_id, matched_ids, search_ids
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer._qt.event_table_model import EventIdRole


def lane_names(window):
    axis = window.view.timeline.lane_axis
    return list(axis._colors)


def table_ids(window):
    model = window.view.table.model()
    return {model.index(r, 0).data(EventIdRole) for r in range(model.rowCount())}


def marks_in_lane(window, name):
    lane = lane_names(window).index(name) if name in lane_names(window) else None
    return [m for m in window.view.timeline.marks if m.lane == lane]


def test_lanes_for_the_main_companies(window):
    assert window.session.view.range == window.session.view.bounds  # opens fitted
    names = lane_names(window)
    for company in ("ByteDance", "Nvidia", "Huawei", "Broadcom"):
        assert company in names
    # Every mark is drawn: a point, or its bar (a period, or a month or year wider than a point).
    lanes = window.view.timeline.lanes
    as_periods = [m for m in lanes.marks if m.event.is_period or lanes._as_period(m.event)]
    assert len(window.view.timeline.points.ids) + len(as_periods) == len(lanes.marks)


def test_unchecking_a_company_removes_exactly_its_events(window):
    session = window.session
    nvidia = entity_id(session, "Nvidia")
    before_marks = len(window.view.timeline.marks)
    nvidia_marks = len(marks_in_lane(window, "Nvidia"))
    assert nvidia_marks > 0
    only_nvidia = {e.id for e in session.store.records.values() if e.entity_ids == (nvidia,)}

    sidebar = window.view.sidebar
    index = sidebar.model.index_of(nvidia)
    sidebar.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)

    assert "Nvidia" not in lane_names(window)
    assert len(window.view.timeline.marks) == before_marks - nvidia_marks
    lanes = window.view.timeline.lanes
    as_periods = [m for m in lanes.marks if m.event.is_period or lanes._as_period(m.event)]
    assert len(window.view.timeline.points.ids) + len(as_periods) == before_marks - nvidia_marks
    assert table_ids(window) == set(session.store.records) - only_nvidia


def test_search_leaves_only_matching_events(window, qtbot):
    bar = window.view.filter_bar
    bar.hide_unmatched.setChecked(True)
    qtbot.keyClicks(bar.search, "Tomahawk")
    ids = table_ids(window)
    assert ids
    store = window.session.store
    for event_id in ids:
        event = store.records[event_id]
        text = " ".join([event.title, event.summary, *(c.quote for c in store.citations(event_id))])
        assert "tomahawk" in text.lower()
    assert ids == search_ids(store, "Tomahawk")


def test_enter_steps_to_the_next_match(window, qtbot):
    bar = window.view.filter_bar
    qtbot.keyClicks(bar.search, "Huawei")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    first = window.session.selection
    assert first in matched_ids(window.session)
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert window.session.selection != first


def test_selecting_in_the_table_shows_its_quote(window):
    table = window.view.table
    table.selectRow(3)
    event_id = table.currentIndex().data(EventIdRole)
    assert window.session.selection == event_id
    text = window.view.details.toPlainText()
    for citation in window.session.store.citations(event_id):
        assert citation.quote in text
    assert window.session.store.records[event_id].title in text


def test_disputed_event_shows_its_denial(window):
    store = window.session.store
    disputed = next(e for e in store.records.values() if e.disputed)
    window.session.select(disputed.id)
    denial = next(c for c in store.citations(disputed.id) if c.role == "denial")
    text = window.view.details.toPlainText()
    assert "Disputed" in text and denial.quote in text


def test_wheel_zooms_around_the_cursor(window, qtbot):
    timeline = window.view.timeline
    vb = timeline.view_box
    widget_pos = QPoint(700, 300)
    scene_pos = timeline.mapToScene(widget_pos)
    t_under_cursor = vb.mapSceneToView(scene_pos).x()
    t0, t1 = window.session.view.range
    fraction = (t_under_cursor - t0) / (t1 - t0)
    event = QWheelEvent(
        QPointF(widget_pos),
        QPointF(timeline.mapToGlobal(widget_pos)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(timeline.viewport(), event)
    n0, n1 = window.session.view.range
    assert n1 - n0 < (t1 - t0) * 0.9
    assert abs((t_under_cursor - n0) / (n1 - n0) - fraction) < 0.01


def test_home_fits_all_and_keys_zoom(window, qtbot):
    session = window.session
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert session.view.range != session.view.bounds
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert session.view.range == session.view.bounds
    t0, t1 = session.view.range
    assert all(t0 <= e.t0 and e.t1 <= t1 for e in session.store.records.values())


def test_overview_window_follows_the_view_and_drives_it(window):
    session = window.session
    session.view.zoom(0.25)
    region = window.view.timeline.window_region.getRegion()
    assert region == tuple(session.view.range)
    lo, hi = session.view.bounds
    window.view.timeline.window_region.setRegion((lo, lo + (hi - lo) / 2))
    assert abs(session.view.range[1] - (lo + (hi - lo) / 2)) < 1


def test_opening_a_bad_file_keeps_the_previous_database(window, tmp_path):
    before = window.session
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    assert not window.open_database(junk)
    assert window.session is before
    assert "not an SQLite database" in window.last_error


def test_filters_and_last_database_are_remembered(window, settings, small_db):
    nvidia = entity_id(window.session, "Nvidia")
    window.session.set_entities_visible([nvidia], False)
    window.close()
    from explorer._qt.main_window import MainWindow

    again = MainWindow(settings)
    again.open_initial(None)
    assert nvidia in again.session.filters.hidden_entities
    again.close()
