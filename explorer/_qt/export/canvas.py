"""What an exported image shows: a title line, the legend, the lanes, a sources line.

It draws the session's current result once, for the given time range, with the
window's own LanesPlot; it does not follow later changes. Lanes are as tall as
their marks need, no taller: with `fit_height` the image gets shorter; at a fixed
size they may take twice that and the rest goes above and below the whole, so
the footer stays right under the lanes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ...core.io.provenance import describe_filters, no_filters, sources_line
from ...core.view.framing import categories_shown, inferred_shown, spoken_view
from ...core.view.session import Session
from .. import style
from ..i18n import translate
from ..timeline.lanes_plot import LanesPlot
from ..timeline.legend import make_legend

MARGIN = 12  # around the whole, in pixels


class ExportCanvas(pg.GraphicsLayoutWidget):
    def __init__(
        self,
        session: Session,
        t0: float,
        t1: float,
        width: int,
        height: int,
        range_text: str | None = None,
        fit_height: bool = False,
    ):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.setBackground(style.BACKGROUND)
        self.setFixedSize(width, height)
        self.ci.layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        filters = describe_filters(session)
        title = f"<b>{session.store.title}</b> &nbsp;·&nbsp; {range_text or spoken_view(t0, t1)}"
        if filters != no_filters():  # a published image need not say what it did not do
            title += f" &nbsp;·&nbsp; {filters}"
        self.title = pg.LabelItem(
            title, size=f"{style.TITLE_PX}px", color=style.FOREGROUND, justify="left"
        )
        categories, disputed = categories_shown(session, t0, t1)
        inferred = inferred_shown(session, t0, t1)
        self.legend = make_legend(session.categories, categories, disputed, inferred)
        self.legend.fit(width - 2 * MARGIN)
        self.lanes = LanesPlot(session, image=True)
        self.footer = pg.LabelItem(
            sources_line(session, t0, t1),
            size=f"{style.FOOTER_PX}px",
            color=style.MID_TEXT,
            justify="left",
        )
        for label, px in ((self.title, style.TITLE_PX), (self.footer, style.FOOTER_PX)):
            # The face named outright, as every other text's (style.font): an SVG that
            # says "Sans Serif" is drawn by Chromium in a serif face.
            label.item.setFont(style.font(px))
            # Wrap long lines rather than widen the layout past the image.
            label.item.setTextWidth(width - 2 * MARGIN - 12)
            label.updateMin()
        for row, item in enumerate((self.title, self.legend, self.lanes, self.footer)):
            self.addItem(item, row=row, col=0)
            self.ci.layout.setRowStretchFactor(row, 1 if item is self.lanes else 0)
        self.lanes.draw(session.result)
        self.lanes.set_limits(session.view.bounds)
        self.lanes.view_box.setXRange(t0, t1, padding=0)
        self.show()
        QApplication.processEvents()  # lay out at the fixed size before painting
        # At a fixed size lanes may be up to twice what they need, to fill it.
        self._give_back(self.lanes.spare_height(1 if fit_height else 2), fit_height)
        shown, total = self.lanes.lanes_shown(), len(session.result.lanes)
        if shown < total:  # say so: a reader must not think the rest have no events
            lanes = translate("ExportCanvas", "the first {shown} of {total} lanes")
            self.title.setText(f"{title} &nbsp;·&nbsp; {lanes.format(shown=shown, total=total)}")
            QApplication.processEvents()

    def _give_back(self, spare: float, fit_height: bool) -> None:
        """Take `spare` pixels from the lanes: off the image, or as margins."""
        if spare < 1:
            return
        if fit_height:
            self.setFixedSize(self.width(), self.height() - round(spare))
        else:
            half = MARGIN + spare / 2
            self.ci.layout.setContentsMargins(MARGIN, half, MARGIN, half)
        QApplication.processEvents()

    def dispose(self) -> None:
        self.close()
        self.deleteLater()
