"""The table's column orders, computed on columns without Qt."""

from conftest import visible_events

from explorer.core.data.sort_keys import CATEGORY, DATE, ENTITIES, TITLE, sort_rows
from explorer.core.data.store import Store
from explorer.core.view.session import Session


def _titles(session, column, descending=False):
    store = session.store
    rows = sort_rows(store, session.result.positions, column, descending)
    return [store.records[int(store.columns.ids[r])].title for r in rows]


def test_each_column_sorts_like_python_would(small_db):
    session = Session(Store(small_db))
    events = visible_events(session)
    entities = session.store.entities
    assert _titles(session, DATE) == [e.title for e in events]
    assert _titles(session, DATE, descending=True) == [e.title for e in events][::-1]
    by_title = sorted(events, key=lambda e: e.title.casefold())
    assert _titles(session, TITLE) == [e.title for e in by_title]
    assert _titles(session, TITLE, descending=True) == [e.title for e in by_title][::-1]
    by_category = sorted(events, key=lambda e: e.category.casefold())
    assert _titles(session, CATEGORY) == [e.title for e in by_category]
    first_name = lambda e: min(entities[i].name.casefold() for i in e.entity_ids)  # noqa: E731
    assert _titles(session, ENTITIES) == [e.title for e in sorted(events, key=first_name)]


def test_sorting_keeps_to_the_filtered_rows(small_db):
    session = Session(Store(small_db))
    session.set_entities_visible([3], False)
    assert _titles(session, TITLE) == ["Acme founded", "Globex deal with Acme"]
