"""A partial date typed (2023, 2025-01, 2025-01-13) or picked on a calendar."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...core.data import dates


class DateField(QWidget):
    changed = Signal()

    def __init__(self, optional: bool = False, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            self.tr("none") if optional else self.tr("YYYY, YYYY-MM or YYYY-MM-DD")
        )
        self.edit.setToolTip(
            self.tr(
                "Type the date as precisely as the source gives it: 2023, 2025-01, "
                "2025-01-13, 2025-01-13T14:30Z, -0500 (501 BCE)"
            )
        )
        self.precision = QLabel()
        self.precision.setMinimumWidth(
            self.precision.fontMetrics().horizontalAdvance("month precision ")
        )
        pick = QToolButton(text="…")
        pick.setToolTip(self.tr("Pick a day, or its month or year, on a calendar"))
        pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(pick)
        self.calendar = QCalendarWidget()
        picker = QWidget()
        column = QVBoxLayout(picker)
        column.addWidget(self.calendar)
        row = QHBoxLayout()
        # A source may give only the month or the year: pick at that precision.
        for label, fmt in (
            (self.tr("Use the Year"), "yyyy"),
            (self.tr("Use the Month"), "yyyy-MM"),
        ):
            button = QPushButton(label)
            button.clicked.connect(
                lambda _=False, f=fmt: (self._picked(self.calendar.selectedDate(), f), menu.close())
            )
            row.addWidget(button)
        column.addLayout(row)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(picker)
        menu.addAction(holder)
        pick.setMenu(menu)
        self.calendar.clicked.connect(lambda day: (self._picked(day), menu.close()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(pick)
        layout.addWidget(self.precision)
        self.edit.textChanged.connect(self._update)
        self._update()

    def _picked(self, day: QDate, fmt: str = "yyyy-MM-dd") -> None:
        self.edit.setText(day.toString(fmt))

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, value: str | None) -> None:
        self.edit.setText(value or "")

    def problem(self) -> str | None:
        value = self.text()
        if not value:
            return None if self.optional else self.tr("a date is needed")
        try:
            dates.PartialDate.parse(value)
        except dates.PartialDateError as exc:
            return str(exc)
        return None

    def _update(self) -> None:
        value = self.text()
        if value and self.problem() is None:
            precision = dates.PartialDate.parse(value).precision
            said = {
                "year": self.tr("year precision"),
                "month": self.tr("month precision"),
                "day": self.tr("day precision"),
                "hour": self.tr("hour precision"),
                "minute": self.tr("minute precision"),
                "second": self.tr("second precision"),
            }
            self.precision.setText(said.get(precision, precision))
            with contextlib.suppress(ValueError):  # a calendar shows the years 1-9999 only
                first = dates.PartialDate.parse(value).first_day()
                self.calendar.setSelectedDate(QDate(first.year, first.month, first.day))
        else:
            self.precision.setText(self.problem() or "")
        self.changed.emit()
