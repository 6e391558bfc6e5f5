"""plaso psort outputs (l2tcsv, dynamic CSV, json_line): detected as plaso, not
Timesketch, with their source, type, description and full time kept."""

from pathlib import Path

import pytest
from import_helpers import query, run_import

from explorer.core.data.validate import validate
from explorer.core.io.importers import detect, textfile

DATA = Path(__file__).parent / "data"
SYSLOG = "Reporter <CRON> PID: 8442 (pam_unix(cron:session): session closed for user root)"


@pytest.mark.parametrize("name", ["psort_l2tcsv.csv", "psort_dynamic.csv", "psort.jsonl"])
def test_detected_as_plaso(name):
    assert detect(textfile.TextFile(DATA / name)) == "plaso"


def test_l2tcsv_keeps_source_type_and_time_zone(capsys, tmp_path):
    db = tmp_path / "p.db"
    code, out, _ = run_import(capsys, db, DATA / "psort_l2tcsv.csv")
    assert code == 0 and "2 events imported" in out
    rows = query(db, "SELECT title, start, category, note FROM events ORDER BY id")
    assert rows[0][:3] == (SYSLOG, "2012-06-27T18:17:01Z", "Metadata Modification Time")
    # read in its zone, kept with that zone's offset (summer time in Berlin)
    assert rows[1][:3] == ("Key: Run", "2012-06-28T00:30:00+02:00", "Last Written")
    assert "06/28/2012 00:30:00 Europe/Berlin" in rows[1][3]
    summary = query(db, "SELECT summary FROM events WHERE id = 2")[0][0]
    assert "updater.exe" in summary
    lanes = query(db, "SELECT name FROM entities ORDER BY id")
    assert lanes == [("Test log file",), ("NTUSER.DAT Registry",)]
    attributes = dict(query(db, "SELECT key, value FROM attributes WHERE event_id = 2"))
    assert attributes["user"] == "alice" and attributes["macb"] == "M..."
    assert attributes["filename"] == "NTUSER.DAT" and attributes["source"] == "REG"
    assert validate(db, [DATA]) == ([], 0)


def test_dynamic_and_json_line(capsys, tmp_path):
    db = tmp_path / "p.db"
    code, out, _ = run_import(capsys, db, DATA / "psort_dynamic.csv", DATA / "psort.jsonl")
    assert code == 0 and "3 events imported" in out
    starts = [s for (s,) in query(db, "SELECT start FROM events ORDER BY id")]
    assert starts[0] == "2012-06-27T18:17:01.250Z"  # the fraction of a second is kept
    notes = [n for (n,) in query(db, "SELECT note FROM events ORDER BY id")]
    assert "1340821021000000" in notes[2] and "2012-06-27T18:17:01" in notes[2]
    assert query(db, "SELECT start, category FROM events WHERE id = 3") == [
        ("2012-06-27T18:17:01Z", "Unknown Time")
    ]
    attributes = dict(query(db, "SELECT key, value FROM attributes WHERE event_id = 3"))
    assert attributes["username"] == "root" and attributes["parser"] == "syslog"
    assert "__container_type__" not in attributes
    assert validate(db, [DATA]) == ([], 0)
