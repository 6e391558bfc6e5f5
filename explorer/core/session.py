"""One open database and everything the user has chosen about it. Qt-free.

Views subscribe to `events` and call methods; state flows one way:
user action -> session -> events -> views.
"""

from __future__ import annotations

from .filters import FilterResult, FilterState, apply
from .lanes import lane_order
from .observable import signals
from .store import Store
from .viewrange import ViewRange


class Session:
    def __init__(self, store: Store):
        self.store = store
        self.events = signals("result", "selection")
        self.filters = FilterState()
        self.view = ViewRange()
        self.selection: int | None = None
        self.lane_order = lane_order(store.entities, store.events)
        self._matched: set[int] | None = None
        self.result: FilterResult = self._compute()
        self.filters.events.changed.connect(self._on_filters)
        self.view.set_data_span(*self.data_span())

    @property
    def categories(self) -> list[str]:
        return sorted({e.category for e in self.store.events.values() if e.category})

    def data_span(self) -> tuple[float, float]:
        events = self.store.events.values()
        if not events:
            return 0.0, 86400.0 * 365
        return min(e.t0 for e in events), max(e.t1 for e in events)

    def _on_filters(self, changed: tuple[str, ...]) -> None:
        if "search" in changed:
            text = self.filters.search.strip()
            self._matched = self.store.search(text) if text else None
        self.result = self._compute()
        if self.selection is not None and self.selection not in {e.id for e in self.result.visible}:
            self.select(None)
        self.events.result.emit(self.result)

    def _compute(self) -> FilterResult:
        return apply(
            self.store.events, self.store.entities, self.filters, self._matched, self.lane_order
        )

    def select(self, event_id: int | None) -> None:
        if event_id != self.selection:
            self.selection = event_id
            self.events.selection.emit(event_id)
            if event_id is not None:
                event = self.store.events[event_id]
                self.view.show(event.t0, event.t1)

    # Convenience actions the sidebar and detail panel call.
    def set_entity_visible(self, entity_id: int, visible: bool) -> None:
        hidden = set(self.filters.hidden_entities)
        (hidden.discard if visible else hidden.add)(entity_id)
        self.filters.set(hidden_entities=hidden)

    def only_entity(self, entity_id: int) -> None:
        self.filters.set(hidden_entities=set(self.store.entities) - {entity_id})

    def show_all_entities(self, visible: bool = True) -> None:
        self.filters.set(hidden_entities=set() if visible else set(self.store.entities))

    def next_match(self) -> int | None:
        """Select the next search match after the selection (in time order)."""
        if self.result.matched is None:
            return None
        ordered = [e.id for e in self.result.visible if e.id in self.result.matched]
        if not ordered:
            return None
        if self.selection in ordered:
            nxt = ordered[(ordered.index(self.selection) + 1) % len(ordered)]
        else:
            nxt = ordered[0]
        self.select(nxt)
        return nxt
