"""Translated titles, summaries and entity names: the optional `translations`
table (docs/schema.md#translations). Qt-free.

One row per text, `(kind, id, lang, field, text)`: a table rather than
`title_de` columns, so a database without it stays valid and a further
language needs no change to the schema.
"""

from __future__ import annotations

import re
import sqlite3

TABLE = "translations"
COLUMNS = ("kind", "id", "lang", "field", "text")
# kind -> the fields of that kind a translation may give, and the table its id points to
FIELDS = {"event": ("title", "summary"), "entity": ("name",)}
TARGETS = {"event": "events", "entity": "entities"}
CHUNK = 500  # ids per "IN (...)"

# A language tag as stored: ISO 639-1 code, optionally a region or script
# ("de", "pt-br", "zh-hant"), in lower case with "-".
_TAG = re.compile(r"[a-z]{2}(?:-(?:[a-z]{2}|[a-z]{4}|\d{3}))?")
# A CSV/JSON column or data-file key holding a translation: title_de, summary_pt-BR.
_KEY = re.compile(r"(?P<field>[a-z]+)[_-](?P<lang>[a-z]{2}(?:[_-][a-z0-9]{2,4})?)", re.IGNORECASE)


def language(tag: object) -> str | None:
    """`tag` as stored ("de_DE" -> "de-de"), or None when it is not a language tag."""
    if not isinstance(tag, str):
        return None
    tag = tag.strip().replace("_", "-").split(".")[0].lower()  # de_DE.UTF-8 -> de-de
    return tag if _TAG.fullmatch(tag) else None


def best(wanted: str | None, available) -> str | None:
    """The available language to show for `wanted` ("de_DE" finds "de"); None: the original."""
    tag = language(wanted)
    if tag is None:
        return None
    available = set(available)
    for candidate in (tag, tag.split("-")[0]):
        if candidate in available:
            return candidate
    return None


def split_key(key: str, fields=FIELDS["event"]) -> tuple[str, str] | None:
    """(field, lang) for a key such as "title_de" or "summary_pt-BR"; None otherwise."""
    found = _KEY.fullmatch(key.strip())
    if found is None or found["field"].lower() not in fields:
        return None
    lang = language(found["lang"])
    return (found["field"].lower(), lang) if lang else None


def from_keys(item: dict, kind: str = "event") -> list[tuple[str, tuple[str, str, str]]]:
    """(key, (field, lang, text)) for each key of `item` such as title_de or
    summary_pt-BR that holds a text (a title or name on one line)."""
    found, seen = [], set()
    for name, value in item.items():
        split = split_key(str(name), FIELDS[kind])
        if split is None or isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        if split in seen:  # title_de and Title_DE: the first one counts
            continue
        seen.add(split)
        one_line = split[0] in ("title", "name")
        text = " ".join(str(value).split()) if one_line else str(value).strip()
        if text:
            found.append((name, (*split, text)))
    return found


def key(field: str, lang: str) -> str:
    """The column name of a translation in CSV and JSON files: title_de."""
    return f"{field}_{lang}"


def create(db) -> None:
    """The table, in a sqlite-utils Database, unless it is there already."""
    # SQL, not db[TABLE].create: sqlite-utils cannot make a WITHOUT ROWID table, and
    # one lookup per text instead of two reads a window's translations ~40% faster.
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (kind TEXT NOT NULL, id INTEGER NOT NULL, "
        "lang TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT NULL, "
        "PRIMARY KEY (kind, id, lang, field)) WITHOUT ROWID"
    )


def present(conn: sqlite3.Connection) -> bool:
    """Whether the database has a translations table of the documented shape."""
    found = {r[1] for r in conn.execute(f"PRAGMA table_info({TABLE})")}
    return set(COLUMNS) <= found


def spellings(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Each language texts are translated into -> how the table spells it ("de": ("de", "DE"))."""
    if not present(conn):
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for (raw,) in conn.execute(f"SELECT DISTINCT lang FROM {TABLE}"):
        tag = language(raw)
        if tag:
            found[tag] = (*found.get(tag, ()), raw)
    return found


def read(conn: sqlite3.Connection, kind: str, ids, spelt: tuple[str, ...] = ()) -> dict:
    """id -> {field: text} in the language spelt `spelt` (its spellings), or id ->
    {(field, lang): text} in every language when `spelt` is empty; blank texts are
    left out."""
    ids = list(dict.fromkeys(int(i) for i in ids))
    fields = FIELDS[kind]
    where = f" AND lang IN ({','.join('?' * len(spelt))})" if spelt else ""
    found: dict[int, dict] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = conn.execute(
            f"SELECT id, lang, field, text FROM {TABLE} "
            f"WHERE kind = ? AND id IN ({','.join('?' * len(chunk))}){where}",
            [kind, *chunk, *spelt],
        )
        for row_id, row_lang, field, text in rows:
            if field not in fields or not (isinstance(text, str) and text.strip()):
                continue
            if spelt:
                found.setdefault(row_id, {})[field] = text
            elif tag := language(row_lang):
                found.setdefault(row_id, {})[(field, tag)] = text
    return found


def read_all(conn: sqlite3.Connection, kind: str) -> dict[str, dict[int, dict[str, str]]]:
    """lang -> id -> {field: text} for every row of `kind` (entities: a few)."""
    if not present(conn):
        return {}
    ids = [r[0] for r in conn.execute(f"SELECT DISTINCT id FROM {TABLE} WHERE kind = ?", [kind])]
    by_lang: dict[str, dict[int, dict[str, str]]] = {}
    for row_id, texts in read(conn, kind, [i for i in ids if isinstance(i, int)]).items():
        for (field, lang), text in texts.items():
            by_lang.setdefault(lang, {}).setdefault(row_id, {})[field] = text
    return by_lang
