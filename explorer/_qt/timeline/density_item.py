"""Density strips: a lane too busy for single markers, drawn as counts per bucket.

Each strip is a row of the lane's colour whose opacity follows the number of
events in the bucket (on a log scale, so a lone event still shows).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..i18n import translate


class DensityItem(pg.ImageItem):
    def __init__(self, sub_rows: int = 5, fill: slice = slice(1, 4)):
        """Each lane is `sub_rows` image rows, of which `fill` are coloured: a gap
        between lanes. The overview, with lanes under a pixel tall, fills all."""
        super().__init__(axisOrder="row-major")
        self._sub_rows, self._fill = sub_rows, fill
        self.setZValue(-6)
        self.setToolTip(
            translate(
                "DensityItem", "Too many events to show one by one: darker means more. Zoom in."
            )
        )

    def set_strips(self, detail, first: int, last: int, colors) -> None:
        """detail: a core Detail; lanes [first, last) are covered; colors: lane -> QColor."""
        lanes = max(last - first, 0)
        if not len(detail.strip_lanes) or lanes == 0:
            self.clear()
            self.setVisible(False)
            return
        counts = detail.strip_counts
        buckets = counts.shape[1]
        peak = max(float(np.log1p(counts.max())), 1e-9)
        alpha = np.where(counts > 0, 50 + 205 * np.log1p(counts) / peak, 0).astype(np.uint8)
        rgb = np.array(
            [[c.red(), c.green(), c.blue()] for c in (colors[int(i)] for i in detail.strip_lanes)],
            np.uint8,
        )
        row = np.zeros((lanes, buckets, 4), np.uint8)  # one pixel row per lane...
        at = detail.strip_lanes - first
        row[at, :, :3] = rgb[:, None, :]
        row[at, :, 3] = alpha
        image = np.zeros((lanes, self._sub_rows, buckets, 4), np.uint8)
        image[:, self._fill] = row[:, None]  # ...repeated down the middle of the lane
        image = image.reshape(lanes * self._sub_rows, buckets, 4)
        self.setImage(image, autoLevels=False, levels=(0, 255))
        self.setRect(QRectF(detail.x0, first - 0.5, detail.x1 - detail.x0, lanes))
        self.setVisible(True)
