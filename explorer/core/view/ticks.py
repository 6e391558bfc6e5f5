"""Labelled ticks for a time axis at any span, from seconds to millennia. Qt-free.

pyqtgraph's DateAxisItem goes through Python's datetime, which holds no year
before 1 and none after 9999 (an export spanning 0001 to 9999 had no labels);
here ticks are worked out with the calendar arithmetic of core.data.dates, for
any year. `axis_ticks` picks the finest step whose labels, measured by the
caller's font, fit side by side with a gap and inside the axis.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

from ..data.dates import SECONDS_PER_DAY, Civil, days_from_civil
from ..data.dates import civil as _civil_of
from ..words import month_short, translate, year_text

GAP_PX = 16.0  # at least this much room between two labels
MIN_LABELS = 3  # rather than fewer, the first label goes without its date
_CHAR_PX = 7.0  # a label's width per character when the caller does not measure

# The calendar fields of tick times, kept: a pan or zoom asks again for most of
# the last frame's ticks (70 a frame, a third of the axis's time).
civil = functools.lru_cache(maxsize=8192)(_civil_of)


@dataclass(frozen=True)
class Step:
    unit: str  # "second", "minute", "hour", "day", "week", "month", "year"
    count: int

    @property
    def seconds(self) -> float:
        """Its nominal length: months and years vary."""
        return self.count * _UNIT_SECONDS[self.unit]


_UNIT_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": SECONDS_PER_DAY,
    "week": 7 * SECONDS_PER_DAY,
    "month": 30.44 * SECONDS_PER_DAY,
    "year": 365.2425 * SECONDS_PER_DAY,
}
STEPS = tuple(
    Step(unit, count)
    for unit, counts in (
        ("second", (1, 2, 5, 10, 15, 30)),
        ("minute", (1, 2, 5, 10, 15, 30)),
        ("hour", (1, 2, 3, 6, 12)),
        ("day", (1, 2)),
        ("week", (1, 2)),
        ("month", (1, 2, 3, 6)),
        ("year", (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)),
    )
    for count in counts
)


@dataclass(frozen=True)
class Tick:
    t: float  # POSIX seconds
    x: float  # pixels from the axis's left end
    label: str


def axis_ticks(
    t0: float,
    t1: float,
    width: float,
    measure: Callable[[str], float] | None = None,
) -> list[Tick]:
    """Ticks over [t0, t1] drawn `width` pixels wide: in time order, each label
    inside the axis and clear of its neighbours by GAP_PX, at the finest step
    that allows that. `measure(label)` is a label's width in pixels."""
    if not (t1 > t0 and width > 0 and math.isfinite(t0) and math.isfinite(t1)):
        return []
    measure = measure or (lambda text: len(text) * _CHAR_PX)
    px = width / (t1 - t0)
    fallback: list[Tick] = []
    plain: list[Tick] = []  # the finest ticks that fit once the first drops its context
    for step in STEPS:
        if step.seconds * px < min(measure("00"), 12) + GAP_PX:
            continue  # no label is that narrow: skip without generating the ticks
        times = tick_times(t0, t1, step)
        if not times:
            continue
        ticks = _inside(times, step, t0, px, width, measure)
        fallback = ticks
        if _apart(ticks, measure):
            return plain if len(ticks) < MIN_LABELS and len(plain) > len(ticks) else ticks
        if not plain and len(ticks) >= MIN_LABELS:
            bare = [Tick(ticks[0].t, ticks[0].x, _fine(ticks[0].t, step)), *ticks[1:]]
            plain = bare if _apart(bare, measure) else []
    return plain or _thinned(fallback, measure)


def tick_times(t0: float, t1: float, step: Step) -> list[float]:
    """Times of the step's ticks in [t0, t1]: round clock times, midnights,
    Mondays, first days of months, years at round (historical) numbers."""
    if step.unit in ("second", "minute", "hour", "day"):
        size = step.seconds
        first = math.ceil(t0 / size)
        return [k * size for k in range(first, math.floor(t1 / size) + 1)]
    start, end = civil(t0), civil(t1)
    if step.unit == "week":  # Mondays; 1970-01-05 was one
        size = step.count * 7
        day = math.ceil((t0 / SECONDS_PER_DAY - 4) / size) * size + 4
        last = math.floor(t1 / SECONDS_PER_DAY)
        return [float(d * SECONDS_PER_DAY) for d in range(day, last + 1, size)]
    if step.unit == "month":
        months = range(start.year * 12 + start.month - 1, end.year * 12 + end.month)
        times = [_at(m // 12, m % 12 + 1) for m in months if (m % 12) % step.count == 0]
    else:
        times = [_at(year, 1) for year in _years(start.year, end.year + 1, step.count)]
    return [t for t in times if t0 <= t <= t1]


def _years(first: int, last: int, count: int) -> list[int]:
    """Astronomical years in [first, last] whose historical number is a multiple
    of `count`: 500 BCE is year -499. With steps of five years or more, year 1
    stands in for the year 0 that history does not have."""
    if count == 1:
        return list(range(first, last + 1))
    ce = range(max(count, math.ceil(first / count) * count), last + 1, count)
    lo = math.ceil((1 - last) / count) * count  # smallest multiple for a BCE year <= last
    bce = [1 - n for n in range(max(lo, count), 1 - first + 1, count)][::-1]
    one = [1] if count >= 5 and first <= 1 <= last else []
    return [*bce, *one, *ce]


def _at(year: int, month: int) -> float:
    return float(days_from_civil(year, month, 1) * SECONDS_PER_DAY)


def label(c: Civil, step: Step, previous: Civil | None) -> str:
    """A tick's words: the step's own part ("14:30", "24", "Aug", "1066"), with
    the date, month or year in front where it changes (and at the first tick)."""
    year = year_text(c.year)  # month and era in the interface's words (core/words.py)
    month = month_short(c.month)
    if step.unit == "year":
        return translate("Dates", "1 CE") if c.year == 1 and step.count >= 5 else year
    if step.unit == "month":
        if c.month == 1:
            return year
        return month if previous else f"{month} {year}"
    if step.unit in ("day", "week"):
        if previous is None or c.year != previous.year:
            return year if (c.month, c.day) == (1, 1) else _day_month(c.day, month, year)
        if c.month != previous.month:
            return month if c.day == 1 else _day_month(c.day, month)
        return str(c.day)
    clock = f"{c.hour:02d}:{c.minute:02d}"
    if step.unit == "second":
        clock += f":{int(c.second):02d}"
    midnight = (c.hour, c.minute, int(c.second)) == (0, 0, 0)
    if previous is None or c.year != previous.year:
        return _day_month(c.day, month, year) + ("" if midnight else f" {clock}")
    if (c.month, c.day) != (previous.month, previous.day):
        return _day_month(c.day, month) + ("" if midnight else f" {clock}")
    return clock


def _day_month(day: int, month: str, year: str | None = None) -> str:
    """ "3 Dec", "3 Dec 2024" (German: "3. Dez.")."""
    if year is None:
        return translate("Dates", "{day} {month}").format(day=day, month=month)
    return translate("Dates", "{day} {month} {year}").format(day=day, month=month, year=year)


def _fine(t: float, step: Step) -> str:
    """A tick's own part only, with no date or year in front."""
    c = civil(t)
    return label(c, step, c)


def _inside(times, step, t0, px, width, measure) -> list[Tick]:
    """The labelled ticks whose labels lie wholly inside the axis; the first one
    kept carries the context (a tick dropped at the left end gives it on)."""
    fields = [civil(t) for t in times]
    begin = 0
    while True:
        ticks, previous = [], None
        for t, c in zip(times[begin:], fields[begin:], strict=True):
            ticks.append(Tick(t, (t - t0) * px, label(c, step, previous)))
            previous = c
        if ticks and ticks[0].x - measure(ticks[0].label) / 2 < 0:
            begin += 1
            continue
        while ticks and ticks[-1].x + measure(ticks[-1].label) / 2 > width:
            ticks.pop()
        return ticks


def _apart(ticks: list[Tick], measure) -> bool:
    widths = [measure(t.label) for t in ticks]
    return all(
        b.x - a.x >= (wa + wb) / 2 + GAP_PX
        for a, b, wa, wb in zip(ticks, ticks[1:], widths, widths[1:], strict=False)
    )


def _thinned(ticks: list[Tick], measure) -> list[Tick]:
    """Every other tick until the labels stand apart: the coarsest step's last resort."""
    while len(ticks) > 1 and not _apart(ticks, measure):
        ticks = ticks[::2]
    return ticks
