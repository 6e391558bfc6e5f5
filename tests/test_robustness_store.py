"""Issue 7: every database in the corpus opens or is refused plainly, and is left unchanged."""

import sqlite3

import pytest
from bad_databases import CASES, HUGE, ODD_TITLE, LockedBy, build, snapshot
from conftest import search_ids
from factory import make_db

from explorer.core.data.store import Store, StoreError
from explorer.core.data.validate import validate
from explorer.core.view.session import Session


@pytest.mark.parametrize("name", CASES)
def test_store_opens_or_refuses_and_changes_nothing(tmp_path, name):
    case = CASES[name]
    path = build(name, tmp_path)
    before = snapshot(path)
    if case.error:
        with pytest.raises(StoreError, match=None) as info:
            Store(path)
        assert case.error in str(info.value)
        assert "Traceback" not in str(info.value) and len(str(info.value)) < 300
    else:
        store = Store(path)
        assert set(store.records) == case.events
        assert len(store.skipped) == len(case.skipped), store.skipped
        for expected in case.skipped:
            assert any(expected in line for line in store.skipped), (expected, store.skipped)
        assert all(len(line) < 200 for line in store.skipped)
        # Everything a view asks for works on what did load.
        session = Session(store)
        for event_id in store.records:
            store.citations(event_id)
            session.select(event_id)
            session.store.records[event_id].spoken_date()
        store.sources()
        assert isinstance(search_ids(store, "acme"), set)
        session.filters.set(search="event")
        store.close()
    assert snapshot(path) == before


@pytest.mark.parametrize("name", CASES)
def test_validate_names_table_and_row_and_changes_nothing(tmp_path, name):
    case = CASES[name]
    path = build(name, tmp_path)
    before = snapshot(path)
    if case.error and name not in ("missing_table", "missing_column", "newer_version"):
        with pytest.raises(StoreError) as info:
            validate(path)
        assert case.error in str(info.value)
    else:
        problems, _ = validate(path)
        found = [str(p) for p in problems]
        for expected in case.problems or ((case.error,) if case.error else ()):
            assert any(expected in line for line in found), (expected, found)
        if not (case.problems or case.error or case.skipped):
            assert found == []
        if case.skipped:
            assert len(found) >= len(case.skipped)
    assert snapshot(path) == before


def test_text_survives_the_round_trip(tmp_path):
    store = Store(build("odd_text", tmp_path))
    assert store.records[1].title == ODD_TITLE
    assert store.records[2].category == "🚀"
    assert search_ids(store, "שלום") == {1}
    assert search_ids(store, "\u202e") == {1}  # symbols only: a plain substring match


def test_huge_title_is_kept_whole_and_searchable(tmp_path):
    store = Store(build("huge_title", tmp_path))
    assert store.records[1].title == HUGE
    assert search_ids(store, "small") == {2}


def test_integer_years_are_read_as_text(tmp_path):
    """Decision: a start or end stored as a whole number (2021) is read as that
    year; `validate` still reports it, since the contract asks for text."""
    store = Store(build("integer_start", tmp_path))
    assert store.records[1].start == "2021"
    assert store.records[2].end == "2022"
    assert store.skipped == []


def test_dangling_links_are_ignored(tmp_path):
    store = Store(build("dangling_links", tmp_path))
    assert store.records[1].entity_ids == (1,)  # the link to entity 77 is dropped
    [cited] = store.citations(2)[1:]
    assert cited.quote == "quote without source" and cited.outlet is None


def test_broken_metadata_falls_back_to_the_file_name(tmp_path):
    assert Store(build("broken_metadata", tmp_path)).title == "odd-metadata"


def test_pending_wal_changes_are_named_not_hidden(tmp_path):
    store = Store(build("wal_with_pending_changes", tmp_path))
    assert store.notes and "copied.db-wal" in store.notes[0]


def test_a_live_wal_database_shows_its_latest_commits(tmp_path):
    """Another program has it open in WAL mode: read its committed changes, add no files."""
    path = build("wal_mode", tmp_path)
    writer = sqlite3.connect(path)
    writer.execute("UPDATE events SET title = 'Committed by the writer' WHERE id = 1")
    writer.commit()
    before = snapshot(path)
    assert "wal.db-wal" in before[1] and "wal.db-shm" in before[1]
    store = Store(path)
    assert store.records[1].title == "Committed by the writer"
    store.close()
    assert snapshot(path) == before
    writer.close()


def test_locked_database_is_refused_plainly_and_quickly(tmp_path):
    path = make_db(tmp_path / "busy.db")
    data = path.read_bytes()
    with LockedBy(path), pytest.raises(StoreError, match="locked by another program"):
        Store(path)
    with LockedBy(path), pytest.raises(StoreError, match="locked by another program"):
        validate(path)
    assert path.read_bytes() == data
    # The writer (killed) may leave its journal; the explorer adds nothing.
    assert {p.name for p in tmp_path.iterdir()} <= {"busy.db", "busy.db-journal"}
