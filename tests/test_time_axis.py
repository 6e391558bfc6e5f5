"""The date axis skips pyqtgraph's local-time shift: same ticks, in UTC, faster."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from explorer._qt.timeline.time_axis import NEAR, TimeAxisItem
from explorer.core.dates import parse_bound

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
    coarse = set(ours[0][1])
    for (spacing, mine), (_, full) in zip(ours[1:], theirs[1:], strict=True):
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
