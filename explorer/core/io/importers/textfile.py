"""Reading text inputs read-only, once: encoding, CSV dialect, and each row with its raw text."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .records import FileError, Rejected, RowError, guarded

_DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long Timesketch messages


class TextFile:
    """One input file, read once: format detection and the importer share its
    bytes and decode them once."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.data = self.path.read_bytes()
        except OSError as exc:
            raise FileError(f"cannot read it ({exc.strerror or exc})") from None

    @cached_property
    def raw(self) -> str:
        """UTF-8 (with or without BOM) when the whole file decodes as such, else
        Latin-1; line ends as in the file (CSV fields may hold them)."""
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return self.data.decode("latin-1")

    @cached_property
    def text(self) -> str:
        """The text with every line end as "\n", as Python reads text files."""
        return io.StringIO(self.raw, newline=None).read()

    def lines(self, newline: str | None = None) -> io.StringIO:
        return io.StringIO(self.raw, newline=newline)


@dataclass(frozen=True)
class Table:
    file: TextFile
    names: list[str]
    delimiter: str

    def rows(self) -> Iterator[tuple[int, list[str], str]]:
        """(first line number, fields, raw text) per data row; blank lines are skipped."""
        tap = _Tap(self.file.lines(newline=""))
        reader = csv.reader(tap, delimiter=self.delimiter)
        next(reader, None)
        tap.take()
        line = reader.line_num + 1
        for fields in reader:
            raw = tap.take()
            if any(f.strip() for f in fields):
                yield line, fields, raw
            line = reader.line_num + 1

    def as_dict(self, fields: list[str]) -> dict[str, str]:
        """The row by column name; fields beyond the header are an error."""
        if len(fields) > len(self.names):
            raise RowError(f"{len(fields)} fields but the header names {len(self.names)}")
        return {n: v.strip() for n, v in zip(self.names, fields, strict=False)}


def table(file: TextFile) -> Table:
    """Column names and delimiter (judged from the first line) of a CSV file."""
    first = file.lines(newline="").readline()
    if not first.strip():
        raise FileError("empty, or the first line is blank (expected column names)")
    tsv = file.path.suffix.lower() == ".tsv"
    delimiter = "\t" if tsv else max(_DELIMITERS, key=first.count)
    names = [name.strip() for name in next(csv.reader([first], delimiter=delimiter))]
    return Table(file, names, delimiter)


def json_lines(file: TextFile) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line of a JSON-lines file."""
    for number, line in enumerate(file.lines(), start=1):
        if line.strip():
            yield number, line.rstrip("\r\n")


def keyed_rows(table: Table, build: Callable) -> Iterator:
    """build(where, raw, {column in lower case: value}) per CSV row, guarded."""
    names = [n.strip().lower() for n in table.names]
    for line, fields, raw in table.rows():
        yield guarded(f"line {line}", _keyed, build, raw, names, fields)


def _keyed(where: str, build: Callable, raw: str, names: list[str], fields: list[str]):
    if len(fields) > len(names):
        raise RowError(f"{len(fields)} fields but the header names {len(names)}")
    return build(where, raw, dict(zip(names, (f.strip() for f in fields), strict=False)))


def keyed_json_lines(file: TextFile, build: Callable, first: Callable = lambda obj: None):
    """build(where, line, {key in lower case: value}) per JSON-lines object, guarded;
    first(obj) sees the first object before it is built (to check its keys)."""
    checked = False
    for line, text in json_lines(file):
        where = f"line {line}"
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield Rejected(where, "expected a JSON object")
            continue
        if not checked:
            first(list(obj))
            checked = True
        yield guarded(where, build, text, {k.lower(): v for k, v in obj.items()})


class _Tap:
    """Hands lines to csv.reader and keeps them, so each row's raw text is known."""

    def __init__(self, lines):
        self.lines, self.taken = lines, []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.taken.append(line)
        return line

    def take(self) -> str:
        text = "".join(self.taken).rstrip("\r\n")
        self.taken.clear()
        return text
