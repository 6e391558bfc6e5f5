"""What every importer yields: an event ready to insert, or a row it had to reject."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ...data import dates


class FileError(Exception):
    """A whole input file cannot be imported (unreadable, required columns missing)."""


class RowError(ValueError):
    """One row or element cannot be imported; the message says why."""


@dataclass(frozen=True)
class Credit:
    """A further citation beside the input file: a citation our own export carried,
    or an event's media (TimelineJS), kept as a source with its link."""

    outlet: str | None
    quote: str
    url: str | None = None
    title: str | None = None  # a media caption
    in_file: bool = False  # the quote is written in the input file: its source names it


@dataclass(frozen=True)
class ImportedEvent:
    where: str  # "line 12", "event 3": names the row in messages
    raw: str  # the original row or element: what import_key is made from
    title: str
    start: str
    end: str | None = None
    summary: str | None = None
    category: str | None = None
    note: str | None = None
    disputed: bool = False
    date_inferred: bool = False  # the events.date_inferred flag (docs/schema.md)
    entities: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()
    credits: tuple[Credit, ...] = ()
    quote: str | None = None  # the row as written in the file, when raw is not (JSON, XML)
    # What went elsewhere or was left out, said once per import: ("media kept as links", ...)
    kept: tuple[str, ...] = ()
    translations: tuple[tuple[str, str, str], ...] = ()  # (field, lang, text): title_de


@dataclass(frozen=True)
class Rejected:
    where: str
    reason: str


@dataclass
class Parsed:
    """One input file: its format, a title for its `sources` row, and its records (lazy)."""

    format: str
    title: str | None
    records: Iterator[ImportedEvent | Rejected] = field(repr=False)


def make_event(
    where: str, raw: str, title: object, start: str, end: str | None = None, keep_end=False, **kw
):
    """An ImportedEvent whose title and dates the database will accept, else RowError.

    An end equal to the start is dropped, unless keep_end (our own export says so)."""
    title = " ".join(str(title or "").split())
    if not title:
        raise RowError("no title")
    if not raw.strip():
        raise RowError("empty row")
    if end == start and not keep_end:
        end = None
    try:
        first = dates.PartialDate.parse(start)
        last = dates.PartialDate.parse(end) if end else None
    except dates.PartialDateError as exc:
        raise RowError(f"not a date the database can hold ({exc})") from None
    if last and last.interval()[1] <= first.interval()[0]:
        raise RowError(f"end {end} is before start {start}")
    return ImportedEvent(where, raw, title, start, end, **kw)


def guarded(where: str, build, *args) -> ImportedEvent | Rejected:
    """build(where, *args); a RowError becomes a Rejected row instead of stopping the file."""
    try:
        return build(where, *args)
    except RowError as exc:
        return Rejected(where, str(exc))
