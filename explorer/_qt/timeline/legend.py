"""The legend: a marker shape per category, and the disputed style."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetricsF

from .. import style
from .markers_item import MarkerSample

DISPUTED = "disputed (hollow, hatched)"
ROW_HEIGHT = 20
SAMPLE_WIDTH = 34  # the marker sample and the gap before its text


def make_legend(categories: list[str]) -> pg.LegendItem:
    legend = pg.LegendItem(
        labelTextColor=style.FOREGROUND,
        labelTextSize=f"{style.LABEL_PX}px",
        sampleType=MarkerSample,
    )
    grey = QColor("#6b7280")
    for category in categories:
        sample = pg.ScatterPlotItem(
            symbol=style.symbol_for(category, categories),
            brush=pg.mkBrush(grey),
            pen=pg.mkPen(grey.darker(150)),
            size=9,
        )
        legend.addItem(sample, category)
    disputed = pg.ScatterPlotItem(
        symbol="o", brush=pg.mkBrush("w"), pen=pg.mkPen(grey, width=2), size=9
    )
    legend.addItem(disputed, DISPUTED)
    metrics = QFontMetricsF(style.font(style.LABEL_PX))
    legend.entry_width = SAMPLE_WIDTH + max(
        metrics.horizontalAdvance(t) for t in [*categories, DISPUTED]
    )
    fit_legend(legend, 10_000)
    return legend


def fit_legend(legend: pg.LegendItem, width: float) -> None:
    """As many columns as fit in `width`; the rest wraps onto more rows."""
    count = len(legend.items)
    columns = max(1, min(count, int(width // legend.entry_width)))
    rows = -(-count // columns)
    legend.setColumnCount(columns)
    legend.setMaximumHeight(rows * ROW_HEIGHT + 6)
    legend.setMinimumHeight(rows * ROW_HEIGHT + 6)
