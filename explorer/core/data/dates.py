"""Partial ISO 8601 dates and times: parse, validate, interval, speech.

A partial date names a period, not an instant: "2022" is the whole year, so
its interval runs from 1 January 2022 up to (not including) 1 January 2023;
"2025-01-19T14:30Z" is that whole minute. Forms (docs/schema.md, "Dates"):
`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, then `THH`, `THH:MM`, `THH:MM:SS` and
`THH:MM:SS.fff` with a zone `Z` or `+HH:MM`/`-HH:MM` (none: UTC). The clock
time is the source's own, the zone its offset from UTC, kept for display.
Years are signed and astronomical, -9999 to 9999: `0000` is 1 BCE, `-0500`
is 501 BCE.

Seconds are POSIX seconds (UTC) in the proleptic Gregorian calendar, worked
out with integer arithmetic: Python's datetime holds no year before 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .. import words
from ..words import year_text  # noqa: F401 (dates are said through words; callers find it here)

_PATTERN = re.compile(
    r"^(?P<y>-?\d{4})(?:-(?P<mo>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<h>\d{2})(?::(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d{1,9}))?)?)?"
    r"(?P<z>Z|[+-]\d{2}:\d{2})?)?)?)?\Z",
    re.ASCII,  # ASCII digits only
)
_TOO_FAR = re.compile(r"^[+-]?\d{5,}", re.ASCII)
_EPOCH = date(1970, 1, 1)
SECONDS_PER_DAY = 86400
MIN_YEAR, MAX_YEAR = -9999, 9999
PRECISIONS = ("year", "month", "day", "hour", "minute", "second")  # coarse to fine


class PartialDateError(ValueError):
    """A string that is not a valid partial ISO date."""


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date, any (astronomical)
    year (H. Hinnant's algorithm)."""
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """(year, month, day) of a day number: the inverse of days_from_civil."""
    days += 719468
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (month <= 2), month, day


def days_in_month(year: int, month: int) -> int:
    after = days_from_civil(year + (month == 12), month % 12 + 1, 1)
    return after - days_from_civil(year, month, 1)


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    fraction: str = ""  # digits after the second's point, as written
    zone: str = ""  # "Z", "+01:00", or "" (a time without a zone: UTC)

    @classmethod
    def parse(cls, text: object) -> PartialDate:
        if not isinstance(text, str):
            raise PartialDateError(f"not a date: {short_repr(text)}")
        text = text.strip()
        match = _PATTERN.match(text)
        if not match:
            if _TOO_FAR.match(text):
                raise PartialDateError(
                    f"year out of range: {short_repr(text)} (years -9999 to 9999 only)"
                )
            raise PartialDateError(
                f"not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]Z: {short_repr(text)}"
            )
        g = match.groupdict()
        if g["y"] == "-0000":
            raise PartialDateError(f"year -0000: write 0000 for 1 BCE: {text!r}")
        year, month, day, hour, minute, second = (
            int(g[k]) if g[k] else None for k in ("y", "mo", "d", "h", "mi", "s")
        )
        if month is not None and not 1 <= month <= 12:
            raise PartialDateError(f"no month {month}: {text!r}")
        if day is not None and not 1 <= day <= days_in_month(year, month):
            raise PartialDateError(f"no day {day} in {year_text(year)}-{month:02d}: {text!r}")
        for value, name in ((hour, "hour"), (minute, "minute"), (second, "second")):
            if value is not None and value > (23 if name == "hour" else 59):
                raise PartialDateError(f"no {name} {value}: {text!r}")
        zone = g["z"] or ""
        if zone not in ("", "Z") and (int(zone[1:3]) > 23 or int(zone[4:6]) > 59):
            raise PartialDateError(f"no offset {zone}: {text!r}")
        return cls(year, month, day, hour, minute, second, g["f"] or "", zone)

    @property
    def precision(self) -> str:
        for name, value in zip(
            reversed(PRECISIONS),
            (self.second, self.minute, self.hour, self.day, self.month),
            strict=False,
        ):
            if value is not None:
                return name
        return "year"

    @property
    def offset_seconds(self) -> int:
        """The zone's offset east of UTC; 0 for Z or no zone."""
        if self.zone in ("", "Z"):
            return 0
        sign = -1 if self.zone[0] == "-" else 1
        return sign * (int(self.zone[1:3]) * 3600 + int(self.zone[4:6]) * 60)

    def first_day(self) -> date:
        """The first day as a Python date (years 1-9999 only)."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The last day the period covers (inclusive; years 1-9999 only)."""
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return date(self.year, month, days_in_month(self.year, month))

    def interval(self) -> tuple[float, float]:
        """POSIX seconds (UTC) of the period: [start, end) — end is exclusive."""
        y, m, d = self.year, self.month, self.day
        first = days_from_civil(y, m or 1, d or 1) * SECONDS_PER_DAY
        if d is None:
            after = days_from_civil(y + 1, 1, 1) if m is None else days_from_civil(y, m, 1)
            if m is not None:
                after += days_in_month(y, m)
            return float(first), float(after * SECONDS_PER_DAY)
        if self.hour is None:
            return float(first), float(first + SECONDS_PER_DAY)
        start = first + self.hour * 3600 + (self.minute or 0) * 60 + (self.second or 0)
        start -= self.offset_seconds
        if self.second is None:
            width = 60 if self.minute is not None else 3600
            return float(start), float(start + width)
        if not self.fraction:
            return float(start), float(start + 1)
        part = int(self.fraction) / 10 ** len(self.fraction)
        return start + part, start + part + 10.0 ** -len(self.fraction)

    def clock(self) -> str:
        """The time as written, "14:30" or "14:30:05.250"; "" without a time."""
        if self.hour is None:
            return ""
        text = f"{self.hour:02d}:{self.minute or 0:02d}"
        if self.second is not None:
            text += f":{self.second:02d}" + (f".{self.fraction}" if self.fraction else "")
        return text

    def iso(self) -> str:
        text = f"{'-' if self.year < 0 else ''}{abs(self.year):04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None:
            text += f"T{self.hour:02d}"
            if self.minute is not None:
                text += f":{self.minute:02d}"
            if self.second is not None:
                text += f":{self.second:02d}" + (f".{self.fraction}" if self.fraction else "")
            text += self.zone
        return text

    def spoken(self) -> str:
        """How people say it: "2022", "January 2025", "19 January 2025",
        "19 January 2025, 14:30 UTC", "501 BCE" (in the interface's language:
        the date through core/words.py)."""
        said = words.say_date(self.year, self.month, self.day)
        if self.hour is None:
            return said
        clock = self.clock()
        if self.minute is None:  # an hour is a period: say both ends
            clock = f"{self.hour:02d}:00–{self.hour + 1:02d}:00"
        zone = {"": "", "Z": " UTC"}.get(self.zone, f" UTC{self.zone}")
        return f"{said}, {clock}{zone}"

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


@dataclass(frozen=True)
class Civil:
    """A moment in UTC as calendar fields, any year (astronomical)."""

    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: float  # with its fraction


def civil(seconds: float) -> Civil:
    """The UTC calendar fields of POSIX seconds, any year."""
    days, rest = divmod(float(seconds), SECONDS_PER_DAY)
    year, month, day = civil_from_days(int(days))
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return Civil(year, month, day, int(hour), int(minute), second)


def at_precision(seconds: float, precision: str) -> PartialDate:
    """The period of `precision` (UTC) that holds the moment."""
    c = civil(seconds)
    fields = (c.year, c.month, c.day, c.hour, c.minute, int(c.second))
    keep = PRECISIONS.index(precision) + 1
    date_part = fields[: min(keep, 3)] + (None,) * (3 - min(keep, 3))
    time_part = fields[3:keep] + (None,) * (3 - max(keep - 3, 0))
    return PartialDate(*date_part, *time_part, zone="Z" if keep > 3 else "")


def iso_moment(seconds: float) -> str:
    """An instant as our ISO form in UTC, to the millisecond where it has one:
    "2015-07-24T19:01:01Z", "-0752-04-21T00:00:00Z"."""
    whole = round(float(seconds) * 1000) / 1000
    c = civil(whole)
    millis = round((c.second - int(c.second)) * 1000)
    date_part = PartialDate(c.year, c.month, c.day).iso()
    tail = f".{millis:03d}" if millis else ""
    return f"{date_part}T{c.hour:02d}:{c.minute:02d}:{int(c.second):02d}{tail}Z"


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


def bound_date(text: str) -> PartialDate:
    """A --from/--to style date: a time may follow the date after a space too
    ("2025-01-19 12:00")."""
    return PartialDate.parse(re.sub(r"^(\S+) (\d)", r"\1T\2", text.strip()))


def parse_bound(text: str, *, upper: bool) -> float:
    """A --from/--to style bound: the start of the period, or its (exclusive) end."""
    lo, hi = bound_date(text).interval()
    return hi if upper else lo
