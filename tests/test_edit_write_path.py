"""The write path: one transaction per change, nothing lost when a write fails,
columns updated in place equal a fresh load, older files upgraded on request."""

from __future__ import annotations

import sqlite3

import pytest
from edit_helpers import assert_well_ordered, columns_content, editable_db, table_rows
from factory import generated_db, make_db

from explorer.core.data import edit_ops, schema
from explorer.core.data.edit_ops import EditError, EventDraft
from explorer.core.data.store import Store
from explorer.core.data.store_writer import needs_upgrade, read_only_reason, upgrade
from explorer.core.view.editor import Editor
from explorer.core.view.session import Session


def draft(**values):
    base = {"title": "Acme opens a plant", "start": "2023-05", "entity_ids": [1]}
    return EventDraft(**{**base, "citations": [(1, "quote 1", "claim")], **values})


def test_a_failed_write_changes_nothing(tmp_path):
    path = editable_db(tmp_path / "a.db")
    session = Session(Store(path))
    editor = Editor(session)
    editor.do(edit_ops.new_event(editor.writer, draft()))  # saved before the failure
    before_rows, before_count = table_rows(path), session.result.count
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER full AFTER INSERT ON citations BEGIN "
        "SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    conn.commit()
    conn.close()
    editor.writer.tables = type(editor.writer.tables).of(editor.writer.conn)
    with pytest.raises(sqlite3.DatabaseError, match="full"):
        editor.do(edit_ops.new_event(editor.writer, draft(title="Never written")))
    with pytest.raises(sqlite3.DatabaseError, match="full"):
        editor.do(edit_ops.edit_event(editor.writer, 4, draft(title="Half written")))
    assert table_rows(path) == before_rows
    assert session.result.count == before_count == 4
    assert editor.undo_name.startswith("New Event")  # the stack did not move
    fresh = Store(path)
    assert columns_content(fresh.columns) == columns_content(session.store.columns)
    fresh.close()
    session.close()


def test_checks_refuse_what_breaks_the_contract(tmp_path):
    path = editable_db(tmp_path / "a.db")
    session = Session(Store(path))
    writer = Editor(session).writer
    for bad, message in [
        (draft(title=" "), "title"),
        (draft(start="2023-13"), "not a date"),
        (draft(end="2022"), "before the start"),
        (draft(citations=[]), "at least one"),
        (draft(disputed=True), "cites the denial"),
        (draft(citations=[(1, "words not in the article", "claim")]), "word for word"),
    ]:
        with pytest.raises(EditError, match=message):
            edit_ops.new_event(writer, bad)
    with pytest.raises(EditError, match="named by"):
        edit_ops.delete_entity(writer, 1)
    session.close()


def test_columns_updated_in_place_equal_a_fresh_load(tmp_path_factory):
    path = generated_db(tmp_path_factory, 3000, 12, seed=5)
    upgrade(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE citations SET source_id = 1 WHERE source_id IS NULL")
    conn.commit()
    conn.close()
    session = Session(Store(path))
    editor = Editor(session)
    ids = session.store.columns.ids.tolist()
    for event_id in ids[::700]:
        old = EventDraft.of(editor.writer.event(event_id))
        old.start, old.end, old.entity_ids = (
            "1999-02",
            None,
            [old.entity_ids[-1]] if old.entity_ids else [],
        )
        editor.do(edit_ops.edit_event(editor.writer, event_id, old))
    editor.do(edit_ops.delete_event(editor.writer, ids[5]))
    kinds = sorted(session.store.entities)
    editor.do(edit_ops.merge_entities(editor.writer, kinds[0], kinds[1]))
    fresh = Store(path)
    assert columns_content(session.store.columns) == columns_content(fresh.columns)
    assert_well_ordered(session.store.columns)
    fresh.close()
    session.close()


def test_an_older_file_is_upgraded_only_when_asked(tmp_path):
    path = make_db(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("ALTER TABLE sources DROP COLUMN text")
    conn.commit()
    conn.close()
    assert needs_upgrade(path)
    store = Store(path)  # older files stay readable
    assert len(store.records) == 3
    store.close()
    assert upgrade(path) == 1
    assert not needs_upgrade(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert "text" in {r[1] for r in conn.execute("PRAGMA table_info(sources)")}
    conn.close()


def test_read_only_files_say_why(tmp_path):
    path = editable_db(tmp_path / "a.db")
    assert read_only_reason(path) is None
    assert "bundled" in read_only_reason(path, bundled=path)
    path.chmod(0o444)
    try:
        assert "read-only" in read_only_reason(path)
    finally:
        path.chmod(0o644)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        assert "another program" in read_only_reason(path)
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_a_big_file_edited_reopens_from_its_column_cache(tmp_path_factory, monkeypatch):
    from explorer.core.data import column_cache

    path = generated_db(tmp_path_factory, 400, 5, seed=2)
    upgrade(path)
    monkeypatch.setattr(column_cache, "is_big", lambda n: True)
    session = Session(Store(path))
    editor = Editor(session)
    editor.do(edit_ops.delete_event(editor.writer, int(session.store.columns.ids[7])))
    assert not column_cache.has(path)  # the change moved the file's time and size
    editor.close()
    assert column_cache.has(path)
    cached = Store(path)  # read from the cache
    monkeypatch.setattr(column_cache, "load", lambda p: None)
    fresh = Store(path)
    assert columns_content(cached.columns) == columns_content(fresh.columns)
    for store in (cached, fresh, session):
        store.close()


def test_a_search_in_a_worker_keeps_its_matches_through_an_edit(tmp_path):
    path = editable_db(tmp_path / "a.db")
    session = Session(Store(path))
    asked = []
    session.use_search_runner(lambda text, deliver: asked.append((text, deliver)))
    session.filters.set(search="Acme", hide_unmatched=True)
    text, deliver = asked.pop()
    deliver(text, session.store.search_mask(text))
    assert session.result.count == 2
    editor = Editor(session)
    editor.do(edit_ops.new_event(editor.writer, draft(title="Acme again")))
    # Until the worker answers, the old matches stand (by id), on the new rows.
    assert session.result.count == 2
    text, deliver = asked.pop()
    deliver(text, session.store.search_mask(text))
    assert session.result.count == 3
    session.close()


@pytest.mark.parametrize("triggers", [False, True])
def test_an_index_made_by_sqlite_utils_stays_in_step(tmp_path, triggers):
    """`sqlite-utils enable-fts` makes an index over the events table's own text
    (external content), kept by triggers or not: both answer the new words only."""
    import sqlite_utils

    path = make_db(tmp_path / "u.db", fts=False)
    db = sqlite_utils.Database(path)
    db["events"].enable_fts(["title", "summary"], create_triggers=triggers)
    db.conn.close()
    upgrade(path)
    session = Session(Store(path))
    editor = Editor(session)
    d = EventDraft.of(editor.writer.event(1))
    d.title = "Acme incorporated"
    editor.do(edit_ops.edit_event(editor.writer, 1, d))
    found = session.store.search_mask
    assert found("incorporated")[session.store.columns.row_of(1)]
    assert not found("founded").any()
    editor.undo()
    assert found("founded")[session.store.columns.row_of(1)] and not found("incorporated").any()
    session.close()


def test_a_retitle_copies_no_column(tmp_path):
    path = editable_db(tmp_path / "a.db")
    session = Session(Store(path))
    editor = Editor(session)
    before = session.store.columns
    assert len(before.link_x) and len(before._id_order[0])  # worked out, as views have them
    d = EventDraft.of(editor.writer.event(2))
    d.title = "Globex and Acme sign a deal"
    editor.do(edit_ops.edit_event(editor.writer, 2, d))
    after = session.store.columns
    for name in ("ids", "t0", "t1", "category", "link_row", "link_lane", "link_x"):
        assert getattr(after, name) is getattr(before, name), name
    assert session.store.records[2].title == "Globex and Acme sign a deal"
    fresh = Store(path)
    assert columns_content(fresh.columns) == columns_content(after)
    fresh.close()
    session.close()


def test_a_full_disk_in_the_middle_of_a_change_loses_nothing(tmp_path):
    """SQLite's own 'database or disk is full', part way through a change's rows."""
    path = editable_db(tmp_path / "a.db")
    session = Session(Store(path))
    editor = Editor(session)
    editor.do(edit_ops.new_event(editor.writer, draft()))
    rows, count = table_rows(path), session.result.count
    conn = editor.writer.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
    big = draft(title="Too big", summary="words " * 20_000)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        editor.do(edit_ops.new_event(editor.writer, big))
    assert table_rows(path) == rows
    assert session.result.count == count
    assert editor.undo_name.startswith("New Event") and editor.redo_name is None
    conn.execute("PRAGMA max_page_count = 1073741823")  # room again: editing goes on
    editor.undo()
    assert session.result.count == count - 1
    session.close()


def test_a_copy_to_edit_of_a_wal_file_holds_its_latest_rows(tmp_path):
    from explorer.core.data.store_writer import editable_copy

    path = editable_db(tmp_path / "wal.db")
    other = sqlite3.connect(path)  # another program, in WAL mode, mid-work
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("UPDATE events SET title = 'Only in the WAL' WHERE id = 1")
    other.commit()
    assert "WAL" in read_only_reason(path)
    editable_copy(path, tmp_path / "copy.db", [])
    other.close()
    copy = tmp_path / "copy.db"
    assert read_only_reason(copy) is None and not needs_upgrade(copy)
    store = Store(copy)
    assert store.records[1].title == "Only in the WAL"
    store.close()


def test_a_read_overtaken_by_an_edit_is_not_kept(tmp_path, monkeypatch):
    """A worker reading records while an edit lands must not cache what it read
    before the edit (the window would show the old title)."""
    from explorer.core.data.event_rows import EventRows

    path = editable_db(tmp_path / "a.db")
    session = Session(Store(path))
    rows = session.store.records
    read = EventRows._read

    def read_then_edit(self, ids, conn):
        found = read(self, ids, conn)
        self.changed(session.store.columns, ids, session.store.entities)  # the edit lands
        return found

    monkeypatch.setattr(EventRows, "_read", read_then_edit)
    rows.fetch([1, 2], session.store.db.conn)
    assert rows.peek([1, 2]) == {}
    monkeypatch.undo()
    rows.fetch([1, 2], session.store.db.conn)
    assert set(rows.peek([1, 2])) == {1, 2}
    session.close()


def test_translations_and_date_inferred_go_with_their_rows(tmp_path):
    """In a copy of the bundled data: an edit keeps an event's German texts (and
    search finds them), a delete takes them, undo brings them back; merging an
    entity takes its German name, undo brings it back."""
    from conftest import BUNDLED

    from explorer.core.data.store_writer import editable_copy

    path = tmp_path / "copy.db"
    editable_copy(BUNDLED, path, [])
    german = dict(
        sqlite3.connect(path).execute(
            "SELECT field, text FROM translations WHERE kind = 'event' AND id = 2"
        )
    )
    word = german["title"].split()[0]  # "USA"
    session = Session(Store(path))
    editor = Editor(session)
    w = editor.writer
    d = EventDraft.of(w.event(2))
    d.title = "The US limits AI chip exports to China"
    editor.do(edit_ops.edit_event(w, 2, d))
    row = session.store.columns.row_of(2)
    assert w.event(2)["translations"] == [
        ["de", "summary", german["summary"]],
        ["de", "title", german["title"]],
    ]
    assert session.store.search_mask(word)[row] and session.store.search_mask("limits")[row]
    before = table_rows(path)
    editor.do(edit_ops.delete_event(w, 2))
    assert w.conn.execute(
        "SELECT count(*) FROM translations WHERE id = 2 AND kind = 'event'"
    ).fetchone() == (0,)
    editor.undo()
    assert w.event(2)["translations"][1][2] == german["title"] and table_rows(path) == before
    named = w.conn.execute("SELECT id FROM translations WHERE kind = 'entity' LIMIT 1").fetchone()[
        0
    ]
    other = next(e for e in session.store.entities if e != named)
    editor.do(edit_ops.merge_entities(w, other, named))
    assert w.entity(named) is None
    editor.undo()
    assert w.entity(named)["translations"]
    inferred = w.conn.execute("SELECT id FROM events WHERE date_inferred = 1 LIMIT 1").fetchone()[0]
    d = EventDraft.of(w.event(inferred))
    d.summary += " Edited."
    editor.do(edit_ops.edit_event(w, inferred, d))
    assert w.event(inferred)["row"]["date_inferred"] == 1
    session.close()
    editor.close()
    problems, _ = validate_file(path)
    assert problems == []


def validate_file(path):
    from explorer.core.data.validate import validate

    return validate(path)
