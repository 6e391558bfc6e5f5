"""The window's time axis draws the core's ticks (core.view.ticks): every label
it computed, none overlapping, at any span; the grid lines sit at those ticks."""

import itertools
import re

import pyqtgraph as pg
import pytest
from cli_helpers import run
from factory import make_db
from PySide6.QtGui import QImage, QPainter

from explorer._qt.timeline.time_axis import TimeAxisItem
from explorer.core.data.dates import parse_bound

RANGES = [
    ("2015-07-24T19:00Z", "2015-07-24T19:00Z"),  # one minute
    ("2015-07-24T19Z", "2015-07-24T21Z"),
    ("2025-01-19", "2025-01-21"),
    ("2024-12-20", "2025-02-10"),
    ("1975", "2025"),
    ("-3000", "2025"),
    ("0001", "9999"),
    ("-9999", "9999"),
]


def _drawn(lo, hi, width=900):
    view = pg.PlotWidget(axisItems={"bottom": TimeAxisItem("bottom")})
    view.resize(width, 200)
    view.setXRange(lo, hi, padding=0)
    axis = view.getPlotItem().getAxis("bottom")
    image = QImage(width, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _, ticks, texts = axis.generateDrawSpecs(painter)
    painter.end()
    return axis, ticks, [(r.x(), r.width(), t) for r, _, t in texts]


@pytest.mark.parametrize(("start", "end"), RANGES)
def test_the_axis_draws_every_tick_the_core_gave_apart(qapp, start, end):
    lo, hi = parse_bound(start, upper=False), parse_bound(end, upper=True)
    axis, _, texts = _drawn(lo, hi)
    core = axis.ticks(*axis.range, axis._length)
    assert len(texts) >= 3
    assert [t for _, _, t in texts] == [t.label for t in core]
    spans = sorted((x, x + width) for x, width, _ in texts)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert axis.grid_ticks(*axis.range, 0) == [t.t for t in core]


def test_a_pan_changes_the_labels_and_back_again(qapp):
    lo = parse_bound("2024-12-20", upper=False)
    frames = [_drawn(lo + shift * 86400, lo + (shift + 40) * 86400)[2] for shift in (0, 9, 0)]
    assert frames[0] == frames[2] and frames[0] != frames[1]


@pytest.mark.parametrize(
    ("start", "end", "expect"), [("0001", "9999", "5000"), ("-3000", "2025", "1000 BCE")]
)
def test_an_export_over_millennia_labels_its_axis(tmp_path, start, end, expect):
    db = make_db(tmp_path / "f.db")
    out = tmp_path / "wide.svg"
    assert run("export", "--db", db, f"--from={start}", "--to", end, "-o", out) == 0
    texts = re.findall(r">([^<>]+)</text>", out.read_text(encoding="utf-8"))
    assert expect in texts
    years = [t for t in texts if re.fullmatch(r"\d{1,4}( BCE| CE)?", t)]
    assert len(years) >= 3
