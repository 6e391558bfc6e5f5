"""Import timelines written by other tools into a new or existing database (Qt-free).

`read(path, format)` returns the file's rows as ImportedEvent or Rejected records;
`writer.write` puts them into a database that follows docs/schema.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import formats
from . import csv_json, ics, plaso, textfile, timeline_xml, timelinejs, timesketch
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
    if fmt != "auto" and fmt not in FORMATS:  # said before the file is read
        raise UnknownFormat(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    file = textfile.TextFile(path)  # read once: detection and the reader share it
    _opening(file)  # a workbook or binary file is refused whatever the format named
    if fmt == "auto":
        fmt = detect(file)
    if fmt == "csv":
        return csv_json.read_csv(file, mapping or {})
    if fmt == "json":
        return csv_json.read_json(file, mapping or {})
    if fmt == "timesketch":
        return timesketch.read(file)
    if fmt == "timelinejs":
        return timelinejs.read_json(file) if _opening(file) == "{" else timelinejs.read_sheet(file)
    if fmt == "timeline":
        return timeline_xml.read(file)
    if fmt == "ics":
        return ics.read(file)
    if fmt == "plaso":
        return plaso.read(file)
    raise UnknownFormat(f"no reader for {fmt!r}")  # in the table but not wired up here


def detect(file: textfile.TextFile) -> str:
    """Tell the format from the name and the first bytes; the content has the last word."""
    first = _opening(file)
    suffix = file.path.suffix.lower()
    if suffix == ".timeline" or first == "<":
        return "timeline"
    if suffix == ".ics" or ics.looks_like(file):
        return "ics"
    if suffix in _JSON_LINES:
        return _json_lines_format(_first_json_line(file))
    if first in ("{", "["):
        try:
            data = json.loads(file.text)
        except json.JSONDecodeError:  # JSON lines under a .json name
            return _json_lines_format(_first_json_line(file))
        if plaso.json_looks_like(data):  # a json_line file of one event
            return "plaso"
        if timelinejs.json_looks_like(data) or timelinejs.json_is_empty(data):
            return "timelinejs"
        return "json"
    names = textfile.table(file).names
    if plaso.looks_like(names):  # before Timesketch: plaso's dynamic CSV has its columns
        return "plaso"
    if timesketch.looks_like(names) or timesketch.lacks_time(names):
        return "timesketch"
    return "timelinejs" if timelinejs.sheet_looks_like(names) else "csv"


def _json_lines_format(obj) -> str:
    if plaso.json_looks_like(obj):
        return "plaso"
    return "timesketch" if isinstance(obj, dict) and timesketch.looks_like(obj) else "json"


def _opening(file: textfile.TextFile) -> str:
    """The first non-blank character; refuses binary files, which no importer reads."""
    head = file.data[:4096]
    workbook = _workbook(head)
    if workbook:
        raise FileError(
            f"{workbook}, not a CSV or other text file: save it as CSV (UTF-8) from the "
            "spreadsheet program and import that"
        )
    if b"\0" in head:
        raise UnknownFormat("a binary file, not CSV, JSON or XML; name its format with --format")
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text:
        raise FileError("the file is empty")
    return text[0]


def _workbook(head: bytes) -> str | None:
    """A spreadsheet program's own file, by its first bytes."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an Excel 97-2003 workbook (.xls)"
    if head.startswith(b"PK\x03\x04"):
        if b"opendocument.spreadsheet" in head:
            return "an OpenDocument spreadsheet (.ods)"
        if b"xl/" in head or b"[Content_Types].xml" in head:
            return "an Excel workbook (.xlsx)"
    return None


def _first_json_line(file: textfile.TextFile):
    for _, text in textfile.json_lines(file):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return None
    return None
