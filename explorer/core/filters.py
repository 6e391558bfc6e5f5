"""What the user chose to see: the filter model and the pure function that applies it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .observable import signals
from .records import Entity, Event

NO_ENTITY = 0  # lane id for events that name no entity


class FilterState:
    """Filters, each field emitting its own event when it really changes."""

    FIELDS = ("hidden_entities", "hidden_categories", "disputed_only", "search", "hide_unmatched")

    def __init__(self) -> None:
        self.events = signals(*self.FIELDS, "changed")
        self._values = {
            "hidden_entities": frozenset(),
            "hidden_categories": frozenset(),
            "disputed_only": False,
            "search": "",
            "hide_unmatched": False,
        }

    def __getattr__(self, name):
        values = self.__dict__.get("_values", {})
        if name in values:
            return values[name]
        raise AttributeError(name)

    def set(self, **changes) -> None:
        changed = []
        for name, value in changes.items():
            if name not in self._values:
                raise AttributeError(name)
            if isinstance(self._values[name], frozenset):
                value = frozenset(value)
            if self._values[name] != value:
                self._values[name] = value
                changed.append(name)
        for name in changed:
            getattr(self.events, name).emit(self._values[name])
        if changed:
            self.events.changed.emit(tuple(changed))

    def as_dict(self) -> dict:
        return {k: sorted(v) if isinstance(v, frozenset) else v for k, v in self._values.items()}

    def update_from(self, saved: dict) -> None:
        self.set(**{k: v for k, v in saved.items() if k in self._values})


@dataclass(frozen=True)
class FilterResult:
    """What the filters leave: visible events, search matches, lanes and counts."""

    visible: tuple[Event, ...]
    matched: frozenset[int] | None  # None when there is no search
    lanes: tuple[int, ...]  # entity ids with a lane, top to bottom
    counts: dict[int, int] = field(default_factory=dict)  # entity id -> visible events

    def is_dimmed(self, event_id: int) -> bool:
        return self.matched is not None and event_id not in self.matched


def apply(
    events: dict[int, Event],
    entities: dict[int, Entity],
    filters: FilterState,
    matched: set[int] | None,
    lane_order: list[int],
) -> FilterResult:
    """Apply filters. An event stays while at least one of its entities is shown.

    Entity counts follow every filter except the entity checkboxes themselves,
    so an unchecked entity still tells how many events it would bring back.
    """
    hidden = filters.hidden_entities
    kept, counts = [], Counter()
    for event in sorted(events.values(), key=lambda e: (e.t0, e.t1, e.id)):
        if event.category in filters.hidden_categories:
            continue
        if filters.disputed_only and not event.disputed:
            continue
        if matched is not None and filters.hide_unmatched and event.id not in matched:
            continue
        owners = event.entity_ids or (NO_ENTITY,)
        counts.update(owners)
        if any(e not in hidden for e in owners):
            kept.append(event)
    shown = {e for ev in kept for e in (ev.entity_ids or (NO_ENTITY,)) if e not in hidden}
    lanes = tuple(e for e in lane_order if e in shown)
    return FilterResult(tuple(kept), None if matched is None else frozenset(matched), lanes, counts)
