"""The core's time-axis ticks: labelled, ordered and apart at every span from a
minute to 20,000 years, BCE included."""

import itertools

import pytest

from explorer.core.data.dates import SECONDS_PER_DAY, PartialDate, parse_bound
from explorer.core.view.ticks import GAP_PX, axis_ticks

YEAR = 365.2425 * SECONDS_PER_DAY
SPANS = [60, 600, 3600, 6 * 3600, SECONDS_PER_DAY, 9 * SECONDS_PER_DAY, 60 * SECONDS_PER_DAY]
SPANS += [YEAR * n for n in (1, 3, 12, 40, 130, 700, 2500, 5025, 9999, 20000)]
STARTS = ["-9999", "-3000", "0001", "1969-12-31T23:59:30Z", "2015-07-24T19:00:30Z"]


def _measure(text: str) -> float:
    return 6.5 * len(text) + 2  # a font's width, roughly


@pytest.mark.parametrize("width", [600, 900, 1600])
@pytest.mark.parametrize("span", SPANS)
@pytest.mark.parametrize("start", STARTS)
def test_three_labels_in_order_apart_and_inside(start, span, width):
    t0 = parse_bound(start, upper=False)
    if t0 + span > parse_bound("9999", upper=True):
        t0 = parse_bound("9999", upper=True) - span
    ticks = axis_ticks(t0, t0 + span, width, _measure)
    assert len(ticks) >= 3, [t.label for t in ticks]
    assert [t.t for t in ticks] == sorted(t.t for t in ticks)
    assert all(t0 <= t.t <= t0 + span for t in ticks)
    boxes = [(t.x - _measure(t.label) / 2, t.x + _measure(t.label) / 2) for t in ticks]
    assert all(lo >= 0 and hi <= width for lo, hi in boxes)
    assert all(a[1] + GAP_PX <= b[0] + 1e-9 for a, b in itertools.pairwise(boxes))
    assert len({t.label for t in ticks}) > 1


def _labels(first: str, last: str, width=1600) -> list[str]:
    t0, t1 = parse_bound(first, upper=False), parse_bound(last, upper=True)
    return [t.label for t in axis_ticks(t0, t1, width, _measure)]


def test_labels_say_the_scale_and_its_context():
    minutes = _labels("2015-07-24T19:00Z", "2015-07-24T19:09Z")
    assert minutes[0].startswith("24 Jul 2015 19:") and "19:05" in minutes
    assert "25 Jul" in _labels("2015-07-24T12Z", "2015-07-25T12Z")  # midnight names the day
    assert _labels("2015-01-10", "2015-11", 700)[:3] == ["Feb 2015", "Mar", "Apr"]
    assert "2016" in _labels("2015-06", "2016-06")


def test_years_before_the_common_era_at_round_numbers():
    labels = _labels("-3000", "2025")
    assert "1000 BCE" in labels and "500 BCE" in labels and "1000" in labels
    assert labels.index("1000 BCE") < labels.index("500 BCE") < labels.index("1000")
    years = [t.t for t in axis_ticks(*PartialDate.parse("-0010").interval(), 1600, _measure)]
    assert years == sorted(years)


def test_the_whole_range_the_database_holds_is_labelled():
    assert len(_labels("0001", "9999", 1200)) >= 3
    assert len(_labels("-9999", "9999", 600)) >= 3


def test_nothing_for_an_empty_axis():
    assert axis_ticks(10.0, 10.0, 800) == []
    assert axis_ticks(0.0, 10.0, 0) == []
