"""The filtered events as CSV, JSON, Timesketch JSONL or TimelineJS JSON, with dates,
entities and citations."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from ..data import translations
from ..data.event_rows import CHUNK
from ..data.records import Citation, Event
from ..jobs import Progress, tell
from ..view.session import Session
from . import formats_out

FIELDS = ("id", "start", "end", "date", "title", "summary", "category", "disputed", "note")


BATCH = CHUNK  # events read (one query for records, one for citations) and progress told


def ids_in_range(session: Session, t0: float, t1: float) -> list[int]:
    """Ids of the visible events overlapping [t0, t1), in time order, from the
    columns: no records are read, however many events there are."""
    columns, rows = session.store.columns, session.result.positions
    overlap = (columns.t1[rows] > t0) & (columns.t0[rows] < t1)
    return columns.ids[rows[overlap]].tolist()


def event_rows(
    session: Session, events, progress: Progress | None = None, conn: sqlite3.Connection = None
) -> list[dict]:
    """A row per event (records, or ids read in batches); `progress(done, total)`
    hears every BATCH events and may return False to stop (jobs.Cancelled).
    `conn`: another connection to the file, for exporting from a worker thread."""
    store = session.store
    events = list(events)
    rows = []
    for start in range(0, len(events), BATCH):
        tell(progress, start, len(events))
        ids = [e if isinstance(e, int) else e.id for e in events[start : start + BATCH]]
        # The original texts, whatever language the window shows; translations beside them.
        batch = store.records.many(ids, conn, lang=None)
        citations = store.citations_of(ids, conn)
        texts = store.translations_of(ids, conn)
        rows.extend(
            _row(store, event, citations.get(event.id, []), texts.get(event.id, {}))
            for event in batch
        )
    return rows


def translated_keys(rows: list[dict]) -> list[str]:
    """The translation columns the rows have (title_de, summary_de, ...), by language."""
    found = {translations.split_key(k): k for row in rows for k in row}
    found.pop(None, None)
    fields = translations.FIELDS["event"]
    return [found[k] for k in sorted(found, key=lambda fl: (fl[1], fields.index(fl[0])))]


def _row(store, event: Event, citations: list[Citation], texts: dict) -> dict:
    return {
        "id": event.id,
        "start": event.start,
        "end": event.end,
        "date": event.spoken_date(),
        "title": event.title,
        "summary": event.summary,
        **{translations.key(field, lang): text for (field, lang), text in sorted(texts.items())},
        "category": event.category,
        "disputed": event.disputed,
        "note": event.note,
        **({"date_inferred": True} if event.date_inferred else {}),
        "entities": [store.entities[i].name for i in event.entity_ids],
        "citations": [
            {
                "quote": c.quote,
                "role": c.role,
                "outlet": c.outlet,
                "published": c.published,
                "language": c.language,
                "file": c.file,
                "url": c.url,
            }
            for c in citations
        ],
    }


def write_events(
    session: Session, events, path: Path, fmt: str, progress: Progress | None = None, conn=None
) -> int:
    """Write `events` (records or ids) in format `fmt` (one of WRITERS, named as in
    formats.FORMATS) to `path`; returns how many. `progress` and `conn` as for event_rows."""
    rows = event_rows(session, events, progress, conn)
    WRITERS[fmt](rows, path, session.store.title)
    return len(rows)


def write_json(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_csv(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        # Optional columns only when some event has them: the flag, then translations.
        extra = ["date_inferred"] if any("date_inferred" in r for r in rows) else []
        extra += translated_keys(rows)
        writer.writerow([*FIELDS, *extra, "entities", "citations"])
        for row in rows:
            writer.writerow(
                [
                    *(row[f] for f in FIELDS),
                    *(row.get(k, "") for k in extra),
                    "; ".join(row["entities"]),
                    json.dumps(row["citations"], ensure_ascii=False),
                ]
            )


# format name (formats.FORMATS) -> writer(rows, path, title)
WRITERS = {
    "csv": lambda rows, path, title: write_csv(rows, path),
    "json": lambda rows, path, title: write_json(rows, path),
    "timesketch": lambda rows, path, title: formats_out.write_timesketch(rows, path),
    "timelinejs": formats_out.write_timelinejs,
}
