"""Generic CSV and JSON with guessed or --map'ped columns."""

import json

import pytest
from import_helpers import count, events, query, run_import

DATES_CSV = """Headline,Date,End,Description,Group,Actors,Source page
Year only,2021,,Just a year,trade,Acme,p. 1
Month only,2021-03,,,trade,,
Full day,2021-03-04,2021-03-09,,,,
Spoken month,March 2022,,,,,
Spoken day,4 March 2022,,,,,
German style,04.03.2022,,,,,
With a time,2022-03-04T10:00:00Z,,,,,
No date,,,,,,
Bad month,2022-13,,,,,
Backwards,2022-05,2022-04,,,,
"""


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding, newline="")
    return path


def test_dates_keep_their_precision_and_bad_rows_are_reported(capsys, tmp_path):
    db = tmp_path / "t.db"
    code, out, err = run_import(capsys, db, _write(tmp_path, "dates.csv", DATES_CSV))
    assert code == 0 and "7 events imported" in out and "3 row(s) skipped" in out
    starts = {title: start_end for title, (*start_end, _) in events(db).items()}
    assert starts == {
        "Year only": ["2021", None],
        "Month only": ["2021-03", None],
        "Full day": ["2021-03-04", "2021-03-09"],
        "Spoken month": ["2022-03", None],
        "Spoken day": ["2022-03-04", None],
        "German style": ["2022-03-04", None],
        "With a time": ["2022-03-04T10:00:00Z", None],
    }
    assert "dates.csv line 9: skipped, no date" in err
    assert "dates.csv line 10: skipped, no month 13" in err
    assert "dates.csv line 11: skipped, end 2022-04 is before start 2022-05" in err
    # Guessed: Group -> category, Actors -> entities; the rest kept as attributes.
    assert query(db, "SELECT category, summary FROM events WHERE title = 'Year only'") == [
        ("trade", "Just a year")
    ]
    assert query(db, "SELECT name, kind FROM entities") == [("Acme", "company")]
    assert query(db, "SELECT key, value FROM attributes") == [("Source page", "p. 1")]
    assert query(db, "SELECT quote FROM citations WHERE event_id = 1") == [
        ("Year only,2021,,Just a year,trade,Acme,p. 1",)
    ]


def test_map_names_columns_and_unicode_survives(capsys, tmp_path):
    text = "Wann;Was;Wer\n2023-05;Übernahme durch 字节跳动;ByteDance | Ministerium für Ärger\n"
    src = _write(tmp_path, "semikolon.csv", text, encoding="utf-8-sig")
    db = tmp_path / "t.db"
    code, _, _ = run_import(
        capsys, db, src, args=["--map", "title=was", "--map", "start=Wann", "--map", "entities=Wer"]
    )
    assert code == 0
    assert events(db) == {"Übernahme durch 字节跳动": ("2023-05", None, None)}
    assert [r[0] for r in query(db, "SELECT name FROM entities")] == [
        "ByteDance",
        "Ministerium für Ärger",
    ]
    assert "字节跳动" in query(db, "SELECT quote FROM citations")[0][0]
    assert query(db, "SELECT rowid FROM events_fts WHERE events_fts MATCH 'Übernahme'") == [(1,)]


def test_latin1_file_is_read(capsys, tmp_path):
    src = _write(tmp_path, "alt.csv", "title,date\nCafé crème,1999\n", encoding="latin-1")
    db = tmp_path / "t.db"
    assert run_import(capsys, db, src)[0] == 0
    assert list(events(db)) == ["Café crème"]


def test_missing_columns_are_named(capsys, tmp_path):
    src = _write(tmp_path, "odd.csv", "When,What happened\n2020,Something\n")
    code, _, err = run_import(capsys, tmp_path / "t.db", src)
    assert code == 1 and not (tmp_path / "t.db").exists()
    assert "no title column found (columns: When, What happened)" in err
    assert "--map title=COLUMN" in err
    code, _, err = run_import(capsys, tmp_path / "t.db", src, args=["--map", "title=Headline"])
    assert code == 1 and "no column 'Headline' for title" in err
    args = ["--map", "title=What happened", "--map", "start=When"]
    assert run_import(capsys, tmp_path / "t.db", src, args=args)[0] == 0


def test_short_and_long_rows(capsys, tmp_path):
    src = _write(tmp_path, "ragged.csv", "title,date,note\nShort,2020\nLong,2020,a,b\n")
    db = tmp_path / "t.db"
    code, _, err = run_import(capsys, db, src)
    assert code == 0 and list(events(db)) == ["Short"]
    assert "ragged.csv line 3: skipped, 4 fields but the header names 3" in err


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_list_and_json_lines(capsys, tmp_path, suffix):
    items = [
        {"name": "Launch", "start_date": 2024, "type": "product", "entities": ["Acme", "Globex"]},
        {"name": "Deal", "start_date": "2024-06", "end_date": "2024-07", "extra": {"k": 1}},
        {"name": "Undated"},
        ["not", "an", "object"],
    ]
    if suffix == ".json":
        text = json.dumps({"events": items})
    else:
        text = "\n".join(json.dumps(i) for i in items) + "\n{broken\n"
    db = tmp_path / "t.db"
    code, out, err = run_import(capsys, db, _write(tmp_path, f"list{suffix}", text))
    assert code == 0 and "2 events imported" in out
    assert events(db) == {
        "Launch": ("2024", None, "product"),
        "Deal": ("2024-06", "2024-07", None),
    }
    assert count(db, "event_entities") == 2
    assert query(db, "SELECT value FROM attributes WHERE key = 'extra'") == [('{"k": 1}',)]
    where = "item 3" if suffix == ".json" else "line 3"
    assert f"list{suffix} {where}: skipped, no date" in err
    if suffix == ".jsonl":
        assert "list.jsonl line 5: skipped, not valid JSON" in err
