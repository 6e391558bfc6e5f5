"""The left axis: one label per lane, in the lane entity's colour, with a swatch."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from .. import style
from ..i18n import translate


def lane_names_and_colors(store, lanes) -> tuple[list[str], list[QColor]]:
    """Each lane's entity name (in the store's language) and colour (grey for an
    entity without a valid one)."""
    names, colors = [], []
    for entity_id in lanes:
        entity = store.entities.get(entity_id)
        names.append(
            store.entity_name(entity_id) if entity else translate("LaneAxis", "(no entity)")
        )
        colors.append(style.color_of(entity.color if entity else None))
    return names, colors


class LaneAxisItem(pg.AxisItem):
    def __init__(self):
        super().__init__("left")
        self._colors: dict[str, QColor] = {}
        self.setStyle(tickFont=style.font(style.LANE_PX), tickLength=0, autoExpandTextSpace=True)
        self.setWidth(150)

    def set_lanes(self, names: list[str], colors: list[QColor]) -> None:
        self._colors = dict(zip(names, colors, strict=True))
        self.setTicks([[(i, name) for i, name in enumerate(names)], []])

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):
        p.setRenderHint(p.RenderHint.TextAntialiasing, True)
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        for rect, flags, text in textSpecs:
            color = self._colors.get(text, QColor(style.DARK_TEXT))
            swatch = QRectF(rect.right() - 10, rect.center().y() - 5, 10, 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(swatch, 2, 2)
            p.setPen(color.darker(135))
            p.drawText(rect.adjusted(0, 0, -16, 0), int(flags), text)
