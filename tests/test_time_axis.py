"""The date axis skips pyqtgraph's local-time shift: same ticks, in UTC, faster;
it drops crowded ticks and remembers labels and their sizes between frames."""

import itertools

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from explorer._qt.timeline.time_axis import MIN_TICK_PX, NEAR, TimeAxisItem
from explorer.core.data.dates import parse_bound

RANGES = [("1975", "2025"), ("2022", "2023"), ("2025-01", "2025-01"), ("2025-01-19", "2025-01-21")]


def _ticks(axis, lo, hi, size=870):
    axis.fontMetrics = QFontMetrics(QFont())
    axis.setZoomLevelForDensity((hi - lo) / size)
    return [(spacing, list(values)) for spacing, values in axis.tickValues(lo, hi, size)]


@pytest.mark.parametrize(("start", "end"), RANGES)
def test_ticks_are_pyqtgraphs_utc_ticks_less_the_crowded_ones(qapp, start, end):
    lo, hi = parse_bound(start, upper=False), parse_bound(end, upper=True)
    ours = _ticks(TimeAxisItem(), lo, hi)
    theirs = _ticks(pg.DateAxisItem("bottom", utcOffset=0), lo, hi)
    assert ours[0] == theirs[0]  # the coarsest level is untouched
    px = 870 / (hi - lo)
    kept = [level for level in theirs[1:] if level[0] * px >= MIN_TICK_PX]
    assert [s for s, _ in ours[1:]] == [s for s, _ in kept]  # only combs are dropped
    coarse = set(ours[0][1])
    for (spacing, mine), (_, full) in zip(ours[1:], kept, strict=True):
        step = float(np.median(np.diff(full))) if len(full) > 1 else spacing
        assert set(mine) <= set(full)
        dropped = set(full) - set(mine)
        assert all(min(abs(t - c) for c in coarse) < NEAR * step for t in dropped)
        assert all(min(abs(t - c) for c in coarse) >= NEAR * step for t in mine)
        coarse |= set(mine)


def test_no_day_label_crowds_the_month_label(qapp):
    lo, hi = parse_bound("2024-12-20", upper=False), parse_bound("2025-02-10", upper=True)
    levels = _ticks(TimeAxisItem(), lo, hi, size=1200)
    january = parse_bound("2025-01", upper=False)
    assert january in levels[0][1]
    assert all(abs(t - january) >= 2 * 86400 for _, v in levels[1:] for t in v)


def test_grid_lines_are_never_denser_than_asked(qapp):
    axis = TimeAxisItem()
    lo, hi = parse_bound("1975", upper=False), parse_bound("2025", upper=True)
    ticks = axis.grid_ticks(lo, hi, 870, min_px=40)
    assert 0 < len(ticks) <= 870 / 40
    assert ticks == sorted(ticks)


def test_a_decade_has_no_comb_of_month_ticks(qapp):
    lo, hi = parse_bound("2009", upper=False), parse_bound("2025", upper=True)
    theirs = _ticks(pg.DateAxisItem("bottom", utcOffset=0), lo, hi)
    ours = _ticks(TimeAxisItem(), lo, hi)
    assert any(spacing * 870 / (hi - lo) < MIN_TICK_PX for spacing, _ in theirs)
    assert all(spacing * 870 / (hi - lo) >= MIN_TICK_PX for spacing, _ in ours[1:])


def test_remembered_labels_are_pyqtgraphs_labels_after_a_pan(qapp):
    axis, theirs = TimeAxisItem(), pg.DateAxisItem("bottom", utcOffset=0)
    day = 86400.0
    for lo in (parse_bound("2024-12-20", upper=False), parse_bound("2024-12-27", upper=False)):
        for a in (axis, theirs):
            levels = _ticks(a, lo, lo + 40 * day)
        for spacing, values in _ticks(axis, lo, lo + 40 * day):
            assert axis.tickStrings(values, 1, spacing) == theirs.tickStrings(values, 1, spacing)
    assert levels


def test_the_axis_draws_the_same_labels_as_pyqtgraph(qapp):
    from PySide6.QtGui import QImage, QPainter

    view = pg.PlotWidget(axisItems={"bottom": TimeAxisItem("bottom")})
    view.resize(900, 200)
    lo = parse_bound("2024-12-20", upper=False)
    texts = []
    for shift in (0, 3, 0):  # the third frame is drawn from remembered sizes
        view.setXRange(lo + shift * 86400, lo + (shift + 40) * 86400, padding=0)
        image = QImage(900, 200, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        _, _, text_specs = view.getPlotItem().getAxis("bottom").generateDrawSpecs(painter)
        painter.end()
        texts.append([(r.x(), r.width(), t) for r, _, t in text_specs])
    assert texts[0] and texts[0] == texts[2]
    assert texts[0] != texts[1]
    for frame in texts:  # the first frame too: no label overlaps another
        spans = sorted((x, x + width) for x, width, _ in frame)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
