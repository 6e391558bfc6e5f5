"""What an image of the filtered events covers: its time range, how to say that
range, and which categories are on it. Qt-free.

A filtered export frames its own events (their extent plus a margin) and names
the range from their dates at their precision: "2022 – 2024", "June 2024 –
January 2025". A range the user chose is said as given; any other range (the
window's view) at the precision both ends fall on, else in months or days.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..data.columns import DAY, HOUR, MINUTE, MONTH, PRECISION_CODES, SECOND, YEAR
from ..data.dates import (
    PRECISIONS,
    SECONDS_PER_DAY,
    PartialDate,
    at_precision,
    bound_date,
    parse_bound,
)
from .session import Session

FRAME_MARGIN = 0.04  # of the shown events' span, either side
MIN_FRAME_MARGIN = 31 * SECONDS_PER_DAY  # but at least a month, for dates
MIN_TIMED_MARGIN = 30.0  # seconds: events with times of day are framed closer
_ENDS_READ = 20  # records read to learn the precision of the latest end


@dataclass(frozen=True)
class Frame:
    t0: float  # seconds: the range to draw
    t1: float
    words: str  # the range as people say it


def _at_precision(seconds: float, code: int) -> PartialDate:
    return at_precision(seconds, PRECISIONS[code])


def shown_extent(session: Session) -> tuple[float, float, PartialDate, PartialDate] | None:
    """(t0, t1, first, last) of the shown events: their first start and last end in
    seconds, and those dates as written (the coarsest where several tie)."""
    columns, rows = session.store.columns, session.result.positions
    if not len(rows):
        return None
    t0, t1 = float(columns.t0[rows].min()), float(columns.t1[rows].max())
    starting = rows[columns.t0[rows] == t0]
    first = _at_precision(t0, int(columns.precision[starting].min()))
    ending = rows[columns.t1[rows] == t1][:_ENDS_READ]
    events = session.store.records.many(columns.ids[ending].tolist())
    last = min(
        (PartialDate.parse(e.end or e.start) for e in events),
        key=lambda d: PRECISION_CODES[d.precision],
    )
    return t0, t1, first, last


def framed(t0: float, t1: float, timed: bool = False) -> tuple[float, float]:
    """[t0, t1) with a margin either side: FRAME_MARGIN of the span, at least a
    month; at least half a minute where an event has a time of day (a month
    either side of one night would hide it)."""
    pad = max((t1 - t0) * FRAME_MARGIN, MIN_TIMED_MARGIN if timed else MIN_FRAME_MARGIN)
    return t0 - pad, t1 + pad


def spoken_range(first: PartialDate, last: PartialDate) -> str:
    """ "2022 – 2024", "June 2024 – January 2025", or one date when both are one."""
    if first == last:
        return first.spoken()
    same_day = (first.year, first.month, first.day) == (last.year, last.month, last.day)
    timed = first.minute is not None and last.minute is not None
    if same_day and timed and first.zone == last.zone:
        # "24 July 2015, 19:00 – 19:10 UTC": the day once
        said = first.spoken()
        return said.replace(first.clock(), f"{first.clock()} – {last.clock()}", 1)
    return f"{first.spoken()} – {last.spoken()}"


def spoken_view(t0: float, t1: float) -> str:
    """Any range [t0, t1): in years or months when both ends fall on their
    boundaries, else in months when it spans two months or more, else in days."""
    for code in (YEAR, MONTH):
        first, last = _at_precision(t0, code), _at_precision(t1 - 1, code)
        if first.interval()[0] == t0 and last.interval()[1] == t1:
            return spoken_range(first, last)
    span = t1 - t0
    code = MONTH if span >= 60 * SECONDS_PER_DAY else DAY if span >= 2 * SECONDS_PER_DAY else None
    if code is None:
        code = MINUTE if span >= 120 else SECOND
    last = t1 - (1 if code != SECOND else 1e-3)
    return spoken_range(_at_precision(t0, code), _at_precision(last, code))


def frame(session: Session, date_from: str | None = None, date_to: str | None = None) -> Frame:
    """The range an export of the shown events draws: an end the user gave stays
    as given (and is said so); the other ends at the shown events plus a margin.
    With no events shown, the session's bounds stand in for the data."""
    lo, hi = session.view.bounds
    t0 = parse_bound(date_from, upper=False) if date_from else None
    t1 = parse_bound(date_to, upper=True) if date_to else None
    if date_from and date_to:
        return Frame(t0, t1, spoken_range(bound_date(date_from), bound_date(date_to)))
    extent = shown_extent(session)  # only now: it reads the last events' records
    if extent is None:
        t0, t1 = (lo if t0 is None else t0), (hi if t1 is None else t1)
        return Frame(t0, t1, spoken_view(t0, t1))
    columns, rows = session.store.columns, session.result.positions
    pad0, pad1 = framed(extent[0], extent[1], bool((columns.precision[rows] >= HOUR).any()))
    first = bound_date(date_from) if date_from else extent[2]
    last = bound_date(date_to) if date_to else extent[3]
    if (t0 is not None and extent[1] <= t0) or (t1 is not None and extent[0] >= t1):
        # the events lie beyond the one end given: the other is the session's bound
        t0, t1 = (lo if t0 is None else t0), (hi if t1 is None else t1)
        return Frame(t0, t1, spoken_view(t0, t1))
    t0 = pad0 if t0 is None else t0
    t1 = pad1 if t1 is None else t1
    return Frame(t0, t1, spoken_range(first, last))


def categories_shown(session: Session, t0: float, t1: float) -> tuple[list[str], bool]:
    """The categories of the shown events that overlap [t0, t1), in the session's
    order, and whether a disputed one is among them."""
    columns, rows = session.store.columns, session.result.positions
    rows = rows[(columns.t0[rows] < t1) & (columns.t1[rows] > t0)]
    codes = set(np.unique(columns.category[rows]).tolist())
    names = {columns.categories[c] for c in codes}
    return [c for c in session.categories if c in names], bool(columns.disputed[rows].any())


def inferred_shown(session: Session, t0: float, t1: float) -> bool:
    """Whether a shown event overlapping [t0, t1) has an inferred date."""
    inferred = session.store.inferred_ids
    if not inferred:
        return False
    columns, rows = session.store.columns, session.result.positions
    rows = rows[(columns.t0[rows] < t1) & (columns.t1[rows] > t0)]
    return not inferred.isdisjoint(columns.ids[rows].tolist())
