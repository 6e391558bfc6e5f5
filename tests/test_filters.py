from conftest import matched_ids, visible_events

from explorer.core.data.store import Store
from explorer.core.view.session import Session


def _ids(session):
    return [e.id for e in visible_events(session)]


def test_hiding_an_entity_removes_its_lane_and_events_only_it_holds(small_db):
    session = Session(Store(small_db))
    assert session.result.lanes == (3, 1, 2)  # government first, then by first event
    session.set_entities_visible([1], False)  # Acme
    assert 1 not in session.result.lanes
    assert _ids(session) == [2, 3]  # event 2 stays: Globex is still shown
    session.set_entities_visible([2], False)
    assert _ids(session) == [3]


def test_only_this_one_and_all(small_db):
    session = Session(Store(small_db))
    session.only_entity(2)
    assert session.result.lanes == (2,) and _ids(session) == [2]
    session.show_all_entities()
    assert _ids(session) == [1, 2, 3]


def test_counts_follow_other_filters_but_not_checkboxes(small_db):
    session = Session(Store(small_db))
    assert session.result.counts[1] == 2
    session.filters.set(hidden_categories={"trade"})
    assert session.result.counts[1] == 1 and session.result.counts.get(2, 0) == 0
    session.set_entities_visible([1], False)
    assert session.result.counts[1] == 1


def test_search_dims_or_hides(small_db):
    session = Session(Store(small_db))
    session.filters.set(search="globex")
    assert _ids(session) == [1, 2, 3]
    assert 1 not in matched_ids(session) and 2 in matched_ids(session)  # 1 is dimmed
    session.filters.set(hide_unmatched=True)
    assert _ids(session) == [2]


def test_next_match_steps_through_matches(small_db):
    session = Session(Store(small_db))
    session.filters.set(search="acme")
    assert session.next_match() == 1
    assert session.next_match() == 2
    assert session.next_match() == 1


def test_filter_events_fire_only_on_change(small_db):
    session = Session(Store(small_db))
    seen = []
    session.filters.events.changed.connect(seen.append)
    session.filters.set(disputed_only=True)
    session.filters.set(disputed_only=True)
    assert seen == [("disputed_only",)]
    assert _ids(session) == []


def test_selection_hidden_by_a_filter_is_cleared(small_db):
    session = Session(Store(small_db))
    session.select(3)
    session.set_entities_visible([3], False)
    assert session.selection is None
