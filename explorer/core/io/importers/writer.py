"""Write imported rows into a database that follows docs/schema.md, atomically.

A new database is created beside the target and renamed into place; an existing
one is copied, appended to and renamed back, so a failed import changes nothing.
Each event stores `import_key` (sha1 of file name and raw row) so importing the
same file again adds nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from ...atomic import Unchanged, atomic_target
from ...data import schema, translations
from ...data.store import StoreError, connect_readonly, structure_problems
from ...data.validate import validate
from ...jobs import Progress, tell
from .records import FileError, ImportedEvent, Parsed, Rejected

PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
DEFAULT_KIND = "company"
PROGRESS_EVERY = 10_000  # rows between progress lines on stderr
PROGRESS_STEP = 500  # rows between calls of a progress callback
_BATCH = 5_000


class WriteError(Exception):
    """The output database cannot be written (or an existing one is not ours to extend)."""


@dataclass
class Report:
    imported: int = 0
    already: int = 0  # rows whose import_key was in the database before
    rejected: int = 0
    failed_files: list[str] = field(default_factory=list)
    kept: Counter = field(default_factory=Counter)  # "media kept as links" -> events


def write(
    out: Path,
    inputs: Iterable[tuple[Path, Parsed]],
    *,
    entity_kind: str = DEFAULT_KIND,
    say: Callable[[str], None] = lambda message: None,
    progress: Progress | None = None,
) -> Report:
    """Import every input into `out`; problems with rows and files go to `say`.

    `progress` hears every PROGRESS_STEP rows and each slow step, with a text
    saying what is done; when it returns False the import stops with Cancelled
    and `out` is left as it was.
    """
    out, inputs = Path(out), list(inputs)
    existed = out.exists()
    if existed:
        _check_existing(out)
    report = Report()
    try:
        with atomic_target(out, copy_existing=True, sync=True) as tmp:
            _fill(tmp, existed, inputs, report, entity_kind, say, progress)
    except (OSError, sqlite3.Error) as exc:
        raise WriteError(f"cannot write {out} ({getattr(exc, 'strerror', None) or exc})") from None
    return report


def _fill(tmp: Path, existed: bool, inputs, report, entity_kind, say, progress) -> None:
    """Import into `tmp` (a new file, or a copy of the database to add to)."""
    db = sqlite_utils.Database(tmp)
    try:
        # A scratch file until renamed: no journal or syncing per batch, one fsync at the end.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        if not existed:
            schema.create(db)
        _Importer(db, entity_kind, report, say, progress).run(inputs)
        if not report.imported:
            raise Unchanged()
        if not existed:
            db["metadata"].insert({"key": "title", "value": _title(inputs)}, replace=True)
        tell(progress, 0, 0, "indexing for search")
        _refresh_search(db)
        db.conn.commit()
    finally:
        db.conn.close()
    if not existed:
        tell(progress, 0, 0, "checking the new database")
        problems, _ = validate(tmp)
        if problems:
            raise WriteError("; ".join(str(p) for p in problems[:5]))


def _check_existing(out: Path) -> None:
    try:
        conn = connect_readonly(out)
        try:
            problems = structure_problems(sqlite_utils.Database(conn))
        finally:
            conn.close()
    except (StoreError, sqlite3.Error) as exc:
        raise WriteError(f"{out} exists and is not a timeline database ({exc})") from None
    if problems:
        found = "; ".join(f"{table}: {message}" for table, message in problems)
        raise WriteError(f"{out} exists but does not follow the schema ({found})")


def _title(inputs) -> str:
    titles = [parsed.title or path.name for path, parsed in inputs]
    return titles[0] if len(titles) == 1 else "Imported timeline"


def _refresh_search(db: sqlite_utils.Database) -> None:
    if schema.FTS_TABLE not in db.table_names():
        return
    if "quotes" in db[schema.FTS_TABLE].columns_dict:
        schema.fill_search_index(db)
    else:  # made by `sqlite-utils enable-fts DB events title summary`
        db["events"].rebuild_fts()


class _Importer:
    """Holds the ids handed out so far and the rows waiting to be inserted."""

    def __init__(self, db, entity_kind, report, say, progress):
        self.db, self.kind, self.report, self.say = db, entity_kind, report, say
        self.progress = progress
        if "import_key" not in db["events"].columns_dict:
            db["events"].add_column("import_key", str)
        db.execute("CREATE UNIQUE INDEX IF NOT EXISTS idx_events_import_key ON events(import_key)")
        if "attributes" not in db.table_names():
            db["attributes"].create(
                {"event_id": int, "key": str, "value": str},
                foreign_keys=[("event_id", "events", "id")],
            )
            db["attributes"].create_index(["event_id"])
        translations.create(db)  # a database made before translations existed gets the table
        self.translated = translations.present(db.conn)  # False: another program's table
        self.inferred = schema.DATE_INFERRED in db["events"].columns_dict
        self.keys = {r[0] for r in db.execute("SELECT import_key FROM events") if r[0]}
        self.next_id = (db.execute("SELECT max(id) FROM events").fetchone()[0] or 0) + 1
        self.entities = {r[1]: r[0] for r in db.execute("SELECT id, name FROM entities")}
        self.credits: dict[tuple, int] = {}
        self.columns = {t: set(db[t].columns_dict) for t in ("citations", "sources")}
        self.batch: dict[str, list[dict]] = {}

    def run(self, inputs) -> None:
        for number, (path, parsed) in enumerate(inputs, start=1):
            self.where = f"{path.name} (file {number} of {len(inputs)})"
            tell(self.progress, 0, 0, f"{self.where}: reading")
            try:
                self._file(path, parsed)
            except FileError as exc:
                self.say(f"{path.name}: {exc}")
                self.report.failed_files.append(path.name)
            except (UnicodeDecodeError, ValueError) as exc:
                self.say(f"{path.name}: cannot read it ({exc})")
                self.report.failed_files.append(path.name)
            self._flush()

    def _file(self, path: Path, parsed: Parsed) -> None:
        source_id = None
        seen: dict[str, int] = {}
        count = 0
        for count, row in enumerate(parsed.records, start=1):
            if count % PROGRESS_STEP == 0:
                tell(self.progress, count, 0, f"{self.where}: {count:,} rows read")
                if count % PROGRESS_EVERY == 0:
                    self.say(f"{path.name}: {count:,} rows read")
            if isinstance(row, Rejected):
                self.say(f"{path.name} {row.where}: skipped, {row.reason}")
                self.report.rejected += 1
                continue
            key = _key(path.name, row.raw, seen)
            if key in self.keys:
                self.report.already += 1
                continue
            if source_id is None:
                source_id = self._source(path.name, parsed.title)
            self.keys.add(key)
            self._event(row, key, source_id, path.name)
        if count == 0:
            raise FileError("no rows to import")

    def _event(self, ev: ImportedEvent, key: str, source_id: int, file: str) -> None:
        event_id, self.next_id = self.next_id, self.next_id + 1
        self.report.imported += 1
        if ev.date_inferred and not self.inferred:  # the optional column, once it is needed
            self._flush()
            schema.add_date_inferred(self.db)
            self.inferred = True
        row = {
            "id": event_id, "title": ev.title, "summary": ev.summary, "start": ev.start,
            "end": ev.end, "category": ev.category, "disputed": int(ev.disputed), "note": ev.note,
            "import_key": key,
        }  # fmt: skip
        if self.inferred:
            row[schema.DATE_INFERRED] = int(ev.date_inferred)
        self._add("events", row)
        self._cite(event_id, source_id, ev.quote or ev.raw)
        for credit in ev.credits:
            self._cite(event_id, self._credit_source(credit, file), credit.quote)
        self.report.kept.update(ev.kept)
        for name in ev.entities:
            self._add("event_entities", {"event_id": event_id, "entity_id": self._entity(name)})
        for k, v in ev.attributes:
            self._add("attributes", {"event_id": event_id, "key": k, "value": v})
        for name, lang, text in ev.translations if self.translated else ():
            row = {"kind": "event", "id": event_id, "lang": lang, "field": name, "text": text}
            self._add(translations.TABLE, row)
        if len(self.batch["events"]) >= _BATCH:
            self._flush()

    def _cite(self, event_id: int, source_id: int, quote: str) -> None:
        row = {"event_id": event_id, "source_id": source_id, "quote": quote, "role": "claim"}
        self._add("citations", {k: v for k, v in row.items() if k in self.columns["citations"]})

    def _add(self, table: str, row: dict) -> None:
        self.batch.setdefault(table, []).append(row)

    def _flush(self) -> None:
        # Parents first, so the foreign keys point at rows that exist.
        for table in ("events", "event_entities", "citations", "attributes", translations.TABLE):
            rows = self.batch.pop(table, [])
            if rows:
                self.db[table].insert_all(rows, batch_size=1000)

    def _source(self, file: str, title: str | None) -> int:
        found = self.db.execute(  # not a media source citing the same file
            "SELECT id FROM sources WHERE file = ? AND url IS NULL ORDER BY id", [file]
        )
        row = found.fetchone()
        if row:
            return row[0]
        return self._insert_source({"file": file, "title": title or file})

    def _credit_source(self, credit, file: str) -> int:
        """A credit's own source: found again by its file, outlet, link and caption."""
        row = {
            "file": file if credit.in_file else None,
            "outlet": credit.outlet,
            "url": credit.url,
            "title": credit.title,
        }
        wanted = tuple(row.values())
        if wanted not in self.credits:
            found = self.db.execute(
                "SELECT id FROM sources WHERE file IS ? AND outlet IS ? AND url IS ? "
                "AND title IS ?",
                wanted,
            ).fetchone()
            self.credits[wanted] = found[0] if found else self._insert_source(row)
        return self.credits[wanted]

    def _insert_source(self, row: dict) -> int:
        return self.db["sources"].insert({"language": None, **row}).last_pk

    def _entity(self, name: str) -> int:
        if name not in self.entities:
            new_id = (self.db.execute("SELECT max(id) FROM entities").fetchone()[0] or 0) + 1
            color = PALETTE[(new_id - 1) % len(PALETTE)]
            self.db["entities"].insert(
                {"id": new_id, "name": name, "kind": self.kind, "color": color}
            )
            self.entities[name] = new_id
        return self.entities[name]


def _key(file_name: str, raw: str, seen: dict[str, int]) -> str:
    """sha1 of file name and row; a repeat of the same row in one file gets its own key."""
    digest = hashlib.sha1(f"{file_name}\0{raw}".encode()).hexdigest()
    n = seen.get(digest, 0)
    seen[digest] = n + 1
    return digest if n == 0 else hashlib.sha1(f"{digest}#{n}".encode()).hexdigest()
