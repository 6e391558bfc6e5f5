"""Big files open in a worker thread behind a progress dialog that can cancel."""

from factory import make_db

from explorer._qt import loading
from explorer.core.column_loader import LoadCancelled


def test_a_big_file_opens_through_the_worker_thread(window, tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "BIG_FILE", 0)  # every file counts as big
    path = make_db(tmp_path / "big.db")
    assert window.open_database(path)
    assert sorted(window.session.store.events) == [1, 2, 3]
    assert window.session.store.path == path


def test_cancelling_keeps_the_open_database(window, tmp_path, monkeypatch):
    before = window.session
    monkeypatch.setattr(loading, "BIG_FILE", 0)

    def cancelled(path, progress=None):
        progress(0, 10)
        raise LoadCancelled()

    monkeypatch.setattr(loading, "Store", cancelled)
    assert not window.open_database(make_db(tmp_path / "big.db"))
    assert window.session is before
    assert "cancelled" in window.statusBar().currentMessage()
