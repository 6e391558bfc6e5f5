"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): parse, validate, interval, speech.

A partial date names a period, not an instant: "2022" is the whole year, so
its interval runs from 1 January 2022 up to (not including) 1 January 2023.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .. import words

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z", re.ASCII)  # ASCII digits only
_EPOCH = date(1970, 1, 1)
SECONDS_PER_DAY = 86400


class PartialDateError(ValueError):
    """A string that is not a valid partial ISO date."""


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: object) -> PartialDate:
        if not isinstance(text, str):
            raise PartialDateError(f"not a date: {short_repr(text)}")
        match = _PATTERN.match(text.strip())
        if not match:
            raise PartialDateError(f"not YYYY, YYYY-MM or YYYY-MM-DD: {short_repr(text)}")
        year, month, day = (int(g) if g else None for g in match.groups())
        if year < 1:
            raise PartialDateError(f"year out of range: {text!r}")
        if month is not None and not 1 <= month <= 12:
            raise PartialDateError(f"no month {month}: {text!r}")
        if day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise PartialDateError(f"no day {day} in {year}-{month:02d}: {text!r}")
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The last day the period covers (inclusive)."""
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def interval(self) -> tuple[float, float]:
        """POSIX seconds (UTC) of the period: [start, end) — end is exclusive."""
        return to_seconds(self.first_day()), to_seconds(self.last_day()) + SECONDS_PER_DAY

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def spoken(self) -> str:
        """How people say it: "2022", "January 2025", "19 January 2025" (in the
        interface's language: see core/words.py)."""
        return words.say_date(self.year, self.month, self.day)

    def __str__(self) -> str:
        return self.iso()


def short_repr(value: object, limit: int = 40) -> str:
    """repr() cut short: an error message never carries a whole 1 MB value."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_valid(text: object) -> bool:
    try:
        PartialDate.parse(text)
    except PartialDateError:
        return False
    return True


def to_seconds(day: date) -> float:
    return float((day - _EPOCH).days * SECONDS_PER_DAY)


def from_seconds(seconds: float) -> datetime:
    """The UTC moment, clamped to the years 1-9999 a datetime holds: a view's
    margin around events in year 1 or 9999 reaches past them."""
    lo, hi = to_seconds(date.min), to_seconds(date.max) + SECONDS_PER_DAY - 1
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=min(max(seconds, lo), hi))


def span_interval(start: str, end: str | None) -> tuple[float, float]:
    """Seconds covered by an event: its start period through its end period."""
    first = PartialDate.parse(start).interval()
    if not end:
        return first
    return first[0], PartialDate.parse(end).interval()[1]


def spoken_span(start: str, end: str | None) -> str:
    """ "2023 – January 2025" for a span, the single date otherwise."""
    said = PartialDate.parse(start).spoken()
    if end:
        said += " – " + PartialDate.parse(end).spoken()
    return said


def end_before_start(start: str, end: str) -> bool:
    """True when the end period finishes before the start period begins."""
    return PartialDate.parse(end).interval()[1] <= PartialDate.parse(start).interval()[0]


def parse_bound(text: str, *, upper: bool) -> float:
    """A --from/--to style bound: the start of the period, or its (exclusive) end."""
    lo, hi = PartialDate.parse(text).interval()
    return hi if upper else lo
