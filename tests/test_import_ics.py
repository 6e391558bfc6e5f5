"""iCalendar (.ics): timed events in their zone, all-day events to the day,
recurring events expanded within a bounded range, quotes found in the file."""

from pathlib import Path

from import_helpers import events, query, run_import

from explorer.core.data.validate import validate
from explorer.core.io.importers import ics

DATA = Path(__file__).parent / "data"


def test_calendar_imports_with_times_all_day_and_recurrences(capsys, tmp_path):
    db = tmp_path / "c.db"
    code, out, err = run_import(capsys, db, DATA / "calendar.ics")
    assert code == 0 and err == ""
    # 4 single events, 4 stand-ups (COUNT=4), New Year 2022-2025: the endless rule
    # stops a year after the calendar's last dated event (August 2024)
    assert "12 events imported" in out and "8 recurring event occurrences expanded" in out
    assert "1 alarms not kept, 1 attendees not kept" in out
    got = events(db)
    # the time as the calendar shows it, with the zone's offset that day
    assert got["Kick-off meeting"] == (
        "2024-06-12T09:30:00+02:00",
        "2024-06-12T11:00:00+02:00",
        "Meeting",
    )
    assert got["Release day"] == ("2024-07-01", None, None)  # all day: DTEND is the next day
    assert got["Summer break"] == ("2024-08-05", "2024-08-09", None)
    assert got["Late call with Tokyo"] == (  # DURATION
        "2024-06-13T23:30:15Z",
        "2024-06-14T00:00:15Z",
        None,
    )
    starts = query(db, "SELECT start FROM events WHERE title = 'Weekly stand-up' ORDER BY start")
    days = ("03", "10", "17", "24")
    assert starts == [(f"2024-06-{d}T09:00:00+02:00",) for d in days]
    years = query(db, "SELECT start FROM events WHERE title = 'New Year' ORDER BY start")
    assert [y for (y,) in years] == ["2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01"]
    note = query(db, "SELECT note FROM events WHERE title = 'Kick-off meeting'")[0][0]
    assert note == "time zone Europe/Berlin"
    link = query(
        db,
        "SELECT s.url FROM citations c JOIN sources s ON s.id = c.source_id "
        "JOIN events e ON e.id = c.event_id "
        "WHERE e.title = 'Kick-off meeting' AND s.url IS NOT NULL",
    )
    assert link == [("https://example.org/kickoff",)]
    assert query(db, "SELECT value FROM metadata WHERE key = 'title'") == [("Project calendar",)]
    problems, unchecked = validate(db, [DATA])
    assert problems == [] and unchecked == 0


def test_reimport_adds_no_occurrence_twice(capsys, tmp_path):
    db = tmp_path / "c.db"
    run_import(capsys, db, DATA / "calendar.ics")
    code, out, _ = run_import(capsys, db, DATA / "calendar.ics")
    assert code == 0 and "0 events imported" in out and "12 already there" in out


def test_crlf_calendar_quotes_still_found(capsys, tmp_path):
    """RFC 5545 ends lines with CRLF: quotes and validate take line ends alike."""
    src = tmp_path / "crlf.ics"
    src.write_bytes((DATA / "calendar.ics").read_bytes().replace(b"\n", b"\r\n"))
    db = tmp_path / "c.db"
    code, out, _ = run_import(capsys, db, src)
    assert code == 0 and "12 events imported" in out
    assert validate(db, [tmp_path]) == ([], 0)


def test_expansion_stops_at_its_bound_and_says_so(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(ics, "MAX_OCCURRENCES", 3)
    db = tmp_path / "c.db"
    code, out, err = run_import(capsys, db, DATA / "calendar.ics")
    assert code == 0 and "7 events imported" in out and "1 row(s) skipped" in out
    assert "recurring events: skipped, expanded to 3 occurrences, no more" in err
