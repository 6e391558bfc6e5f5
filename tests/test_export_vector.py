"""SVG and PDF exports are vector and show what the PNG export of the same view shows.

Each file is rendered back to pixels (Qt's SVG renderer; rsvg-convert, headless
Chromium and pdftoppm where installed) and compared with the PNG, allowing a
pixel of shift and antialiasing differences: text on the wrong row or size,
markers painted from a squeezed atlas or marks outside the plot all fail.
"""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
from conftest import BUNDLED
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontInfo, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtSvg import QSvgRenderer

from explorer._qt.export.render import PDF_DPI, ImageOptions, export_image
from explorer.core.data.store import Store
from explorer.core.view.choices import apply_choices
from explorer.core.view.session import Session

WIDTH, HEIGHT = 1200, 700
CASES = {"all": {}, "2023": {"date_from": "2023", "date_to": "2024"}}
MAX_MISMATCH = 0.004  # share of pixels with no close match within a pixel's shift
MAX_SVG_BYTES = 500_000
MARGIN_MM = 10  # the PDF page's margins


@pytest.fixture(scope="module", params=list(CASES))
def exported(request, qapp, tmp_path_factory):
    """PNG, SVG and PDF of one view, and a PNG at the PDF page's pixel size."""
    out = tmp_path_factory.mktemp(f"vector-{request.param}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(out / "cache"))
        session = Session(Store(BUNDLED))
        apply_choices(session, **CASES[request.param])
        options = ImageOptions(WIDTH, HEIGHT)
        for name in ("view.png", "view.svg", "view.pdf"):
            export_image(session, out / name, options)
        page = _pdf_page_pixels(options)
        export_image(session, out / "page.png", ImageOptions(page.width(), page.height()))
    (out / "case").write_text(request.param)
    return out


def _pdf_page_pixels(options: ImageOptions):
    """The printable area of the default page (A4 landscape) in the PDF's pixels."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    return layout.paintRectPixels(PDF_DPI)


def _pixels(image: QImage) -> np.ndarray:
    """RGB array of `image` laid over white (renderers may leave the page transparent)."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    raw = np.frombuffer(flat.constBits(), np.uint8)
    rows = raw.reshape(flat.height(), flat.bytesPerLine() // 4, 4)
    return rows[:, : flat.width(), 2::-1].astype(np.int16)  # BGRA in memory


def _unmatched(a: np.ndarray, b: np.ndarray, shift: int = 1, threshold: int = 64) -> float:
    """Share of a's pixels that no pixel of b within `shift` pixels matches
    within `threshold` in every channel."""
    h, w = a.shape[:2]
    padded = np.pad(b, ((shift, shift), (shift, shift), (0, 0)), mode="edge")
    best = np.full((h, w), 255, np.int16)
    for dy in range(2 * shift + 1):
        for dx in range(2 * shift + 1):
            diff = np.abs(a - padded[dy : dy + h, dx : dx + w]).max(axis=2)
            np.minimum(best, diff, out=best)
    return float((best > threshold).mean())


def _mismatch(a: np.ndarray, b: np.ndarray) -> float:
    assert a.shape == b.shape
    return max(_unmatched(a, b), _unmatched(b, a))


def _png(path: Path) -> np.ndarray:
    image = QImage(str(path))
    assert not image.isNull(), path
    return _pixels(image)


def test_svg_holds_no_raster_and_stays_small(exported):
    svg = (exported / "view.svg").read_bytes()
    assert b"<image" not in svg
    assert len(svg) < MAX_SVG_BYTES


def test_every_svg_text_names_the_face_it_was_drawn_in(exported):
    """Title and footer included: a viewer given Qt's alias "Sans Serif" picks a
    face of its own (Chromium: a serif one)."""
    svg = (exported / "view.svg").read_text()
    faces = set(re.findall(r'<text[^>]*font-family="([^"]*)"', svg))
    assert faces == {QFontInfo(QFont()).family()}


def test_pdf_holds_no_raster_image(exported):
    pdf = (exported / "view.pdf").read_bytes()
    assert re.search(rb"/Subtype\s*/Image", pdf) is None
    if shutil.which("pdfimages"):
        listing = subprocess.run(
            ["pdfimages", "-list", str(exported / "view.pdf")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        assert len(listing) == 2  # the header lines only


def test_svg_rendered_by_qt_matches_the_png(exported):
    """Qt's SVG renderer does not implement clipPath (it renders SVG Tiny 1.2
    features), so it is compared only on the view where nothing needs clipping;
    rsvg and Chromium check the clipping of the filtered view."""
    if CASES[(exported / "case").read_text()]:  # a filtered view, clipped
        pytest.skip("QSvgRenderer ignores clip-path")
    renderer = QSvgRenderer(str(exported / "view.svg"))
    assert renderer.isValid()
    # Its own size is the PNG's: pixels, not millimetres each viewer converts its own way.
    assert renderer.defaultSize() == QImage(str(exported / "view.png")).size()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    assert _mismatch(_pixels(image), _png(exported / "view.png")) < MAX_MISMATCH


def _run(command: list[str], output: Path) -> np.ndarray:
    subprocess.run(command, capture_output=True, check=True, timeout=120)
    return _png(output)


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="no rsvg-convert")
def test_svg_rendered_by_rsvg_matches_the_png(exported):
    out = exported / "rsvg.png"
    svg = str(exported / "view.svg")
    pixels = _run(["rsvg-convert", "-w", str(WIDTH), "-h", str(HEIGHT), svg, "-o", str(out)], out)
    assert _mismatch(pixels, _png(exported / "view.png")) < MAX_MISMATCH


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="no chromium")
def test_svg_rendered_by_chromium_matches_the_png(exported):
    out = exported / "chromium.png"
    with tempfile.TemporaryDirectory() as profile:
        command = [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--screenshot={out}",
            f"--window-size={WIDTH},{HEIGHT}",
            (exported / "view.svg").as_uri(),
        ]
        pixels = _run(command, out)
    assert _mismatch(pixels, _png(exported / "view.png")) < MAX_MISMATCH


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="no pdftoppm")
def test_pdf_rendered_by_pdftoppm_matches_the_png(exported):
    """The PDF lays the view out on the page's printable area: compare it with
    a PNG of that size, cropped from the page past its 10 mm margins."""
    page = _pdf_page_pixels(ImageOptions())
    margin = round(MARGIN_MM / 25.4 * PDF_DPI)
    prefix = exported / "pdf"
    command = ["pdftoppm", "-r", str(PDF_DPI), "-png", "-singlefile"]
    command += ["-x", str(margin), "-y", str(margin)]
    command += ["-W", str(page.width()), "-H", str(page.height())]
    pixels = _run([*command, str(exported / "view.pdf"), str(prefix)], Path(f"{prefix}.png"))
    assert _mismatch(pixels, _png(exported / "page.png")) < MAX_MISMATCH
