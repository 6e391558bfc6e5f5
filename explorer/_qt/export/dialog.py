"""Options for File › Export Image: pixel size and scale for PNG, page for PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
)

from .render import PAGE_SIZES, ImageOptions

SCALES = {"1x": 1.0, "2x": 2.0, "Custom width": None}


class ExportOptionsDialog(QDialog):
    def __init__(self, path: Path, width: int, height: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Export {path.suffix.lstrip('.').upper()}")
        self.suffix = path.suffix.lower()
        self.width_box = QSpinBox(minimum=200, maximum=20000, value=width, suffix=" px")
        self.height_box = QSpinBox(minimum=150, maximum=20000, value=height, suffix=" px")
        self.scale = QComboBox()
        self.scale.addItems(list(SCALES))
        self.scale.setToolTip("1x: the size of the view; 2x: twice the pixels, for slides")
        self.custom_width = QSpinBox(minimum=200, maximum=20000, value=width * 2, suffix=" px")
        self.custom_width.setEnabled(False)
        self.scale.currentTextChanged.connect(
            lambda text: self.custom_width.setEnabled(SCALES[text] is None)
        )
        self.page = QComboBox()
        self.page.addItems(list(PAGE_SIZES))
        self.orientation = QComboBox()
        self.orientation.addItems(["Landscape", "Portrait"])

        form = QFormLayout(self)
        if self.suffix != ".pdf":
            form.addRow("Layout width", self.width_box)
            form.addRow("Layout height", self.height_box)
        if self.suffix == ".png":
            form.addRow("Scale", self.scale)
            form.addRow("Pixel width", self.custom_width)
        if self.suffix == ".pdf":
            form.addRow("Page size", self.page)
            form.addRow("Orientation", self.orientation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> ImageOptions:
        width, height = self.width_box.value(), self.height_box.value()
        scale = SCALES[self.scale.currentText()]
        if scale is None:
            scale = self.custom_width.value() / width
        return ImageOptions(
            width=width,
            height=height,
            scale=scale,
            page=self.page.currentText(),
            landscape=self.orientation.currentText() == "Landscape",
        )
