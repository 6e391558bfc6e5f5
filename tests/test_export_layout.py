"""An export is laid out for its content: framed in time, no blank band above the
first lane, lanes no taller than their marks need, the legend of what is shown."""

import re

import numpy as np
import pytest
from blank_band import largest_blank_band
from cli_helpers import run
from conftest import BUNDLED
from PySide6.QtGui import QImage

from explorer._qt.export.canvas import ExportCanvas
from explorer._qt.timeline.legend import DISPUTED
from explorer.core.data.store import Store
from explorer.core.view.choices import apply_choices
from explorer.core.view.session import Session

STRIPE = 245  # grey of an even lane's stripe on white (black at alpha 10)


def _export(tmp_path, name, *args) -> QImage:
    out = tmp_path / name
    assert run("export", "--db", BUNDLED, *args, "-o", out) == 0
    return out


def _first_lane_top(image: QImage) -> int:
    """The first pixel row that is much lane stripe: lane 0 is striped."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * h)
    pixels = rows.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4)[:, :, :3]
    striped = (np.abs(pixels.astype(int) - STRIPE) <= 2).all(axis=2).mean(axis=1) > 0.3
    return int(np.argmax(striped))


@pytest.mark.parametrize("companies", [["Broadcom"], ["ByteDance", "Broadcom"], ["Meta"]])
def test_a_filtered_export_has_no_blank_band_above_its_first_lane(tmp_path, qapp, companies):
    args = [a for c in companies for a in ("--company", c)]
    image = QImage(str(_export(tmp_path, "f.png", *args)))
    top = _first_lane_top(image)
    assert 0 < top < image.height() / 2
    _, blank = largest_blank_band(image, 0, top)
    assert blank <= 0.15 * image.height(), (blank, image.height())


def test_the_height_fits_the_lanes_unless_a_size_is_asked_for(tmp_path, qapp):
    few = QImage(str(_export(tmp_path, "few.png", "--company", "Broadcom")))
    assert few.width() == 1600 and few.height() < 400  # one lane of a few rows
    everything = QImage(str(_export(tmp_path, "all.png")))
    assert few.height() < everything.height() <= 900
    fixed = QImage(str(_export(tmp_path, "fixed.png", "--company", "Broadcom", "--height", 700)))
    assert fixed.height() == 700
    # the spare height goes above and below the whole, not into the lane
    _, blank = largest_blank_band(fixed)
    assert blank < 0.5 * fixed.height()
    assert largest_blank_band(fixed, 0, _first_lane_top(fixed))[1] > 100


def test_the_title_says_the_range_at_the_datas_precision(tmp_path, qapp):
    framed = _export(tmp_path, "b.svg", "--company", "Broadcom").read_text(encoding="utf-8")
    assert "2022 – 2024" in framed
    given = _export(tmp_path, "g.svg", "--company", "Broadcom", "--from", "2023", "--to", "2025-01")
    assert "2023 – January 2025" in given.read_text(encoding="utf-8")
    assert not re.search(r"\d+ \w+ 20\d\d – \d+ \w+ 20\d\d", framed)  # no padded instants


def test_the_legend_lists_the_categories_on_the_image(qapp):
    session = Session(Store(BUNDLED))
    apply_choices(session, companies=["Broadcom"])
    canvas = ExportCanvas(session, *session.view.range, 1200, 600)
    try:
        assert canvas.legend.texts == ["partnership", "product", "trade"]
    finally:
        canvas.dispose()
    apply_choices(session, companies=["Huawei"])  # a disputed claim among its events
    canvas = ExportCanvas(session, *session.view.range, 500, 600)
    try:
        legend = canvas.legend
        assert DISPUTED in legend.texts and "partnership" not in legend.texts
        # an even grid: equal columns, every row full but the last
        cells = [legend.cell(i) for i in range(len(legend.texts))]
        assert len({round(c.width()) for c in cells}) == 1
        assert max(c.right() for c in cells) <= 500
        per_row = [
            sum(1 for c in cells if c.top() == top) for top in sorted({c.top() for c in cells})
        ]
        assert all(n == legend.columns for n in per_row[:-1]) and per_row[-1] <= legend.columns
    finally:
        canvas.dispose()
