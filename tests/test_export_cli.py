"""`timeline-explorer export`: formats, filters, exit codes, no partial files."""

import csv
import json
import xml.etree.ElementTree as ET

import pytest
from conftest import BUNDLED, ROOT

from explorer.cli import main
from explorer.core.data.store import Store

EVENTS = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
ENTITIES = {e["name"]: e for e in json.loads((ROOT / "data" / "entities.json").read_text())}


def export(*args):
    """Run the command as a shell would: argparse's SystemExit becomes the exit code."""
    try:
        return main(["export", "--db", str(BUNDLED), *map(str, args)])
    except SystemExit as exc:
        return exc.code


def titles_with(entity):
    return {e["title"] for e in EVENTS if entity in e["entities"]}


def test_png_has_the_requested_size_and_is_not_blank(tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "t.png"
    assert export("--width", 900, "--height", 500, "-o", out) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 500)
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 500, 7)}
    assert len(colours) > 20


def test_scale_two_doubles_the_pixels(tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "t2.png"
    assert export("--width", 600, "--height", 400, "--scale", 2, "-o", out) == 0
    assert QImage(str(out)).size().toTuple() == (1200, 800)


def colour_count(image, hex_colour):
    from PySide6.QtGui import QColor

    wanted = QColor(hex_colour).rgb()
    return sum(
        image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height())
    )


def test_company_filter_shows_its_colour_and_not_others(tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "b.png"
    assert export("--company", "bytedance", "--width", 700, "--height", 400, "-o", out) == 0
    image = QImage(str(out))
    assert colour_count(image, ENTITIES["ByteDance"]["color"]) > 30
    assert colour_count(image, ENTITIES["Huawei"]["color"]) == 0


def test_svg_holds_visible_titles_only(tmp_path):
    out = tmp_path / "t.svg"
    shown = ["Meta", "Amazon", "TSMC"]
    args = [a for name in shown for a in ("--company", name)]
    assert export(*args, "--from", 2024, "--to", 2024, "-o", out) == 0
    root = ET.parse(out).getroot()
    text = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    visible = set().union(*(titles_with(n) for n in shown))
    for title in visible:
        assert title[:40] in text, title
    hidden = titles_with("Huawei") - visible
    for title in hidden:
        assert title[:40] not in text, title
    assert "database_sha256" in root.find("{http://www.w3.org/2000/svg}desc").text


def test_pdf_is_a_pdf_with_a_page(tmp_path):
    out = tmp_path / "t.pdf"
    assert export("--page", "A3", "--portrait", "-o", out) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")
        >= 1
    )


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_data_exports_hold_exactly_the_filtered_events(tmp_path, fmt):
    out = tmp_path / f"e.{fmt}"
    assert export("--company", "Huawei", "-o", out) == 0
    if fmt == "json":
        rows = json.loads(out.read_text(encoding="utf-8"))
        assert all(r["citations"] and r["citations"][0]["quote"] for r in rows)
    else:
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["title"] for r in rows} == titles_with("Huawei")


def test_to_includes_the_whole_period_it_names(tmp_path):
    out = tmp_path / "jan.json"
    assert export("--from", "2025-01", "--to", "2025-01", "-o", out) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    starts = {r["start"] for r in rows}
    assert "2025-01-20" in starts and "2025-01" in starts
    assert "2024-06" not in starts


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "x.txt"], "unknown format"),
        (["--entity", "Nope", "-o", "x.csv"], "known: A100"),
        (["--from", "2023-13", "-o", "x.csv"], "bad date"),
        (["--width", "0", "-o", "x.png"], "--width"),
        (["--from", "2025", "--to", "2024", "-o", "x.csv"], "before"),
        (["--category", "gossip", "-o", "x.csv"], "unknown category"),
        ([], "required"),
        (["--width", "wide", "-o", "x.png"], "invalid int"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    assert export(*args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_exits_1_and_leaves_nothing(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("a file, not a folder")
    assert export("-o", blocker / "out.png") == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_failed_export_leaves_existing_target_untouched(tmp_path, monkeypatch):
    from explorer.core.io import event_export

    target = tmp_path / "keep.csv"
    target.write_text("precious")

    def explode(rows, path):
        path.write_text("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(event_export, "write_csv", explode)
    assert export("-o", target) == 1
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


def test_unreadable_database_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_text("nope")
    assert main(["export", "--db", str(bad), "-o", str(tmp_path / "x.png")]) == 2
    assert "not an SQLite database" in capsys.readouterr().err


def test_an_image_too_short_for_every_lane_says_how_many_it_shows(tmp_path, qapp):
    short, tall = tmp_path / "short.svg", tmp_path / "tall.svg"
    assert export("--height", 300, "-o", short) == 0
    assert export("--height", 1400, "-o", tall) == 0
    lanes = f"of {len(Store(BUNDLED).entities)} lanes"  # every entity of the bundled data
    assert lanes in short.read_text(encoding="utf-8")
    assert lanes not in tall.read_text(encoding="utf-8")
