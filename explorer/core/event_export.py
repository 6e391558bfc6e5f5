"""The filtered events as CSV, JSON, Timesketch JSONL or TimelineJS JSON, with dates,
entities and citations."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from . import formats_out
from .records import Event
from .session import Session

# format -> the file extension it is written with
DATA_FORMATS = {"csv": ".csv", "json": ".json", "timesketch": ".jsonl", "timelinejs": ".json"}
FIELDS = ("id", "start", "end", "date", "title", "summary", "category", "disputed", "note")


def in_range(events, t0: float, t1: float) -> list[Event]:
    """Events whose period overlaps [t0, t1)."""
    return [e for e in events if e.t1 > t0 and e.t0 < t1]


def event_rows(session: Session, events: list[Event]) -> list[dict]:
    store = session.store
    rows = []
    for event in events:
        rows.append(
            {
                "id": event.id,
                "start": event.start,
                "end": event.end,
                "date": event.spoken_date(),
                "title": event.title,
                "summary": event.summary,
                "category": event.category,
                "disputed": event.disputed,
                "note": event.note,
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
                    for c in store.citations(event.id)
                ],
            }
        )
    return rows


def write_events(session: Session, events: list[Event], path: Path, fmt: str) -> int:
    """Write `events` in one of DATA_FORMATS to `path`; returns how many."""
    rows = event_rows(session, events)
    if fmt == "timelinejs":
        formats_out.write_timelinejs(rows, path, session.store.title)
    else:
        writer = {"csv": write_csv, "json": write_json, "timesketch": formats_out.write_timesketch}
        writer[fmt](rows, path)
    return len(rows)


def write_json(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_csv(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*FIELDS, "entities", "citations"])
        for row in rows:
            writer.writerow(
                [
                    *(row[f] for f in FIELDS),
                    "; ".join(row["entities"]),
                    json.dumps(row["citations"], ensure_ascii=False),
                ]
            )
