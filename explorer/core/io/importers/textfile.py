"""Reading text inputs read-only: encoding, CSV dialect, and each row with its raw text."""

from __future__ import annotations

import codecs
import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import FileError, RowError

_DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long Timesketch messages


def encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as such, else Latin-1."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "latin-1"
    except OSError as exc:
        raise FileError(f"cannot read it ({exc.strerror or exc})") from None
    return "utf-8-sig"


@dataclass(frozen=True)
class Table:
    path: Path
    names: list[str]
    delimiter: str
    encoding: str

    def rows(self) -> Iterator[tuple[int, list[str], str]]:
        """(first line number, fields, raw text) per data row; blank lines are skipped."""
        with self.path.open(encoding=self.encoding, newline="") as fh:
            tap = _Tap(fh)
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


def table(path: Path) -> Table:
    """Column names and delimiter (judged from the first line) of a CSV file."""
    enc = encoding(path)
    with path.open(encoding=enc, newline="") as fh:
        first = fh.readline()
    if not first.strip():
        raise FileError("empty, or the first line is blank (expected column names)")
    delimiter = "\t" if path.suffix.lower() == ".tsv" else max(_DELIMITERS, key=first.count)
    names = [name.strip() for name in next(csv.reader([first], delimiter=delimiter))]
    return Table(path, names, delimiter, enc)


def json_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line of a JSON-lines file."""
    with path.open(encoding=encoding(path)) as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                yield number, line.rstrip("\r\n")


def read_text(path: Path) -> str:
    return path.read_text(encoding=encoding(path))


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
