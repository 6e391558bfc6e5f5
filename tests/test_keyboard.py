"""Keyboard and screen readers: Tab order, stepping the selection through time
and lanes, Enter for the details, accessible names and descriptions."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def timeline(window):
    window.activateWindow()
    timeline = window.view.timeline
    timeline.setFocus()
    return timeline


def test_tab_reaches_every_control_in_reading_order(window, qtbot):
    view = window.view
    window.activateWindow()
    sidebar, bar = view.sidebar, view.filter_bar
    expected = [sidebar.show_all, sidebar.show_none, sidebar.tree, bar.search]
    expected += [bar.hide_unmatched, bar.categories, bar.disputed, view.timeline]
    expected += [view.table, view.details]
    sidebar.filter_box.setFocus()
    seen = []
    for _ in expected:
        _press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_keys_step_through_time(window, timeline, qtbot):
    session = window.session
    ids = session.result.ids.tolist()
    session.select(ids[3])
    _press(qtbot, timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert session.selection == ids[4]
    _press(qtbot, timeline, Qt.Key.Key_Period)
    assert session.selection == ids[5]
    _press(qtbot, timeline, Qt.Key.Key_Comma)
    _press(qtbot, timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert session.selection == ids[3]
    session.select(ids[-1])
    _press(qtbot, timeline, Qt.Key.Key_Period)  # the last stays the last
    assert session.selection == ids[-1]


def test_plain_left_still_pans(window, timeline, qtbot):
    session = window.session
    session.select(session.result.ids.tolist()[40])
    session.view.zoom(0.3)  # room to pan either way
    before, chosen = session.view.range, session.selection
    _press(qtbot, timeline, Qt.Key.Key_Left)
    assert session.view.range[0] < before[0] and session.selection == chosen


def test_up_and_down_move_to_the_nearest_event_in_the_next_lane(window, timeline, qtbot):
    session = window.session
    lanes = list(session.result.lanes)
    columns = session.store.columns
    first = timeline.stepper._nearest_in_lane(lanes[0], float(columns.x.mean()))
    session.select(int(columns.ids[first]))
    _press(qtbot, timeline, Qt.Key.Key_Down)
    below = timeline.stepper.lane
    assert below == lanes[1]  # every lane of the bundled data has events
    event = session.store.records.get(session.selection)
    assert below in event.entity_ids
    # the nearest in time of that lane's shown events
    x = float(columns.x[first])
    lane_rows = [r for r in session.result.positions if below in timeline.stepper.lanes_of(r)]
    nearest = min(abs(columns.x[r] - x) for r in lane_rows)
    assert abs(columns.x[columns.row_of(session.selection)] - x) == nearest
    _press(qtbot, timeline, Qt.Key.Key_Up)
    assert timeline.stepper.lane == lanes[0]


def test_enter_opens_the_details(window, timeline, qtbot):
    session = window.session
    session.select(session.result.ids.tolist()[0])
    window.view.setSizes([200, 1400, 0])  # the details dragged shut
    _press(qtbot, timeline, Qt.Key.Key_Return)
    assert window.view.sizes()[2] > 0
    assert QApplication.focusWidget() is window.view.details


def test_screen_readers_hear_names_and_the_selected_event(window):
    view, session = window.view, window.session
    for widget in (view.sidebar.tree, view.sidebar.filter_box, view.filter_bar.search):
        assert widget.accessibleName()
    for widget in (view.timeline, view.table, view.details):
        assert widget.accessibleName()
    event = session.store.records.get(session.result.ids.tolist()[7])
    session.select(event.id)
    for widget in (view.timeline, view.details):
        description = widget.accessibleDescription()
        assert event.spoken_date() in description and event.title in description
    session.select(None)
    assert event.title not in view.timeline.accessibleDescription()


def test_space_in_the_sidebar_hides_the_current_entity(window, qtbot):
    from conftest import entity_id

    sidebar = window.view.sidebar
    nvidia = entity_id(window.session, "Nvidia")
    sidebar.tree.setFocus()
    sidebar.tree.setCurrentIndex(sidebar.proxy.mapFromSource(sidebar.model.index_of(nvidia)))
    _press(qtbot, sidebar.tree, Qt.Key.Key_Space)
    assert nvidia in window.session.filters.hidden_entities
