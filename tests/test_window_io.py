"""File › Import…, Save View… and Open View… in the window, and `timeline-explorer X.view.json`."""

import pytest
from conftest import BUNDLED, entity_id, matched_ids, visible_events
from import_helpers import sample
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from explorer._qt import app as app_module
from explorer._qt.import_action import run_import
from explorer._qt.main_window import MainWindow
from explorer._qt.view_actions import open_view, save_view
from explorer.cli import main
from explorer.core.data.dates import parse_bound


def trigger(window, text):
    next(a for a in window.actions() if a.text() == text).trigger()


def dialogs(monkeypatch, opened=None, saved=None):
    """File dialogs that answer at once: `opened` for open dialogs, `saved` for save ones."""
    files = opened if isinstance(opened, list) else [opened]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], "")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(opened or ""), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved or ""), ""))


def test_import_opens_the_new_database(window, monkeypatch, tmp_path):
    source = sample("timelinejs", "houston_timeline3.json")
    out = tmp_path / "houston.db"
    dialogs(monkeypatch, opened=[source], saved=out)
    trigger(window, "&Import…")
    assert window.session.store.path == out
    assert len(window.session.store.records) == 18
    assert window.session.store.title == "Whitney Houston 1963 - 2012"
    assert "18 events imported" in window.statusBar().currentMessage()


def test_a_failed_import_shows_why_and_keeps_the_database(window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("colour,size\nred,3\n", encoding="utf-8")
    dialogs(monkeypatch, opened=[bad], saved=tmp_path / "out.db")
    trigger(window, "&Import…")
    assert "no title column found" in window.last_error
    assert window.session.store.path == BUNDLED
    assert not (tmp_path / "out.db").exists()


def big_csv(path, rows):
    lines = ["title,start,entities"] + [
        f"Event {i},2020-01-{i % 28 + 1:02d},Acme" for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_progress_shows_rows_and_cancel_leaves_nothing(window, monkeypatch, tmp_path):
    labels = []
    monkeypatch.setattr(QProgressDialog, "setLabelText", lambda self, text: labels.append(text))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: len(labels) >= 3)
    work = tmp_path / "work"
    work.mkdir()
    out = work / "big.db"
    assert not run_import(window, [big_csv(work / "big.csv", 5000)], out)
    assert labels[-1].endswith("1,000 rows read")
    assert list(work.iterdir()) == [work / "big.csv"]  # no database, no temporary file
    assert window.session.store.path == BUNDLED
    assert "cancelled" in window.statusBar().currentMessage()


def test_progress_reaches_the_last_steps(window, monkeypatch, tmp_path):
    labels = []
    monkeypatch.setattr(QProgressDialog, "setLabelText", lambda self, text: labels.append(text))
    out = tmp_path / "big.db"
    assert run_import(window, [big_csv(tmp_path / "big.csv", 1200)], out)
    assert "big.csv (file 1 of 1): 1,000 rows read" in labels
    assert labels[-3:] == [
        "indexing for search",
        "packing the event columns",
        "checking the new database",
    ]
    assert len(window.session.store.records) == 1200


def choose_a_view(session):
    session.filters.set(
        hidden_entities={entity_id(session, "Huawei")},
        hidden_categories={"budget"},
        disputed_only=False,
        search="export",
        hide_unmatched=False,
    )
    event = next(e for e in visible_events(session) if e.id in matched_ids(session))
    session.select(event.id)
    session.view.set_range(parse_bound("2023", upper=False), parse_bound("2024-06", upper=True))


def state(window):
    s = window.session
    return s.store.path, s.filters.as_dict(), s.selection, [e.id for e in visible_events(s)]


@pytest.fixture
def other_window(qtbot, settings):
    def make():
        win = MainWindow(settings)
        qtbot.addWidget(win)
        return win

    return make


def show(qtbot, win):
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)


def test_saved_view_opens_in_another_window_the_same(
    window, other_window, qtbot, monkeypatch, tmp_path
):
    choose_a_view(window.session)
    path = tmp_path / "mine"  # the suffix is added
    dialogs(monkeypatch, saved=path)
    trigger(window, "&Save View…")
    saved = tmp_path / "mine.view.json"
    assert saved.is_file()
    other = other_window()
    assert other.open_database(BUNDLED)  # the view replaces whatever was shown
    dialogs(monkeypatch, opened=saved)
    trigger(other, "Open Vie&w…")
    show(qtbot, other)
    assert state(other) == state(window)
    assert other.session.view.range == pytest.approx(window.session.view.range, abs=1e-3)
    assert other.view.filter_bar.search.text() == "export"


def test_command_line_view_opens_the_window_with_it(window, settings, monkeypatch, tmp_path, qtbot):
    choose_a_view(window.session)
    assert save_view(window, tmp_path / "cli.view.json")
    made = []

    def window_factory():
        made.append(MainWindow(settings))
        qtbot.addWidget(made[-1])
        return made[-1]

    monkeypatch.setattr(app_module, "MainWindow", window_factory)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert main([str(tmp_path / "cli.view.json")]) == 0
    assert state(made[0]) == state(window)
    assert made[0].session.view.range == pytest.approx(window.session.view.range, abs=1e-3)


def test_a_bad_view_file_shows_an_error_and_keeps_the_database(window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.view.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    dialogs(monkeypatch, opened=bad)
    trigger(window, "Open Vie&w…")
    assert "not a view file" in window.last_error
    assert window.session.store.path == BUNDLED


def test_a_view_whose_database_is_gone_says_so(window, monkeypatch, tmp_path):
    db = tmp_path / "gone.db"
    db.write_bytes(BUNDLED.read_bytes())
    window.open_database(db)
    assert save_view(window, tmp_path / "v.view.json")
    window.open_database(BUNDLED)
    db.unlink()
    assert not open_view(window, tmp_path / "v.view.json")
    assert "its database is gone" in window.last_error
