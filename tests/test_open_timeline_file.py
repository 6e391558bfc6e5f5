"""A timeline file opened where a database was expected: the window offers to
import it, and `export --db FILE` names the import command."""

import shutil

from conftest import ROOT

from explorer._qt import import_action
from explorer.cli import main

EVENTS_JSON = ROOT / "data" / "events.json"  # the bundled data's source: a JSON timeline


def test_the_window_imports_a_timeline_file_beside_it_and_opens_it(window, monkeypatch, tmp_path):
    source = shutil.copy(EVENTS_JSON, tmp_path / "events.json")
    asked = []

    def answer(parent, path, label):
        asked.append((path.name, label))
        return import_action.database_for(path)

    monkeypatch.setattr(import_action, "ask_database_for", answer)
    assert window.open_database(source)
    assert asked == [("events.json", "JSON")]
    assert window.session.store.path == tmp_path / "events.db"
    assert len(window.session.store.records) > 0
    assert window.last_error is None


def test_declining_the_import_keeps_the_open_database(window, monkeypatch, tmp_path):
    before = window.session.store.path
    source = shutil.copy(EVENTS_JSON, tmp_path / "events.json")
    monkeypatch.setattr(import_action, "ask_database_for", lambda *a: None)
    assert not window.open_database(source)
    assert window.session.store.path == before and not (tmp_path / "events.db").exists()


def test_a_text_file_named_db_is_no_import_and_says_why(window, monkeypatch, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes\n" * 20)
    monkeypatch.setattr(import_action, "ask_database_for", lambda *a: 1 / 0)  # never asked
    assert not window.open_database(notes)
    assert "not an SQLite database" in window.last_error


def test_a_new_name_when_the_database_beside_it_exists(tmp_path):
    (tmp_path / "t.db").write_bytes(b"")
    assert import_action.database_for(tmp_path / "t.csv") == tmp_path / "t-2.db"


def test_export_names_the_import_command(capsys, tmp_path):
    source = shutil.copy(EVENTS_JSON, tmp_path / "events.json")
    code = main(["export", "--db", str(source), "-o", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 2  # not a database: a bad input, as in the README's exit codes
    assert f"timeline-explorer import {source} -o {tmp_path / 'events.db'}" in err
