"""The status bar's lane count includes the lane of events that name no entity."""

from factory import EVENTS, make_db

from explorer._qt.status_line import status_line
from explorer.core.data.store import Store
from explorer.core.view.session import Session


def _lanes_part(store) -> str:
    text = status_line(store, Session(store).result)[0]
    return text.split(" · ")[1]


def test_events_without_entities_count_as_one_lane(tmp_path):
    store = Store(make_db(tmp_path / "none.db", entities=[], links=[]))
    assert _lanes_part(store) == "1 of 1 lanes"


def test_every_entity_lane_and_the_no_entity_lane_are_counted(tmp_path):
    # The factory's entities, with one more event that names none of them.
    extra = {"id": 9, "title": "Unattached", "start": "2022-05", "category": "trade"}
    store = Store(make_db(tmp_path / "mixed.db", events=[*EVENTS, extra]))
    shown = len(Session(store).result.lanes)
    assert _lanes_part(store) == f"{shown} of {len(store.entities) + 1} lanes"
