"""What to draw for a time window: single markers where there is room, density
strips (counts per pixel bucket) where a lane holds more events than pixels.
Qt-free; the timeline and the image export both draw from a Detail.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..data.columns import EventColumns, bucket_counts
from .filters import FilterResult

MARK_LIMIT = 1500  # single markers on screen at most; beyond, the busiest lanes become strips
PX_PER_MARK = 4  # a lane with more marks than width/PX_PER_MARK is drawn as a strip
BUCKET_PX = 2  # width of a density bucket
BINARY_SEARCH_ABOVE = 2  # marks per bucket above which a strip lane is counted by searches


@dataclass(frozen=True)
class Detail:
    x0: float  # the window drawn, in POSIX seconds
    x1: float
    mark_rows: np.ndarray  # event rows drawn as markers...
    mark_lanes: np.ndarray  # ...and the lane index (0 at the top) of each
    strip_lanes: np.ndarray  # lane indexes drawn as strips
    strip_counts: np.ndarray  # (len(strip_lanes), buckets) events per bucket


class LaneIndex:
    """The shown links of one filter result, by lane, sorted by marker position."""

    def __init__(self, columns: EventColumns, result: FilterResult, weight: float = 1.0):
        """`weight`: events each loaded event stands for (above 1 for a sample),
        so that a sample is drawn as strips where the whole file would be."""
        self.columns, self.weight = columns, weight
        # Only whole lanes hidden (the usual company filter): the full link
        # arrays serve as they are, with no copy of a million entries.
        self.whole_lanes = result.whole_lanes
        if self.whole_lanes:
            self.rows, codes, self.x = columns.link_row, columns.link_lane, columns.link_x
        else:
            keep = np.flatnonzero(result.link_shown)
            self.rows = columns.link_row[keep]
            codes = columns.link_lane[keep]
            self.x = columns.link_x[keep]
        self._codes = codes
        # Lane index (top to bottom) of each lane code; -1 for lanes not shown.
        self.lane_of_code = np.full(len(columns.lane_entities), -1, np.int64)
        for lane, entity_id in enumerate(result.lanes):
            code = columns.lane_code(entity_id)
            if code is not None:
                self.lane_of_code[code] = lane
        n_codes = len(columns.lane_entities)
        bounds = (
            columns.lane_bounds
            if self.whole_lanes
            else np.searchsorted(codes, np.arange(n_codes + 1))
        )
        self.lanes = len(result.lanes)
        self.slices = np.zeros((self.lanes, 2), np.int64)  # [start, stop) per lane
        for code in range(n_codes):
            lane = self.lane_of_code[code]
            if lane >= 0:
                self.slices[lane] = bounds[code], bounds[code + 1]
        # How far a mark's drawing reaches left and right of its x (bars).
        self.back, self.reach = columns.extent

    def window(self, lane: int, x0: float, x1: float) -> tuple[int, int]:
        """[start, stop) into rows/x of the lane's marks that touch [x0, x1]."""
        start, stop = self.slices[lane]
        xs = self.x[start:stop]
        lo = np.searchsorted(xs, x0 - self.reach, side="left")
        hi = np.searchsorted(xs, x1 + self.back, side="right")
        return int(start + lo), int(start + hi)

    def plan(self, first: int, last: int, x0: float, x1: float, width_px: float) -> Detail:
        """Lanes [first, last) over [x0, x1], `width_px` pixels wide."""
        first, last = max(first, 0), min(last, self.lanes)
        spans = [self.window(lane, x0, x1) for lane in range(first, last)]
        sizes = np.array([b - a for a, b in spans], np.int64) * self.weight
        strip = sizes > max(width_px / PX_PER_MARK, 1)
        # Then the busiest lanes until what is left fits the marker budget.
        for i in np.argsort(-sizes, kind="stable"):
            if sizes[~strip].sum() <= MARK_LIMIT:
                break
            strip[i] = True
        buckets = max(int(width_px // BUCKET_PX), 1)
        mark_parts, lane_parts = [], []
        for i, (a, b) in enumerate(spans):
            if not strip[i] and b > a:
                mark_parts.append(self.rows[a:b])
                lane_parts.append(np.full(b - a, first + i, np.int64))
        strips = [spans[i] for i in np.flatnonzero(strip)]
        return Detail(
            x0,
            x1,
            np.concatenate(mark_parts) if mark_parts else np.empty(0, np.int64),
            np.concatenate(lane_parts) if lane_parts else np.empty(0, np.int64),
            np.flatnonzero(strip) + first,
            self._strip_counts(strips, x0, x1, buckets),
        )

    def _strip_counts(self, spans, x0: float, x1: float, buckets: int) -> np.ndarray:
        """(len(spans), buckets) counts of the marks in [x0, x1) of each [start, stop).
        A lane's x are sorted: a binary search per bucket edge costs about the same
        for a thousand marks as for a million (40-160 us a lane of 2,880 buckets,
        so 200 lanes take 8-30 ms); lanes with fewer marks than twice the buckets
        are binned together in one pass instead, which costs in proportion to
        their marks (at 1M zoomed to a month, about 500 a lane: a layout's
        counts took 6.5 ms by searching alone, 4.8 ms so)."""
        counts = np.zeros((len(spans), buckets), np.int64)
        edges = x0 + (x1 - x0) * (np.arange(buckets + 1) / buckets)
        few = []
        for i, (a, b) in enumerate(spans):
            if b - a > BINARY_SEARCH_ABOVE * buckets:
                counts[i] = np.diff(np.searchsorted(self.x[a:b], edges, side="left"))
            elif b > a:
                few.append(i)
        if few:
            sizes = np.array([spans[i][1] - spans[i][0] for i in few])
            x = np.concatenate([self.x[spans[i][0] : spans[i][1]] for i in few])
            which = np.repeat(np.array(few), sizes)
            inside = (x >= x0) & (x < x1)
            at = ((x[inside] - x0) * (buckets / (x1 - x0))).astype(np.int64)
            np.minimum(at, buckets - 1, out=at)  # x just under x1 rounded up
            cells = which[inside] * buckets + at
            counts += np.bincount(cells, minlength=counts.size).reshape(counts.shape)
        return counts

    def overview(self, x0: float, x1: float, buckets: int) -> np.ndarray:
        """(lanes, buckets) counts of every shown mark over [x0, x1]."""
        if self.whole_lanes:  # rows of the all-lanes histogram, worked out once
            full = self.columns.histogram(x0, x1, buckets)
            out = np.zeros((self.lanes, buckets), np.int64)
            shown = self.lane_of_code >= 0
            out[self.lane_of_code[shown]] = full[shown]
            return out
        lane = self.lane_of_code[self._codes]
        shown = lane >= 0
        return bucket_counts(lane[shown], self.x[shown], self.lanes, x0, x1, buckets)
