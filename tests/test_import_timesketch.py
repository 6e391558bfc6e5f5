"""Timesketch CSV and JSONL: every sample (valid and deliberately invalid) and our own rows."""

import json

import pytest
from import_helpers import count, events, query, run_import, sample, sample_names

from explorer.core.data.dates import PartialDate, parse_bound

# file -> (events imported, rows skipped)
SAMPLES = {
    "evtx_direct.csv": (13, 0),  # repeated rows are kept: each is its own record
    "sigma_events.csv": (4, 0),
    "sigma_events.jsonl": (5, 0),
    "validate_time_precision_datetime.csv": (1, 0),
    "invalid_datetime.csv": (3, 1),  # "1234 19:01:01" is skipped, as Timesketch does
    "csv_timestamp_no_datetime.csv": (3, 0),  # seconds, ms and µs timestamps
}


def test_every_sample_is_listed():
    assert sample_names("timesketch") == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_imports(capsys, tmp_path, name):
    imported, skipped = SAMPLES[name]
    code, out, err = run_import(capsys, tmp_path / "t.db", sample("timesketch", name))
    assert code == 0
    assert f"{imported} events imported" in out and f"{skipped} row(s) skipped" in out
    assert err.count(": skipped, ") == skipped
    assert count(tmp_path / "t.db") == imported


def test_invalid_datetime_row_is_reported_with_its_line(capsys, tmp_path):
    db = tmp_path / "t.db"
    _, _, err = run_import(capsys, db, sample("timesketch", "invalid_datetime.csv"))
    assert "invalid_datetime.csv line 5: skipped, datetime '1234 19:01:01' is not ISO 8601" in err
    # The datetime wins over a wrong timestamp; a datetime without zone is taken as UTC.
    assert sorted(r[0] for r in query(db, "SELECT start FROM events")) == [
        "2017-07-24T19:01:01",
        "2017-09-24T19:01:01",
        "2017-10-24T19:01:01",
    ]


def test_timestamps_without_datetime_keep_the_digits_their_unit_has(capsys, tmp_path):
    db = tmp_path / "t.db"
    run_import(capsys, db, sample("timesketch", "csv_timestamp_no_datetime.csv"))
    assert [r[0] for r in query(db, "SELECT start FROM events ORDER BY id")] == [
        "2022-07-24T19:01:01Z",
        "2022-07-24T19:01:01.123Z",
        "2022-07-24T19:01:01.123456Z",
    ]


def test_evtx_fields_become_attributes_and_times(capsys, tmp_path):
    db = tmp_path / "t.db"
    run_import(capsys, db, sample("timesketch", "evtx_direct.csv"))
    starts = [r[0] for r in query(db, "SELECT start FROM events ORDER BY id")]
    assert starts[0] == "2012-03-14T04:17:38.276340Z"
    assert all(s.startswith("2012-03-14T04:1") and s.endswith("Z") for s in starts)
    assert {r[0] for r in query(db, "SELECT DISTINCT category FROM events")} == {
        "Content Modification Time",
        "Creation Time",
    }
    first = query(db, "SELECT title, summary, note FROM events WHERE id = 1")[0]
    assert first[0].startswith("[7036 / 0x1b7c] Source Name: Service Control Manager")
    assert first[0].endswith("…") and "Computer Name: WKS-WIN764BITB" in first[1]
    assert "04:17:38.276340" in first[2]
    attrs = dict(query(db, "SELECT key, value FROM attributes WHERE event_id = 1"))
    assert attrs["computer_name"] == "WKS-WIN764BITB.shieldbase.local"
    assert attrs["timestamp"] == "1331698658276340"
    assert count(db, "entities") == 0  # only the internal __ts_star label


def test_jsonl_sample_and_own_tags(capsys, tmp_path):
    db = tmp_path / "t.db"
    run_import(capsys, db, sample("timesketch", "sigma_events.jsonl"))
    assert events(db)["A message"] == ("2015-07-24T19:01:01Z", None, "Write time")
    rows = [
        {"message": "Login from ünïcode host 東京", "datetime": "2024-01-31T23:30:00-02:00",
         "timestamp_desc": "Event Time", "tag": ["lateral", "__ts_star"]},
        {"message": "no time", "timestamp_desc": "Event Time"},
        {"message": "", "datetime": "2024-01-01T00:00:00Z", "timestamp_desc": "x"},
    ]  # fmt: skip
    src = tmp_path / "own.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code, out, err = run_import(capsys, db, src)
    assert code == 0 and "1 events imported" in out and "2 row(s) skipped" in err + out
    assert "own.jsonl line 2: skipped, no datetime and no timestamp" in err
    assert "own.jsonl line 3: skipped, no message" in err
    login = events(db)["Login from ünïcode host 東京"]
    assert login == ("2024-01-31T23:30:00-02:00", None, "Event Time")  # the source's offset
    assert PartialDate.parse(login[0]).interval()[0] == parse_bound(
        "2024-02-01T01:30Z", upper=False
    )
    assert query(db, "SELECT name FROM entities") == [("lateral",)]


def test_missing_required_column_is_not_imported(capsys, tmp_path):
    src = tmp_path / "ts.csv"
    src.write_text("message,timestamp_desc,extra\nhello,Write time,1\n", encoding="utf-8")
    code, _, err = run_import(capsys, tmp_path / "t.db", src, args=["--format", "timesketch"])
    assert code == 1 and "without a datetime or timestamp column" in err
