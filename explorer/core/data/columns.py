"""Every event's place in time as numpy columns. Qt-free.

A million events as Python objects take seconds to build and half a gigabyte;
as columns they load in about a second and filter, count and bin in
milliseconds. Titles, summaries and citations stay in the database and are
read for the few events on screen (see store.Store.records).

Rows are in time order (t0, t1, id). Links (event, entity) are sorted by
lane code, then by marker position, so each lane's marks in a time window
are one `searchsorted` away.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property

import numpy as np

from .dates import MAX_YEAR, PRECISIONS, SECONDS_PER_DAY

YEAR, MONTH, DAY, HOUR, MINUTE, SECOND = range(len(PRECISIONS))  # precision codes, coarse to fine
PRECISION_CODES = {name: code for code, name in enumerate(PRECISIONS)}  # Event.precision -> code
PRECISION_NAMES = {code: name for name, code in PRECISION_CODES.items()}


def day_numbers(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of each (year, month, day); month and day 1-based.
    numpy's calendar is proleptic Gregorian with astronomical years, as ours."""
    months = (year - 1970) * 12 + (month - 1)
    first = np.datetime64("1970-01", "M") + months.astype("timedelta64[M]")
    return first.astype("datetime64[D]").astype(np.int64) + (day - 1)


# The fields of a date as columns (packed_rows.parse_dates makes them).
DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second", "fraction", "digits", "offset")


def intervals(parts: dict, precision: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(t0, t1, valid): seconds of each date's period, as dates.PartialDate.interval
    gives them, from DATE_FIELDS columns and precision codes. Not valid: a month,
    day, hour, minute or second the calendar does not have."""
    year, month, day = parts["year"], parts["month"], parts["day"]
    m = np.where(precision >= MONTH, month, 1)
    d = np.where(precision >= DAY, day, 1)
    first = day_numbers(year, m, d)
    next_month = day_numbers(year, m + 1, np.ones_like(d))
    next_year = day_numbers(year + 1, np.ones_like(m), np.ones_like(d))
    clock = parts["hour"] * 3600 + parts["minute"] * 60 + parts["second"] - parts["offset"]
    start = first * SECONDS_PER_DAY + np.where(precision >= HOUR, clock, 0)
    fraction = parts["fraction"] / np.power(10.0, parts["digits"])
    t0 = start + fraction
    width = np.choose(
        np.minimum(precision, SECOND),
        [
            (next_year - first) * SECONDS_PER_DAY,
            (next_month - first) * SECONDS_PER_DAY,
            np.full(len(first), SECONDS_PER_DAY),
            np.full(len(first), 3600),
            np.full(len(first), 60),
            np.ones(len(first), np.int64),
        ],
    )
    width = np.where(parts["digits"] > 0, np.power(10.0, -parts["digits"]), width)
    valid = (
        (m >= 1)
        & (m <= 12)
        & (d >= 1)
        & (first < next_month)
        & (parts["hour"] <= 23)
        & (parts["minute"] <= 59)
        & (parts["second"] <= 59)
        & (np.abs(parts["offset"]) < 24 * 3600)
        & (np.abs(year) <= MAX_YEAR)
    )
    return t0.astype(np.float64), (t0 + width).astype(np.float64), valid


def bucket_counts(groups, x, n_groups: int, x0: float, x1: float, buckets: int) -> np.ndarray:
    """(n_groups, buckets) counts of x over [x0, x1] per group (lane); x outside
    the range counts in the first or last bucket."""
    at = ((x - x0) * (buckets / (x1 - x0))).astype(np.int64)
    np.clip(at, 0, buckets - 1, out=at)
    cells = groups.astype(np.int64) * buckets + at
    return np.bincount(cells, minlength=n_groups * buckets).reshape(n_groups, buckets)


def mark_x(t0, t1, span, precision) -> np.ndarray:
    """Where a marker sits: a span's start, a second-precise event's instant, else the
    middle of its period (EventColumns.x; an edit's new rows, column_update)."""
    return np.where(span | (precision >= SECOND), t0, (t0 + t1) / 2)


def sorted_bucket_counts(bounds, x, x0: float, x1: float, buckets: int) -> np.ndarray:
    """bucket_counts for x sorted within each group, group g being
    x[bounds[g]:bounds[g + 1]]: a binary search per bucket edge and group, so
    the cost follows groups x buckets, not the number of x (ten million)."""
    edges = x0 + (x1 - x0) * (np.arange(1, buckets) / buckets)
    counts = np.empty((len(bounds) - 1, buckets), np.int64)
    for g in range(len(bounds) - 1):
        a, b = int(bounds[g]), int(bounds[g + 1])
        at = np.searchsorted(x[a:b], edges, side="left")
        counts[g] = np.diff(at, prepend=0, append=b - a)
    return counts


def _frozen(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array


class RunningEnd:
    """The latest end (t1) among the first k rows, counting only the rows
    `shown` marks (all without it), for any k: rows are in time order, so
    "does any event before the view's right edge end after its left edge" is
    one call. Kept as the running maximum of the maxima of blocks of BLOCK
    rows, one pass over t1 that makes no array of n (a running maximum of
    every row is two arrays of 80 MB at ten million: 0.1-0.25 s); a call
    then looks at fewer than BLOCK rows."""

    BLOCK = 4096

    def __init__(self, t1: np.ndarray, shown: np.ndarray | None = None, block: int = BLOCK):
        self.t1, self.shown, self.block = t1, shown, block
        full = len(t1) - len(t1) % block
        body = t1[:full].reshape(-1, block)
        if shown is None:
            blocks = body.max(axis=1, initial=-np.inf)
        else:
            blocks = body.max(axis=1, initial=-np.inf, where=shown[:full].reshape(-1, block))
        self.prefix = np.maximum.accumulate(blocks) if len(blocks) else blocks

    def upto(self, k: int) -> float:
        """The latest end among the (shown) rows [0, k); -inf when there are none."""
        k = min(max(int(k), 0), len(self.t1))
        whole = k // self.block
        best = float(self.prefix[whole - 1]) if whole else -np.inf
        lo = whole * self.block
        if lo < k:
            where = True if self.shown is None else self.shown[lo:k]
            best = max(best, float(self.t1[lo:k].max(initial=-np.inf, where=where)))
        return best


@dataclass
class EventColumns:
    """Per event row (time order): ids, rowids, interval, precision, flags."""

    ids: np.ndarray  # int64 event id
    rowids: np.ndarray  # int64 rowid in the events table
    t0: np.ndarray  # float64 POSIX seconds, start of the first period
    t1: np.ndarray  # float64, end (exclusive) of the last period
    precision: np.ndarray  # int8 YEAR ... SECOND of the start
    span: np.ndarray  # bool: the event has an end
    disputed: np.ndarray  # bool
    category: np.ndarray  # int32 code into `categories`; 0 is no category
    categories: list[str]
    # Links, sorted by (lane code, x): one per (event, entity) pair.
    link_row: np.ndarray  # int64 row of the event
    link_lane: np.ndarray  # int32 code into `lane_entities`
    lane_entities: np.ndarray  # int64 entity id per lane code (0: no entity)
    # The last histogram asked for, by its (x0, x1, buckets): the overview redraws it.
    _histogram: tuple | None = field(default=None, init=False, repr=False, compare=False)

    # Derived once, on first use (cached_property: the dataclass is not frozen).
    # Worked out once from the arrays above, and kept with them in the packed
    # table and the column cache: ten million take seconds to work out again.
    # (x and reach are not: they are worked out faster than read, x seldom.)
    DERIVED = ("link_x", "id_order", "extent")

    @cached_property
    def x(self) -> np.ndarray:
        """Where a marker sits: a span's start, a second-precise event's instant,
        else the middle of its period."""
        return mark_x(self.t0, self.t1, self.span, self.precision)

    @cached_property
    def link_x(self) -> np.ndarray:
        """x of each link's event: sorted within each lane."""
        return self.x[self.link_row]

    @cached_property
    def lane_sizes(self) -> np.ndarray:
        """Links per lane code."""
        return np.diff(self.lane_bounds)

    @cached_property
    def lane_bounds(self) -> np.ndarray:
        """[start, stop) of each lane code's links: bounds[c] to bounds[c + 1]."""
        # Codes of link_lane's own type: another would convert all ten million first.
        codes = np.arange(len(self.lane_entities) + 1, dtype=self.link_lane.dtype)
        return np.searchsorted(self.link_lane, codes)

    def rows_in_lanes(self, lanes: np.ndarray) -> np.ndarray:
        """Which rows have a link in a lane code that `lanes` (a mask) keeps: each
        kept lane's rows marked in place, a slice of link_row at a time. No
        array of n bigger than the mask is made: counting each row's links
        instead, to work from the hidden lanes' side, took 1-2 s the first time
        at ten million (an 80 MB count of every row's links, kept) and made
        another 80 MB count at each change; this is 20-35 ms every time."""
        bounds = self.lane_bounds
        shown = np.zeros(len(self), bool)
        for code in np.flatnonzero(lanes):
            shown[self.link_row[bounds[code] : bounds[code + 1]]] = True
        return shown

    @cached_property
    def lane_starts(self) -> np.ndarray:
        """The earliest start (t0) in each lane code; inf for a lane with no links.
        Rows are in time order, so that is the t0 of each lane's lowest row: a
        minimum over link_row as it lies, not a gather of t0 per link (0.12 s at
        ten million)."""
        starts = np.full(len(self.lane_entities), np.inf)
        used = self.lane_sizes > 0  # reduceat over the lanes with links only
        if used.any():
            starts[used] = self.t0[np.minimum.reduceat(self.link_row, self.lane_bounds[:-1][used])]
        return starts

    def histogram(self, x0: float, x1: float, buckets: int) -> np.ndarray:
        """(lane codes, buckets) counts of every link over [x0, x1]; kept for reuse."""
        key = (x0, x1, buckets)
        if self._histogram is None or self._histogram[0] != key:
            counts = sorted_bucket_counts(self.lane_bounds, self.link_x, x0, x1, buckets)
            self._histogram = (key, counts)
        return self._histogram[1]

    @cached_property
    def reach(self) -> RunningEnd:
        """The latest end of the first k rows, for any k (rows are in time order)."""
        return RunningEnd(self.t1)

    # What a filter result that shows everything holds, shared by all such
    # results (read-only): at ten million each is 10-80 MB to make again.
    @cached_property
    def every_row(self) -> np.ndarray:
        """True for every row."""
        return _frozen(np.ones(len(self), bool))

    @cached_property
    def every_link(self) -> np.ndarray:
        """True for every link."""
        return _frozen(np.ones(len(self.link_row), bool))

    @cached_property
    def every_position(self) -> np.ndarray:
        """0 .. len - 1: the rows of every event, in time order."""
        return _frozen(np.arange(len(self), dtype=np.int64))

    @cached_property
    def extent(self) -> tuple[float, float]:
        """How far any event reaches left and right of its x, in seconds."""
        if not len(self.ids):
            return 0.0, 0.0
        return float((self.x - self.t0).max()), float((self.t1 - self.x).max())

    def __len__(self) -> int:
        return len(self.ids)

    def rows_of(self, ids) -> np.ndarray:
        """Rows of the given event ids; ids not loaded are left out."""
        return self.rows_and_hits(ids)[0]

    def rows_and_hits(self, ids) -> tuple[np.ndarray, np.ndarray]:
        """rows_of(ids), and which of the ids are loaded."""
        ids = np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids, dtype=np.int64)
        order = self.id_order
        if not len(order):
            return order, np.zeros(len(ids), bool)
        lowest = self.ids[order[0]]
        if self.ids[order[-1]] - lowest == len(order) - 1:  # ids lo..hi, each once
            pos = ids - lowest
            hit = (pos >= 0) & (pos < len(order))
            return order[pos[hit]], hit
        sorted_ids = self._sorted_ids
        pos = np.clip(np.searchsorted(sorted_ids, ids), 0, len(order) - 1)
        hit = sorted_ids[pos] == ids
        return order[pos[hit]], hit

    def row_of(self, event_id: int) -> int | None:
        rows = self.rows_of([event_id])
        return int(rows[0]) if len(rows) else None

    @cached_property
    def id_order(self) -> np.ndarray:
        """Rows in id order, for lookups by id (ids are unique)."""
        return np.argsort(self.ids, kind="stable")

    @cached_property
    def _sorted_ids(self) -> np.ndarray:
        """The ids in id order, where they are not simply lo..hi."""
        return self.ids[self.id_order]

    def lane_code(self, entity_id: int) -> int | None:
        pos = np.searchsorted(self.lane_entities, entity_id)
        if pos < len(self.lane_entities) and self.lane_entities[pos] == entity_id:
            return int(pos)
        return None


def build(
    ids, rowids, t0, t1, precision, span, disputed, category, categories, links
) -> EventColumns:
    """Columns in time order from unordered arrays (t0, t1 in seconds); `links`
    are (event id, entity id) pairs, entity 0 for events that name no known entity."""
    t0, t1 = t0.astype(np.float64, copy=False), t1.astype(np.float64, copy=False)
    order = np.lexsort((ids, t1, t0))
    cols = EventColumns(
        ids=ids[order],
        rowids=rowids[order],
        t0=t0[order],
        t1=t1[order],
        precision=precision[order],
        span=span[order],
        disputed=disputed[order],
        category=category[order],
        categories=categories,
        link_row=np.empty(0, np.int64),
        link_lane=np.empty(0, np.int32),
        lane_entities=np.empty(0, np.int64),
    )
    link_event, link_entity = links
    rows, known = cols.rows_and_hits(link_event)
    link_entity = link_entity[known]
    # Events with no link at all get a lane of their own (entity 0).
    linked = np.zeros(len(cols), bool)
    linked[rows] = True
    lonely = np.flatnonzero(~linked)
    rows = np.concatenate([rows, lonely])
    link_entity = np.concatenate([link_entity, np.zeros(len(lonely), np.int64)])
    lane_entities, lanes = np.unique(link_entity, return_inverse=True)
    x = cols.x[rows]
    link_order = np.lexsort((rows, x, lanes))
    cols.link_row = rows[link_order]
    cols.link_lane = lanes[link_order].astype(np.int32)
    cols.lane_entities = lane_entities
    return cols


def record_arrays(events, rowids, codes: dict[str, int]) -> tuple[np.ndarray, ...]:
    """ids, rowids, t0, t1, precision, span, disputed and category code of Event
    records, as `build` takes them."""
    return (
        np.array([e.id for e in events], np.int64),
        np.array(rowids, np.int64),
        np.array([e.t0 for e in events], np.float64),
        np.array([e.t1 for e in events], np.float64),
        np.array([PRECISION_CODES[e.precision] for e in events], np.int8),
        np.array([e.is_span for e in events], bool),
        np.array([e.disputed for e in events], bool),
        np.array([codes[e.category] for e in events], np.int32),
    )


# What the packed table and the column cache keep: the arrays, then the derived ones.
ARRAYS = [f.name for f in fields(EventColumns) if f.init and f.name != "categories"]
STORED = [*ARRAYS, *EventColumns.DERIVED]


def stored(columns: EventColumns) -> dict[str, np.ndarray]:
    """Every array to keep, derived ones included (worked out now if need be)."""
    return {name: np.asarray(getattr(columns, name)) for name in STORED}


def from_stored(categories: list[str], arrays: dict[str, np.ndarray]) -> EventColumns:
    """EventColumns from `stored` arrays, the derived ones not worked out again."""
    columns = EventColumns(categories=categories, **{name: arrays[name] for name in ARRAYS})
    for name in EventColumns.DERIVED:  # what cached_property would have computed
        if name in arrays:
            columns.__dict__[name] = arrays[name]
    if "extent" in arrays:  # two numbers, kept as an array
        back, reach = (float(v) for v in arrays["extent"])
        columns.__dict__["extent"] = (back, reach)
    return columns
