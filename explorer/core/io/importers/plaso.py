"""plaso's psort outputs: l2tcsv, dynamic CSV (any --fields with a time), json_line.

Fields and their meaning are plaso's own documentation (docs/sources/user/
Output-format-l2tcsv.md, Output-and-formatting.md); each row is a timestamped
entry of a disk image, log or registry.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import partial_dates, textfile
from .records import Parsed, RowError, make_event
from .timesketch import _tags, _title, attributes, iso_datetime

L2TCSV = ("date", "time", "timezone", "macb", "source", "sourcetype", "type", "short", "desc")
# The fields only plaso writes: dynamic output with any of them is plaso's, not Timesketch's.
PLASO_ONLY = {"source_long", "sourcetype", "parser", "display_name", "macb", "message_short"}
EMPTY = ("", "-", "N/A")  # how plaso writes a missing value


def looks_like(columns) -> bool:
    """l2tcsv's header, or dynamic CSV: a plaso-only column and a time, but not the
    `timestamp` column of Timesketch's own CSV (which plaso's fields may fill too)."""
    names = {str(c).strip().lower() for c in columns}
    if set(L2TCSV) <= names:
        return True
    dynamic = bool(names & PLASO_ONLY) and bool(names & {"datetime", "date"})
    return dynamic and "message" in names and "timestamp" not in names


def json_looks_like(obj) -> bool:
    return isinstance(obj, dict) and obj.get("__container_type__") == "event"


def read(file: textfile.TextFile) -> Parsed:
    if file.path.suffix.lower() in (".jsonl", ".ndjson", ".json") or file.data[:1] == b"{":
        return Parsed("plaso", None, textfile.keyed_json_lines(file, _event))
    return Parsed("plaso", None, textfile.keyed_rows(textfile.table(file), _event))


def _event(where: str, raw: str, row: dict):
    row = {k: v for k, v in row.items() if not (isinstance(v, str) and v.strip() in EMPTY)}
    moment, written = _moment(row)
    text = _first(row, "message", "desc", "description", "message_short", "short")
    if not text:
        raise RowError("no message or description")
    title = _title(" ".join(_first(row, "short", "message_short", "message", "desc").split()))
    kind = _first(row, "timestamp_desc", "type") or "Event Time"
    origin = _first(row, "source_long", "sourcetype", "source", "parser", "data_type")
    used = {"message", "desc", "description", "short", "message_short", "timestamp_desc", "type"}
    return make_event(
        where,
        raw,
        title,
        moment,
        summary=text if text != title else None,
        category=kind,
        note=f"plaso {kind}: {written}",
        entities=tuple(dict.fromkeys(n for n in (origin, *_tags(row)) if n)),
        attributes=attributes(row, used),
    )


def _moment(row: dict) -> tuple[str, str]:
    """The entry's time as our date text (its fraction and offset kept) and as written."""
    found = iso_datetime(row)
    if found:
        return found
    if row.get("date"):  # l2tcsv's MM/DD/YYYY or dynamic's YYYY-MM-DD, with time and zone
        day, clock, zone = (str(row.get(k) or "").strip() for k in ("date", "time", "timezone"))
        written = " ".join(p for p in (day, clock, zone) if p)
        pattern = "%m/%d/%Y" if "/" in day else "%Y-%m-%d"
        pattern += " %H:%M:%S" + (".%f" if "." in clock else "")
        try:
            moment = datetime.strptime(f"{day} {clock or '00:00:00'}", pattern)
        except ValueError:
            raise RowError(f"cannot read the time {written!r}") from None
        return partial_dates.from_datetime(moment.replace(tzinfo=_zone(zone))), written
    number = row.get("timestamp")
    if number in (None, ""):
        raise RowError("no datetime, date or timestamp")
    try:  # json_line: microseconds since 1970, UTC
        moment = datetime.fromtimestamp(int(number) / 1e6, tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        raise RowError(f"timestamp {number!r} is not a time the database can hold") from None
    return partial_dates.from_datetime(moment), f"timestamp {number} ({moment.isoformat()})"


def _zone(name: str):
    if not name or name.upper() in ("UTC", "GMT", "Z"):
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise RowError(f"unknown time zone {name!r}") from None


def _first(row: dict, *keys: str) -> str:
    return next((str(row[k]).strip() for k in keys if str(row.get(k) or "").strip()), "")
