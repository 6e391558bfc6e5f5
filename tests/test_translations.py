"""Translated event titles, summaries and entity names: the optional translations
table, read in a chosen language with the original as fallback. Qt-free."""

import json
import sqlite3

import numpy as np
import pytest
import sqlite_utils
from factory import make_db
from import_helpers import run_import

from explorer.cli import main
from explorer.core.data import translations
from explorer.core.data.store import Store
from explorer.core.data.validate import validate
from explorer.core.view.session import Session

GERMAN = [
    {"kind": "event", "id": 1, "lang": "de", "field": "title", "text": "Acme gegründet"},
    {"kind": "event", "id": 2, "lang": "de", "field": "summary", "text": "Ein Handel"},
    {"kind": "event", "id": 3, "lang": "fr", "field": "title", "text": "La Ruritanie interdit"},
    {"kind": "entity", "id": 3, "lang": "de", "field": "name", "text": "Ruritanien"},
]


def _translated_db(path, rows=GERMAN, fts=True):
    make_db(path, fts=False)
    db = sqlite_utils.Database(path)
    db[translations.TABLE].insert_all(rows)
    if fts:
        db.execute("CREATE VIRTUAL TABLE events_fts USING fts5(title, summary, quotes)")
        from explorer.core.data import schema

        schema.fill_search_index(db)
    db.conn.commit()
    db.conn.close()
    return path


@pytest.fixture
def translated(tmp_path):
    return _translated_db(tmp_path / "t.db")


def test_records_come_in_the_chosen_language_else_the_original(translated):
    store = Store(translated)
    assert store.languages == ("de", "fr") and store.language is None
    assert store.records[1].title == "Acme founded"
    assert store.set_language("de_DE.UTF-8") == "de"  # the system locale's name finds "de"
    first, second, third = store.records.many([1, 2, 3])
    assert first.title == "Acme gegründet"
    assert (second.title, second.summary) == ("Globex deal with Acme", "Ein Handel")
    assert third.title == "Ruritania bans widgets"  # only French: the original
    assert store.records.many([1], lang=None)[0].title == "Acme founded"
    assert store.entity_name(3) == "Ruritanien" and store.entity_name(1) == "Acme"
    assert store.entity_name(3, "fr") == "Ruritania"
    assert store.set_language("es") is None and store.records[1].title == "Acme founded"


def test_peek_gives_a_translated_record_only_once_its_texts_are_read(translated):
    store = Store(translated)
    store.records.many([1])  # the original is read
    store.set_language("de")
    assert store.records.peek([1]) == {}  # its German title is not: no stand-in in English
    conn = sqlite3.connect(translated)  # a worker's own connection
    store.records.fetch([1], conn)
    assert store.records.peek([1])[1].title == "Acme gegründet"


def test_the_session_announces_a_change_of_language_once(translated):
    session = Session(Store(translated))
    heard = []
    session.events.language.connect(heard.append)
    assert session.set_language("de") == "de" and session.set_language("de-AT") == "de"
    session.set_language(None)
    assert heard == ["de", None] and session.language is None


def test_a_database_without_the_table_reads_as_before(small_db):
    db = sqlite_utils.Database(small_db)
    db[translations.TABLE].drop()
    db.conn.close()
    store = Store(small_db)
    assert store.languages == () and store.set_language("de") is None
    assert store.records[1].title == "Acme founded" and store.translations_of([1]) == {}


@pytest.mark.parametrize("fts", [True, False], ids=["fts", "substring"])
def test_search_finds_translated_words(tmp_path, fts):
    store = Store(_translated_db(tmp_path / "s.db", fts=fts))
    ids = lambda text: store.columns.ids[np.flatnonzero(store.search_mask(text))].tolist()  # noqa: E731
    assert ids("gegründet") == [1] and ids("Handel") == [2] and ids("interdit") == [3]


def test_validate_names_each_bad_translation(tmp_path):
    bad = [
        {"kind": "event", "id": 9, "lang": "de", "field": "title", "text": "nobody"},
        {"kind": "event", "id": 1, "lang": "German", "field": "title", "text": "x"},
        {"kind": "event", "id": 1, "lang": "de", "field": "note", "text": "x"},
        {"kind": "place", "id": 1, "lang": "de", "field": "name", "text": "x"},
        {"kind": "event", "id": 2, "lang": "de", "field": "title", "text": "  "},
        {"kind": "event", "id": 1, "lang": "DE", "field": "title", "text": "twice"},
    ]
    db = _translated_db(tmp_path / "v.db", GERMAN + bad)
    problems, _ = validate(db)
    assert {p.table for p in problems} == {"translations"} and len(problems) == len(bad)
    said = {p.row_id: p.message for p in problems}  # rows named by their key
    assert said["event 9 de title"] == "id 9 points to no row in events"
    assert said["event 1 German title"].startswith("lang 'German' is not a language tag")
    assert said["event 1 de note"] == "events have no field 'note' to translate"
    assert said["place 1 de name"].startswith("kind 'place' is not one of")
    assert said["event 2 de title"] == "empty text"
    assert said["event 1 de title"] == "a second de title for event 1"


FORMATS = {  # file -> format options of export and import
    "back.csv": (),
    "back.json": (),
    "back.jsonl": (),  # Timesketch
    "timelinejs.json": ("--format", "timelinejs"),
}


def test_import_and_export_keep_translation_columns(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text(
        "title,date,title_de,Summary_DE,summary_pt-BR\n"
        "Plant opens,2024-06,Werk eröffnet,Ein neues Werk,Uma fábrica nova\n"
        "No German,2024-07,,,\n",
        encoding="utf-8",
    )
    db = tmp_path / "out.db"
    assert run_import(capsys, db, source)[0] == 0
    store = Store(db)
    assert store.languages == ("de", "pt-br")
    assert store.set_language("de") and store.records[1].title == "Werk eröffnet"
    assert store.records[2].title == "No German"
    assert sqlite3.connect(db).execute("SELECT count(*) FROM attributes").fetchone()[0] == 0
    for name, args in FORMATS.items():
        out = tmp_path / name
        assert main(["export", "--db", str(db), "-o", str(out), *args]) == 0
        again = tmp_path / f"again-{name}.db"
        assert run_import(capsys, again, out, args=args)[0] == 0
        rows = sqlite3.connect(again).execute(
            "SELECT id, lang, field, text FROM translations ORDER BY id, lang, field"
        )
        assert rows.fetchall() == [
            (1, "de", "summary", "Ein neues Werk"),
            (1, "de", "title", "Werk eröffnet"),
            (1, "pt-br", "summary", "Uma fábrica nova"),
        ]
    exported = json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))
    assert exported[0]["title"] == "Plant opens" and exported[0]["title_de"] == "Werk eröffnet"
    header = (tmp_path / "back.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "title,summary," in header and "title_de,summary_de,summary_pt-br" in header


@pytest.mark.parametrize(
    "wanted, available, best",
    [("de_DE.UTF-8", ["de"], "de"), ("pt-BR", ["pt"], "pt"), ("pt_BR", ["pt-br", "pt"], "pt-br"),
     ("fr", ["de"], None), ("C", ["de"], None), (None, ["de"], None)],
)  # fmt: skip
def test_the_best_language_for_a_locale(wanted, available, best):
    assert translations.best(wanted, available) == best


def test_the_table_sorts_by_the_titles_and_names_shown(tmp_path):
    from explorer.core.data.sort_keys import ENTITIES, TITLE, sort_rows

    rows = [  # event 3 and its only entity, Ruritania, sort first in German
        {"kind": "event", "id": 3, "lang": "de", "field": "title", "text": "Ab heute verboten"},
        {"kind": "entity", "id": 3, "lang": "de", "field": "name", "text": "Absurdistan"},
    ]
    store = Store(_translated_db(tmp_path / "sort.db", rows))
    every = np.arange(len(store.columns))

    def order(column):
        return store.columns.ids[sort_rows(store, every, column)].tolist()

    assert order(TITLE) == [1, 2, 3] and order(ENTITIES) == [1, 2, 3]  # Acme, Globex, Ruritania
    store.set_language("de")
    assert order(TITLE) == [3, 1, 2] and order(ENTITIES) == [3, 1, 2]
