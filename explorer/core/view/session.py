"""One open database and everything the user has chosen about it. Qt-free.

Views subscribe to `events` and call methods; state flows one way:
user action -> session -> events -> views.
"""

from __future__ import annotations

import numpy as np
from psygnal import Signal, SignalGroup

from ..data.columns import RunningEnd
from ..data.store import Store
from .filters import FilterResult, FilterState, apply
from .lanes import lane_order
from .viewrange import ViewRange


class SessionEvents(SignalGroup):
    result = Signal(object)  # the new FilterResult
    selection = Signal(object)  # the selected event id, or None
    edited = Signal(object)  # a Change (data.changes) the store now holds, after `result`
    language = Signal(object)  # the language of event texts and entity names now, or None


class Session:
    def __init__(self, store: Store):
        self.store = store
        self.events = SessionEvents()
        self.filters = FilterState()
        self.view = ViewRange()
        self.selection: int | None = None
        self.lane_order = lane_order(store.entities, store.columns)
        self._matched = None  # search matches as a mask over store.columns
        self._search_runner = None  # None: search here, synchronously
        self._search_for = ""  # the search whose answer is awaited
        self._closers: list = []  # called by close(): workers views started
        self._reach = None  # (starts, latest end so far) of the shown events, per result
        self.result: FilterResult = self._compute()
        self.filters.events.changed.connect(self._on_filters)
        self.view.set_data_span(*self.data_span())

    @property
    def language(self) -> str | None:
        """The language event titles, summaries and entity names are shown in
        (a tag of store.languages), or None for the originals."""
        return self.store.language

    def set_language(self, wanted: str | None) -> str | None:
        """Show texts in `wanted` ("de", "de_DE", the interface's language) where
        the database translates them, else the original; emits `language` on a change."""
        before = self.store.language
        lang = self.store.set_language(wanted)
        if lang != before:
            self.events.language.emit(lang)
        return lang

    @property
    def categories(self) -> list[str]:
        return sorted(c for c in self.store.columns.categories if c)

    def data_span(self) -> tuple[float, float]:
        columns = self.store.columns
        if not len(columns):
            return 0.0, 86400.0 * 365
        return float(columns.t0.min()), float(columns.t1.max())

    def shown_span(self) -> tuple[float, float] | None:
        """The first start and last end of the events the filters show; None: none."""
        shown = self.result.shown
        latest = self._shown_reach().upto(len(shown))
        if latest == -np.inf:
            return None
        first = 0 if shown is self.store.columns.every_row else int(shown.argmax())
        return float(self.store.columns.t0[first]), latest

    def shown_in_range(self) -> bool:
        """Whether any event the filters show overlaps the view's range."""
        v0, v1 = self.view.range
        before = int(np.searchsorted(self.store.columns.t0, v1, side="left"))  # start before v1
        return self._shown_reach().upto(before) > v0  # and one of them ends after v0

    def _shown_reach(self) -> RunningEnd:
        # Rows are in time order: the latest end of the shown events among the
        # first k answers "does any of the first k end after v0" per pan.
        if self._reach is None:
            columns, shown = self.store.columns, self.result.shown
            if shown is columns.every_row:  # the columns' own, worked out once
                self._reach = columns.reach
            else:
                self._reach = RunningEnd(columns.t1, shown)
        return self._reach

    def fit_shown(self) -> None:
        """Fit the view to the events the filters show; to all the data when none is."""
        span = self.shown_span()
        if span is None:
            self.view.fit()
        else:
            self.view.fit_to(*span)

    def use_search_runner(self, runner) -> None:
        """Search elsewhere (a worker thread): `runner(text, deliver)` must later
        call `deliver(text, mask)` on this session's thread. None: search here."""
        self._search_runner = runner

    def _on_filters(self, changed: tuple[str, ...]) -> None:
        if "search" in changed:
            text = self.filters.search.strip()
            self._search_for = text
            runner = self._search_runner
            if not text:
                self._matched = None
            elif runner is None:
                self._matched = self.store.search_mask(text)
            else:
                runner(text, self._search_answered)
                if changed == ("search",):
                    return  # the answer redraws; until then the last result stays
        self._publish()

    def data_changed(self, change) -> None:
        """After an edit (the store already updated): lanes, search and result again,
        keeping the filters, the range and (while it exists) the selection."""
        if self._matched is not None:  # the matches, carried over to the new rows by id
            old = self.result.columns
            matched = np.zeros(len(self.store.columns), bool)
            matched[self.store.columns.rows_of(old.ids[self._matched])] = True
            self._matched = matched
        self.lane_order = lane_order(self.store.entities, self.store.columns)
        self.view.widen(*self.data_span())  # never narrows or moves what is on screen
        if self.filters.search.strip():
            self._on_filters(("search", "edit"))  # the new text is searched at once
        else:
            self._publish()
        if change.select is not None and self._is_shown(change.select):
            self.select(change.select)
        self.events.edited.emit(change)

    def on_close(self, closer) -> None:
        """Call `closer()` when the session closes (a view's worker thread)."""
        self._closers.append(closer)

    def close(self, keep_store: bool = False) -> None:
        """`keep_store`: another session goes on showing it (after an edit)."""
        for closer in self._closers:
            closer()
        if hasattr(self._search_runner, "close"):
            self._search_runner.close()
        if not keep_store:
            self.store.close()

    def _search_answered(self, text: str, mask) -> None:
        if text != self._search_for:
            return  # stale: the search changed while this one ran
        self._matched = mask
        self._publish()

    def _publish(self) -> None:
        self.result = self._compute()
        self._reach = None
        if self.selection is not None and not self._is_shown(self.selection):
            self.select(None)
        self.events.result.emit(self.result)

    def _compute(self) -> FilterResult:
        return apply(self.store.columns, self.filters, self._matched, self.lane_order)

    def _is_shown(self, event_id: int) -> bool:
        row = self.store.columns.row_of(event_id)
        return row is not None and bool(self.result.shown[row])

    def select(self, event_id: int | None) -> None:
        if event_id != self.selection:
            self.selection = event_id
            self.events.selection.emit(event_id)
            row = None if event_id is None else self.store.columns.row_of(event_id)
            if row is not None:
                columns = self.store.columns
                self.view.show(float(columns.t0[row]), float(columns.t1[row]))

    # Convenience actions the sidebar and detail panel call.
    def set_entities_visible(self, entity_ids, visible: bool) -> None:
        """Show or hide the lanes of `entity_ids`, in one filter change."""
        hidden = set(self.filters.hidden_entities)
        (hidden.difference_update if visible else hidden.update)(entity_ids)
        self.filters.set(hidden_entities=hidden)

    def only_entity(self, entity_id: int) -> None:
        self.filters.set(hidden_entities=set(self.store.entities) - {entity_id})

    def show_all_entities(self, visible: bool = True) -> None:
        self.filters.set(hidden_entities=set() if visible else set(self.store.entities))

    def next_match(self) -> int | None:
        """Select the next search match after the selection (in time order)."""
        result = self.result
        if result.matched_mask is None:
            return None
        rows = np.flatnonzero(result.matched_mask & result.shown)
        if not len(rows):
            return None
        current = None if self.selection is None else self.store.columns.row_of(self.selection)
        at = 0 if current is None else int(np.searchsorted(rows, current, side="right"))
        nxt = int(self.store.columns.ids[rows[at % len(rows)]])
        self.select(nxt)
        return nxt
