"""Export then `timeline-explorer import` gives back the same events, in every data format."""

import json

import pytest
from cli_helpers import run
from conftest import BUNDLED
from factory import make_db

from explorer.core.data.dates import PartialDate
from explorer.core.data.store import Store

# --format for export (None: from the extension), output name
FORMATS = {
    "timesketch": (None, "out.jsonl"),
    "timelinejs": ("timelinejs", "out.json"),
    "csv": (None, "out.csv"),
    "json": (None, "out.json"),
}
ENTITIES = [
    {"id": 1, "name": "Ünïcode AG", "kind": "company", "color": "#1f77b4"},
    {"id": 2, "name": "東京 Ltd", "kind": "company", "color": "#d62728"},
    {"id": 3, "name": "Ruritania", "kind": "government", "color": "#2ca02c"},
]
EVENTS = [
    {"id": 1, "title": "Founded in 1901", "start": "1901", "category": "corporate"},
    {"id": 2, "title": "Deal <b>&</b> “quotes”", "start": "2021-03", "end": "2022",
     "summary": "Two lines:\nfirst & second", "category": "trade", "disputed": 1},
    {"id": 3, "title": "Ban on widgets", "start": "2022-01-15", "end": "2022-02-28",
     "category": "regulation", "note": "day given in the decree"},
    {"id": 4, "title": "The long quarrel", "start": "2020-05", "end": "2023", "category": "period"},
    {"id": 5, "title": "Nobody in particular", "start": "2024-12-31"},
    {"id": 6, "title": "No span, one day", "start": "0999-01-01", "category": "trade"},
    {"id": 7, "title": "Ends in the month it starts", "start": "2019-07", "end": "2019-07"},
]  # fmt: skip
LINKS = [(1, 1), (2, 1), (2, 2), (2, 3), (3, 3), (4, 2), (4, 1), (6, 2)]


def events_of(db) -> list[tuple]:
    """Every event as what the user sees of it, entity names in lane order."""
    store = Store(db)
    try:
        return sorted(
            (e.title, e.summary, e.start, e.end or "", e.category, e.disputed, e.note,
             tuple(store.entities[i].name for i in e.entity_ids))
            for e in store.records.values()
        )  # fmt: skip
    finally:
        store.close()


def round_trip(tmp_path, db, fmt, *filters) -> list[tuple]:
    flag, name = FORMATS[fmt]
    out = tmp_path / name
    fmt_args = ["--format", flag] if flag else []
    assert run("export", "--db", db, *filters, *fmt_args, "-o", out) == 0
    back = tmp_path / "back.db"
    assert run("import", out, "-o", back) == 0
    return events_of(back)


@pytest.fixture
def factory_db(tmp_path):
    return make_db(tmp_path / "f.db", events=EVENTS, entities=ENTITIES, links=LINKS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_bundled_data_comes_back_the_same(tmp_path, capsys, fmt):
    original = events_of(BUNDLED)
    assert any(e[5] for e in original) and any(e[3] for e in original)  # disputed, spans
    assert round_trip(tmp_path, BUNDLED, fmt) == original


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_precision_unicode_spans_and_entities_come_back(tmp_path, capsys, factory_db, fmt):
    original = events_of(factory_db)
    if fmt in ("csv", "json"):  # generic files: an end equal to the start is dropped
        original = sorted(e[:3] + ("" if e[3] == e[2] else e[3],) + e[4:] for e in original)
    got = round_trip(tmp_path, factory_db, fmt)
    assert got == original
    assert any(e[3] == e[2] for e in got) == (fmt in ("timesketch", "timelinejs"))
    starts = {e[2] for e in got}
    assert {"1901", "2021-03", "2022-01-15", "0999-01-01"} <= starts


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_filtered_subset_comes_back(tmp_path, capsys, fmt):
    filters = ["--company", "Huawei", "--company", "Nvidia", "--from", "2023", "--to", "2024"]
    got = round_trip(tmp_path, BUNDLED, fmt, *filters)
    lo = PartialDate.parse("2023").interval()[0]
    hi = PartialDate.parse("2024").interval()[1]
    store = Store(BUNDLED)
    wanted = {
        e.title
        for e in store.records.values()
        if {store.entities[i].name for i in e.entity_ids} & {"Huawei", "Nvidia"}
        and e.t1 > lo
        and e.t0 < hi
    }
    store.close()
    assert 0 < len(wanted) < 48
    assert {e[0] for e in got} == wanted
    assert [e for e in events_of(BUNDLED) if e[0] in wanted] == got


def test_timelinejs_slides_carry_only_the_parts_the_precision_has(tmp_path, factory_db):
    out = tmp_path / "t.json"
    assert run("export", "--db", factory_db, "--format", "timelinejs", "-o", out) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert slides["event-1"]["start_date"] == {"year": 1901}
    assert slides["event-2"]["start_date"] == {"year": 2021, "month": 3}
    assert slides["event-2"]["end_date"] == {"year": 2022}
    assert slides["event-2"]["group"] == "Ünïcode AG"  # the first entity
    assert slides["event-2"]["text"]["headline"] == "Deal &lt;b&gt;&amp;&lt;/b&gt; “quotes”"
    assert slides["event-3"]["media"]["caption"] == "quote 3"
    assert "event-5" in slides and "group" not in slides["event-5"]
    assert [e["text"]["headline"] for e in doc["eras"]] == ["The long quarrel"]
    assert doc["eras"][0]["end_date"] == {"year": 2023}


def test_timesketch_rows_have_the_required_fields(tmp_path, factory_db):
    out = tmp_path / "t.jsonl"
    assert run("export", "--db", factory_db, "-o", out) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(EVENTS)
    by_title = {r["message"]: r for r in rows}
    founded = by_title["Founded in 1901"]
    assert founded["datetime"] == "1901-01-01T00:00:00+00:00"
    assert founded["timestamp"] == -2177452800 * 1_000_000
    assert founded["start"] == "1901" and founded["timestamp_desc"] == "corporate"
    assert by_title["Nobody in particular"]["timestamp_desc"] == "Event Time"
    assert by_title["Deal <b>&</b> “quotes”"]["entities"] == ["Ünïcode AG", "東京 Ltd", "Ruritania"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "timelinejs", "-o", "x.csv"], "--format timelinejs writes a .json file"),
        (["--format", "timesketch", "-o", "x.json"], "--format timesketch writes a .jsonl file"),
        (["--format", "png", "-o", "x.svg"], "--format png writes a .png file"),
        (["--format", "nope", "-o", "x.json"], "invalid choice"),
        (["-o", "x.ndjson"], "unknown format .ndjson"),
    ],
)
def test_a_format_that_does_not_fit_the_file_exits_2(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    assert run("export", *args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_bad_rows_in_our_own_exports_are_skipped_and_named(tmp_path, capsys, factory_db):
    jsonl, tl = tmp_path / "t.jsonl", tmp_path / "t.json"
    assert run("export", "--db", factory_db, "-o", jsonl) == 0
    assert run("export", "--db", factory_db, "--format", "timelinejs", "-o", tl) == 0
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    rows[1]["start"] = "2024-13"
    rows[2]["entities"] = "Acme"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines[3] = lines[3][:20]  # cut short
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = json.loads(tl.read_text(encoding="utf-8"))
    doc["events"][0]["timeline_explorer"]["end"] = "0998"  # before its start, 0999-01-01
    tl.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert run("import", jsonl, tl, "-o", tmp_path / "back.db") == 0
    out, err = capsys.readouterr()
    assert "t.jsonl line 2: skipped, not a date the database can hold" in err
    assert "t.jsonl line 3: skipped, entities is not a JSON list" in err
    assert "t.jsonl line 4: skipped, not valid JSON" in err
    assert "t.json event 1: skipped, end 0998 is before start 0999-01-01" in err
    survivors = len(EVENTS) - 3 + len(EVENTS) - 1
    assert f"{survivors} events imported" in out and "4 row(s) skipped" in out
