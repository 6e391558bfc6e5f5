"""A ViewBox that zooms and pans time only; Shift+drag draws a rubber band."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt


class TimelineViewBox(pg.ViewBox):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.setMouseEnabled(x=True, y=False)
        self.setMenuEnabled(False)
        self.invertY(True)

    def mouseDragEvent(self, ev, axis=None):
        rubber_band = (
            ev.button() == Qt.MouseButton.LeftButton
            and ev.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if not rubber_band:
            super().mouseDragEvent(ev, axis)
            return
        self.state["mouseMode"] = pg.ViewBox.RectMode
        try:
            super().mouseDragEvent(ev, axis)
        finally:
            self.state["mouseMode"] = pg.ViewBox.PanMode

    def showAxRect(self, ax, **kwargs):
        # The rubber band chooses a time range; lanes keep their layout.
        rect = ax.normalized()
        self.setXRange(rect.left(), rect.right(), padding=0)
        self.sigRangeChangedManually.emit(self.state["mouseEnabled"])
