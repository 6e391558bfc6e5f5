"""Image sizes a journalist asks for by name: a slide, a social card, an A4 page. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass

from ..words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Preset:
    label: str  # as the export dialog lists it (translated there, context "Presets")
    width: int  # logical pixels of the layout (PNG/SVG)
    height: int
    page: str | None = None  # PDF: this page, landscape; None: the preset is not for PDF


PRESETS = {
    "slide": Preset(QT_TRANSLATE_NOOP("Presets", "Slide 1920 × 1080"), 1920, 1080),
    "social": Preset(QT_TRANSLATE_NOOP("Presets", "Social 1200 × 675"), 1200, 675),
    "a4": Preset(
        QT_TRANSLATE_NOOP("Presets", "A4 landscape"), 1123, 794, page="A4"
    ),  # 297 × 210 mm at 96 dpi
}
DEFAULT_SIZE = (1600, 900)  # without a preset: the width, and the height at most
