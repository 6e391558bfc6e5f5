"""Sizes by name (--preset and the export dialog) and the pixel width the dialog shows."""

import re
from pathlib import Path

from cli_helpers import run
from conftest import BUNDLED
from PySide6.QtGui import QImage

from explorer._qt.export.dialog import FIT, ExportOptionsDialog
from explorer.core.io.image_presets import PRESETS


def _export(tmp_path, name, *args) -> int:
    return run("export", "--db", BUNDLED, "--company", "Broadcom", *args, "-o", tmp_path / name)


def test_presets_fix_the_size_and_width_height_override(tmp_path, qapp):
    assert _export(tmp_path, "s.png", "--preset", "slide") == 0
    assert QImage(str(tmp_path / "s.png")).size().toTuple() == (1920, 1080)
    assert _export(tmp_path, "c.png", "--preset", "social", "--width", 1000) == 0
    assert QImage(str(tmp_path / "c.png")).size().toTuple() == (1000, 675)
    assert _export(tmp_path, "s.svg", "--preset", "slide") == 0
    assert 'viewBox="0 0 1920 1080"' in (tmp_path / "s.svg").read_text(encoding="utf-8")


def test_a4_is_a_landscape_pdf_page_and_slides_are_not_pdf(tmp_path, qapp, capsys):
    assert _export(tmp_path, "a.pdf", "--preset", "a4", "--page", "Letter") == 0
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", (tmp_path / "a.pdf").read_bytes())
    assert (round(float(box[1])), round(float(box[2]))) == (842, 595)  # A4 landscape, points
    assert _export(tmp_path, "s.pdf", "--preset", "slide") == 2
    assert "--preset slide" in capsys.readouterr().err
    assert not (tmp_path / "s.pdf").exists()


def test_the_dialog_offers_the_presets_and_shows_the_width_it_writes(qapp):
    dialog = ExportOptionsDialog(Path("x.png"), 900, 500)
    assert dialog.size.currentText() == FIT and dialog.options().fit_height
    assert dialog.custom_width.value() == 900  # 1x
    dialog.scale.setCurrentText("2x")
    assert dialog.custom_width.value() == 1800
    dialog.size.setCurrentText(PRESETS["slide"].label)
    options = dialog.options()
    assert (options.width, options.height, options.fit_height) == (1920, 1080, False)
    assert dialog.custom_width.value() == 3840
    dialog.scale.setCurrentText("1x")
    assert dialog.custom_width.value() == 1920
    pdf = ExportOptionsDialog(Path("x.pdf"), 900, 500)
    labels = [pdf.size.itemText(i) for i in range(pdf.size.count())]
    assert PRESETS["a4"].label in labels and PRESETS["slide"].label not in labels
    pdf.page.setCurrentText("Letter")
    pdf.orientation.setCurrentText("Portrait")
    pdf.size.setCurrentText(PRESETS["a4"].label)
    assert (pdf.options().page, pdf.options().landscape) == ("A4", True)
