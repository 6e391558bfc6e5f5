"""What a store could not use, counted and named once: the window's status bar
and the command line's warnings both read these lines. Qt-free."""

from __future__ import annotations

import sqlite3

from .dates import short_repr

SHOWN = 3  # examples named in a one-line summary


def broken_links(conn: sqlite3.Connection, known) -> list[str]:
    """One text per event_entities row whose entity is not in `known` (the
    entities the store loaded): its event is drawn without that lane."""
    # Grouped on the (entity_id, event_id) index: a few ms for a million links.
    named = [r[0] for r in conn.execute("SELECT entity_id FROM event_entities GROUP BY 1")]
    missing = [n for n in named if n not in known]
    found = []
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        rows = conn.execute(
            "SELECT entity_id, event_id FROM event_entities WHERE entity_id IN "
            f"({','.join('?' * len(chunk))}) ORDER BY entity_id, event_id",
            chunk,
        )
        found += [f"event {short_repr(e)} names entity {short_repr(n)}" for n, e in rows]
    return found


def links_note(broken: list[str]) -> str | None:
    if not broken:
        return None
    return f"{len(broken)} links to missing entities ignored: {_first(broken)}"


def skipped_note(skipped: list[str]) -> str | None:
    if not skipped:
        return None
    return f"{len(skipped)} broken rows skipped: {_first(skipped)}"


def _first(items: list[str]) -> str:
    more = "; …" if len(items) > SHOWN else ""
    return "; ".join(items[:SHOWN]) + more


def warnings(store) -> list[str]:
    """One line per kind of thing `store` left out, with a count and the first few."""
    return [n for n in [skipped_note(store.skipped)] if n] + list(store.notes)
