import sqlite3

import pytest
from conftest import search_ids
from factory import make_db

from explorer.core.data.store import Store, StoreError


def test_loads_events_entities_and_citations(small_db):
    store = Store(small_db)
    assert sorted(store.records) == [1, 2, 3]
    assert store.records[2].entity_ids == (1, 2)
    assert store.entities[3].name == "Ruritania"
    [citation] = store.citations(2)
    assert citation.quote == "quote 2" and citation.outlet == "Test Post"
    assert store.title == "small"


@pytest.mark.parametrize("fts", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [("globex", {2}), ("Acme", {1, 2}), ("acme deal", {2}), ("quote 3", {3}), ("zzz", set())],
)
def test_search_with_and_without_index(tmp_path, fts, text, expected):
    store = Store(make_db(tmp_path / "s.db", fts=fts))
    assert search_ids(store, text) == expected


@pytest.mark.parametrize(
    "nasty",
    ['"', 'acme"', "AND", "OR NOT", "*", "(", "NEAR(", "a:b", "^", "-", "x" * 5000, "'; DROP"],
)
def test_any_search_input_is_safe(small_db, nasty):
    assert isinstance(search_ids(Store(small_db), nasty), set)


def test_broken_rows_are_skipped_and_counted(tmp_path):
    path = make_db(tmp_path / "b.db")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET start = '2021-02-30' WHERE id = 2")
    conn.commit()
    conn.close()
    store = Store(path)
    assert sorted(store.records) == [1, 3]
    assert store.skipped == ["events row 2: no day 30 in 2021-02: '2021-02-30'"]


def test_missing_table_is_an_error(tmp_path):
    path = make_db(tmp_path / "m.db")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE entities")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="entities: table missing"):
        Store(path)


def test_opening_leaves_no_side_files(small_db):
    before = sorted(p.name for p in small_db.parent.iterdir())
    store = Store(small_db)
    search_ids(store, "acme")
    store.close()
    assert sorted(p.name for p in small_db.parent.iterdir()) == before
