from explorer.core.data import schema
from explorer.core.data.store import structure_problems


def test_created_schema_has_the_contract(memory_db):
    assert structure_problems(memory_db) == []
    for table, columns in schema.REQUIRED.items():
        assert set(columns) <= set(memory_db[table].columns_dict), table
    assert memory_db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_indexes_for_what_the_app_asks(memory_db):
    indexed = {tuple(i.columns) for t in ("events", "event_entities") for i in memory_db[t].indexes}
    assert ("start",) in indexed
    assert ("entity_id", "event_id") in indexed


def test_missing_column_and_newer_version_are_reported(memory_db):
    memory_db.execute("ALTER TABLE events DROP COLUMN note")
    memory_db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    problems = structure_problems(memory_db)
    assert ("events", "column note missing") in problems
    assert any(table == "database" and "newer" in msg for table, msg in problems)


def test_unversioned_database_is_accepted_when_it_fits(memory_db):
    memory_db.execute("PRAGMA user_version = 0")
    assert structure_problems(memory_db) == []


def test_search_index_covers_titles_summaries_and_quotes(memory_db):
    memory_db["sources"].insert({"id": 1, "file": "a.txt"})
    memory_db["events"].insert({"id": 7, "title": "Alpha", "summary": "beta", "start": "2020"})
    memory_db["citations"].insert({"event_id": 7, "source_id": 1, "quote": "gamma words"})
    schema.fill_search_index(memory_db)
    for word in ("alpha", "beta", "gamma"):
        rows = memory_db.execute(
            f"SELECT rowid FROM {schema.FTS_TABLE} WHERE {schema.FTS_TABLE} MATCH ?", [word]
        ).fetchall()
        assert rows == [(7,)], word
