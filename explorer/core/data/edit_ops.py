"""The edits a user can make, each as a Change built from the rows it replaces. Qt-free.

Each function reads the current rows through a StoreWriter, checks the new
values against the contract (docs/schema.md), and returns the Change; the
caller commits it (Editor.do). Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import dates
from .changes import ENTITY, EVENT, EVENT_COLUMNS, SOURCE, Change, Item
from .schema import ENTITY_KINDS
from .store_writer import StoreWriter


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name for it
    """Marks `text` for Qt's translation tools (pyside6-lupdate reads this name);
    the core stays Qt-free, and the window translates it (edit_control.said)."""
    return text


class EditError(ValueError):
    """An edit that would break the contract; the message says what to fix."""


@dataclass
class EventDraft:
    """What the event editor holds."""

    title: str
    start: str
    end: str | None = None
    summary: str = ""
    category: str = ""
    disputed: bool = False
    note: str = ""
    entity_ids: list[int] = field(default_factory=list)
    citations: list[tuple[int, str, str]] = field(default_factory=list)  # source, quote, role

    @classmethod
    def of(cls, snapshot: dict) -> EventDraft:
        row = snapshot["row"]
        return cls(
            title=row["title"] or "",
            start=str(row["start"] or ""),
            end=row["end"] or None,
            summary=row["summary"] or "",
            category=row["category"] or "",
            disputed=bool(row["disputed"]),
            note=row["note"] or "",
            entity_ids=[e for e, _role in snapshot["links"]],
            citations=[tuple(c) for c in snapshot["citations"]],
        )


def quote_problem(writer: StoreWriter, source_id: int, quote: str) -> str | None:
    """Why a quote cannot stand: empty, or not verbatim in its source's stored text."""
    if not quote.strip():
        return "the quote is empty"
    source = writer.source(source_id)
    if source is None:
        return f"source {source_id} does not exist"
    text = source.get("text")
    if text and quote not in text:
        return "not found word for word in the source's text"
    return None


def _check(writer: StoreWriter, draft: EventDraft) -> None:
    if not draft.title.strip():
        raise EditError("The event needs a title.")
    for name, value in (("start", draft.start), ("end", draft.end)):
        if value is None or (name == "end" and not value):
            continue
        try:
            dates.PartialDate.parse(value)
        except dates.PartialDateError as exc:
            raise EditError(f"The {name} is not a date: {exc}") from exc
    if draft.end and dates.end_before_start(draft.start, draft.end):
        raise EditError(f"The end {draft.end} is before the start {draft.start}.")
    if not draft.citations:
        raise EditError("Every event cites at least one source passage: add a citation.")
    if draft.disputed and not any(role == "denial" for _s, _q, role in draft.citations):
        raise EditError("A disputed event cites the denial: add a citation with role denial.")
    for source_id, quote, _role in draft.citations:
        problem = quote_problem(writer, source_id, quote)
        if problem:
            raise EditError(f"Citation “{quote[:60]}”: {problem}.")


def _snapshot(event_id: int, draft: EventDraft, old: dict | None) -> dict:
    """The editor's values; what it does not show (translations, date_inferred) as was."""
    roles = dict(old["links"]) if old else {}
    kept = {k: v for k, v in old["row"].items() if k not in EVENT_COLUMNS} if old else {}
    return {
        "translations": old.get("translations", []) if old else [],
        "row": {
            **kept,
            "id": event_id,
            "title": draft.title.strip(),
            "summary": draft.summary.strip() or None,
            "start": draft.start.strip(),
            "end": (draft.end or "").strip() or None,
            "category": draft.category.strip() or None,
            "disputed": int(draft.disputed),
            "note": draft.note.strip() or None,
        },
        "links": [[e, roles.get(e)] for e in dict.fromkeys(draft.entity_ids)],
        "citations": [[s, q, r or "claim"] for s, q, r in draft.citations],
    }


def _named(title: str) -> str:
    return f"“{title if len(title) <= 40 else title[:39] + '…'}”"


def new_event(writer: StoreWriter, draft: EventDraft) -> Change:
    _check(writer, draft)
    event_id = writer.next_id("events")
    item = Item(EVENT, event_id, None, _snapshot(event_id, draft, None))
    return Change(
        (QT_TRANSLATE_NOOP("Changes", "New Event %1"), _named(draft.title)),
        (item,),
        select=event_id,
    )


def edit_event(writer: StoreWriter, event_id: int, draft: EventDraft) -> Change:
    _check(writer, draft)
    old = writer.event(event_id)
    if old is None:
        raise EditError(f"Event {event_id} no longer exists.")
    item = Item(EVENT, event_id, old, _snapshot(event_id, draft, old))
    return Change(
        (QT_TRANSLATE_NOOP("Changes", "Edit %1"), _named(draft.title)), (item,), select=event_id
    )


def delete_event(writer: StoreWriter, event_id: int) -> Change:
    old = writer.event(event_id)
    if old is None:
        raise EditError(f"Event {event_id} no longer exists.")
    return Change(
        (QT_TRANSLATE_NOOP("Changes", "Delete %1"), _named(old["row"]["title"])),
        (Item(EVENT, event_id, old, None),),
    )


def duplicate_event(writer: StoreWriter, event_id: int) -> Change:
    old = writer.event(event_id)
    if old is None:
        raise EditError(f"Event {event_id} no longer exists.")
    new_id = writer.next_id("events")
    copy = {**old, "row": {**old["row"], "id": new_id}}
    what = (QT_TRANSLATE_NOOP("Changes", "Duplicate %1"), _named(old["row"]["title"]))
    return Change(what, (Item(EVENT, new_id, None, copy),), select=new_id)


# Entities
def _check_entity(writer: StoreWriter, entity_id: int | None, name: str, kind: str) -> None:
    if not name.strip():
        raise EditError("The entity needs a name.")
    if kind not in ENTITY_KINDS:
        raise EditError(f"The kind must be one of {', '.join(ENTITY_KINDS)}.")
    row = writer.conn.execute(
        "SELECT id FROM entities WHERE name = ? AND id IS NOT ?", [name.strip(), entity_id]
    ).fetchone()
    if row:
        raise EditError(f"An entity named {name.strip()} already exists: merge them instead.")


def new_entity(writer: StoreWriter, name: str, kind: str, color: str) -> tuple[Change, int]:
    _check_entity(writer, None, name, kind)
    entity_id = writer.next_id("entities")
    row = {"id": entity_id, "name": name.strip(), "kind": kind, "color": color}
    return Change(
        (QT_TRANSLATE_NOOP("Changes", "New Entity %1"), _named(name.strip())),
        (Item(ENTITY, entity_id, None, row),),
    ), (entity_id)


def edit_entity(writer: StoreWriter, entity_id: int, **values) -> Change:
    """Rename, recolour or change the kind: `values` among name, kind, color."""
    old = writer.entity(entity_id)
    if old is None:
        raise EditError(f"Entity {entity_id} no longer exists.")
    new = {**old, **values}
    new["name"] = new["name"].strip()
    _check_entity(writer, entity_id, new["name"], new["kind"])
    verbs = {
        "name": QT_TRANSLATE_NOOP("Changes", "Rename %1"),
        "color": QT_TRANSLATE_NOOP("Changes", "Recolour %1"),
        "kind": QT_TRANSLATE_NOOP("Changes", "Change Kind of %1"),
    }
    template = (
        verbs[next(iter(values))] if len(values) == 1 else QT_TRANSLATE_NOOP("Changes", "Edit %1")
    )
    return Change((template, _named(old["name"])), (Item(ENTITY, entity_id, old, new),))


def merge_entities(writer: StoreWriter, keep: int, gone: int) -> Change:
    """`gone`'s events name `keep` instead, and `gone` is deleted."""
    if keep == gone:
        raise EditError("Pick two different entities to merge.")
    kept, old = writer.entity(keep), writer.entity(gone)
    if kept is None or old is None:
        raise EditError("One of the entities no longer exists.")
    items = []
    for event_id in writer.events_naming(gone):
        before = writer.event(event_id)
        links, seen = [], set()
        for entity_id, role in before["links"]:
            entity_id = keep if entity_id == gone else entity_id
            if entity_id not in seen:
                seen.add(entity_id)
                links.append([entity_id, role])
        items.append(Item(EVENT, event_id, before, {**before, "links": links}))
    items.append(Item(ENTITY, gone, old, None))
    return Change(
        (
            QT_TRANSLATE_NOOP("Changes", "Merge %1 into %2"),
            _named(old["name"]),
            _named(kept["name"]),
        ),
        tuple(items),
    )


def delete_entity(writer: StoreWriter, entity_id: int) -> Change:
    old = writer.entity(entity_id)
    if old is None:
        raise EditError(f"Entity {entity_id} no longer exists.")
    users = writer.events_naming(entity_id)
    if users:
        shown = ", ".join(str(i) for i in users[:10]) + (" …" if len(users) > 10 else "")
        raise EditError(
            f"{old['name']} is named by {len(users)} event(s) ({shown}): "
            "remove it from them, or merge it into another entity."
        )
    return Change(
        (QT_TRANSLATE_NOOP("Changes", "Delete %1"), _named(old["name"])),
        (Item(ENTITY, entity_id, old, None),),
    )


# Sources
SOURCE_FIELDS = ("file", "url", "outlet", "published", "language", "title", "text")


def new_source(writer: StoreWriter, **values) -> tuple[Change, int]:
    if not (values.get("text") or "").strip():
        raise EditError("The source has no text: open a file or paste its text.")
    published = values.get("published")
    if published and not dates.is_valid(published):
        raise EditError(f"The publication date {published} is not a date.")
    source_id = writer.next_id("sources")
    row = {"id": source_id, **{k: values.get(k) or None for k in SOURCE_FIELDS}}
    name = values.get("title") or values.get("file") or values.get("outlet") or "source"
    return Change(
        (QT_TRANSLATE_NOOP("Changes", "Add Source %1"), _named(name)),
        (Item(SOURCE, source_id, None, row),),
    ), source_id


def set_source_text(writer: StoreWriter, source_id: int, text: str) -> Change:
    """Store a source's text (a bundled source's article, found beside the data)."""
    old = writer.source(source_id)
    if old is None:
        raise EditError(f"Source {source_id} no longer exists.")
    name = old.get("title") or old.get("file") or "source"
    item = Item(SOURCE, source_id, old, {**old, "text": text})
    return Change((QT_TRANSLATE_NOOP("Changes", "Store Text of %1"), _named(name)), (item,))
