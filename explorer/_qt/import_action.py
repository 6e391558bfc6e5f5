"""File › Import…: pick timeline files, name a database, import with progress, open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from ..core.importers.command import ImportFailed, import_files
from ..core.importers.writer import Cancelled

INPUT_FILTER = (
    "Timeline files (*.csv *.tsv *.json *.jsonl *.ndjson *.timeline *.xml);;All files (*)"
)
DB_FILTER = "Timeline databases (*.db *.sqlite *.sqlite3);;All files (*)"


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
        DB_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not output:
        return False
    return run_import(window, [Path(f) for f in files], Path(output))


def run_import(window, files: list[Path], output: Path) -> bool:
    """Import with a cancellable progress dialog; on success open `output`."""
    dialog = QProgressDialog("Importing…", "Cancel", 0, 0, window)
    dialog.setWindowTitle("Import")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    messages: list[str] = []

    def progress(text: str) -> bool:
        dialog.setLabelText(text)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        outcome = import_files(files, output, say=messages.append, progress=progress)
    except Cancelled:
        window.statusBar().showMessage(f"Import cancelled; {output.name} left as it was", 8000)
        return False
    except ImportFailed as exc:
        details = "\n".join(messages[:20])
        window.show_error("Import failed", f"{exc}\n{details}".strip())
        return False
    finally:
        dialog.reset()
        dialog.deleteLater()
    if not window.open_database(output):
        return False
    window.statusBar().showMessage(outcome.summary(), 15000)
    return True
