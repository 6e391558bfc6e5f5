"""TimelineJS JSON and spreadsheet CSV: every sample file, plus small files of our own."""

import json

import pytest
from import_helpers import count, events, query, run_import, sample, sample_names

# file -> (events imported, rows skipped); cosmo.json's ages of the universe are
# refused, its 3500 BCE is kept.
SAMPLES = {
    "eras.json": (23, 0),
    "houston_timeline3.json": (18, 0),
    "women_in_computing.json": (10, 0),
    "my-own-timeline.csv": (10, 0),
    "cosmo.json": (1, 6),
}


def test_every_sample_is_listed():
    assert sample_names("timelinejs") == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_imports(capsys, tmp_path, name):
    imported, skipped = SAMPLES[name]
    code, out, err = run_import(capsys, tmp_path / "t.db", sample("timelinejs", name))
    assert err.count(": skipped, ") == skipped
    assert code == 0 and f"{imported} events imported" in out
    assert f"{skipped} row(s) skipped" in out
    assert count(tmp_path / "t.db") == imported
    if name == "cosmo.json":
        assert "year -13800000000 is outside -9999 to 9999" in err
        assert query(tmp_path / "t.db", "SELECT start FROM events") == [("-3499",)]


def test_houston_keeps_precision_title_and_credits(capsys, tmp_path):
    db = tmp_path / "h.db"
    run_import(capsys, db, sample("timelinejs", "houston_timeline3.json"))
    got = events(db)
    assert got["A Musical Heritage"][0] == "1963-08-09"
    assert got["First Recording"][0] == "1978"  # year only stays a year
    assert got["Whitney Houston 1963-2012"][0] == "2012-02-11"  # <br/> removed
    assert query(db, "SELECT value FROM metadata WHERE key = 'title'") == [
        ("Whitney Houston 1963 - 2012",)
    ]
    assert query(db, "SELECT file, title, language FROM sources WHERE url IS NULL") == [
        ("houston_timeline3.json", "Whitney Houston 1963 - 2012", None)
    ]
    credits = query(
        db,
        "SELECT s.outlet, s.url, s.file FROM citations c JOIN sources s ON s.id = c.source_id "
        "JOIN events e ON e.id = c.event_id WHERE e.title = 'Signed' AND s.url IS NOT NULL",
    )
    assert credits == [
        ("Sony Music Entertainment", "https://youtu.be/A4jGzNm2yPI", "houston_timeline3.json")
    ]
    quote = query(db, "SELECT quote FROM citations c JOIN events e ON e.id = c.event_id "
                  "WHERE e.title = 'Signed' AND c.source_id = 1")[0][0]  # fmt: skip
    assert json.loads(quote)["text"]["headline"] == "Signed"


def test_eras_become_periods_and_short_years_pad(capsys, tmp_path):
    db = tmp_path / "e.db"
    run_import(capsys, db, sample("timelinejs", "eras.json"))
    got = events(db)
    assert got["Era Test 600-650"] == ("0600", "0650", "period")
    assert got["Muhammad Migrates from Mecca to Medina"] == ("0622-08-09", "0622-08-23", None)
    assert count(db) - len([g for g in got.values() if g[2] == "period"]) == 20


def test_spreadsheet_csv_matches_its_json_twin(capsys, tmp_path):
    db = tmp_path / "s.db"
    run_import(capsys, db, sample("timelinejs", "my-own-timeline.csv"))
    got = events(db)
    assert got["...And the women who made it work"][:2] == ("1943-07", "1946")
    assert got["Rózsa Péter writes recursion"][0] == "1951"
    assert query(
        db, "SELECT title FROM sources WHERE file = 'my-own-timeline.csv' AND url IS NULL"
    ) == [("MY OWN CSV",)]


def test_groups_become_entities_and_bad_dates_are_rows_skipped(capsys, tmp_path):
    data = {
        "title": {"text": {"headline": "Mine"}},
        "events": [
            {"start_date": {"year": "2020"}, "text": {"headline": "Year"}, "group": "Acme"},
            {"start_date": {"year": "2020", "month": "5"}, "text": {"headline": "Month"}},
            {"start_date": {"year": "2020", "day": "5"}, "text": {"headline": "Day, no month"}},
            {"start_date": {"year": "10000"}, "text": {"headline": "Far future"}},
            {"start_date": {"year": "2021"}, "text": {"text": "<p>No headline here</p>"}},
        ],
    }
    src = tmp_path / "mine.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    db = tmp_path / "m.db"
    code, _, err = run_import(capsys, db, src, args=["--entity-kind", "person"])
    assert code == 0
    assert events(db) == {
        "Year": ("2020", None, None),
        "Month": ("2020-05", None, None),
        "No headline here": ("2021", None, None),
    }
    assert query(db, "SELECT name, kind FROM entities") == [("Acme", "person")]
    assert "event 3: skipped, a day (5) but no month" in err
    assert "event 4: skipped, year 10000 is outside" in err


def test_spreadsheet_eras_groups_and_times(capsys, tmp_path):
    head = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    head += "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
    rows = [
        ",,,,,,,,,Sheet title,,,,,,title,,",
        "2001,,,,2004,,,,,The early years,,,,,,era,,",
        "2002,2,3,14:05,,,,,early Feb,Launch,<b>Big</b> day,,,,,,Acme,",
        "-44,3,15,,,,,,,Ides,,,,,,,Rome,",
    ]
    src = tmp_path / "sheet.csv"
    src.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    code, _, err = run_import(capsys, db, src)
    assert code == 0 and "skipped" not in err
    assert events(db) == {
        "The early years": ("2001", "2004", "period"),
        "Launch": ("2002-02-03T14:05", None, None),  # the sheet's clock time, no zone
        "Ides": ("-0043-03-15", None, None),  # TimelineJS's -44 is 44 BCE
    }
    assert query(db, "SELECT summary, note FROM events WHERE title = 'Launch'") == [
        ("Big day", "shown as early Feb")
    ]
    entities = query(db, "SELECT name, kind FROM entities")
    assert entities == [("Acme", "company"), ("Rome", "company")]
    assert query(db, "SELECT title FROM sources") == [("Sheet title",)]
