"""A ViewBox that zooms time only; Shift+drag draws a rubber band.

Where there are more lanes than fit, dragging also scrolls the lanes up and
down, and so do Shift+wheel and Page Up/Down.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt


class TimelineViewBox(pg.ViewBox):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.setMouseEnabled(x=True, y=True)  # y moves only within the limits the lanes set
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

    def wheelEvent(self, ev, axis=None):
        if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.scroll_lanes(-3 if ev.delta() > 0 else 3)
            ev.accept()
            return
        super().wheelEvent(ev, axis=0)  # the wheel zooms time, never the lanes

    def scroll_lanes(self, lanes: float) -> None:
        """Move the lanes shown by `lanes` (positive: down); limits clamp it."""
        self.translateBy(y=lanes)

    def keyPressEvent(self, ev):
        step = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}.get(ev.key())
        if step is None:
            super().keyPressEvent(ev)
            return
        y0, y1 = self.viewRange()[1]
        self.scroll_lanes(step * max(int(y1 - y0) - 1, 1))
        ev.accept()

    def showAxRect(self, ax, **kwargs):
        # The rubber band chooses a time range; lanes keep their layout.
        rect = ax.normalized()
        self.setXRange(rect.left(), rect.right(), padding=0)
        self.sigRangeChangedManually.emit(self.state["mouseEnabled"])
