"""Timesketch CSV and JSONL: message, datetime (or timestamp) and timestamp_desc per row."""

from __future__ import annotations

import ast
import json
from datetime import UTC, datetime, timedelta

from ...data import dates, translations
from ..formats_out import OWN_DATA_TYPE
from . import partial_dates, textfile
from .records import Credit, FileError, Parsed, RowError, make_event

REQUIRED = ("message", "timestamp_desc")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TAG_COLUMNS = ("tag", "tags", "label", "labels")
TITLE_LENGTH = 100
TRUE = (True, 1, "1", "true", "True")  # a flag as JSON or a CSV cell gives it
# Our export's own fields (data_type OWN_DATA_TYPE): read as the event, not kept as attributes.
OWN_FIELDS = (
    "title", "summary", "start", "end", "category", "disputed", "note", "entities", "tag",
    "citations", "date_inferred",
)  # fmt: skip


def looks_like(columns) -> bool:
    names = {str(c).strip().lower() for c in columns}
    return set(REQUIRED) <= names and bool(names & {"datetime", "timestamp"})


def lacks_time(columns) -> bool:
    """Timesketch's columns, but no time: refused with a message naming the format."""
    names = {str(c).strip().lower() for c in columns}
    return set(REQUIRED) <= names and not names & {"datetime", "timestamp"}


def read(file: textfile.TextFile) -> Parsed:
    if file.path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        # like Timesketch, the first row sets the columns
        return Parsed("timesketch", None, textfile.keyed_json_lines(file, _event, _check_columns))
    table = textfile.table(file)
    _check_columns(table.names)
    return Parsed("timesketch", None, textfile.keyed_rows(table, _event))


def _check_columns(columns) -> None:
    if lacks_time(columns):
        raise FileError(
            "a Timesketch file (message, timestamp_desc) without a datetime or timestamp "
            "column: add a datetime column (ISO 8601, as Timesketch requires) and import again"
        )
    if not looks_like(columns):
        raise FileError(
            "a Timesketch file needs the columns message, datetime (or timestamp) and "
            f"timestamp_desc; it has {', '.join(map(str, columns)) or 'none'}"
        )


def _event(where: str, raw: str, row: dict):
    message = " ".join(str(row.get("message") or "").split())
    if not message:
        raise RowError("no message")
    desc = str(row.get("timestamp_desc") or "").strip()
    if not desc:
        raise RowError("no timestamp_desc")
    moment, written = _moment(row)  # our date text, and how the file wrote it
    title = _title(message)
    fields = {
        "summary": message if title != message else None,
        "category": desc,
        "note": f"Timesketch {desc}: {written}",
        "entities": _tags(row),
    }
    start, end, used = moment, None, {"message"}
    if row.get("data_type") == OWN_DATA_TYPE:  # our own export: its fields win
        title, start, end = _own_text(row, "title") or title, row.get("start"), row.get("end")
        fields = _own_fields(row)
        translated = translations.from_keys(row)
        fields["translations"] = tuple(t for _, t in translated)
        used |= {*OWN_FIELDS, *(k for k, _ in translated)}
    return make_event(
        where,
        raw,
        title,
        start,
        end,
        **fields,
        attributes=attributes(row, used),
    )


def _own_fields(row: dict) -> dict:
    """Summary, category, note, disputed, entities and citations as our export wrote them."""
    citations = _own_list(row, "citations")
    return {
        "summary": _own_text(row, "summary"),
        "category": _own_text(row, "category"),
        "note": _own_text(row, "note"),
        "disputed": row.get("disputed") in TRUE,
        "date_inferred": row.get("date_inferred") in TRUE,
        "keep_end": True,
        "entities": tuple(dict.fromkeys(str(n) for n in _own_list(row, "entities") if n)),
        "credits": tuple(
            Credit(
                str(c.get("outlet") or c.get("file") or "citation"), str(c["quote"]), c.get("url")
            )
            for c in citations
            if isinstance(c, dict) and c.get("quote")
        ),
    }


def _own_text(row: dict, key: str) -> str | None:
    value = row.get(key)
    return None if value in (None, "") else str(value)


def _own_list(row: dict, key: str) -> list:
    value = row.get(key)
    if isinstance(value, str):  # a CSV cell holding JSON
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise RowError(f"{key} is not a JSON list") from None
    return value if isinstance(value, list) else []


def _moment(row: dict) -> tuple[str, str]:
    """The event's time as our date text (to the second or its fraction, with the
    file's offset) and how the file wrote it; datetime wins over timestamp."""
    found = iso_datetime(row)
    if found:
        return found
    stamp = str(row.get("timestamp") or "").strip()
    if not stamp:
        raise RowError("no datetime and no timestamp")
    micros = None
    try:
        number = float(stamp)
        # Timesketch's rule: guess seconds, milliseconds or microseconds by size.
        unit = 1 if abs(number) < 1e11 else 1000 if abs(number) < 1e14 else 1_000_000
        # In whole microseconds where the stamp is whole: a float loses the last digits.
        micros = int(stamp) * (1_000_000 // unit) if stamp.lstrip("-").isdigit() else None
        if micros is None:
            micros = round(number / unit * 1_000_000)
        moment = _EPOCH + timedelta(microseconds=micros)
    except OverflowError:  # before year 1 or after 9999: no datetime holds it
        if micros is None or abs(micros) > 1e20:
            raise RowError(f"timestamp {stamp!r} is not a time the database can hold") from None
        return partial_dates.loose(dates.iso_moment(micros / 1e6)), f"timestamp {stamp}"
    except (ValueError, OSError):
        raise RowError(f"timestamp {stamp!r} is not a time the database can hold") from None
    return partial_dates.from_datetime(moment), f"timestamp {stamp} ({moment.isoformat()})"


def iso_datetime(row: dict) -> tuple[str, str] | None:
    """The row's `datetime` (ISO 8601) as our date text, fraction and offset kept,
    and as written; None when the row has none."""
    written = str(row.get("datetime") or "").strip()
    if not written:
        return None
    try:
        return partial_dates.from_datetime(datetime.fromisoformat(written)), written
    except ValueError:
        pass
    try:  # a year before 1, which Python's datetime cannot hold
        if written.startswith("-"):
            return partial_dates.loose(written), written
    except RowError:
        pass
    raise RowError(f"datetime {written!r} is not ISO 8601")


def attributes(row: dict, used) -> tuple[tuple[str, str], ...]:
    """Every other non-empty field, as text (lists and objects as JSON)."""
    return tuple(
        (k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
        for k, v in row.items()
        if k not in used and not k.startswith("__") and v not in (None, "", [], {})
    )


def _title(message: str) -> str:
    if len(message) <= TITLE_LENGTH:
        return message
    cut = message[:TITLE_LENGTH].rsplit(" ", 1)[0]
    return cut + "…"


def _tags(row: dict) -> tuple[str, ...]:
    """Tags and labels as entity names; Timesketch's own markers (__ts_star) are left out."""
    names = []
    for column in TAG_COLUMNS:
        value = row.get(column)
        if isinstance(value, str) and value.strip().startswith("["):
            try:
                value = ast.literal_eval(value.strip())
            except (ValueError, SyntaxError):
                value = value.strip("[]").split(",")
        if isinstance(value, str):
            value = value.split(",")
        for item in value or ():
            name = str(item).strip().strip("'\"").strip()
            if name and not name.startswith("__"):
                names.append(name)
    return tuple(dict.fromkeys(names))
