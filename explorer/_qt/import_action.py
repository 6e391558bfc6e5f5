"""File › Import…: pick timeline files, name a database, import with progress, open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ..core.io import formats
from ..core.io.importers.batch import ImportFailed, import_files
from ..core.jobs import Cancelled
from .jobs import LongJob

INPUT_FILTER = formats.import_filter()


def ask_import(window) -> bool:
    """Ask for input files and a database, then import; True when a database was opened."""
    start = str(window.session.store.path.parent) if window.session else ""
    files, _ = QFileDialog.getOpenFileNames(window, "Import timeline files", start, INPUT_FILTER)
    if not files:
        return False
    suggested = str(Path(files[0]).with_suffix(".db"))
    output, _ = QFileDialog.getSaveFileName(
        window,
        "Import into database (a new file, or an existing one to add to)",
        suggested,
        formats.DB_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not output:
        return False
    return run_import(window, [Path(f) for f in files], Path(output))


def run_import(window, files: list[Path], output: Path) -> bool:
    """Import in a worker with a cancellable progress dialog; on success open `output`."""
    messages: list[str] = []  # appended to from the worker: a list append is atomic

    def work(progress):
        return import_files(files, output, say=messages.append, progress=progress)

    try:
        outcome = LongJob(window, "Import").run(work)
    except Cancelled:
        window.statusBar().showMessage(f"Import cancelled; {output.name} left as it was", 8000)
        return False
    except ImportFailed as exc:
        details = "\n".join(messages[:20])
        window.show_error("Import failed", f"{exc}\n{details}".strip())
        return False
    if not window.open_database(output):
        return False
    window.statusBar().showMessage(outcome.summary(), 15000)
    return True
