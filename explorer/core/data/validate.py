"""Check a database against the contract, naming each problem's table and row."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from . import dates, schema, search_index, translations
from .dates import short_repr
from .event_rows import date_text
from .store import (
    StoreError,
    connect_readonly,
    describe_error,
    row_label,
    structure_problems,
    wal_note,
)


@dataclass(frozen=True)
class Problem:
    table: str
    row_id: object
    message: str

    def __str__(self) -> str:
        where = self.table if self.row_id is None else f"{self.table} row {self.row_id}"
        return f"{where}: {self.message}"


def validate(path: str | Path, source_dirs: list[Path] = ()) -> tuple[list[Problem], int]:
    """Problems found, and how many quotes could not be checked (file not at hand).

    Raises store.StoreError for a file that is not a readable SQLite database.
    """
    try:
        db = sqlite_utils.Database(connect_readonly(path))
    except sqlite3.DatabaseError as exc:
        raise StoreError(describe_error(Path(path).name, exc)) from exc
    try:
        structural = structure_problems(db)
        if structural:
            return [Problem(table, None, message) for table, message in structural], 0
        # Validating a copy whose latest changes are still in its -wal file checks stale rows.
        note = wal_note(path)
        problems = [Problem("database", None, note)] if note else []
        problems += [*_check_events(db), *_check_entities(db), *_check_links(db)]
        problems += _check_translations(db) + _check_date_inferred(db)
        gap = search_index.check(db.conn)
        if gap is not None:
            problems.append(Problem(schema.FTS_TABLE, None, gap.note(Path(path).name)))
        quote_problems, unchecked = _check_quotes(db, [Path(d) for d in source_dirs])
        return problems + quote_problems, unchecked
    except sqlite3.DatabaseError as exc:
        raise StoreError(describe_error(Path(path).name, exc)) from exc
    finally:
        db.conn.close()


def _check_events(db: sqlite_utils.Database):
    cited = {r[0] for r in db.execute("SELECT DISTINCT event_id FROM citations")}
    seen = set()
    rows = db.execute('SELECT rowid, id, title, start, "end" FROM events')
    for rowid, ev_id, title, start, end in rows:
        if not isinstance(ev_id, int):
            yield Problem("events", row_label(ev_id, rowid), "id is not a whole number")
            continue
        if ev_id in seen:
            yield Problem("events", ev_id, "a second event with this id")
            continue
        seen.add(ev_id)
        if isinstance(title, int | float):
            yield Problem("events", ev_id, f"title is stored as a number ({title}), not text")
        elif not (isinstance(title, str) and title.strip()):
            yield Problem("events", ev_id, "no title")
        good = True
        for name, value in (("start", start), ("end", end)):
            try:
                text = date_text(value, name)
                if text is None:
                    continue
                dates.PartialDate.parse(text)
            except (ValueError, dates.PartialDateError) as exc:
                good = False
                yield Problem("events", ev_id, f"{name}: {exc}")
                continue
            if isinstance(value, int):
                # The explorer reads it as a year; the contract wants text.
                yield Problem(
                    "events",
                    ev_id,
                    f"{name} is stored as a number ({value}); store it as text '{value}'",
                )
        if good and end and dates.end_before_start(date_text(start, "start"), str(end)):
            yield Problem("events", ev_id, f"end {end} is before start {start}")
        if ev_id not in cited:
            yield Problem("events", ev_id, "no citation")


def _check_entities(db: sqlite_utils.Database):
    for ent_id, name, kind in db.execute("SELECT id, name, kind FROM entities"):
        if not name:
            yield Problem("entities", row_label(ent_id), "no name")
        if kind not in schema.ENTITY_KINDS:
            yield Problem(
                "entities",
                row_label(ent_id),
                f"kind {short_repr(kind)} is not one of {', '.join(schema.ENTITY_KINDS)}",
            )


def _check_links(db: sqlite_utils.Database):
    checks = [
        ("event_entities", "event_id", "events"),
        ("event_entities", "entity_id", "entities"),
        ("citations", "event_id", "events"),
        ("citations", "source_id", "sources"),
    ]
    for table, column, target in checks:
        rows = db.execute(
            f"SELECT t.rowid, t.{column} FROM {table} t "
            f"LEFT JOIN {target} x ON x.id = t.{column} WHERE x.id IS NULL"
        )
        for rowid, value in rows:
            yield Problem(
                table, rowid, f"{column} {short_repr(value)} points to no row in {target}"
            )
    for rowid, event_id in db.execute(
        "SELECT rowid, event_id FROM citations WHERE quote IS NULL OR trim(quote) = ''"
    ):
        yield Problem("citations", rowid, f"empty quote for event {event_id}")


def _check_date_inferred(db: sqlite_utils.Database) -> list[Problem]:
    """The optional events.date_inferred column holds 0 or 1."""
    if schema.DATE_INFERRED not in db["events"].columns_dict:
        return []
    rows = db.execute(
        f"SELECT id, {schema.DATE_INFERRED} FROM events "
        f"WHERE {schema.DATE_INFERRED} IS NULL OR {schema.DATE_INFERRED} NOT IN (0, 1)"
    )
    return [
        Problem("events", row_label(i), f"date_inferred is {short_repr(v)}, not 0 or 1")
        for i, v in rows
    ]


def _check_translations(db: sqlite_utils.Database) -> list[Problem]:
    """The optional translations table: its shape, and each row's kind, field,
    language, text and target (docs/schema.md#translations)."""
    table = translations.TABLE
    if table not in db.table_names():
        return []
    missing = [c for c in translations.COLUMNS if c not in db[table].columns_dict]
    if missing:
        return [Problem(table, None, f"column {', '.join(missing)} missing: the table is ignored")]
    problems, seen = [], set()
    ids = {kind: {r[0] for r in db.execute(f"SELECT id FROM {target}")}
           for kind, target in translations.TARGETS.items()}  # fmt: skip
    # Rows are named by their key: the documented table has no rowid (WITHOUT ROWID).
    for kind, row_id, lang, field, text in db.execute(
        f"SELECT {', '.join(translations.COLUMNS)} FROM {table}"
    ):
        where = " ".join(
            short_repr(v) if not isinstance(v, str) else v for v in (kind, row_id, lang, field)
        )
        tag = translations.language(lang)
        if kind not in translations.FIELDS:
            why = f"kind {short_repr(kind)} is not one of {', '.join(translations.FIELDS)}"
        elif field not in translations.FIELDS[kind]:
            why = f"{kind}s have no field {short_repr(field)} to translate"
        elif tag is None:
            why = f"lang {short_repr(lang)} is not a language tag such as 'de' or 'pt-BR'"
        elif row_id not in ids[kind]:
            why = f"id {short_repr(row_id)} points to no row in {translations.TARGETS[kind]}"
        elif not (isinstance(text, str) and text.strip()):
            why = "empty text"
        elif (kind, row_id, tag, field) in seen:
            why = f"a second {tag} {field} for {kind} {row_id}"
        else:
            seen.add((kind, row_id, tag, field))
            continue
        problems.append(Problem(table, where, why))
    return problems


def _check_quotes(db: sqlite_utils.Database, source_dirs: list[Path]):
    """Each quote must occur verbatim in its source file, when that file is found:
    as written, line ends aside (a CSV row keeps its \r\n; the file is read as text).
    Imported JSON is quoted as written too (docs/import.md, "Quotes")."""
    problems, unchecked, texts = [], 0, {}
    # A source's text stored in the file (schema 2) is checked first: no folder needed.
    stored = "s.text" if "text" in db["sources"].columns_dict else "NULL"
    rows = db.execute(
        f"SELECT c.rowid, c.event_id, c.quote, s.file, {stored} FROM citations c "
        "JOIN sources s ON s.id = c.source_id WHERE c.quote IS NOT NULL"
    )
    for rowid, event_id, quote, file, own_text in rows:
        if isinstance(quote, str) and isinstance(own_text, str) and own_text:
            if _lines(quote) not in _lines(own_text):
                problems.append(
                    Problem(
                        "citations", rowid, f"quote for event {event_id} not in its source's text"
                    )
                )
            continue
        if not (isinstance(quote, str) and isinstance(file, str)):
            unchecked += 1
            continue
        if file not in texts:
            texts[file] = source_file_text(file, source_dirs)
        text = texts[file]
        if text is None:
            unchecked += 1
        elif _lines(quote) not in text:
            problems.append(
                Problem("citations", rowid, f"quote for event {event_id} not found in {file}")
            )
    return problems, unchecked


def _lines(text: str) -> str:
    """Every line end as "\n", as Python reads a text file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def source_file_text(file: str | None, source_dirs: list[Path]) -> str | None:
    """The file's text, decoded as the importers decode it: UTF-8 (BOM or not), else Latin-1."""
    if not file:
        return None
    for folder in source_dirs:
        candidate = folder / Path(file).name
        if candidate.is_file():
            try:
                data = candidate.read_bytes()
            except OSError:
                return None
            try:
                return _lines(data.decode("utf-8-sig"))
            except UnicodeDecodeError:
                return _lines(data.decode("latin-1"))
    return None
