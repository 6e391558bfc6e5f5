"""The date axis skips pyqtgraph's local-time shift: same ticks, in UTC, faster."""

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from explorer._qt.timeline.time_axis import TimeAxisItem
from explorer.core.dates import parse_bound

RANGES = [("1975", "2025"), ("2022", "2023"), ("2025-01", "2025-01"), ("2025-01-19", "2025-01-21")]


def _ticks(axis, lo, hi, size=870):
    axis.fontMetrics = QFontMetrics(QFont())
    axis.setZoomLevelForDensity((hi - lo) / size)
    return [(spacing, list(values)) for spacing, values in axis.tickValues(lo, hi, size)]


@pytest.mark.parametrize(("start", "end"), RANGES)
def test_ticks_match_pyqtgraphs_utc_axis(qapp, start, end):
    lo, hi = parse_bound(start, upper=False), parse_bound(end, upper=True)
    ours = _ticks(TimeAxisItem(), lo, hi)
    theirs = _ticks(pg.DateAxisItem("bottom", utcOffset=0), lo, hi)
    assert ours == theirs and ours


def test_grid_lines_are_never_denser_than_asked(qapp):
    axis = TimeAxisItem()
    lo, hi = parse_bound("1975", upper=False), parse_bound("2025", upper=True)
    ticks = axis.grid_ticks(lo, hi, 870, min_px=40)
    assert 0 < len(ticks) <= 870 / 40
    assert ticks == sorted(ticks)
