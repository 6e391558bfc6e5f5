"""Colours are named once, in _qt/style.py; the views use those names."""

import re
from pathlib import Path

import explorer._qt as qt_package

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_no_hex_colour_outside_the_palette():
    root = Path(qt_package.__file__).parent
    found = {
        str(path.relative_to(root)): HEX.findall(path.read_text(encoding="utf-8"))
        for path in root.rglob("*.py")
        if path.name != "style.py"
    }
    assert {name: hexes for name, hexes in found.items() if hexes} == {}


def test_the_palette_holds_valid_colours():
    from PySide6.QtGui import QColor

    from explorer._qt import style

    names = ["FOREGROUND", "INK", "DARK_TEXT", "MID_TEXT", "MUTED", "FAINT"]
    names += ["WARNING_BACKGROUND", "WARNING_TEXT", "FALLBACK_COLOR"]
    assert [n for n in names if not QColor(getattr(style, n)).isValid()] == []
