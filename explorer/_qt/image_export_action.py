"""File › Export Image… and Copy Image: what is on screen as PNG, SVG or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from ..core.io import formats
from .export.dialog import ExportOptionsDialog
from .export.render import ImageOptions, export_image, render_image

IMAGE_FILTER = formats.save_filter(formats.IMAGE)


def ask_export_image(window) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window, "Export image", window.export_folder("timeline.png"), IMAGE_FILTER
    )
    if not path:
        return
    path = Path(path)
    if formats.written_as(path.suffix, formats.IMAGE) is None:
        path = path.with_suffix(".png")
    size = window.view.timeline.size()
    dialog = ExportOptionsDialog(path, size.width(), size.height(), window)
    if dialog.exec():
        write_image(window, path, dialog.options())


def write_image(window, path: Path, options: ImageOptions | None = None) -> bool:
    # Drawn on the GUI thread: the image is painted by Qt widgets.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_image(window.session, path, options)
    except (OSError, ValueError) as exc:
        window.show_error("Export failed", f"Could not write {path}:\n{exc}")
        return False
    finally:
        QApplication.restoreOverrideCursor()
    window.settings.set("export_folder", str(Path(path).parent))
    window.statusBar().showMessage(f"Wrote {path}", 5000)
    return True


def copy_image(window) -> None:
    size = window.view.timeline.size()
    image = render_image(window.session, ImageOptions(size.width(), size.height()))
    QApplication.clipboard().setImage(image)
    window.statusBar().showMessage("Copied the timeline image", 3000)
