"""File › Import…: pick timeline files, name a database, import with progress, open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..core.io import formats
from ..core.io.importable import database_for, import_format
from ..core.io.importers.batch import ImportFailed, import_files
from ..core.jobs import Cancelled
from .jobs import LongJob
from .window_host import WindowHost

INPUT_FILTER = formats.import_filter()


def ask_import(host: WindowHost) -> bool:
    """Ask for input files and a database, then import; True when a database was opened."""
    start = host.session.store.folder if host.session else ""
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


def offer_import(host: WindowHost, path: Path) -> bool | None:
    """`path` was opened as a database but is a file an importer reads: offer to
    import it into a new database and open that. None: not such a file;
    else True when the new database was opened."""
    fmt = import_format(path)
    if fmt is None:
        return None
    output = ask_database_for(host.dialog_parent(), path, formats.FORMATS[fmt].label)
    return output is not None and run_import(host, [path], output)


def ask_database_for(parent, path: Path, label: str) -> Path | None:
    """Where to import `path`: beside it (NAME.db), a chosen file, or None."""
    beside = database_for(path)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Import timeline file",
        f"{path.name} is a {label} file, not a timeline database.\n\n"
        f"Import its events into a new database, {beside.name}, beside it, and open that?",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    here = box.addButton(f"Import into {beside.name}", QMessageBox.ButtonRole.AcceptRole)
    elsewhere = box.addButton("Choose Where…", QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(here)
    box.exec()
    if box.clickedButton() is here:
        return beside
    if box.clickedButton() is elsewhere:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, "Import into database", str(beside), formats.DB_FILTER
        )
        return Path(chosen) if chosen else None
    return None
