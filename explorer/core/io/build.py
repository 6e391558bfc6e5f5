"""Build a database from the human-editable JSON files in data/."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from ..atomic import atomic_target
from ..data import schema, translations
from ..data.validate import validate
from ..jobs import Progress, tell

DATASET_TITLE = "AI chips: US export controls and ByteDance, 2022–2025"
PROGRESS_STEP = 100  # events between calls of a progress callback


class BuildError(Exception):
    pass


def _load(folder: Path, name: str) -> list[dict]:
    with (folder / name).open(encoding="utf-8") as fh:
        return json.load(fh)


def build(
    data_dir: Path, out: Path, source_dirs: list[Path] = (), progress: Progress | None = None
) -> int:
    """Write `out` from data_dir's JSON files; return the number of events.

    The file is built beside the target and renamed into place only once it
    validates, so a failed build never leaves a half-written database.
    `progress(done, total)` hears every PROGRESS_STEP events (see jobs.Progress).
    """
    sources = _load(data_dir, "sources.json")
    entities = _load(data_dir, "entities.json")
    events = _load(data_dir, "events.json")
    # Ids are 1, 2, 3, … in file order unless a file gives them (a dump-data of an
    # edited database). A citation names its source by file, or by id.
    for i, row in enumerate(sources, start=1):
        row.setdefault("id", i)
    for i, row in enumerate(entities, start=1):
        row.setdefault("id", i)
    source_ids = {s["id"]: s["id"] for s in sources}
    source_ids.update({s["file"]: s["id"] for s in sources if s.get("file")})
    entity_ids = {e["name"]: e["id"] for e in entities}

    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(out) as tmp:
        db = sqlite_utils.Database(tmp)
        schema.create(db)
        schema.add_date_inferred(db)
        db["metadata"].insert({"key": "title", "value": DATASET_TITLE})
        db["sources"].insert_all(
            {"id": s["id"], **{k: s.get(k) for k in _SOURCE_KEYS}} for s in sources
        )
        db["entities"].insert_all(
            {"id": entity_ids[e["name"]], "name": e["name"], "kind": e["kind"], "color": e["color"]}
            for e in entities
        )
        db[translations.TABLE].insert_all(
            row for e in entities for row in _translated(e, "entity", entity_ids[e["name"]])
        )
        for done, ev in enumerate(events):
            if done % PROGRESS_STEP == 0:
                tell(progress, done, len(events))
            _insert_event(db, ev, source_ids, entity_ids)
        schema.fill_search_index(db)
        db.conn.commit()
        db.execute("VACUUM")
        db.conn.close()
        problems, _ = validate(tmp, source_dirs)
        if problems:
            raise BuildError("\n".join(str(p) for p in problems))
    return len(events)


_SOURCE_KEYS = ("file", "url", "outlet", "published", "language", "title", "note", "text")
_EVENT_KEYS = ("id", "title", "summary", "start", "end", "category", "note")


def _translated(item: dict, kind: str, item_id: int):
    """Translation rows from an item's keys such as title_de, summary_de or name_de."""
    for _, (field, lang, text) in translations.from_keys(item, kind):
        yield {"kind": kind, "id": item_id, "lang": lang, "field": field, "text": text}


def _insert_event(db, ev: dict, source_ids: dict, entity_ids: dict) -> None:
    row = {k: ev.get(k) for k in _EVENT_KEYS}
    row["disputed"] = int(bool(ev.get("disputed")))
    row["date_inferred"] = int(bool(ev.get("date_inferred")))
    db["events"].insert(row)
    db[translations.TABLE].insert_all(_translated(ev, "event", ev["id"]))
    try:
        db["event_entities"].insert_all(
            {"event_id": ev["id"], "entity_id": entity_ids[name], "role": None}
            for name in ev["entities"]
        )
        db["citations"].insert_all(
            {
                "event_id": ev["id"],
                "source_id": source_ids[c["source"]],
                "quote": c["quote"],
                "role": c.get("role", "claim"),
            }
            for c in ev["citations"]
        )
    except KeyError as exc:
        raise BuildError(f"event {ev['id']}: unknown entity or source {exc}") from exc
