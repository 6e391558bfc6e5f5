"""Search off the GUI thread: answers arrive later, stale ones are dropped."""

from conftest import matched_ids, search_ids

from explorer.core.data.store import Store
from explorer.core.view.session import Session


def test_a_late_answer_for_an_old_search_is_dropped(small_db):
    session = Session(Store(small_db))
    asked = []
    session.use_search_runner(lambda text, deliver: asked.append((text, deliver)))
    session.filters.set(search="acme")
    session.filters.set(search="globex")
    assert matched_ids(session) is None  # nothing answered yet
    (old, deliver_old), (new, deliver_new) = asked
    deliver_new(new, session.store.search_mask(new))
    deliver_old(old, session.store.search_mask(old))  # too late: ignored
    assert matched_ids(session) == search_ids(session.store, "globex")


def test_other_filters_apply_at_once_while_a_search_runs(small_db):
    session = Session(Store(small_db))
    session.use_search_runner(lambda text, deliver: None)  # never answers
    session.filters.set(search="acme", disputed_only=True)
    assert session.result.count == 0


def test_the_window_searches_big_databases_in_a_worker(window, qtbot, monkeypatch):
    from explorer._qt import search_runner
    from explorer._qt.main_window import MainWindow
    from explorer.core import jobs

    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)
    assert MainWindow.open_database(window, window.session.store.path)
    session = window.session
    assert isinstance(session._search_runner, search_runner.ThreadedSearch)
    session.filters.set(search="Tomahawk")
    qtbot.waitUntil(lambda: matched_ids(session) is not None, timeout=5000)
    assert matched_ids(session) == search_ids(session.store, "Tomahawk")
