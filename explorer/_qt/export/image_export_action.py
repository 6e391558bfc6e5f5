"""File › Export Image… and Copy Image: what is on screen as PNG, SVG or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from ...core.data.store import StoreError
from ...core.io import formats
from ..i18n import translate
from ..window_host import WindowHost
from .dialog import ExportOptionsDialog
from .render import ImageOptions, export_image, render_image


class ImageHost(WindowHost, Protocol):
    def timeline_size(self) -> QSize:
        """The timeline's size on screen: the image's size unless the user picks another."""
        ...


def ask_export_image(host: ImageHost) -> None:
    path, _ = QFileDialog.getSaveFileName(
        host.dialog_parent(),
        translate("ImageExport", "Export image"),
        host.settings.export_path("timeline.png"),
        formats.save_filter(formats.IMAGE),
    )
    if not path:
        return
    path = Path(path)
    if formats.written_as(path.suffix, formats.IMAGE) is None:
        path = path.with_suffix(".png")
    size = host.timeline_size()
    dialog = ExportOptionsDialog(path, size.width(), size.height(), host.dialog_parent())
    if dialog.exec():
        write_image(host, path, dialog.options())


def write_image(host: WindowHost, path: Path, options: ImageOptions | None = None) -> bool:
    # Drawn on the GUI thread: the image is painted by Qt widgets.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_image(host.session, path, options)
    except (OSError, ValueError) as exc:
        text = translate("ImageExport", "Could not write {path}:\n{error}").format(
            path=path, error=exc
        )
        host.show_error(translate("ImageExport", "Export failed"), text)
        return False
    except StoreError as exc:  # a served database whose server went away
        text = translate("ImageExport", "Could not read the events for {path}:\n{error}")
        host.show_error(
            translate("ImageExport", "Export failed"), text.format(path=path, error=exc)
        )
        return False
    finally:
        QApplication.restoreOverrideCursor()
    host.settings.set_export_folder(Path(path).parent)
    host.show_message(translate("ImageExport", "Wrote {path}").format(path=path), 5000)
    return True


def copy_image(host: ImageHost) -> None:
    size = host.timeline_size()
    image = render_image(host.session, ImageOptions(size.width(), size.height()))
    QApplication.clipboard().setImage(image)
    host.show_message(translate("ImageExport", "Copied the timeline image"), 3000)
