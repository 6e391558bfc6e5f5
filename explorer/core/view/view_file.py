"""Saved views (`NAME.view.json`): a database with its filters, search, time range and
selection, named so they survive a rebuilt database (docs/export.md). Qt-free."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from ..atomic import atomic_target
from ..data.datasette_client import redact
from ..data.dates import PartialDate, PartialDateError, iso_moment
from ..paths import is_url
from ..words import translate
from .session import Session

FORMAT = "timeline-explorer-view"
VERSION = 1
SUFFIX = ".view.json"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class ViewFileError(Exception):
    """A view file that cannot be read or used; the message is one line."""


@dataclass(frozen=True)
class ViewSpec:
    db_path: Path | str  # a file, or a Datasette database's URL (without credentials)
    hidden_entities: tuple[str, ...] = ()  # entity names
    hidden_categories: tuple[str, ...] = ()
    disputed_only: bool = False
    search: str = ""
    hide_unmatched: bool = False
    range: tuple[float, float] | None = None  # POSIX seconds
    selection: tuple[int, str] | None = None  # event id and title


def is_view_file(path: str | Path) -> bool:
    return str(path).lower().endswith(SUFFIX)


def spec_of(session: Session, db_path: str | Path | None = None) -> ViewSpec:
    """What the session shows now, with entities by name."""
    f, store = session.filters, session.store
    selected = store.records.get(session.selection) if session.selection is not None else None
    return ViewSpec(
        db_path=_where(db_path or store.location),
        hidden_entities=tuple(
            sorted(store.entities[i].name for i in f.hidden_entities if i in store.entities)
        ),
        hidden_categories=tuple(sorted(f.hidden_categories)),
        disputed_only=bool(f.disputed_only),
        search=f.search,
        hide_unmatched=bool(f.hide_unmatched),
        range=tuple(session.view.range),
        selection=(selected.id, selected.title) if selected else None,
    )


def save(path: str | Path, session: Session, db_path: str | Path | None = None) -> None:
    """Write the session's view to `path` (atomically); OSError when it cannot be written."""
    path = Path(path)
    spec = spec_of(session, db_path)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "database": {"url": spec.db_path}
        if isinstance(spec.db_path, str)
        else {"path": _relative(spec.db_path, path.parent), "absolute": str(spec.db_path)},
        "filters": {
            "hidden_entities": list(spec.hidden_entities),
            "hidden_categories": list(spec.hidden_categories),
            "disputed_only": spec.disputed_only,
            "search": spec.search,
            "hide_unmatched": spec.hide_unmatched,
        },
        "range": {"from": _iso(spec.range[0]), "to": _iso(spec.range[1])},
        "selection": {"id": spec.selection[0], "title": spec.selection[1]}
        if spec.selection
        else None,
    }
    with atomic_target(path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load(path: str | Path) -> ViewSpec:
    """Read a view file; ViewFileError says in one line what is wrong with it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        text = translate("ViewFileError", "{path}: no such view file")
        raise ViewFileError(text.format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        text = translate("ViewFileError", "{path}: cannot read it ({reason})")
        raise ViewFileError(text.format(path=path, reason=reason)) from None
    except json.JSONDecodeError as exc:
        text = translate("ViewFileError", "{path}: not a view file (bad JSON at line {line})")
        raise ViewFileError(text.format(path=path, line=exc.lineno)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        text = translate("ViewFileError", '{path}: not a view file (no "format": "{format}")')
        raise ViewFileError(text.format(path=path, format=FORMAT))
    version = data.get("version")
    if not isinstance(version, int) or not 1 <= version <= VERSION:
        text = translate(
            "ViewFileError", "{path}: view file version {version}; this app reads {ours}"
        )
        raise ViewFileError(text.format(path=path, version=repr(version), ours=VERSION))
    try:
        filters = _dict(data.get("filters") or {}, "filters")
        return ViewSpec(
            db_path=_database(_dict(data.get("database"), "database"), path),
            hidden_entities=_names(filters.get("hidden_entities"), "hidden_entities"),
            hidden_categories=_names(filters.get("hidden_categories"), "hidden_categories"),
            disputed_only=_flag(filters.get("disputed_only"), "disputed_only"),
            search=_text(filters.get("search"), "search"),
            hide_unmatched=_flag(filters.get("hide_unmatched"), "hide_unmatched"),
            range=_range(data.get("range")),
            selection=_selection(data.get("selection")),
        )
    except (TypeError, ValueError) as exc:
        raise ViewFileError(f"{path}: {exc}") from None


def apply(spec: ViewSpec, session: Session) -> None:
    """Show the view in `session`: filters, search, selection, then the time range.

    Names the database does not have (an entity since renamed) hide nothing.
    """
    store = session.store
    by_name = {e.name: e.id for e in store.entities.values()}
    session.filters.set(
        hidden_entities={by_name[n] for n in spec.hidden_entities if n in by_name},
        hidden_categories=set(spec.hidden_categories),
        disputed_only=spec.disputed_only,
        search=spec.search,
        hide_unmatched=spec.hide_unmatched,
    )
    if spec.selection:
        event_id = _find_event(session, *spec.selection)
        if event_id is not None:
            session.select(event_id)
    if spec.range:
        session.view.go_to(*spec.range)  # past the data, as an explicit --from/--to may


def _find_event(session: Session, event_id: int, title: str) -> int | None:
    """The saved id when it still has the saved title, else the visible event of that title."""
    store, shown = session.store, session.result.shown
    row = store.columns.row_of(event_id)
    if row is not None and shown[row] and store.records[event_id].title == title:
        return event_id
    # Candidates by title in SQL, then the first shown in time order (row order):
    # reading every visible record would read a million for a big file.
    ids = [r[0] for r in store.db.execute("SELECT id FROM events WHERE title = ?", [title])]
    rows = store.columns.rows_of([i for i in ids if isinstance(i, int)])
    rows = np.sort(rows[shown[rows]])
    for row in rows.tolist():  # the record's title, as the app reads it
        candidate = int(store.columns.ids[row])
        if store.records[candidate].title == title:
            return candidate
    return None


def _relative(db: Path, folder: Path) -> str:
    try:
        return Path(os.path.relpath(db, folder.resolve())).as_posix()
    except ValueError:  # another drive (Windows): only the absolute path will do
        return str(db)


def _where(database: str | Path) -> Path | str:
    return redact(database) if is_url(database) else Path(database).resolve()


def _database(entry: dict, view: Path) -> Path | str:
    url = entry.get("url")
    if url is not None:
        if not is_url(url):
            raise ValueError(f"database url is not an http:// or https:// address: {url!r}")
        return redact(url)
    tried = []
    for key, base in (("path", view.parent), ("absolute", None)):
        value = entry.get(key)
        if isinstance(value, str) and value:
            candidate = (base / value if base is not None else Path(value)).resolve()
            if candidate.is_file():
                return candidate
            tried.append(str(candidate))
    if not tried:
        raise ValueError("names no database")
    raise ValueError(f"its database is gone (looked for {' and '.join(dict.fromkeys(tried))})")


def _iso(seconds: float) -> str:
    return iso_moment(seconds)


def _seconds(text: object, name: str) -> float:
    try:
        moment = datetime.fromisoformat(_text(text, name))
    except ValueError:
        try:  # a year before 1, which Python's datetime cannot hold
            return PartialDate.parse(_text(text, name)).interval()[0]
        except PartialDateError:
            raise ValueError(f"{name} is not an ISO 8601 date-time: {text!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - _EPOCH
    return delta.days * 86400.0 + delta.seconds + delta.microseconds / 1e6


def _range(entry) -> tuple[float, float] | None:
    if entry is None:
        return None
    entry = _dict(entry, "range")
    t0, t1 = _seconds(entry.get("from"), "range.from"), _seconds(entry.get("to"), "range.to")
    if t1 <= t0:
        raise ValueError("range: to is not after from")
    return t0, t1


def _selection(entry) -> tuple[int, str] | None:
    if entry is None:
        return None
    entry = _dict(entry, "selection")
    event_id = entry.get("id")
    if not isinstance(event_id, int) or isinstance(event_id, bool):
        raise ValueError("selection: id is not a whole number")
    return event_id, _text(entry.get("title"), "selection.title")


def _dict(value, name: str) -> dict:
    if not isinstance(value, dict):
        raise ValueError(f"{name} is not an object")
    return value


def _names(value, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{name} is not a list of names")
    return tuple(value)


def _flag(value, name: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"{name} is not true or false")
    return value


def _text(value, name: str) -> str:
    if value is None and name == "search":
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name} is not text")
    return value
