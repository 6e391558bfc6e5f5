import os
import sys
from pathlib import Path

# Before anything imports Qt: render offscreen, no display needed.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The interface in English whatever the machine's locale (tests/test_interface_language.py
# starts it in German on purpose).
os.environ["LC_ALL"] = "C.UTF-8"

import pytest  # noqa: E402
import sqlite_utils  # noqa: E402


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path_factory, monkeypatch):
    """Column caches go to a throwaway folder, never the user's ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


sys.path.insert(0, str(Path(__file__).parent))
# Fixtures of the remote-store tests: real Datasette servers, a fault-injecting proxy.
from datasette_server import big_file, proxy, served, served_big  # noqa: E402, F401
from factory import make_db  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLES = ROOT.parent / "shared" / "samples"
BUNDLED = ROOT / "data" / "ai-chips.db"


@pytest.fixture
def search_scans(monkeypatch):
    """One entry per run of search_index.check, the stale-index scan of every id."""
    from explorer.core.data import search_index

    calls = []
    check = search_index.check

    def counted(conn):
        calls.append(1)
        return check(conn)

    monkeypatch.setattr(search_index, "check", counted)
    return calls


@pytest.fixture
def memory_db():
    """An empty in-memory database with the schema, as sqlite-utils tests do."""
    from explorer.core.data import schema

    db = sqlite_utils.Database(memory=True)
    schema.create(db)
    return db


@pytest.fixture
def small_db(tmp_path):
    """A valid three-event database on disk."""
    return make_db(tmp_path / "small.db")


@pytest.fixture
def settings(tmp_path):
    """Settings in a throwaway INI file, never the user's own."""
    from PySide6.QtCore import QSettings

    from explorer._qt.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    """The main window on the bundled data."""
    from explorer._qt.app import make_app
    from explorer._qt.main_window import MainWindow

    make_app()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_database(BUNDLED)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win


def entity_id(session, name):
    return next(e.id for e in session.store.entities.values() if e.name == name)


def search_ids(store, text):
    """Ids of the events matching `text`, through the store's search mask."""
    return set(store.columns.ids[store.search_mask(text)].tolist())


def visible_events(session):
    """The visible events as records, in time order, read through the store."""
    return list(session.store.records.many(session.result.ids.tolist()))


def matched_ids(session):
    """Ids of the events the search matches; None when there is no search."""
    mask = session.result.matched_mask
    return None if mask is None else frozenset(session.store.columns.ids[mask].tolist())
