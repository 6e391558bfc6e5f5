"""Lane order: by entity kind, then by the date of each entity's first event."""

from __future__ import annotations

from dataclasses import dataclass

from .records import Entity, Event

# Regulators first, then the firms they regulate, their products, people, places.
LANE_KINDS = ("government", "company", "product", "person", "place")
KIND_ORDER = {kind: i for i, kind in enumerate(LANE_KINDS)}


def lane_order(entities: dict[int, Entity], events: dict[int, Event]) -> list[int]:
    first: dict[int, float] = {}
    for event in events.values():
        for entity_id in event.entity_ids:
            first[entity_id] = min(first.get(entity_id, event.t0), event.t0)
    return sorted(
        entities,
        key=lambda e: (
            KIND_ORDER.get(entities[e].kind, len(KIND_ORDER)),
            first.get(e, float("inf")),
            entities[e].name.casefold(),
        ),
    )


@dataclass(frozen=True)
class Mark:
    """One event drawn in one lane; a multi-entity event has a mark per lane."""

    event: Event
    lane: int  # row index, 0 at the top


def marks(visible: tuple[Event, ...], lanes: tuple[int, ...], no_entity: int = 0) -> list[Mark]:
    row = {entity_id: i for i, entity_id in enumerate(lanes)}
    out = []
    for event in visible:
        for entity_id in event.entity_ids or (no_entity,):
            if entity_id in row:
                out.append(Mark(event, row[entity_id]))
    return out
