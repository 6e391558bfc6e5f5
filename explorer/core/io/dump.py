"""A database as the JSON files build-data reads (events, entities, sources). Qt-free.

`build` of a dump gives back the same rows; a dump of the bundled database is
data/*.json as committed. Ids of entities and sources are written only where
they are not simply 1, 2, 3, … in file order (build numbers them that way).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..atomic import atomic_target
from ..data import schema, translations
from ..data.store import connect_readonly

SOURCE_KEYS = ("file", "outlet", "published", "language", "title", "url", "note", "text")
EVENT_KEYS = ("id", "title", "summary", "start", "end", "category", "disputed", "note")


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict]:
    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _numbered(rows: list[dict]) -> bool:
    return all(row["id"] == i for i, row in enumerate(rows, start=1))


def dump(db_path: Path, out_dir: Path) -> dict[str, int]:
    """Write events.json, entities.json and sources.json into `out_dir`; counts of each."""
    conn = connect_readonly(db_path)
    try:
        entities = _rows(conn, "SELECT id, name, kind, color FROM entities ORDER BY id")
        source_cols = {r[1] for r in conn.execute("PRAGMA table_info(sources)")}
        picked = [k for k in SOURCE_KEYS if k in source_cols]
        sources = _rows(conn, f"SELECT id, {', '.join(picked)} FROM sources ORDER BY id")
        has_role = "role" in {r[1] for r in conn.execute("PRAGMA table_info(citations)")}
        texts = _translations(conn)
        events = _events(conn, entities, sources, has_role, texts)
    finally:
        conn.close()
    # A source is named by its file where that is unique, else by its id.
    files = [s.get("file") for s in sources]
    for event in events:
        for citation in event["citations"]:
            source = citation["source"]
            if source.get("file") and files.count(source["file"]) == 1:
                citation["source"] = source["file"]
            else:
                citation["source"] = source["id"]
    keep_ids = (not _numbered(entities), not _numbered(sources))
    out = {
        "entities.json": [
            {
                **({"id": e["id"]} if keep_ids[0] else {}),
                **{k: e[k] for k in ("name", "kind", "color")},
                **_keys(texts, "entity", e["id"], "name"),
            }
            for e in entities
        ],
        "sources.json": [
            {
                **({"id": s["id"]} if keep_ids[1] or not s.get("file") else {}),
                **{k: s.get(k) for k in SOURCE_KEYS if k != "text"},
                **({"text": s["text"]} if s.get("text") else {}),
            }
            for s in sources
        ],
        "events.json": events,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in out.items():
        with atomic_target(out_dir / name) as tmp:
            tmp.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {name: len(rows) for name, rows in out.items()}


def _translations(conn) -> dict:
    """(kind, id) -> {field: {lang: text}}, as build-data reads them back (title_de)."""
    if not translations.present(conn):
        return {}
    found: dict = {}
    for kind in translations.FIELDS:
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT id FROM {translations.TABLE} WHERE kind = ?", [kind]
            )
        ]
        for row_id, texts in translations.read(conn, kind, ids).items():
            for (field, lang), text in sorted(texts.items()):
                found.setdefault((kind, row_id), {}).setdefault(field, {})[lang] = text
    return found


def _keys(texts: dict, kind: str, row_id: int, field: str) -> dict:
    """title_de and the like, for one field of one row."""
    by_lang = texts.get((kind, row_id), {}).get(field, {})
    return {translations.key(field, lang): text for lang, text in by_lang.items()}


def _events(conn, entities: list[dict], sources: list[dict], has_role: bool, texts) -> list[dict]:
    names = {e["id"]: e["name"] for e in entities}
    by_id = {s["id"]: s for s in sources}
    links: dict[int, list[str]] = {}
    for event_id, entity_id in conn.execute(
        "SELECT event_id, entity_id FROM event_entities ORDER BY rowid"
    ):
        if entity_id in names:
            links.setdefault(event_id, []).append(names[entity_id])
    citations: dict[int, list[dict]] = {}
    role = "role" if has_role else "'claim'"
    for event_id, source_id, quote, kind in conn.execute(
        f"SELECT event_id, source_id, quote, {role} FROM citations ORDER BY rowid"
    ):
        if source_id in by_id:
            citations.setdefault(event_id, []).append(
                {"source": by_id[source_id], "quote": quote, "role": kind or "claim"}
            )
    inferred = schema.DATE_INFERRED in {r[1] for r in conn.execute("PRAGMA table_info(events)")}
    cols = ", ".join(f'"{k}"' for k in EVENT_KEYS)
    if inferred:
        cols += f', "{schema.DATE_INFERRED}"'
    events = []
    for row in _rows(conn, f"SELECT {cols} FROM events ORDER BY id"):
        event = {}
        for key in EVENT_KEYS:  # translations after their field, as in data/events.json
            event[key] = bool(row[key]) if key == "disputed" else row[key]
            if key in ("title", "summary"):
                event.update(_keys(texts, "event", row["id"], key))
        event["entities"] = links.get(row["id"], [])
        event["citations"] = citations.get(row["id"], [])
        if inferred and row[schema.DATE_INFERRED]:
            event[schema.DATE_INFERRED] = True
        events.append(event)
    return events
