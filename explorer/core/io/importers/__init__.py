"""Import timelines written by other tools into a new or existing database (Qt-free).

`read(path, format)` returns the file's rows as ImportedEvent or Rejected records;
`writer.write` puts them into a database that follows docs/schema.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import formats
from . import csv_json, textfile, timeline_xml, timelinejs, timesketch
from .records import Credit, FileError, ImportedEvent, Parsed, Rejected, RowError

__all__ = [
    "FORMATS",
    "Credit",
    "FileError",
    "ImportedEvent",
    "Parsed",
    "Rejected",
    "RowError",
    "UnknownFormat",
    "detect",
    "read",
]

FORMATS = (formats.AUTO, *(f.name for f in formats.imported()))
_JSON_LINES = (".jsonl", ".ndjson")


class UnknownFormat(FileError):
    """No importer recognises the file; the user has to name its format."""


def read(path: Path, fmt: str = "auto", mapping: dict[str, str] | None = None) -> Parsed:
    """The file's rows; --map (mapping) applies to generic CSV and JSON only."""
    path = Path(path)
    if fmt == "auto":
        fmt = detect(path)
    if fmt == "csv":
        return csv_json.read_csv(path, mapping or {})
    if fmt == "json":
        return csv_json.read_json(path, mapping or {})
    if fmt == "timesketch":
        return timesketch.read(path)
    if fmt == "timelinejs":
        return timelinejs.read_json(path) if _opening(path) == "{" else timelinejs.read_sheet(path)
    if fmt == "timeline":
        return timeline_xml.read(path)
    raise UnknownFormat(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def detect(path: Path) -> str:
    """Tell the format from the name and the first bytes; the content has the last word."""
    first = _opening(path)
    if path.suffix.lower() == ".timeline" or first == "<":
        return "timeline"
    if path.suffix.lower() in _JSON_LINES:
        obj = _first_json_line(path)
        return "timesketch" if isinstance(obj, dict) and timesketch.looks_like(obj) else "json"
    if first in ("{", "["):
        try:
            data = json.loads(textfile.read_text(path))
        except json.JSONDecodeError:
            obj = _first_json_line(path)  # JSON lines under a .json name
            if isinstance(obj, dict) and timesketch.looks_like(obj):
                return "timesketch"
            return "json"
        return "timelinejs" if timelinejs.json_looks_like(data) else "json"
    names = textfile.table(path).names
    if timesketch.looks_like(names):
        return "timesketch"
    return "timelinejs" if timelinejs.sheet_looks_like(names) else "csv"


def _opening(path: Path) -> str:
    """The first non-blank character; refuses binary files, which no importer reads."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise FileError(f"cannot read it ({exc.strerror or exc})") from None
    if b"\0" in head:
        raise UnknownFormat("a binary file, not CSV, JSON or XML; name its format with --format")
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text:
        raise FileError("the file is empty")
    return text[0]


def _first_json_line(path: Path):
    for _, text in textfile.json_lines(path):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return None
    return None
