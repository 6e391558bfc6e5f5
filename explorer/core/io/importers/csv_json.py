"""Any CSV or JSON list of objects, with columns named by --map or guessed from their names."""

from __future__ import annotations

import json
import re

from ...data import translations
from . import json_spans, partial_dates, textfile
from .records import FileError, Parsed, RowError, guarded, make_event

FIELDS = (
    "title", "start", "end", "summary", "category", "entities", "note", "disputed",
    "date_inferred",
)  # fmt: skip
TRUE = ("1", "true", "yes", "y", "x")  # a disputed cell that marks the event disputed
# Column names tried, in order, for each field that --map does not name.
GUESSES = {
    "title": ("title", "headline", "name", "event"),
    "start": ("start", "date", "start_date", "time", "datetime", "when", "year"),
    "end": ("end", "end_date", "until"),
    "summary": ("summary", "description", "text", "details"),
    "category": ("category", "type", "group", "kind"),
    "entities": ("entities", "entity", "actor", "actors", "who"),
    "note": ("note", "notes"),
    "disputed": ("disputed",),
    "date_inferred": ("date_inferred",),
}
_SPLIT = re.compile(r"\s*[;|]\s*")  # not commas: "Acme, Inc." is one name


def resolve(columns: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """field -> column: the --map choices, then the first guess present for the rest."""
    by_key = {_key(c): c for c in reversed(columns)}
    chosen: dict[str, str] = {}
    for field, column in mapping.items():
        found = column if column in columns else by_key.get(_key(column))
        if found is None:
            raise FileError(f"no column {column!r} for {field} (columns: {_list(columns)})")
        chosen[field] = found
    for field, names in GUESSES.items():
        if field not in chosen:
            taken = set(chosen.values())
            guess = next((by_key[n] for n in names if n in by_key), None)
            if guess is not None and guess not in taken:
                chosen[field] = guess
    for field in ("title", "start"):
        if field not in chosen:
            raise FileError(
                f"no {field} column found (columns: {_list(columns)}); "
                f"name it with --map {field}=COLUMN"
            )
    return chosen


def read_csv(file: textfile.TextFile, mapping: dict[str, str]) -> Parsed:
    table = textfile.table(file)
    chosen = resolve(table.names, mapping)

    def rows():
        for line, fields, raw in table.rows():
            yield guarded(f"line {line}", _csv_event, raw, table, fields, chosen)

    return Parsed("csv", None, rows())


def read_json(file: textfile.TextFile, mapping: dict[str, str]) -> Parsed:
    """A JSON list of objects (or {"events": [...]}), or JSON lines (.jsonl, .ndjson)."""
    if file.path.suffix.lower() in (".jsonl", ".ndjson"):
        items = [(f"line {n}", text) for n, text in textfile.json_lines(file)]
        objects = [(where, _loads(text, where)) for where, text in items]
    else:
        data = _loads(file.text, "file")
        key = None
        if isinstance(data, dict) and isinstance(data.get("events"), list):
            data, key = data["events"], "events"
        if not isinstance(data, list):
            raise FileError("expected a JSON list of objects")
        written = json_spans.list_items(file.text, key)  # each object as the file writes it
        objects = [(f"item {i}", obj) for i, obj in enumerate(data, start=1)]
        items = [(where, written[i]) for i, (where, _) in enumerate(objects)]
    columns = list(dict.fromkeys(k for _, obj in objects if isinstance(obj, dict) for k in obj))
    chosen = resolve(columns, mapping)

    def rows():
        for (where, obj), (_, quote) in zip(objects, items, strict=True):
            yield guarded(where, _json_event, obj, quote, chosen)

    return Parsed("json", None, rows())


def _csv_event(where, raw, table, fields, chosen):
    return _event(where, raw, table.as_dict(fields), chosen)


def _json_event(where, obj, quote, chosen):
    if isinstance(obj, RowError):
        raise obj
    if not isinstance(obj, dict):
        raise RowError(f"expected an object, found {type(obj).__name__}")
    raw = json.dumps(obj, ensure_ascii=False)  # import_key, as before quotes were as written
    return _event(where, raw, obj, chosen, quote)


def _event(where: str, raw: str, row: dict, chosen: dict[str, str], quote: str | None = None):
    def text(field):
        value = row.get(chosen[field]) if field in chosen else None
        if value is None or isinstance(value, list | dict):
            return None
        return str(value).strip() or None

    start = partial_dates.loose(text("start"))
    end = partial_dates.loose(text("end")) if text("end") else None
    used = set(chosen.values())
    translated = [(k, t) for k, t in translations.from_keys(row) if k not in used]
    used |= {column for column, _ in translated}
    attributes = tuple(
        (str(k), v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
        for k, v in row.items()
        if k not in used and v not in (None, "", [], {})
    )
    return make_event(
        where,
        raw,
        text("title"),
        start,
        end,
        summary=text("summary"),
        category=text("category"),
        note=text("note"),
        disputed=(text("disputed") or "").casefold() in TRUE,
        date_inferred=(text("date_inferred") or "").casefold() in TRUE,
        entities=_names(row.get(chosen.get("entities", ""))),
        attributes=attributes,
        quote=quote,
        translations=tuple(found for _, found in translated),
    )


def _names(value) -> tuple[str, ...]:
    items = value if isinstance(value, list) else _SPLIT.split(str(value or ""))
    return tuple(dict.fromkeys(n for n in (" ".join(str(i).split()) for i in items) if n))


def _loads(text: str, where: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        error = f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        if where == "file":
            raise FileError(error) from None
        return RowError(error)


def _key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().casefold())


def _list(columns: list[str]) -> str:
    return ", ".join(columns) or "none"
