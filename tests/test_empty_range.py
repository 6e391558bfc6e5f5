"""Filters that leave no event in the range on screen: the session knows the
range of the matching events, the timeline says so and fits to them, and Home
fits the matching events."""

from conftest import BUNDLED
from factory import make_db

from explorer._qt.timeline.empty_range_note import TEXT
from explorer.core.data.dates import parse_bound
from explorer.core.data.store import Store
from explorer.core.view.session import Session


def test_the_session_knows_whether_shown_events_are_in_range(tmp_path):
    session = Session(Store(make_db(tmp_path / "t.db")))  # events in 2020, 2021-03, 2022-01-15
    session.view.set_range(parse_bound("2020-06", upper=False), parse_bound("2020-12", upper=True))
    assert session.shown_in_range()  # the 2020 event lasts the whole year
    session.view.set_range(parse_bound("2021-04", upper=False), parse_bound("2021-12", upper=True))
    assert not session.shown_in_range()
    session.filters.set(search="Ruritania", hide_unmatched=True)
    assert session.shown_span() == (
        parse_bound("2022-01-15", upper=False),
        parse_bound("2022-01-15", upper=True),
    )
    session.fit_shown()
    t0, t1 = session.view.range
    assert (
        t0 < parse_bound("2022-01-15", upper=False) and parse_bound("2022-01-15", upper=True) < t1
    )
    assert t1 - t0 < 30 * 86400  # fitted to the one event, not to all the data
    assert session.shown_in_range()


def test_no_event_matching_at_all_has_no_span(tmp_path):
    session = Session(Store(make_db(tmp_path / "t.db")))
    session.filters.set(search="nothing like this", hide_unmatched=True)
    assert session.shown_span() is None and not session.shown_in_range()


def disputed_off_screen(window):
    session = window.session
    session.view.set_range(parse_bound("2019", upper=False), parse_bound("2020", upper=True))
    session.filters.set(disputed_only=True)
    return session


def disputed_in_view(session) -> bool:
    columns, rows = session.store.columns, session.result.positions
    t0, t1 = session.view.range
    return bool(((columns.t0[rows] < t1) & (columns.t1[rows] > t0)).all())


def test_the_timeline_says_so_and_shows_all_matching(window, qtbot):
    session = disputed_off_screen(window)
    note = window.view.timeline.empty_note
    assert window.session.store.path == BUNDLED and session.result.count > 0
    assert note.isVisible() and note.label.text() == TEXT
    note.button.click()
    assert disputed_in_view(session)
    assert not note.isVisible()


def test_home_fits_the_matching_events(window, qtbot):
    session = disputed_off_screen(window)
    home = next(a for a in window.actions() if "Home" in [k.toString() for k in a.shortcuts()])
    home.trigger()
    assert disputed_in_view(session)
    assert session.view.range != session.view.bounds  # the disputed events, not all the data
    assert not window.view.timeline.empty_note.isVisible()
