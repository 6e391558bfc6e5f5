"""Density strips: a lane too busy for single markers, drawn as counts per bucket.

Each strip is a row of the lane's colour whose opacity follows the number of
events in the bucket (on a log scale, so a lone event still shows).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

SUB_ROWS = 10  # image rows per lane: the strip fills the middle 6
FILL = slice(2, 8)


class DensityItem(pg.ImageItem):
    def __init__(self):
        super().__init__(axisOrder="row-major")
        self.setZValue(-6)
        self.setToolTip("Too many events to show one by one: darker means more. Zoom in.")

    def set_strips(self, detail, first: int, last: int, colors) -> None:
        """detail: a core Detail; lanes [first, last) are covered; colors: lane -> QColor."""
        lanes = max(last - first, 0)
        if not len(detail.strip_lanes) or lanes == 0:
            self.clear()
            self.setVisible(False)
            return
        buckets = detail.strip_counts.shape[1]
        image = np.zeros((lanes * SUB_ROWS, buckets, 4), np.uint8)
        peak = np.log1p(detail.strip_counts.max())
        for lane, counts in zip(detail.strip_lanes, detail.strip_counts, strict=True):
            color = colors[int(lane)]
            alpha = np.where(counts > 0, 50 + 205 * np.log1p(counts) / max(peak, 1e-9), 0)
            top = (int(lane) - first) * SUB_ROWS
            block = image[top + FILL.start : top + FILL.stop]
            block[..., 0], block[..., 1], block[..., 2] = color.red(), color.green(), color.blue()
            block[..., 3] = alpha.astype(np.uint8)
        self.setImage(image, autoLevels=False, levels=(0, 255))
        self.setRect(QRectF(detail.x0, first - 0.5, detail.x1 - detail.x0, lanes))
        self.setVisible(True)
