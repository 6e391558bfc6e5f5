"""File › Save View… and Open View…: a saved view (core/view_file.py) in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ..core.io import formats
from ..core.view import view_file
from ..core.view.view_file import ViewFileError
from .i18n import translate
from .window_host import WindowHost


def view_filter() -> str:
    views = translate("ViewActions", "Saved views (*{suffix})").format(suffix=view_file.SUFFIX)
    return f"{views};;{formats.all_files()}"


def open_view(host: WindowHost, path: str | Path) -> bool:
    """Open the view's database and show its filters, range and selection."""
    try:
        spec = view_file.load(path)
    except ViewFileError as exc:
        host.show_error(translate("ViewActions", "Cannot open view"), str(exc))
        return False
    if not host.open_database(spec.db_path):
        return False
    view_file.apply(spec, host.session)
    return True


def save_view(host: WindowHost, path: str | Path) -> bool:
    path = Path(path)
    if not view_file.is_view_file(path):
        path = path.with_name(path.name.removesuffix(".json") + view_file.SUFFIX)
    try:
        view_file.save(path, host.session)
    except OSError as exc:
        text = translate("ViewActions", "Could not write {path}:\n{error}")
        host.show_error(
            translate("ViewActions", "Cannot save view"), text.format(path=path, error=exc)
        )
        return False
    host.show_message(translate("ViewActions", "Saved the view to {path}").format(path=path), 5000)
    return True


def ask_save_view(host: WindowHost) -> None:
    store = host.session.store
    suggested = str(Path(store.folder, store.stem + view_file.SUFFIX))
    title = translate("ViewActions", "Save view")
    path, _ = QFileDialog.getSaveFileName(host.dialog_parent(), title, suggested, view_filter())
    if path:
        save_view(host, path)


def ask_open_view(host: WindowHost) -> None:
    start = host.session.store.folder if host.session else ""
    title = translate("ViewActions", "Open view")
    path, _ = QFileDialog.getOpenFileName(host.dialog_parent(), title, start, view_filter())
    if path:
        open_view(host, path)
