"""Honest marks at every precision: an event dated to an hour or a minute is its
period once that is wider than a marker, a second-precise one is always a point
at its instant (core, no Qt)."""

import pytest
from factory import from_events

from explorer.core.data.records import Event
from explorer.core.view.lanes import MARKER_PX, Mark, is_drawn_as_period


@pytest.mark.parametrize(
    ("start", "width"),
    [("2025-01-19T14Z", 3600), ("2025-01-19T14:30Z", 60), ("2025-01-19", 86400), ("-0500", None)],
)
def test_a_period_is_drawn_as_itself_once_wider_than_a_marker(start, width):
    event = Event(1, "e", start)
    width = width or event.t1 - event.t0
    assert is_drawn_as_period(event, seconds_per_px=width / (MARKER_PX * 2))
    assert not is_drawn_as_period(event, seconds_per_px=width / (MARKER_PX / 2))


def test_a_second_is_a_point_at_its_instant_however_close():
    event = Event(1, "e", "2015-07-24T19:01:01Z")
    assert not is_drawn_as_period(event, seconds_per_px=1e-6)
    assert Mark(event, 0, 0.0).x == event.t0
    hour = Event(2, "h", "2015-07-24T19Z")
    assert Mark(hour, 0, 0.0).x == hour.t0 + 1800  # the middle of its hour
    columns = from_events([event, hour])
    assert sorted(columns.x.tolist()) == sorted([event.t0, hour.t0 + 1800])
