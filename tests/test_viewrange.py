import pytest

from explorer.core.view.viewrange import MIN_SPAN, ViewRange

DAY = 86400.0


@pytest.fixture
def view():
    v = ViewRange()
    v.set_data_span(0.0, 1000 * DAY)
    return v


def test_fit_shows_data_plus_margin(view):
    t0, t1 = view.range
    assert t0 < 0 < 1000 * DAY < t1


def test_zoom_keeps_the_center_point(view):
    center = 300 * DAY
    before = (center - view.range[0]) / (view.range[1] - view.range[0])
    view.zoom(0.5, center)
    after = (center - view.range[0]) / (view.range[1] - view.range[0])
    assert after == pytest.approx(before)
    assert view.range[1] - view.range[0] == pytest.approx(1080 * DAY / 2)


def test_limits(view):
    for _ in range(50):
        view.zoom(0.1)
    assert view.range[1] - view.range[0] == pytest.approx(MIN_SPAN)
    view.fit()
    view.zoom(10)
    assert view.range == view.bounds
    view.zoom(0.5)
    view.pan(100)
    assert view.range[1] == pytest.approx(view.bounds[1])


def test_show_moves_only_when_needed(view):
    view.zoom(0.1, 500 * DAY)
    seen = []
    view.events.range.connect(seen.append)
    view.show(500 * DAY, 501 * DAY)
    assert seen == []
    view.show(900 * DAY, 901 * DAY)
    assert view.range[0] < 900 * DAY < view.range[1] and len(seen) == 1


def test_going_past_the_data_widens_the_limits_and_says_so(view):
    limits, ranges = [], []
    view.events.limits.connect(limits.append)
    view.events.range.connect(ranges.append)
    view.go_to(-300 * DAY, -100 * DAY)  # before the data, as a saved view may be
    assert view.range == pytest.approx((-300 * DAY, -100 * DAY))
    assert limits == [view.bounds] and view.bounds[0] == -300 * DAY
    assert ranges == [view.range]
    view.go_to(10 * DAY, 20 * DAY)  # inside: the limits stay
    assert len(limits) == 1
