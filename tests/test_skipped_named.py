"""What the store leaves out is counted and named once: broken rows and links to
missing entities, in the window's status bar and on export's stderr."""

from factory import EVENTS, LINKS, make_db

from explorer._qt.status_line import status_line
from explorer.cli import main
from explorer.core.data.store import Store

BAD_EVENT = {"id": 4, "title": "Bad date", "start": "2021-02-30", "category": "trade"}
# Events 2 and 3 name entity 99 and 98, which do not exist.
BROKEN = [*LINKS, (2, 99), (3, 98)]


def broken_db(tmp_path):
    return make_db(tmp_path / "broken.db", events=[*EVENTS, BAD_EVENT], links=BROKEN)


def test_links_to_missing_entities_are_noted(tmp_path):
    store = Store(broken_db(tmp_path))
    assert store.broken_links == ["event 3 names entity 98", "event 2 names entity 99"]
    assert any(n.startswith("2 links to missing entities ignored: event 3") for n in store.notes)
    assert len(store.records) == 3  # the events themselves still show


def test_a_clean_database_has_no_notes(small_db):
    store = Store(small_db)
    assert store.broken_links == [] and store.notes == []


def test_the_status_bar_counts_each_kind_and_the_tooltip_names_them(tmp_path):
    store = Store(broken_db(tmp_path))
    from explorer.core.view.session import Session

    text, tip = status_line(store, Session(store).result)
    assert "1 broken rows skipped" in text
    assert "2 links to missing entities ignored" in text
    assert "event 2 names entity 99" in tip and "events row 4" in tip


def test_export_says_one_line_per_kind_with_the_first_ids(tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["export", "--db", str(broken_db(tmp_path)), "-o", str(out)]) == 0
    lines = [x for x in capsys.readouterr().err.splitlines() if "warning" in x]
    assert len(lines) == 2
    assert "1 broken rows skipped: events row 4" in lines[0]
    assert "2 links to missing entities ignored: event 3 names entity 98" in lines[1]
