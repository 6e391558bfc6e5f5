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
from ..i18n import QT_TRANSLATE_NOOP, translate
from .render import PAGE_SIZES, ImageOptions

SCALES = {"1x": 1.0, "2x": 2.0, QT_TRANSLATE_NOOP("ExportOptionsDialog", "Custom width"): None}
FIT = QT_TRANSLATE_NOOP("ExportOptionsDialog", "Fit height to content")  # at most the height given
EXACT = QT_TRANSLATE_NOOP("ExportOptionsDialog", "Exact size")
PAGE_BELOW = QT_TRANSLATE_NOOP("ExportOptionsDialog", "Page below")
LANDSCAPE = QT_TRANSLATE_NOOP("ExportOptionsDialog", "Landscape")
PORTRAIT = QT_TRANSLATE_NOOP("ExportOptionsDialog", "Portrait")


def _fill(box: QComboBox, keys) -> None:
    """Items shown translated, each holding its key (the English text) as data."""
    for key in keys:
        box.addItem(translate("ExportOptionsDialog", key), key)


class ExportOptionsDialog(QDialog):
    def __init__(self, path: Path, width: int, height: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(
            translate("ExportOptionsDialog", "Export {format}").format(
                format=path.suffix.lstrip(".").upper()
            )
        )
        self.suffix = path.suffix.lower()
        pdf = self.suffix == ".pdf"
        self.size = QComboBox()
        self.presets = {p.label: p for p in PRESETS.values() if p.page or not pdf}
        _fill(self.size, [PAGE_BELOW] if pdf else [FIT, EXACT])
        for label in self.presets:
            self.size.addItem(translate("Presets", label), label)
        self.size.setToolTip(
            translate(
                "ExportOptionsDialog",
                "A preset fixes the size; the time range is the one on screen",
            )
        )
        self.width_box = QSpinBox(minimum=200, maximum=20000, value=width, suffix=" px")
        self.height_box = QSpinBox(minimum=150, maximum=20000, value=height, suffix=" px")
        self.scale = QComboBox()
        _fill(self.scale, SCALES)
        self.scale.setToolTip(
            translate(
                "ExportOptionsDialog", "1x: the size of the view; 2x: twice the pixels, for slides"
            )
        )
        self.custom_width = QSpinBox(minimum=200, maximum=40000, value=width, suffix=" px")
        self.custom_width.setEnabled(False)
        self.page = QComboBox()
        self.page.addItems(list(PAGE_SIZES))
        self.orientation = QComboBox()
        _fill(self.orientation, [LANDSCAPE, PORTRAIT])
        self.size.currentIndexChanged.connect(lambda: self._preset_chosen(self.size.currentData()))
        self.scale.currentIndexChanged.connect(self._show_pixel_width)
        self.width_box.valueChanged.connect(self._show_pixel_width)

        form = QFormLayout(self)
        form.addRow(translate("ExportOptionsDialog", "&Size"), self.size)
        if not pdf:
            form.addRow(translate("ExportOptionsDialog", "Layout &width"), self.width_box)
            form.addRow(translate("ExportOptionsDialog", "Layout &height"), self.height_box)
        if self.suffix == ".png":
            form.addRow(translate("ExportOptionsDialog", "S&cale"), self.scale)
            form.addRow(translate("ExportOptionsDialog", "&Pixel width"), self.custom_width)
        if pdf:
            form.addRow(translate("ExportOptionsDialog", "&Page size"), self.page)
            form.addRow(translate("ExportOptionsDialog", "&Orientation"), self.orientation)
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
            self.orientation.setCurrentIndex(self.orientation.findData(LANDSCAPE))

    def _show_pixel_width(self, *_) -> None:
        """The width the PNG will have: layout width times the scale, or typed in."""
        scale = SCALES[self.scale.currentData()]
        self.custom_width.setEnabled(scale is None)
        if scale is not None:
            self.custom_width.setValue(round(self.width_box.value() * scale))

    def options(self) -> ImageOptions:
        width, height = self.width_box.value(), self.height_box.value()
        scale = SCALES[self.scale.currentData()]
        if scale is None:
            scale = self.custom_width.value() / width
        return ImageOptions(
            width=width,
            height=height,
            scale=scale,
            page=self.page.currentText(),
            landscape=self.orientation.currentData() == LANDSCAPE,
            fit_height=self.size.currentData() == FIT,
        )
