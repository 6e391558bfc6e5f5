"""Each lane's earliest start, taken from its lowest row (rows are in time order),
is the minimum of its events' starts, also where a lane's marks (sorted by their
x, a period's middle) come in another order than their starts."""

import numpy as np
from factory import make_db

from explorer.core.data.store import Store

EVENTS = [
    {"id": 1, "title": "A day late in the year", "start": "2021-02-01"},
    {"id": 2, "title": "The whole year", "start": "2021"},  # x in July, start in January
    {"id": 3, "title": "A day before", "start": "2020-12-31"},
    {"id": 4, "title": "Only in the second lane", "start": "2022-05"},
]
LINKS = [(1, 1), (2, 1), (3, 2), (4, 2), (2, 2), (1, 3)]


def test_lane_starts_are_the_earliest_start_of_each_lane(tmp_path):
    store = Store(make_db(tmp_path / "lanes.db", events=EVENTS, links=LINKS))
    try:
        columns = store.columns
        lanes = columns.link_lane
        # The first lane's links sorted by x put the day (February) before the year.
        first = columns.link_row[lanes == 0]
        assert columns.t0[first[0]] > columns.t0[first].min()
        naive = [columns.t0[columns.link_row[lanes == c]].min() for c in range(lanes.max() + 1)]
        assert np.array_equal(columns.lane_starts[: len(naive)], naive)
        assert np.isinf(columns.lane_starts[len(naive) :]).all()
    finally:
        store.close()
