from factory import from_events

from explorer.core.data.records import Entity, Event
from explorer.core.view.lanes import Mark, lane_order, stack

ENTITIES = {
    1: Entity(1, "Zeta Corp", "company", ""),
    2: Entity(2, "Alpha Inc", "company", ""),
    3: Entity(3, "Ministry", "government", ""),
    4: Entity(4, "Gadget", "product", ""),
}


def test_lane_order_by_kind_then_first_event():
    events = {
        1: Event(1, "a", "2021", entity_ids=(2, 4)),
        2: Event(2, "b", "2020", entity_ids=(1,)),
        3: Event(3, "c", "2022", entity_ids=(3,)),
    }
    assert lane_order(ENTITIES, from_events(events.values())) == [3, 1, 2, 4]


def marks(events):
    return [Mark(e, 0, 0.0) for e in events]


def _day(n):
    return Event(n, f"e{n}", f"2021-01-{n:02d}", entity_ids=(1,))


def test_stack_spreads_overlapping_marks_over_rows():
    day = 86400.0
    ms = marks(tuple(_day(n) for n in (1, 2, 3, 20)))
    stacked = stack(ms, rows_per_lane=3, extent=lambda m: 5 * day)
    rows = {m.event.id: m.y for m in stacked}
    assert len({rows[1], rows[2], rows[3]}) == 3  # each overlaps the one before
    assert rows[20] == rows[1]  # far enough along to reuse the first row
    assert all(-0.4 < y < 0.4 for y in rows.values())  # inside lane 0


def test_stack_with_one_row_changes_nothing():
    ms = marks(tuple(_day(n) for n in (1, 2)))
    assert stack(ms, rows_per_lane=1, extent=lambda m: 1e9) == ms


def test_stack_never_exceeds_its_rows():
    ms = marks(tuple(_day(n) for n in range(1, 29)))
    stacked = stack(ms, rows_per_lane=4, extent=lambda m: 1e9)
    assert len({m.y for m in stacked}) == 4
