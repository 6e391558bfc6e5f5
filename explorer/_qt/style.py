"""Shared look: category marker shapes, dimming, fonts, the print-friendly palette."""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QFont, QFontInfo

# pyqtgraph symbol codes; categories are told apart by shape, entities by colour.
SYMBOLS = ["o", "s", "t", "d", "star", "p", "h", "t1", "x", "+"]

# The palette, named by use. Hex strings, so Qt (QColor, pyqtgraph) and the
# detail panel's HTML take the same value.
BACKGROUND = "w"
FOREGROUND = "#1f2937"  # axis text, titles
INK = "#111827"  # quoted source text
DARK_TEXT = "#374151"  # dates; a lane name without a colour of its own
MID_TEXT = "#4b5563"  # the image's footer; outline of a period's glyph
MUTED = "#6b7280"  # hints, notes, file names; legend samples; an entity without a colour
FAINT = "#9ca3af"  # axis lines; rows and entities filtered to nothing; a period's glyph
WARNING_BACKGROUND = "#fef3c7"  # the "disputed" note
WARNING_TEXT = "#92400e"
ERROR_TEXT = "#b91c1c"  # an editor's field that cannot be saved as it is
QUOTE_HIGHLIGHT = "#fde68a"  # the passage a source viewer has selected or cites
FALLBACK_COLOR = MUTED
DIM_ALPHA = 50
BAR_ALPHA = 90
# Black at 10/255 over the white background, as an opaque grey: the same pixels,
# and a fill of half the plot without blending (1.5 ms of a 10 ms frame at 1M).
LANE_STRIPE = QColor(245, 245, 245)
PERIOD_FILL = QColor(245, 158, 11, 38)
PERIOD_TEXT = QColor(WARNING_TEXT)
SELECTION = QColor(INK)

# Text sizes in pixels, not points: Qt draws a point size at a whole number of
# pixels (9.5 pt at 96 dpi is drawn 13 px) but writes the exact size (12.67 px)
# into an SVG, whose viewers then draw each text narrower than the PNG shows it.
TITLE_PX = 15
LANE_PX = 13
AXIS_PX = 12
LABEL_PX = 11  # event labels, period labels, the legend
FOOTER_PX = 10


def font(px: int, italic: bool = False) -> QFont:
    # The family the platform resolves "Sans Serif" to, named outright: an SVG
    # that says "Sans Serif" is drawn in another face by Chromium.
    result = QFont(_family())
    result.setPixelSize(px)
    result.setItalic(italic)
    return result


@functools.cache
def _family() -> str:
    return QFontInfo(QFont()).family()


def symbol_for(category: str, categories: list[str]) -> str:
    if category in categories:
        return SYMBOLS[categories.index(category) % len(SYMBOLS)]
    return SYMBOLS[0]


def color_of(hex_color: str | None) -> QColor:
    color = QColor(hex_color or FALLBACK_COLOR)
    return color if color.isValid() else QColor(FALLBACK_COLOR)


def with_alpha(color: QColor, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


# pyqtgraph's symbol atlas keys on the pen and brush *objects*: reusing one
# object per look lets it draw each look once instead of once per marker.
_PENS: dict[tuple, object] = {}
_BRUSHES: dict[int, object] = {}


def cached_pen(color: QColor, width: float = 1.0):
    import pyqtgraph as pg

    key = (color.rgba(), width)
    if key not in _PENS:
        _PENS[key] = pg.mkPen(color, width=width)  # cosmetic: width stays in pixels
    return _PENS[key]


def cached_brush(color: QColor):
    import pyqtgraph as pg

    key = color.rgba()
    if key not in _BRUSHES:
        _BRUSHES[key] = pg.mkBrush(color)
    return _BRUSHES[key]
