"""The window on a database served by Datasette: it says so, works as on the
file, remembers the URL (never a token), and a server that fails or goes away
gives one message while the database open before stays open."""

import json
from pathlib import Path

from conftest import BUNDLED, matched_ids, search_ids
from datasette_server import refused_url

from explorer._qt import loading, search_runner
from explorer.core.data.datasette_client import TOKEN_VARIABLE
from explorer.core.data.store import Store
from explorer.core.io.provenance import provenance
from explorer.core.view import view_file

EVENTS_PAGE = "FROM events WHERE rowid >"


def test_the_window_opens_a_served_database_read_only(window, served, qtbot):
    local = window.session  # closed once the served one opens: only its numbers are used
    assert window.open_database(served)
    store = window.session.store
    assert store.remote and len(store.records) == len(local.store.records)
    assert store.host in window.windowTitle() and "read-only" in window.windowTitle()
    assert f"served by {store.host}" in window.status.text()
    assert window.edit.reason == store.read_only_reason  # editing off, the reason shown
    assert window.settings.recent()[0] == served
    assert window.session.lane_order == local.lane_order
    # Records come from a worker, never the GUI thread: the table fills in.
    table = window.view.table.model()
    qtbot.waitUntil(lambda: table.index(0, 1).data() not in ("", "…", None), timeout=5000)
    assert isinstance(window.session._search_runner, search_runner.ThreadedSearch)
    window.session.filters.set(search="Tomahawk")
    qtbot.waitUntil(lambda: matched_ids(window.session) is not None, timeout=5000)
    assert matched_ids(window.session) == search_ids(Store(BUNDLED), "Tomahawk")


def test_a_server_that_went_away_keeps_the_database_open_before(window, proxy):
    before = window.session
    for fault in ("cut", "500", "bad json"):
        proxy.fault, proxy.match = fault, EVENTS_PAGE
        assert not window.open_database(proxy.url)
        assert window.session is before and window.session.store.path == BUNDLED
        assert "127.0.0.1" in window.last_error and "Traceback" not in window.last_error
    assert not window.open_database(refused_url())
    assert "refused" in window.last_error and window.session is before


def test_a_token_asked_for_is_used_and_never_written(window, proxy, monkeypatch, tmp_path):
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    proxy.fault, proxy.match = "token", ""
    secret = proxy.token.removeprefix("Bearer ")
    asked = []
    monkeypatch.setattr(loading, "_ask_token", lambda parent, why: asked.append(why) or secret)
    assert window.open_database(proxy.url)
    assert asked and TOKEN_VARIABLE in asked[0]
    view = tmp_path / "team.view.json"
    view_file.save(view, window.session)
    info = provenance(window.session, *window.session.view.range)
    window.remember_current()
    window.settings.q.sync()
    ini = Path(window.settings.q.fileName()).read_text()
    written = [view.read_text(), json.dumps(info), ini]
    assert all(secret not in text for text in written)
    assert json.loads(written[0])["database"] == {"url": proxy.url}
    assert info["database_url"] == proxy.url and "database_sha256" not in info
    assert view_file.load(view).db_path == proxy.url


def test_images_and_event_files_export_from_a_served_database(window, served, tmp_path):
    from PySide6.QtGui import QImage

    assert window.open_database(served)
    assert window.export_image(tmp_path / "remote.png")
    info = json.loads(QImage(str(tmp_path / "remote.png")).text("Provenance"))
    assert info["database_url"] == served and info["database"].endswith("/ai-chips")
    assert window.export_events(tmp_path / "remote.csv")
    assert window.open_database(BUNDLED)
    assert window.export_events(tmp_path / "local.csv")
    assert (tmp_path / "remote.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()


def test_a_saved_view_of_a_served_database_reopens_it(window, served, tmp_path):
    from explorer._qt.view_actions import open_view

    assert window.open_database(served)
    window.session.filters.set(search="Huawei")
    view = tmp_path / "served.view.json"
    view_file.save(view, window.session)
    assert window.open_database(BUNDLED)
    assert open_view(window, view)
    assert window.session.store.location == served
    assert window.session.filters.search == "Huawei"
    from cli_helpers import run  # the command line reads the same view

    assert run("export", "--view", view, "-o", tmp_path / "served.csv") == 0
    assert "Huawei" in (tmp_path / "served.csv").read_text()


def test_cancel_returns_at_once_while_the_server_says_nothing(window, proxy, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    before = window.session
    proxy.fault, proxy.match = "hang", EVENTS_PAGE

    def cancel() -> None:
        for dialog in window.findChildren(QProgressDialog):
            dialog.findChild(QPushButton).click()  # as a user would

    QTimer.singleShot(200, cancel)
    assert not window.open_database(proxy.url), window.last_error  # the proxy hangs 3 s
    assert window.session is before and "cancelled" in window.statusBar().currentMessage()


def test_reads_a_server_no_longer_answers_are_said_in_the_status_bar(window, proxy, qtbot):
    assert window.open_database(proxy.url)
    proxy.fault, proxy.match = "500", ""  # the server fails from now on
    window.session.filters.set(search="Huawei")
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "HTTP 500" in bar.currentMessage(), timeout=5000)
    assert window.session.store.remote  # still open: what was read stays on screen
    bar.clearMessage()
    window.session.select(int(window.session.store.columns.ids[-1]))  # its citations: a read
    qtbot.waitUntil(lambda: "HTTP 500" in bar.currentMessage(), timeout=5000)


def test_the_command_line_passes_a_url_on_as_typed(monkeypatch):
    from explorer import cli
    from explorer._qt import app

    seen = []
    monkeypatch.setattr(app, "run", lambda path, *args, **kwargs: seen.append(path) or 0)
    assert cli.main(["http://127.0.0.1:8001/ai-chips"]) == 0
    assert seen == ["http://127.0.0.1:8001/ai-chips"]  # text: a Path would fold its "//"
