"""What the user chose to see: the filter model and the pure function that applies it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from psygnal import Signal, SignalGroup

from ..data.columns import EventColumns


class FilterEvents(SignalGroup):
    changed = Signal(tuple)  # the names of the fields that really changed, in one set()


class FilterState:
    """Filters; `events.changed` fires once per set() that really changes any."""

    def __init__(self) -> None:
        self.events = FilterEvents()
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
        if changed:
            self.events.changed.emit(tuple(changed))

    def as_dict(self) -> dict:
        return {k: sorted(v) if isinstance(v, frozenset) else v for k, v in self._values.items()}

    def update_from(self, saved: dict) -> None:
        self.set(**{k: v for k, v in saved.items() if k in self._values})


@dataclass(frozen=True, eq=False)
class FilterResult:
    """What the filters leave, as masks over the store's columns.

    `shown` marks visible event rows (time order); `link_shown` the (event,
    entity) links drawn in lanes. It holds no records: a view of a million
    events reads only those it draws (through the store).
    """

    columns: EventColumns
    shown: np.ndarray  # bool per event row
    link_shown: np.ndarray  # bool per link
    matched_mask: np.ndarray | None  # bool per event row; None when there is no search
    lanes: tuple[int, ...]  # entity ids with a lane, top to bottom
    counts: dict[int, int] = field(default_factory=dict)  # entity id -> visible events
    whole_lanes: bool = False  # every lane shows all of its links or none

    @cached_property
    def positions(self) -> np.ndarray:
        """Where the visible events are in `columns` (their row there), in time
        order; read-only when every event is visible (the columns' own)."""
        if self.shown is self.columns.every_row:
            return self.columns.every_position
        return np.flatnonzero(self.shown)

    @cached_property
    def count(self) -> int:
        """How many events are visible (counted, not listed)."""
        if self.shown is self.columns.every_row:
            return len(self.columns)
        return int(np.count_nonzero(self.shown))

    @cached_property
    def ids(self) -> np.ndarray:
        return self.columns.ids[self.positions]

    @cached_property
    def matched_visible(self) -> int:
        if self.matched_mask is None:
            return 0
        if self.shown is self.columns.every_row:
            return int(np.count_nonzero(self.matched_mask))
        return int(np.count_nonzero(self.matched_mask & self.shown))


def apply(
    columns: EventColumns,
    filters: FilterState,
    matched: np.ndarray | None,
    lane_order: list[int],
) -> FilterResult:
    """Apply filters. An event stays while at least one of its entities is shown.

    Entity counts follow every filter except the entity checkboxes themselves,
    so an unchecked entity still tells how many events it would bring back.
    """
    # Every row kept (the common case): the columns' shared, read-only masks,
    # a million gathers and tens of megabytes cheaper at ten million.
    keep = columns.every_row
    hidden_codes = [i for i, c in enumerate(columns.categories) if c in filters.hidden_categories]
    if hidden_codes:
        keep = keep & ~np.isin(columns.category, hidden_codes)
    if filters.disputed_only:
        keep = keep & columns.disputed
    if matched is not None and filters.hide_unmatched:
        keep = keep & matched
    everything = keep is columns.every_row or bool(keep.all())
    if everything:
        keep = columns.every_row
    link_keep = columns.every_link if everything else keep[columns.link_row]
    lanes_n = len(columns.lane_entities)
    per_lane = (
        columns.lane_sizes
        if everything
        else np.bincount(columns.link_lane[link_keep], minlength=lanes_n)
    )
    counts = dict(zip(columns.lane_entities.tolist(), per_lane.tolist(), strict=True))
    hidden = np.isin(columns.lane_entities, np.fromiter(filters.hidden_entities, np.int64))
    if hidden.any():
        # Links are sorted by lane: a lane's flag repeated, not gathered per link.
        lane_links = np.repeat(~hidden, columns.lane_sizes)
        link_shown = lane_links if everything else link_keep & lane_links
        if everything:
            shown = columns.rows_in_lanes(~hidden)
        else:
            shown = np.zeros(len(columns), bool)
            shown[columns.link_row[link_shown]] = True
    else:  # every event has a link (its own lane when it names no entity)
        link_shown, shown = link_keep, keep
    with_lane = set(columns.lane_entities[(per_lane > 0) & ~hidden].tolist())
    lanes = tuple(e for e in lane_order if e in with_lane)
    return FilterResult(
        columns, shown, link_shown, matched, lanes, counts, whole_lanes=bool(everything)
    )
