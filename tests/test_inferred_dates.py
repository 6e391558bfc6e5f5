"""The optional events.date_inferred flag: read into records, and kept by every
event export and import (an inferred date must not come back looking certain)."""

import sqlite3

import pytest
import sqlite_utils
from factory import make_db
from import_helpers import run_import

from explorer.cli import main
from explorer.core.data import schema
from explorer.core.data.store import Store
from explorer.core.data.validate import validate

FORMATS = {"e.csv": (), "e.json": (), "e.jsonl": (), "tl.json": ("--format", "timelinejs")}


@pytest.fixture
def inferred_db(tmp_path):
    path = make_db(tmp_path / "i.db")
    db = sqlite_utils.Database(path)
    schema.add_date_inferred(db)
    db.execute(f"UPDATE events SET {schema.DATE_INFERRED} = 1 WHERE id = 2")
    db.conn.commit()
    db.conn.close()
    return path


def test_the_flag_is_read_where_the_column_is(inferred_db, small_db):
    assert [e.date_inferred for e in Store(inferred_db).records.values()] == [False, True, False]
    assert not any(e.date_inferred for e in Store(small_db).records.values())  # no column


def test_validate_wants_0_or_1(inferred_db):
    assert validate(inferred_db)[0] == []
    db = sqlite_utils.Database(inferred_db)
    db.execute(f"UPDATE events SET {schema.DATE_INFERRED} = 'maybe' WHERE id = 3")
    db.conn.commit()
    assert [str(p) for p in validate(inferred_db)[0]] == [
        "events row 3: date_inferred is 'maybe', not 0 or 1"
    ]


@pytest.mark.parametrize("name", FORMATS)
def test_every_event_format_keeps_the_flag(inferred_db, tmp_path, capsys, name):
    out, again = tmp_path / name, tmp_path / "again.db"
    assert main(["export", "--db", str(inferred_db), "-o", str(out), *FORMATS[name]]) == 0
    assert run_import(capsys, again, out, args=FORMATS[name])[0] == 0
    rows = sqlite3.connect(again).execute(f"SELECT title, {schema.DATE_INFERRED} FROM events")
    assert sorted(rows) == [
        ("Acme founded", 0),
        ("Globex deal with Acme", 1),
        ("Ruritania bans widgets", 0),
    ]


def test_the_details_and_tooltip_say_the_date_is_inferred(inferred_db, qapp):
    from explorer._qt.detail_panel import DetailPanel
    from explorer._qt.timeline.event_tip import tip_text
    from explorer.core.view.session import Session

    session = Session(Store(inferred_db))
    panel = DetailPanel(session)
    for event_id, word in ((2, "month inferred"), (1, "year known")):
        session.select(event_id)
        assert word in panel.toPlainText()
        assert ("inferred" in tip_text(session.store.records[event_id])) == (event_id == 2)


def test_the_legend_explains_the_look_where_an_inferred_date_is_shown(inferred_db, qapp):
    from explorer._qt.export.canvas import ExportCanvas
    from explorer._qt.timeline.legend import INFERRED
    from explorer.core.data.dates import PartialDate
    from explorer.core.view.session import Session

    session = Session(Store(inferred_db))
    year = {y: PartialDate.parse(y).interval() for y in ("2021", "2022")}  # event 2: 2021-03
    for shown, (t0, t1) in ((True, year["2021"]), (False, year["2022"])):
        canvas = ExportCanvas(session, t0, t1, 800, 400)
        assert (INFERRED in canvas.legend.texts) == shown
        canvas.dispose()
