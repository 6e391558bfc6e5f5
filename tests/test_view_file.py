"""Saved views, Qt-free: save then load gives back filters, search, range and selection."""

import json
import shutil

import pytest
from conftest import BUNDLED, entity_id, matched_ids, visible_events

from explorer.core.data.dates import parse_bound
from explorer.core.data.store import Store
from explorer.core.view import view_file
from explorer.core.view.session import Session
from explorer.core.view.view_file import ViewFileError


def a_view(session):
    """Some of everything: hidden entities and category, search, a selection, a range."""
    hidden = {entity_id(session, "Huawei"), entity_id(session, "Meta")}
    session.filters.set(
        hidden_entities=hidden,
        hidden_categories={"budget", "market"},
        search="Nvidia chips",
        hide_unmatched=True,
    )
    chosen = sorted(visible_events(session), key=lambda e: e.id)[1]
    session.select(chosen.id)
    session.view.set_range(parse_bound("2023-02", upper=False), parse_bound("2024-07", upper=True))
    return chosen


@pytest.fixture
def db(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return shutil.copyfile(BUNDLED, folder / "chips.db")


def state(session):
    return session.filters.as_dict(), session.selection, session.view.range


def test_save_then_load_reproduces_the_session(tmp_path, db):
    before = Session(Store(db))
    chosen = a_view(before)
    assert before.selection == chosen.id and matched_ids(before)
    path = tmp_path / "mine.view.json"
    view_file.save(path, before)
    spec = view_file.load(path)
    assert spec.db_path == db.resolve()
    after = Session(Store(spec.db_path))
    view_file.apply(spec, after)
    filters, selection, (t0, t1) = state(after)
    assert filters == before.filters.as_dict()
    assert selection == chosen.id
    assert t0 == pytest.approx(before.view.range[0], abs=1e-3)
    assert t1 == pytest.approx(before.view.range[1], abs=1e-3)
    assert [e.id for e in visible_events(after)] == [e.id for e in visible_events(before)]


def test_the_file_names_entities_and_a_relative_database(tmp_path, db):
    session = Session(Store(db))
    a_view(session)
    path = tmp_path / "mine.view.json"
    view_file.save(path, session)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "timeline-explorer-view" and data["version"] == 1
    assert data["database"] == {"path": "data/chips.db", "absolute": str(db.resolve())}
    assert data["filters"]["hidden_entities"] == ["Huawei", "Meta"]
    assert data["range"]["from"].startswith("2023-02-01T00:00:00")
    assert data["selection"]["title"] == session.store.records[session.selection].title


def test_moving_view_and_database_together_keeps_them_paired(tmp_path, db):
    view_file.save(tmp_path / "v.view.json", Session(Store(db)))
    moved = tmp_path / "moved"
    shutil.copytree(tmp_path, moved / "inner", ignore=shutil.ignore_patterns("moved"))
    db.unlink()
    assert view_file.load(moved / "inner" / "v.view.json").db_path == (
        moved / "inner" / "data" / "chips.db"
    )


def test_a_copied_view_finds_its_database_by_absolute_path(tmp_path, db):
    view_file.save(tmp_path / "v.view.json", Session(Store(db)))
    elsewhere = tmp_path / "a" / "b"
    elsewhere.mkdir(parents=True)
    shutil.copy(tmp_path / "v.view.json", elsewhere / "v.view.json")
    assert view_file.load(elsewhere / "v.view.json").db_path == db.resolve()


def test_names_the_database_lacks_hide_nothing(tmp_path, db):
    session = Session(Store(db))
    spec = view_file.ViewSpec(db_path=db, hidden_entities=("Nobody Inc", "Meta"))
    view_file.apply(spec, session)
    assert session.filters.hidden_entities == {entity_id(session, "Meta")}


def test_a_gone_database_is_a_clear_error(tmp_path, db):
    view_file.save(tmp_path / "v.view.json", Session(Store(db)))
    db.unlink()
    with pytest.raises(ViewFileError, match="its database is gone") as caught:
        view_file.load(tmp_path / "v.view.json")
    assert "chips.db" in str(caught.value) and "\n" not in str(caught.value)


GOOD = {
    "format": "timeline-explorer-view",
    "version": 1,
    "database": {"absolute": str(BUNDLED)},
    "filters": {"hidden_entities": []},
    "range": {"from": "2023-01-01T00:00:00+00:00", "to": "2024-01-01T00:00:00+00:00"},
    "selection": None,
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "other"}, "not a view file"),
        ({"version": 2}, "version 2"),
        ({"database": {}}, "names no database"),
        ({"filters": {"hidden_entities": "Meta"}}, "hidden_entities is not a list"),
        ({"filters": {"disputed_only": "yes"}}, "disputed_only is not true or false"),
        ({"range": {"from": "last week", "to": "2024"}}, "range.from is not an ISO 8601"),
        ({"range": {"from": "2024-01-01", "to": "2023-01-01"}}, "to is not after from"),
        ({"selection": {"id": "7", "title": "x"}}, "selection: id is not a whole number"),
    ],
)
def test_bad_view_files_say_what_is_wrong(tmp_path, change, message):
    path = tmp_path / "bad.view.json"
    path.write_text(json.dumps({**GOOD, **change}), encoding="utf-8")
    with pytest.raises(ViewFileError, match=message) as caught:
        view_file.load(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_good_file_loads_and_missing_or_broken_files_do_not(tmp_path):
    path = tmp_path / "ok.view.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    assert view_file.load(path).range == (1672531200.0, 1704067200.0)
    with pytest.raises(ViewFileError, match="no such view file"):
        view_file.load(tmp_path / "missing.view.json")
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ViewFileError, match="bad JSON at line 1"):
        view_file.load(path)
