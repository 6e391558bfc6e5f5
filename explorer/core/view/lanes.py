"""Lane order: by entity kind, then by the date of each entity's first event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..data.columns import SECOND, EventColumns
from ..data.records import Entity, Event

NO_ENTITY = 0  # lane id for events that name no entity

# Regulators first, then the firms they regulate, their products, people, places.
LANE_KINDS = ("government", "company", "product", "person", "place")
KIND_ORDER = {kind: i for i, kind in enumerate(LANE_KINDS)}


def lane_order(entities: dict[int, Entity], columns: EventColumns) -> list[int]:
    starts = columns.lane_starts
    first = dict(zip(columns.lane_entities.tolist(), starts.tolist(), strict=True))
    # Events that name no entity get a lane of their own, last.
    last = [NO_ENTITY] if NO_ENTITY in first and NO_ENTITY not in entities else []
    return [*_by_kind_then_first(entities, first), *last]


def _by_kind_then_first(entities: dict[int, Entity], first: dict[int, float]) -> list[int]:
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
    lane: int  # lane index, 0 at the top
    y: float  # vertical position: the lane's centre, or a row within the lane

    @property
    def x(self) -> float:
        """Where the marker sits: a span's start, a second-precise event's instant,
        else the middle of its period (as EventColumns.x)."""
        e = self.event
        return e.t0 if e.is_span or e.precision == "second" else (e.t0 + e.t1) / 2


LANE_FILL = 0.8  # share of a lane's height that its rows use


def stack(marks: list[Mark], rows_per_lane: int, extent: Callable[[Mark], float]) -> list[Mark]:
    """Spread each lane's marks over up to `rows_per_lane` rows so that marks and
    their labels overlap as little as the rows allow; the marks come back in the
    order given (the window keeps arrays in that order beside them).

    `extent(mark)` is how far right of its x a mark reaches with its label, in
    the same unit as time (it depends on the zoom). Greedy, in time order: a
    mark takes the first row that is free at its x, else a new row while there
    is room, else the row that frees up first.
    """
    if rows_per_lane <= 1:
        return marks
    by_lane: dict[int, list[int]] = {}
    for i, m in enumerate(marks):
        by_lane.setdefault(m.lane, []).append(i)
    out = list(marks)
    for lane, indexes in by_lane.items():
        ends: list[float] = []
        placed = []
        for i in sorted(indexes, key=lambda i: (marks[i].x, marks[i].event.id)):
            m = marks[i]
            free = [r for r, end in enumerate(ends) if end <= m.x]
            if free:
                row = free[0]
            elif len(ends) < rows_per_lane:
                row = len(ends)
                ends.append(0.0)
            else:
                row = min(range(len(ends)), key=ends.__getitem__)
            ends[row] = max(m.event.t1, m.x + extent(m))
            placed.append((i, row))
        pitch = LANE_FILL / len(ends)
        top = lane - LANE_FILL / 2
        for i, row in placed:
            out[i] = Mark(marks[i].event, lane, top + (row + 0.5) * pitch)
    return out


MARKER_PX = 11.0  # a marker's size on screen
PERIOD_BAR_PX = 5.0  # a period's bar (a year ... a minute), when it is drawn as the mark
MAX_DROP_PX = 8.0  # how far below its row's centre a period's bar sits, at most


def is_drawn_as_period(event: Event, seconds_per_px: float) -> bool:
    """An event dated to a year, month, day, hour or minute whose period is wider
    than a marker is drawn as that period, with no point in it that could be read
    as a finer date; a second-precise event is always a point."""
    if event.is_span or event.precision == "second":
        return False
    return (event.t1 - event.t0) > MARKER_PX * seconds_per_px


def drawn_as_periods(columns: EventColumns, rows: np.ndarray, seconds_per_px: float) -> np.ndarray:
    """is_drawn_as_period for many rows of `columns` at once."""
    wide = (columns.t1[rows] - columns.t0[rows]) > MARKER_PX * seconds_per_px
    return wide & ~columns.span[rows] & (columns.precision[rows] < SECOND)


def period_bar_drop(row_px: float) -> float:
    """A period's bar lies low in its row, so that titles fit above it: the
    label band of a row is the part above its bars."""
    return max(0.0, min(MAX_DROP_PX, row_px / 2 - PERIOD_BAR_PX / 2 - 1.5))


def mark_box(
    mark: Mark, seconds_per_px: float, row_px: float, to_px
) -> tuple[float, float, float, float]:
    """The pixel box (left, top, right, bottom) a mark covers; `to_px(t, y)` maps
    view coordinates to pixels. A span's box is its start marker: its bar is its own."""
    e = mark.event
    if is_drawn_as_period(e, seconds_per_px):
        x0, y = to_px(e.t0, mark.y)
        x1, _ = to_px(e.t1, mark.y)
        y += period_bar_drop(row_px)
        return (x0, y - PERIOD_BAR_PX / 2, x1, y + PERIOD_BAR_PX / 2)
    x, y = to_px(mark.x, mark.y)
    half = MARKER_PX / 2 + 1
    return (x - half, y - half, x + half, y + half)
