"""Quick checks of what the packaged app ships (the bundle itself is built by
scripts/smoke-test-bundle, never inside pytest)."""

import configparser

from conftest import ROOT

from explorer.core import paths

ICONS = ROOT / "resources" / "icons"


def test_window_uses_the_app_icon(qapp):
    from explorer._qt.app import make_app

    app = make_app()
    assert paths.resource("icons/timeline-explorer.svg").is_file()
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(32, 32).isNull()


def test_png_icons_have_their_sizes():
    from PySide6.QtGui import QImage

    for size in (16, 32, 48, 64, 128, 256):
        image = QImage(str(ICONS / f"timeline-explorer-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_desktop_file():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "timeline-explorer.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "timeline-explorer"
    assert desktop["Icon"] == "timeline-explorer"
    assert (ICONS / f"{desktop['Icon']}.svg").is_file()


def test_spec_bundles_files_that_exist():
    spec = (ROOT / "packaging" / "timeline-explorer.spec").read_text(encoding="utf-8")
    for name in ("ai-chips.db", "timeline-explorer.svg", "timeline-explorer.desktop"):
        assert name in spec
    assert (ROOT / "packaging" / "launcher.py").is_file()
