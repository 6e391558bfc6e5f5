import sqlite3

import pytest

from explorer.cli import main
from explorer.core.data.store import StoreError
from explorer.core.data.validate import validate


def _break(path, *sql):
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_clean_database_has_no_problems(small_db):
    assert validate(small_db) == ([], 3)  # 3 quotes: article.txt is not at hand


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE events SET start = '2023-02-30' WHERE id = 2", "events row 2: start"),
        ("UPDATE events SET start = 'soon' WHERE id = 1", "events row 1: start"),
        ("UPDATE events SET start = '2022', \"end\" = '2021' WHERE id = 3", "events row 3: end"),
        ("UPDATE events SET title = '' WHERE id = 1", "events row 1: no title"),
        ("DELETE FROM citations WHERE event_id = 2", "events row 2: no citation"),
        ("INSERT INTO event_entities VALUES (3, 99, NULL)", "entity_id 99 points to no row"),
        ("INSERT INTO citations VALUES (42, 1, 'q', 'claim')", "event_id 42 points to no row"),
        ("UPDATE entities SET kind = 'planet' WHERE id = 2", "entities row 2: kind"),
        ("DROP TABLE citations", "citations: table missing"),
        ("PRAGMA user_version = 99", "schema version 99 is newer"),
    ],
)
def test_each_problem_names_table_and_row(small_db, sql, expected):
    _break(small_db, "PRAGMA foreign_keys = OFF", sql)
    problems, _ = validate(small_db)
    assert any(expected in str(p) for p in problems), [str(p) for p in problems]


def test_quotes_are_checked_against_source_files(small_db, tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "article.txt").write_text("quote 1 and quote 2 but not the third", encoding="utf-8")
    problems, unchecked = validate(small_db, [folder])
    assert unchecked == 0
    assert [str(p) for p in problems] == [
        "citations row 3: quote for event 3 not found in article.txt"
    ]


def test_validate_never_changes_the_file(small_db):
    before = small_db.read_bytes()
    files_before = sorted(p.name for p in small_db.parent.iterdir())
    validate(small_db)
    assert small_db.read_bytes() == before
    assert sorted(p.name for p in small_db.parent.iterdir()) == files_before


def test_not_a_database_raises(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("hello")
    with pytest.raises(StoreError, match="not an SQLite database"):
        validate(junk)


def test_cli_exit_codes(small_db, tmp_path, capsys):
    assert main(["validate", str(small_db)]) == 0
    _break(small_db, "UPDATE events SET start = '2023-02-30' WHERE id = 2")
    assert main(["validate", str(small_db)]) == 1
    assert "events row 2" in capsys.readouterr().out
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert main(["validate", str(empty)]) == 2
    assert "empty" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["validate"])
    assert exit_info.value.code == 2
