"""Markers where there is room, density strips where a lane is too busy. No Qt."""

import numpy as np
from factory import from_events

from explorer.core.data.dates import SECONDS_PER_DAY, parse_bound
from explorer.core.data.records import Event
from explorer.core.view import level_of_detail as lod
from explorer.core.view.filters import FilterState, apply


def _index(events):
    columns = from_events(events)
    order = sorted({e for ev in events for e in ev.entity_ids})
    result = apply(columns, FilterState(), None, order)
    return columns, lod.LaneIndex(columns, result)


def _days(n, entity, start="2020-01-01", first_id=1):
    t0 = parse_bound(start, upper=False)
    out = []
    for i in range(n):
        day = np.datetime64(int((t0 / SECONDS_PER_DAY) + i), "D")
        out.append(Event(first_id + i, f"e{first_id + i}", str(day), entity_ids=(entity,)))
    return out


YEAR_2020 = (parse_bound("2020", upper=False), parse_bound("2020", upper=True))


def test_few_events_are_all_markers():
    columns, index = _index(_days(10, 1) + _days(5, 2, first_id=100))
    detail = index.plan(0, 2, *YEAR_2020, width_px=1000)
    assert len(detail.strip_lanes) == 0
    assert sorted(columns.ids[detail.mark_rows].tolist()) == [*range(1, 11), *range(100, 105)]
    assert sorted(set(detail.mark_lanes.tolist())) == [0, 1]


def test_a_lane_busier_than_its_pixels_becomes_a_strip_with_every_event_counted():
    busy, quiet = _days(366, 1), _days(3, 2, first_id=1000)
    _, index = _index(busy + quiet)
    detail = index.plan(0, 2, *YEAR_2020, width_px=400)  # 366 events > 400 / 4 px
    assert detail.strip_lanes.tolist() == [0]
    assert detail.strip_counts.shape == (1, 400 // lod.BUCKET_PX)
    assert detail.strip_counts.sum() == 366
    assert set(detail.mark_lanes.tolist()) == {1} and len(detail.mark_rows) == 3


def test_zooming_in_turns_the_strip_back_into_markers():
    _, index = _index(_days(366, 1))
    january = (parse_bound("2020-01", upper=False), parse_bound("2020-01", upper=True))
    detail = index.plan(0, 1, *january, width_px=400)
    assert len(detail.strip_lanes) == 0 and len(detail.mark_rows) >= 31


def test_markers_never_exceed_the_budget():
    events = []
    for lane in range(1, 8):  # 7 lanes of 300: each fits its pixels, together they do not
        events += _days(300, lane, first_id=lane * 1000)
    _, index = _index(events)
    detail = index.plan(
        0, 7, parse_bound("2020", upper=False), parse_bound("2021", upper=True), 4000
    )
    assert len(detail.mark_rows) <= lod.MARK_LIMIT
    assert len(detail.mark_rows) + detail.strip_counts.sum() == 2100


def test_a_span_that_began_before_the_window_is_still_drawn():
    span = Event(1, "long", "2015", end="2021", entity_ids=(1,))
    later = _days(3, 1, start="2020-06-01", first_id=10)
    columns, index = _index([span, *later])
    detail = index.plan(0, 1, *YEAR_2020, width_px=800)
    assert 1 in columns.ids[detail.mark_rows].tolist()


def test_only_the_lanes_asked_for_are_planned():
    _, index = _index(_days(5, 1) + _days(5, 2, first_id=100) + _days(5, 3, first_id=200))
    detail = index.plan(1, 2, *YEAR_2020, width_px=800)
    assert set(detail.mark_lanes.tolist()) == {1}


def test_hiding_whole_lanes_plans_as_copying_the_shown_links_would():
    from dataclasses import replace

    events = _days(400, 1) + _days(30, 2, first_id=1000) + _days(200, 3, first_id=2000)
    columns = from_events(events)
    filters = FilterState()
    filters.set(hidden_entities={2})
    result = apply(columns, filters, None, [1, 2, 3])
    assert result.whole_lanes
    fast = lod.LaneIndex(columns, result)
    slow = lod.LaneIndex(columns, replace(result, whole_lanes=False))
    a, b = fast.plan(0, 2, *YEAR_2020, 600), slow.plan(0, 2, *YEAR_2020, 600)
    assert a.mark_rows.tolist() == b.mark_rows.tolist()
    assert a.strip_lanes.tolist() == b.strip_lanes.tolist()
    assert a.strip_counts.tolist() == b.strip_counts.tolist()
    assert fast.overview(*YEAR_2020, 50).tolist() == slow.overview(*YEAR_2020, 50).tolist()
    assert fast.overview(*YEAR_2020, 50).sum() == 400 + 200  # lane 2 hidden


def test_a_multi_entity_event_has_a_mark_in_each_shown_lane():
    deal = Event(1, "deal", "2020-05", entity_ids=(1, 2, 3))
    columns = from_events([deal])
    filters = FilterState()
    filters.set(hidden_entities={2})
    index = lod.LaneIndex(columns, apply(columns, filters, None, [3, 2, 1]))
    detail = index.plan(0, index.lanes, *YEAR_2020, 800)
    assert sorted(detail.mark_lanes.tolist()) == [0, 1]  # lanes 3 and 1; 2 is hidden
    assert set(columns.ids[detail.mark_rows].tolist()) == {1}


def test_a_samples_lanes_are_judged_by_the_events_they_stand_for():
    events = _days(30, 1) + _days(3, 2, first_id=1000)
    columns = from_events(events)
    result = apply(columns, FilterState(), None, [1, 2])
    width = 400  # a strip from more than 100 events
    plain = lod.LaneIndex(columns, result).plan(0, 2, *YEAR_2020, width_px=width)
    sample = lod.LaneIndex(columns, result, weight=10).plan(0, 2, *YEAR_2020, width_px=width)
    assert len(plain.strip_lanes) == 0
    assert sample.strip_lanes.tolist() == [0]  # 30 sampled stand for 300
    assert sorted(columns.ids[sample.mark_rows].tolist()) == [1000, 1001, 1002]


def test_strips_count_alike_by_search_and_by_binning(monkeypatch):
    # Lanes of 366, 200 and 150 days, in a window cutting some off: each way of
    # counting (a binary search per bucket edge; one pass binning them together).
    events = _days(366, 1) + _days(200, 2, "2020-03-01", 1000) + _days(150, 3, "2019-10-01", 2000)
    _, index = _index(events)
    window = (parse_bound("2020-02", upper=False), parse_bound("2020-11", upper=True))
    monkeypatch.setattr(lod, "PX_PER_MARK", 1000)  # every lane a strip
    monkeypatch.setattr(lod, "BINARY_SEARCH_ABOVE", 0)
    searched = index.plan(0, 3, *window, width_px=333)
    monkeypatch.setattr(lod, "BINARY_SEARCH_ABOVE", 10**9)
    binned = index.plan(0, 3, *window, width_px=333)
    assert searched.strip_lanes.tolist() == binned.strip_lanes.tolist() == [0, 1, 2]
    assert searched.strip_counts.tolist() == binned.strip_counts.tolist()
    # Every day of the window counted once, February to November 2020:
    # in lane 1 (304 days), lane 2 from March (200, all inside), lane 3 to 27 February (27).
    assert binned.strip_counts.sum(axis=1).tolist() == [304, 200, 27]
