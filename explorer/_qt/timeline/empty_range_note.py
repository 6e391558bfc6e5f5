"""Over the timeline, when the filters leave no event in the range on screen:
say so, and offer to fit the range to the events they do show."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.view.session import Session
from .. import style
from ..i18n import QT_TRANSLATE_NOOP, translate

TEXT = QT_TRANSLATE_NOOP("EmptyRangeNote", "No events in this range match the filters")


class EmptyRangeNote(QFrame):
    """A child widget of the timeline, over its lanes; hidden while
    events are in view or when the filters show none at all."""

    def __init__(self, session: Session, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.setObjectName("emptyRangeNote")
        self.setStyleSheet(
            f"#emptyRangeNote {{ background: {style.WARNING_BACKGROUND}; "
            f"border: 1px solid {style.FAINT}; border-radius: 4px; }}"
            f"QLabel {{ color: {style.WARNING_TEXT}; }}"
        )
        self.label = QLabel(translate("EmptyRangeNote", TEXT))
        self.button = QPushButton(translate("EmptyRangeNote", "Show all matching"))
        self.button.setToolTip(
            translate("EmptyRangeNote", "Fit the range to the events the filters show (Home)")
        )
        self.button.clicked.connect(session.fit_shown)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label)
        row.addWidget(self.button)
        session.events.result.connect(self.update_shown)
        session.view.events.range.connect(self.update_shown)
        self.update_shown()

    def update_shown(self, *_) -> None:
        session = self.session
        empty = session.shown_span() is not None and not session.shown_in_range()
        # No event matches at all: the status line says "0 of N"; nothing to fit to.
        self.label.setText(TEXT if empty else "")
        self.setVisible(empty)
        if empty:
            self.place()

    def place(self) -> None:
        """Centre over the lanes' plot area (not the legend or the overview)."""
        self.adjustSize()
        timeline = self.parentWidget()
        area = timeline.mapFromScene(timeline.view_box.sceneBoundingRect()).boundingRect()
        x = area.center().x() - self.width() // 2
        y = area.top() + max((area.height() - self.height()) // 3, 0)
        self.move(max(x, 0), max(y, 0))
        self.raise_()
