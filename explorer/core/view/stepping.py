"""Moving the selection by keys: to the previous or next shown event in time,
and to the nearest event in the lane above or below. Qt-free.

An event with several entities sits in several lanes; `Stepper.lane` remembers
which of them the user is in, so Up then Down comes back to the same lane.
"""

from __future__ import annotations

import numpy as np

from .session import Session


class Stepper:
    def __init__(self, session: Session):
        self.session = session
        self.lane: int | None = None  # entity id of the lane the selection was reached in

    def _row(self) -> int | None:
        selected = self.session.selection
        return None if selected is None else self.session.store.columns.row_of(selected)

    def lanes_of(self, row: int) -> list[int]:
        """The shown lanes (entity ids, top to bottom) event `row` has a mark in."""
        columns, result = self.session.store.columns, self.session.result
        links = np.flatnonzero((columns.link_row == row) & result.link_shown)
        entities = set(columns.lane_entities[columns.link_lane[links]].tolist())
        return [lane for lane in result.lanes if lane in entities]

    def current_lane(self) -> int | None:
        row = self._row()
        if row is None:
            return None
        lanes = self.lanes_of(row)
        if self.lane in lanes:
            return self.lane
        return lanes[0] if lanes else None

    def step_time(self, step: int) -> int | None:
        """Select the shown event `step` places later (negative: earlier) in time;
        with none selected, the first (or last) one in the view. Returns its id."""
        session = self.session
        rows = session.result.positions  # shown rows, in time order
        if not len(rows):
            return None
        row = self._row()
        if row is None or not session.result.shown[row]:
            x = session.store.columns.x[rows]
            lo, hi = session.view.range
            inside = np.flatnonzero((x >= lo) & (x <= hi))
            pick = (inside[0] if step > 0 else inside[-1]) if len(inside) else 0
        else:
            at = int(np.searchsorted(rows, row))
            pick = min(max(at + step, 0), len(rows) - 1)
        return self._select(int(rows[pick]), keep_lane=True)

    def step_lane(self, step: int) -> int | None:
        """Select the event nearest in time in the lane `step` lanes below (negative:
        above) the current one; lanes with no shown event in them are passed over."""
        session = self.session
        columns, result = session.store.columns, session.result
        lanes = list(result.lanes)
        if not lanes:
            return None
        current = self.current_lane()
        row = self._row()
        outside = -1 if step > 0 else len(lanes)  # none yet: from the top, or the bottom
        start = outside if current is None else lanes.index(current)
        if row is not None and session.result.shown[row]:
            x = float(columns.x[row])
        else:
            x = sum(session.view.range) / 2
        index = start + step
        while 0 <= index < len(lanes):
            found = self._nearest_in_lane(lanes[index], x)
            if found is not None:
                self.lane = lanes[index]
                return self._select(found, keep_lane=False)
            index += 1 if step > 0 else -1
        return None

    def _nearest_in_lane(self, entity_id: int, x: float) -> int | None:
        columns, result = self.session.store.columns, self.session.result
        code = columns.lane_code(entity_id)
        if code is None:
            return None
        lo, hi = columns.lane_bounds[code], columns.lane_bounds[code + 1]
        links = np.arange(lo, hi)[result.link_shown[lo:hi]]
        if not len(links):
            return None
        xs = columns.link_x[links]  # sorted within the lane
        at = int(np.searchsorted(xs, x))
        near = [i for i in (at - 1, at) if 0 <= i < len(links)]
        best = min(near, key=lambda i: abs(xs[i] - x))
        return int(columns.link_row[links[best]])

    def _select(self, row: int, keep_lane: bool) -> int:
        event_id = int(self.session.store.columns.ids[row])
        if keep_lane and self.lane not in self.lanes_of(row):
            lanes = self.lanes_of(row)
            self.lane = lanes[0] if lanes else None
        self.session.select(event_id)
        return event_id
