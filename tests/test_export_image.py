"""Image export in memory and from the window; a rendered image against a reference."""

import json
import os
from pathlib import Path

import pytest
from conftest import BUNDLED, entity_id, search_ids
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from explorer._qt.export.render import ImageOptions, export_image, render_image
from explorer.core.data.store import Store
from explorer.core.io.provenance import file_sha256
from explorer.core.view.choices import apply_choices
from explorer.core.view.session import Session

REFERENCE = Path(__file__).parent / "reference" / "bytedance-broadcom-2022-2025.png"


@pytest.fixture
def session(qapp):
    return Session(Store(BUNDLED))


def test_render_in_memory(session):
    image = render_image(session, ImageOptions(640, 360, scale=1.5))
    assert image.size().toTuple() == (960, 540)
    assert not image.isNull()


def test_png_carries_its_provenance(session, tmp_path):
    apply_choices(session, companies=["Nvidia"], date_from="2024")
    out = tmp_path / "p.png"
    export_image(session, out, ImageOptions(500, 300))
    info = json.loads(QImage(str(out)).text("Provenance"))
    assert info["database"] == "ai-chips.db"
    assert info["database_sha256"] == file_sha256(BUNDLED)
    assert info["time_range"][0].startswith("2024-01-01")
    assert "Nvidia" in info["filters_text"]


def _difference(a: QImage, b: QImage) -> float:
    """Share of sampled pixels that differ clearly in some channel."""
    assert a.size() == b.size()
    differ = total = 0
    for x in range(0, a.width(), 2):
        for y in range(0, a.height(), 2):
            ca, cb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            total += 1
            differ += (
                max(
                    abs(ca.red() - cb.red()),
                    abs(ca.green() - cb.green()),
                    abs(ca.blue() - cb.blue()),
                )
                > 48
            )
    return differ / total


def test_rendering_matches_the_reference_image(session):
    apply_choices(session, companies=["ByteDance", "Broadcom"], date_from="2022", date_to="2025")
    image = render_image(session, ImageOptions(800, 450))
    if os.environ.get("UPDATE_REFERENCE") or not REFERENCE.exists():
        REFERENCE.parent.mkdir(exist_ok=True)
        image.save(str(REFERENCE))
    reference = QImage(str(REFERENCE)).convertToFormat(image.format())
    assert _difference(image, reference) < 0.01
    # and the check can fail: hiding a lane changes the picture clearly
    apply_choices(session, companies=["ByteDance"], date_from="2022", date_to="2025")
    assert _difference(render_image(session, ImageOptions(800, 450)), reference) > 0.01


def test_window_exports_what_is_on_screen(window, tmp_path):
    session = window.session
    session.set_entities_visible([entity_id(session, "Huawei")], False)
    out = tmp_path / "w.png"
    assert window.export_image(out, ImageOptions(700, 420))
    image = QImage(str(out))
    huawei = QColor(session.store.entities[entity_id(session, "Huawei")].color).rgb()
    nvidia = QColor(session.store.entities[entity_id(session, "Nvidia")].color).rgb()
    pixels = [image.pixel(x, y) for x in range(0, 700) for y in range(0, 420)]
    assert pixels.count(huawei) == 0 and pixels.count(nvidia) > 20


def test_window_exports_events_and_copies_the_image(window, tmp_path, qapp):
    window.session.filters.set(search="Tomahawk", hide_unmatched=True)
    out = tmp_path / "e.json"
    assert window.export_events(out)
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert {r["id"] for r in rows} == search_ids(window.session.store, "Tomahawk")
    window.copy_image()
    assert not qapp.clipboard().image().isNull()


def test_window_export_error_is_a_dialog_not_a_crash(window, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not window.export_image(blocker / "x.png", ImageOptions(300, 200))
    assert "Could not write" in window.last_error


def test_window_exports_events_for_other_timeline_tools(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from explorer._qt.export.event_export_action import ask_export_events

    window.session.filters.set(search="Tomahawk", hide_unmatched=True)
    wanted = search_ids(window.session.store, "Tomahawk")
    choice = (str(tmp_path / "t"), "Timesketch JSONL (*.jsonl)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: choice)
    ask_export_events(window)
    lines = (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["title"] for line in lines} == {
        window.session.store.records[i].title for i in wanted
    }
    assert window.export_events(tmp_path / "tl.json", "timelinejs")
    slides = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))["events"]
    assert len(slides) == len(wanted)


def test_a_2x_png_is_the_1x_picture_at_twice_the_pixels(session):
    """Marks and labels draw in pixels: at scale 2 they must be twice as big too,
    so the 2x image scaled down matches the 1x one (text hinting differs a little)."""
    session.view.fit()
    one = render_image(session, ImageOptions(800, 450))
    two = render_image(session, ImageOptions(800, 450, scale=2.0))
    assert two.size().toTuple() == (1600, 900)
    down = two.scaled(
        one.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    down.setDevicePixelRatio(1.0)
    assert _difference(one, down.convertToFormat(one.format())) < 0.05
