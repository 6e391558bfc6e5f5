"""Options for File › Export Image: size (or a preset) and scale for PNG, page for PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
)

from ...core.io.image_presets import PRESETS
from .render import PAGE_SIZES, ImageOptions

SCALES = {"1x": 1.0, "2x": 2.0, "Custom width": None}
FIT = "Fit height to content"  # the height is at most the one given
EXACT = "Exact size"


class ExportOptionsDialog(QDialog):
    def __init__(self, path: Path, width: int, height: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Export {path.suffix.lstrip('.').upper()}")
        self.suffix = path.suffix.lower()
        pdf = self.suffix == ".pdf"
        self.size = QComboBox()
        self.presets = {p.label: p for p in PRESETS.values() if p.page or not pdf}
        self.size.addItems(["Page below"] if pdf else [FIT, EXACT])
        self.size.addItems(list(self.presets))
        self.size.setToolTip("A preset fixes the size; the time range is the one on screen")
        self.width_box = QSpinBox(minimum=200, maximum=20000, value=width, suffix=" px")
        self.height_box = QSpinBox(minimum=150, maximum=20000, value=height, suffix=" px")
        self.scale = QComboBox()
        self.scale.addItems(list(SCALES))
        self.scale.setToolTip("1x: the size of the view; 2x: twice the pixels, for slides")
        self.custom_width = QSpinBox(minimum=200, maximum=40000, value=width, suffix=" px")
        self.custom_width.setEnabled(False)
        self.page = QComboBox()
        self.page.addItems(list(PAGE_SIZES))
        self.orientation = QComboBox()
        self.orientation.addItems(["Landscape", "Portrait"])
        self.size.currentTextChanged.connect(self._preset_chosen)
        self.scale.currentTextChanged.connect(self._show_pixel_width)
        self.width_box.valueChanged.connect(self._show_pixel_width)

        form = QFormLayout(self)
        form.addRow("Size", self.size)
        if not pdf:
            form.addRow("Layout width", self.width_box)
            form.addRow("Layout height", self.height_box)
        if self.suffix == ".png":
            form.addRow("Scale", self.scale)
            form.addRow("Pixel width", self.custom_width)
        if pdf:
            form.addRow("Page size", self.page)
            form.addRow("Orientation", self.orientation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _preset_chosen(self, label: str) -> None:
        preset = self.presets.get(label)
        if preset is None:
            return
        self.width_box.setValue(preset.width)
        self.height_box.setValue(preset.height)
        if preset.page:
            self.page.setCurrentText(preset.page)
            self.orientation.setCurrentText("Landscape")

    def _show_pixel_width(self, *_) -> None:
        """The width the PNG will have: layout width times the scale, or typed in."""
        scale = SCALES[self.scale.currentText()]
        self.custom_width.setEnabled(scale is None)
        if scale is not None:
            self.custom_width.setValue(round(self.width_box.value() * scale))

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
            fit_height=self.size.currentText() == FIT,
        )
