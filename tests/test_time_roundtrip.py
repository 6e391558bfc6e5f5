"""Times and years before the common era survive export and import in every
data format: whole through our own fields, and through each tool's own fields
(what TimelineJS or Timesketch would read) as far as the format can hold them."""

import json

import pytest
from cli_helpers import run
from factory import make_db
from test_export_roundtrip import FORMATS, events_of, round_trip

from explorer.core.data.columns import PRECISION_NAMES
from explorer.core.data.dates import PartialDate, parse_bound, span_interval
from explorer.core.data.store import Store
from explorer.core.data.validate import validate
from explorer.core.io.formats_out import OWN_DATA_TYPE, OWN_KEY
from explorer.core.view import view_file
from explorer.core.view.session import Session

EVENTS = [
    {"id": 1, "title": "Founding of Rome", "start": "-0752-04-21"},
    {"id": 2, "title": "Battle of Marathon", "start": "-0489"},
    {"id": 3, "title": "Login burst", "start": "2015-07-24T19:01:01Z",
     "end": "2015-07-24T19:01:03Z"},
    {"id": 4, "title": "Press call", "start": "2025-01-19T14:30+01:00"},
    {"id": 5, "title": "Outage hour", "start": "2025-01-19T14Z"},
    {"id": 6, "title": "Packet", "start": "2015-07-24T19:01:01.250Z"},
]  # fmt: skip
ENTITIES = [{"id": 1, "name": "Net", "kind": "company", "color": "#1f77b4"}]
LINKS = [(e["id"], 1) for e in EVENTS]


@pytest.fixture
def timed_db(tmp_path):
    return make_db(tmp_path / "timed.db", events=EVENTS, entities=ENTITIES, links=LINKS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_times_and_bce_years_come_back_whole(tmp_path, capsys, timed_db, fmt):
    assert round_trip(tmp_path, timed_db, fmt) == events_of(timed_db)


def _native(tmp_path, timed_db, fmt) -> dict:
    """Export, strip our own fields, import: what the other tool's fields say."""
    flag, name = FORMATS[fmt]
    out = tmp_path / name
    assert run("export", "--db", timed_db, "--format", flag or fmt, "-o", out) == 0
    if fmt == "timelinejs":
        doc = json.loads(out.read_text(encoding="utf-8"))
        for slide in doc["events"]:
            slide.pop(OWN_KEY)
        out.write_text(json.dumps(doc), encoding="utf-8")
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        for row in rows:
            row["data_type"] = "other:tool"
            for key in ("start", "end", "title"):
                row.pop(key)
        out.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    back = tmp_path / "native.db"
    assert run("import", out, "-o", back, "--format", fmt) == 0
    return {e[0]: e[2] for e in events_of(back)}


def test_timelinejs_fields_hold_clock_parts_and_bce_years(tmp_path, capsys, timed_db):
    got = _native(tmp_path, timed_db, "timelinejs")
    assert got["Founding of Rome"] == "-0752-04-21"  # TimelineJS -753 = 753 BCE
    assert got["Battle of Marathon"] == "-0489"
    assert got["Press call"] == "2025-01-19T14:30"  # the clock time; TimelineJS has no zones
    assert got["Outage hour"] == "2025-01-19T14"
    assert got["Packet"] == "2015-07-24T19:01:01.250"
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    rome = next(s for s in out["events"] if s["text"]["headline"] == "Founding of Rome")
    assert rome["start_date"] == {"year": -753, "month": 4, "day": 21}


def test_timesketch_fields_hold_the_instant(tmp_path, capsys, timed_db):
    whole = tmp_path / "whole.jsonl"
    assert run("export", "--db", timed_db, "-o", whole) == 0
    got = _native(tmp_path, timed_db, "timesketch")
    for event in EVENTS[2:]:
        title = next(t for t in got if t.startswith(event["title"][:5]))
        assert PartialDate.parse(got[title]).interval()[0] == pytest.approx(
            PartialDate.parse(event["start"]).interval()[0]
        )
    rows = whole.read_text(encoding="utf-8").splitlines()
    packet = next(json.loads(r) for r in rows if "Packet" in r)
    assert packet["datetime"] == "2015-07-24T19:01:01.250+00:00"
    assert packet["timestamp"] == 1437764461250000
    assert packet["data_type"] == OWN_DATA_TYPE


def test_a_timed_database_loads_with_each_dates_period_and_validates(timed_db):
    store = Store(timed_db)
    try:
        columns = store.columns
        assert len(columns) == len(EVENTS) and not store.skipped
        for event in EVENTS:
            row = columns.row_of(event["id"])
            t0, t1 = span_interval(event["start"], event.get("end"))
            assert (columns.t0[row], columns.t1[row]) == pytest.approx((t0, t1))
            precision = PartialDate.parse(event["start"]).precision
            assert PRECISION_NAMES[int(columns.precision[row])] == precision
    finally:
        store.close()
    problems, _ = validate(timed_db)
    assert not [p for p in problems if "start" in p.message or "end" in p.message]


def test_a_saved_view_keeps_a_range_before_the_common_era(tmp_path, timed_db):
    session = Session(Store(timed_db))
    t0, t1 = parse_bound("-0800", upper=False), parse_bound("2015-07-24T19:01:02Z", upper=True)
    session.view.go_to(t0, t1)
    path = tmp_path / "bce.view.json"
    view_file.save(path, session)
    saved = json.loads(path.read_text(encoding="utf-8"))["range"]
    assert saved["from"].startswith("-0800-01-01T00:00:00")
    again = Session(Store(timed_db))
    view_file.apply(view_file.load(path), again)
    assert again.view.range == pytest.approx((t0, t1), abs=1e-3)


def test_from_and_to_take_times(tmp_path, timed_db):
    out = tmp_path / "minute.json"
    args = ["--from", "2015-07-24T19:01", "--to", "2015-07-24 19:01"]
    assert run("export", "--db", timed_db, *args, "-o", out) == 0
    titles = {e["title"] for e in json.loads(out.read_text(encoding="utf-8"))}
    assert titles == {"Login burst", "Packet"}
    assert run("export", "--db", timed_db, "--from=-0800", "--to=-0400", "-o", out) == 0
    assert {e["title"] for e in json.loads(out.read_text(encoding="utf-8"))} == {
        "Founding of Rome",
        "Battle of Marathon",
    }
