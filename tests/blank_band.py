"""The tallest blank horizontal band of an image: a run of pixel rows with no ink.

Ink is any pixel darker than light greys and pastels (a channel under 180),
so lane stripes, grid lines and the period band's fill count as blank.
Run as a script: `python tests/blank_band.py IMAGE...` prints start and height.
"""

from __future__ import annotations

import sys

import numpy as np
from PySide6.QtGui import QImage

INK = 180


def inked_rows(image: QImage) -> np.ndarray:
    """bool per pixel row: the row has ink."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    pixels = data.reshape(height, image.bytesPerLine())[:, : width * 4].reshape(height, width, 4)
    return (pixels[:, :, :3].min(axis=2) < INK).any(axis=1)


def largest_blank_band(image: QImage, first: int = 0, last: int | None = None) -> tuple[int, int]:
    """(first row, height) of the tallest run of rows without ink in [first, last)."""
    rows = inked_rows(image)[first:last]
    best, start = (first, 0), None
    for y, inked in enumerate([*rows.tolist(), True]):
        if not inked and start is None:
            start = y
        elif inked and start is not None:
            if y - start > best[1]:
                best = (first + start, y - start)
            start = None
    return best


if __name__ == "__main__":
    for path in sys.argv[1:]:
        image = QImage(path)
        y, height = largest_blank_band(image)
        size = f"{image.width()}x{image.height()}"
        print(f"{path}: {size}, blank band {height} px ({height / image.height():.0%}) at y={y}")
