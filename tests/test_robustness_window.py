"""Issue 7 in the window: every corpus case opens, or is refused with a message
naming what is wrong while the previous database stays open and usable."""

import pytest
from bad_databases import CASES, LockedBy, build, snapshot
from conftest import BUNDLED
from factory import make_db


def exercise(window, qtbot):
    """What a user does first: look at every event, search, zoom, fit."""
    session = window.session
    for event_id in list(session.store.records):
        session.select(event_id)
    session.select(None)
    qtbot.keyClicks(window.view.filter_bar.search, 'acme "*')
    session.filters.set(search="")
    session.view.zoom(0.5)
    session.view.pan(0.3)
    session.view.fit()
    window.repaint()
    qtbot.wait(10)


@pytest.mark.parametrize("name", CASES)
def test_window_opens_or_refuses(window, qtbot, tmp_path, name):
    case = CASES[name]
    path = build(name, tmp_path)
    before = snapshot(path)
    previous = window.session
    if case.error:
        assert not window.open_database(path)
        assert case.error in window.last_error
        assert window.session is previous and window.session.store.path == BUNDLED
        assert "broken rows" not in window.status.text()
    else:
        assert window.open_database(path), window.last_error
        assert set(window.session.store.records) == case.events
        status = window.status.text()
        if case.skipped:
            assert f"{len(case.skipped)} broken rows skipped" in status
            assert case.skipped[0] in window.status.toolTip()
        else:
            assert "broken rows" not in status
    exercise(window, qtbot)
    assert window.open_database(BUNDLED)  # closes the case's database
    assert snapshot(path) == before


def test_pending_wal_changes_are_mentioned_in_the_status(window, tmp_path):
    assert window.open_database(build("wal_with_pending_changes", tmp_path))
    assert "not shown" in window.status.text()
    assert "copied.db-wal" in window.status.toolTip()


def test_locked_database_is_refused_and_the_window_keeps_working(window, qtbot, tmp_path):
    path = make_db(tmp_path / "busy.db")
    previous = window.session
    with LockedBy(path):
        assert not window.open_database(path)
    assert "locked by another program" in window.last_error
    assert window.session is previous
    exercise(window, qtbot)
    assert window.open_database(path)  # once the writer is gone, it opens
