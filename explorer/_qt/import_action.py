"""File › Import…: pick timeline files, name a database, import with progress, open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ..core.io import formats
from ..core.io.importers.batch import ImportFailed, import_files
from ..core.jobs import Cancelled
from .jobs import LongJob
from .window_host import WindowHost

INPUT_FILTER = formats.import_filter()


def ask_import(host: WindowHost) -> bool:
    """Ask for input files and a database, then import; True when a database was opened."""
    start = str(host.session.store.path.parent) if host.session else ""
    parent = host.dialog_parent()
    files, _ = QFileDialog.getOpenFileNames(parent, "Import timeline files", start, INPUT_FILTER)
    if not files:
        return False
    suggested = str(Path(files[0]).with_suffix(".db"))
    output, _ = QFileDialog.getSaveFileName(
        parent,
        "Import into database (a new file, or an existing one to add to)",
        suggested,
        formats.DB_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not output:
        return False
    return run_import(host, [Path(f) for f in files], Path(output))


def run_import(host: WindowHost, files: list[Path], output: Path) -> bool:
    """Import in a worker with a cancellable progress dialog; on success open `output`."""
    messages: list[str] = []  # appended to from the worker: a list append is atomic

    def work(progress):
        return import_files(files, output, say=messages.append, progress=progress)

    try:
        outcome = LongJob(host.dialog_parent(), "Import").run(work)
    except Cancelled:
        host.show_message(f"Import cancelled; {output.name} left as it was", 8000)
        return False
    except ImportFailed as exc:
        details = "\n".join(messages[:20])
        host.show_error("Import failed", f"{exc}\n{details}".strip())
        return False
    if not host.open_database(output):
        return False
    host.show_message(outcome.summary(), 15000)
    return True
