"""The legend: a marker shape per category, and the disputed and inferred-date
styles, in an even grid.

Every cell is as wide as the widest entry, and the rows are balanced (10 entries
in at most 8 columns: two rows of 5, not 8 and 2), so columns line up.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import QSizePolicy

from ...core.data.records import PERIOD_CATEGORY
from .. import style
from ..i18n import QT_TRANSLATE_NOOP, category_name, translate
from .markers_item import draw_marker, marker_look

DISPUTED = QT_TRANSLATE_NOOP("Legend", "disputed (hollow, hatched)")
INFERRED = QT_TRANSLATE_NOOP("Legend", "date inferred (pale, dotted)")
PALE = "pale"  # an entry's look: an inferred date's marker (markers_item.marker_look)
BAND = "band"  # the period category's sample: its shaded band
ROW_HEIGHT = 20
SAMPLE_WIDTH = 24  # the marker sample and the gap before its text
CELL_GAP = 28  # between an entry's text and the next sample
PAD = 8  # left of the first column, above the first row
SYMBOL_PX = 9
GREY = QColor(style.MUTED)


class Legend(pg.GraphicsWidget):
    """Entries (symbol, text, hollow) drawn in `columns` equal columns; hollow
    may be PALE, for the inferred-date sample."""

    def __init__(self, entries: list[tuple[str, str, bool]]):
        super().__init__()
        self.entries = entries
        self.font = style.font(style.LABEL_PX)
        widest = max(
            (QFontMetricsF(self.font).horizontalAdvance(t) for _, t, _ in entries), default=0
        )
        self.cell_width = SAMPLE_WIDTH + widest + CELL_GAP
        self.columns = max(len(entries), 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.fit(10_000)

    @property
    def texts(self) -> list[str]:
        return [text for _, text, _ in self.entries]

    @property
    def rows(self) -> int:
        return math.ceil(len(self.entries) / self.columns) if self.entries else 0

    def fit(self, width: float) -> None:
        """As many equal columns as fit in `width`, over as few, balanced rows."""
        count = max(len(self.entries), 1)
        most = max(1, min(count, int((width - PAD) // self.cell_width)))
        rows = math.ceil(count / most)
        self.columns = math.ceil(count / rows)
        height = self.rows * ROW_HEIGHT + (PAD if self.entries else 0)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.update()

    def cell(self, index: int) -> QRectF:
        """Where entry `index` sits: row by row, left to right."""
        row, column = divmod(index, self.columns)
        return QRectF(
            PAD + column * self.cell_width, PAD / 2 + row * ROW_HEIGHT, self.cell_width, ROW_HEIGHT
        )

    def paint(self, p, *args):
        p.setRenderHint(p.RenderHint.Antialiasing)
        p.setFont(self.font)
        for i, (symbol, text, hollow) in enumerate(self.entries):
            cell = self.cell(i)
            at = QPointF(cell.left() + SYMBOL_PX / 2 + 2, cell.center().y())
            if symbol == BAND:  # a period is drawn as a shaded band, not a marker
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(style.PERIOD_FILL.darker(115))
                p.drawRect(
                    QRectF(at.x() - SYMBOL_PX / 2, at.y() - SYMBOL_PX / 2, SYMBOL_PX, SYMBOL_PX)
                )
            elif hollow == PALE:
                pen, brush = marker_look(GREY, False, False, inferred=True)
                draw_marker(p, at, symbol, SYMBOL_PX, pen, brush)
            elif hollow:
                draw_marker(p, at, symbol, SYMBOL_PX, pg.mkPen(GREY, width=2), pg.mkBrush("w"))
            else:
                pen = pg.mkPen(GREY.darker(150))
                draw_marker(p, at, symbol, SYMBOL_PX, pen, pg.mkBrush(GREY))
            p.setPen(QPen(QColor(style.FOREGROUND)))
            text_rect = cell.adjusted(SAMPLE_WIDTH, 0, 0, 0)
            p.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )


def make_legend(
    categories: list[str],
    shown: list[str] | None = None,
    disputed: bool = True,
    inferred: bool = False,
) -> Legend:
    """The legend of `shown` categories (all by default), shaped as among
    `categories`, plus the disputed sample when `disputed` and the inferred-date
    sample when `inferred`."""
    entries = [
        (BAND if c == PERIOD_CATEGORY else style.symbol_for(c, categories), category_name(c), False)
        for c in (categories if shown is None else shown)
    ]
    if disputed:
        entries.append(("o", translate("Legend", DISPUTED), True))
    if inferred:
        entries.append(("o", translate("Legend", INFERRED), PALE))
    return Legend(entries)
