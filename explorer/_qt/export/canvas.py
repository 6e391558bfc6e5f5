"""What an exported image shows: a title line, the legend, the lanes, a sources line.

It draws the session's current result once, for the given time range, with the
window's own LanesPlot; it does not follow later changes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ...core.provenance import describe_filters, describe_range, sources_line
from ...core.session import Session
from .. import style
from ..timeline.lanes_plot import LanesPlot
from ..timeline.legend import fit_legend, make_legend


class ExportCanvas(pg.GraphicsLayoutWidget):
    def __init__(self, session: Session, t0: float, t1: float, width: int, height: int):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.setBackground(style.BACKGROUND)
        self.setFixedSize(width, height)
        title = (
            f"<b>{session.store.title}</b> &nbsp;·&nbsp; {describe_range(t0, t1)}"
            f" &nbsp;·&nbsp; {describe_filters(session)}"
        )
        self.title = pg.LabelItem(
            title, size=f"{style.TITLE_PX}px", color=style.FOREGROUND, justify="left"
        )
        self.legend = make_legend(session.categories)
        fit_legend(self.legend, width)
        self.lanes = LanesPlot(session)
        self.footer = pg.LabelItem(
            sources_line(session), size=f"{style.FOOTER_PX}px", color="#4b5563", justify="left"
        )
        for label in (self.title, self.footer):
            # Wrap long lines rather than widen the layout past the image.
            label.item.setTextWidth(width - 24)
            label.updateMin()
        for row, item in enumerate((self.title, self.legend, self.lanes, self.footer)):
            self.addItem(item, row=row, col=0)
            self.ci.layout.setRowStretchFactor(row, 1 if item is self.lanes else 0)
        self.lanes.draw(session.result)
        self.lanes.set_limits((min(t0, session.view.bounds[0]), max(t1, session.view.bounds[1])))
        self.lanes.view_box.setXRange(t0, t1, padding=0)
        self.show()
        QApplication.processEvents()  # lay out at the fixed size before painting
        shown, total = self.lanes.lanes_shown(), len(session.result.lanes)
        if shown < total:  # say so: a reader must not think the rest have no events
            self.title.setText(f"{title} &nbsp;·&nbsp; the first {shown} of {total} lanes")
            QApplication.processEvents()

    def dispose(self) -> None:
        self.close()
        self.deleteLater()
