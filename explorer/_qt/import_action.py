"""File › Import…: pick timeline files, name a database, import with progress, open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..core.io import formats
from ..core.io.importable import database_for, import_format
from ..core.io.importers.batch import ImportFailed, import_files
from ..core.jobs import Cancelled
from .i18n import translate
from .jobs import LongJob
from .window_host import WindowHost


def ask_import(host: WindowHost) -> bool:
    """Ask for input files and a database, then import; True when a database was opened."""
    start = host.session.store.folder if host.session else ""
    parent = host.dialog_parent()
    title = translate("ImportAction", "Import timeline files")
    files, _ = QFileDialog.getOpenFileNames(parent, title, start, formats.import_filter())
    if not files:
        return False
    suggested = str(Path(files[0]).with_suffix(".db"))
    output, _ = QFileDialog.getSaveFileName(
        parent,
        translate(
            "ImportAction", "Import into database (a new file, or an existing one to add to)"
        ),
        suggested,
        formats.db_filter(),
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
        outcome = LongJob(host.dialog_parent(), translate("ImportAction", "Import")).run(work)
    except Cancelled:
        text = translate("ImportAction", "Import cancelled; {name} left as it was").format(
            name=output.name
        )
        host.show_message(text, 8000)
        return False
    except ImportFailed as exc:
        details = "\n".join(messages[:20])
        host.show_error(translate("ImportAction", "Import failed"), f"{exc}\n{details}".strip())
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
        translate("ImportAction", "Import timeline file"),
        translate(
            "ImportAction",
            "{file} is a {label} file, not a timeline database.\n\n"
            "Import its events into a new database, {db}, beside it, and open that?",
        ).format(file=path.name, label=label, db=beside.name),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    here_text = translate("ImportAction", "Import into {db}").format(db=beside.name)
    here = box.addButton(here_text, QMessageBox.ButtonRole.AcceptRole)
    elsewhere = box.addButton(
        translate("ImportAction", "Choose Where…"), QMessageBox.ButtonRole.ActionRole
    )
    box.setDefaultButton(here)
    box.exec()
    if box.clickedButton() is here:
        return beside
    if box.clickedButton() is elsewhere:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            translate("ImportAction", "Import into database"),
            str(beside),
            formats.db_filter(),
        )
        return Path(chosen) if chosen else None
    return None
