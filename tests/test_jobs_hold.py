"""Background work that can wait (a digest, records read ahead) waits while the
window holds it (its view moving); the main thread never waits."""

import threading

import pytest

from explorer.core import jobs


@pytest.fixture(autouse=True)
def _no_hold_left():
    yield
    jobs.release()


def test_a_worker_waits_until_the_hold_is_released():
    jobs.hold(60)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (jobs.wait_if_held(), done.set()))
    worker.start()
    worker.join(timeout=0.3)
    assert worker.is_alive() and not done.is_set()
    jobs.release()
    worker.join(timeout=5)
    assert done.is_set()


def test_the_main_thread_never_waits(monkeypatch):
    monkeypatch.setattr(jobs.time, "sleep", lambda s: pytest.fail("the main thread waited"))
    jobs.hold(60)
    jobs.wait_if_held()


def test_records_read_in_a_worker_wait_for_the_hold(small_db):
    from explorer.core.data.store import Store, connect_readonly

    store = Store(small_db)
    ids = list(store.records)[:3]
    store.records._cache.clear()
    jobs.hold(60)
    read = threading.Thread(target=lambda: store.records.fetch(ids, connect_readonly(store.path)))
    read.start()
    read.join(timeout=0.3)
    assert read.is_alive() and not store.records.peek(ids)  # nothing read while held
    jobs.release()
    read.join(timeout=5)
    assert set(store.records.peek(ids)) == set(ids)


def test_a_big_files_window_holds_background_work_while_the_user_works(
    qtbot, settings, monkeypatch
):
    from conftest import BUNDLED

    from explorer._qt import main_window

    monkeypatch.setattr(main_window, "is_big", lambda count: True)  # as for a big file
    held = []
    monkeypatch.setattr(jobs, "hold", held.append)  # how long each hold is asked for
    window = main_window.MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_database(BUNDLED)
    session = window.session
    held.clear()
    lo, hi = session.view.bounds
    session.view.set_range(lo, (lo + hi) / 2)  # the view moves
    assert held == [main_window.HOLD_S]
    held.clear()
    session.filters.set(search="Nvidia")  # a search (in a worker, for a big file)
    assert main_window.FILTER_HOLD_S in held and main_window.FILTER_HOLD_S > main_window.HOLD_S
