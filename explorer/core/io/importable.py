"""A timeline file given where a database was expected: which importer reads it,
and the command that makes a database of it. Qt-free."""

from __future__ import annotations

import shlex
from pathlib import Path

from . import formats, importers
from .importers import textfile


def import_format(path: Path) -> str | None:
    """The format an importer reads `path` as; None when it is not such a file
    (a damaged database stays a damaged database, whatever its text)."""
    readable = {s for f in formats.imported() for s in f.reads}
    if path.suffix.lower() not in readable or not path.is_file():
        return None
    try:
        return importers.detect(textfile.TextFile(path))
    except (importers.FileError, OSError, ValueError):
        return None


def database_for(path: Path) -> Path:
    """NAME.db beside `path`, or NAME-2.db, ... when that exists: never added to by surprise."""
    candidate, n = path.with_suffix(".db"), 2
    while candidate.exists():
        candidate, n = path.with_name(f"{path.stem}-{n}.db"), n + 1
    return candidate


def import_hint(path: Path | None) -> str:
    """'; ...' naming the import command when `path` is a file an importer reads, else ''."""
    if path is None or import_format(path) is None:
        return ""
    command = shlex.join(["timeline-explorer", "import", str(path), "-o", str(database_for(path))])
    return f"; it is a timeline file to import first: {command}"
