"""Turn the dates and times other tools write into partial ISO dates (docs/schema.md,
"Dates"), keeping only the precision given: a time to the hour, minute, second
or fraction the source wrote, with its offset from UTC; a date without a time
stays a date."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime

from ...data import dates
from .records import RowError

# A time after a date: 10:30, 10:30:05, 10:30:05.250 (or T10, an hour), then Z, UTC or an offset.
_TIME = (
    r"(?:(?:[T ]\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r"|T(?P<Ho>\d{2}))"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)
_YEAR_FIRST = re.compile(
    r"^(?P<y>[+-]?\d+)(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2})" + _TIME + r")?)?$",
    re.IGNORECASE,
)
_ERA = re.compile(r"^(?P<y>\d{1,4})\s*(?:BCE|BC|B\.C\.|v\.\s*Chr\.)$", re.IGNORECASE)  # 500 BCE
_DAY_FIRST = re.compile(r"^(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>\d{4})$")
_MONTHS = {
    name.casefold(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_WORDS = re.compile(
    r"^(?:(?P<d1>\d{1,2})\.? )?(?P<mon>[A-Za-z]+)\.?(?: (?P<d2>\d{1,2}),?)? (?P<y>\d{4})$"
)


def from_parts(
    year: object,
    month: object = None,
    day: object = None,
    hour: object = None,
    minute: object = None,
    second: object = None,
    fraction: object = None,
    zone: str = "",
) -> str:
    """ "1963", "8", "9" -> "1963-08-09"; "2015", "7", "24", "19", "1" ->
    "2015-07-24T19:01". Blank parts end the date at that precision; `fraction`
    is the digits after the second's point ("250"), `zone` "Z" or "+01:00"
    ("": the source gave none). Years are astronomical (0 is 1 BCE)."""
    y, m, d, hh, mm, ss = (_number(p) for p in (year, month, day, hour, minute, second))
    if y is None:
        raise RowError("no year")
    if not dates.MIN_YEAR <= y <= dates.MAX_YEAR:
        raise RowError(f"year {y} is outside -9999 to 9999, which the database can hold")
    for part, name, coarser, coarser_name in (
        (d, "day", m, "month"),
        (hh, "hour", d, "day"),
        (mm, "minute", hh, "hour"),
        (ss, "second", mm, "minute"),
    ):
        if part is not None and coarser is None:
            raise RowError(f"a {name} ({part}) but no {coarser_name}")
    text = f"{'-' if y < 0 else ''}{abs(y):04d}"
    text += "".join(f"-{v:02d}" for v in (m, d) if v is not None)
    if hh is not None:
        text += f"T{hh:02d}" + "".join(f":{v:02d}" for v in (mm, ss) if v is not None)
        digits = str(fraction or "").strip()
        text += (f".{digits}" if digits and ss is not None else "") + zone
    try:
        return dates.PartialDate.parse(text).iso()
    except dates.PartialDateError as exc:
        raise RowError(str(exc)) from None


_CLOCK = re.compile(
    r"^(?P<H>\d{1,2})(?::(?P<M>\d{2})(?::(?P<S>\d{2}))?)?\s*(?P<ampm>[AP]\.?M\.?)?$", re.IGNORECASE
)


def clock(text: object) -> tuple[int, int | None, int | None] | None:
    """ "14:30", "14:30:05", "2:30 PM", "9 am" as (hour, minute, second), the
    parts not given None; None when the text is no clock time."""
    match = _CLOCK.match(" ".join(str(text or "").split()))
    if not match or (match["M"] is None and not match["ampm"]):
        return None
    hour = int(match["H"])
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"][0].lower() == "p" else 0)
    minute = int(match["M"]) if match["M"] else (0 if match["ampm"] else None)
    second = int(match["S"]) if match["S"] else None
    if hour > 23 or (minute or 0) > 59 or (second or 0) > 59:
        return None
    return hour, minute, second


def historical_year(year: object) -> int | None:
    """A year as TimelineJS and most people number them (-500 is 500 BCE; no
    year 0) as our astronomical year (-499)."""
    y = _number(year)
    if y is not None and not dates.MIN_YEAR <= y <= dates.MAX_YEAR:
        raise RowError(f"year {y} is outside -9999 to 9999, which the database can hold")
    return y + 1 if y is not None and y < 0 else y


def from_datetime(moment: datetime) -> str:
    """A timestamp to the second (and its fraction, where it has one), with its
    offset kept: Z for UTC, none for a naive one."""
    offset = moment.utcoffset()
    if offset is None:
        zone = ""
    elif not offset:
        zone = "Z"
    else:
        minutes = int(offset.total_seconds() // 60)
        zone = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    fraction = f"{moment.microsecond:06d}".rstrip("0") if moment.microsecond else ""
    if fraction:
        fraction = fraction.ljust(3 if len(fraction) <= 3 else 6, "0")
    parts = (moment.hour, moment.minute, moment.second, fraction)
    return from_parts(moment.year, moment.month, moment.day, *parts, zone=zone)


def loose(text: object) -> str:
    """A date as people type it in a spreadsheet: ISO (any precision, with its
    time and offset: 2024-05-05T10:30:00Z, 2024-05-05 10:30), 31.12.2024,
    "January 2025", "19 January 2025", "January 19, 2025"."""
    text = " ".join(str(text or "").split())
    if not text:
        raise RowError("no date")
    match = _YEAR_FIRST.match(text)
    if match:
        time = (match["H"] or match["Ho"], match["M"], match["S"], match["f"])
        return from_parts(match["y"], match["m"], match["d"], *time, zone=_zone(match["z"]))
    match = _DAY_FIRST.match(text)
    if match:
        return from_parts(match["y"], match["m"], match["d"])
    match = _ERA.match(text)
    if match:
        return from_parts(1 - int(match["y"]))
    match = _WORDS.match(text)
    if match and match["mon"].casefold() in _MONTHS:
        return from_parts(match["y"], _MONTHS[match["mon"].casefold()], match["d1"] or match["d2"])
    raise RowError(
        f"cannot read the date {text!r} (write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ)"
    )


def _zone(written: str | None) -> str:
    """Z, UTC, GMT, +01, +0100 or +01:00 as our Z or +01:00."""
    if not written:
        return ""
    if written.upper() in ("Z", "UTC", "GMT"):
        return "Z"
    digits = written[1:].replace(":", "").ljust(4, "0")
    return "Z" if digits == "0000" else f"{written[0]}{digits[:2]}:{digits[2:]}"


def utc_day(moment: datetime) -> str:
    """The UTC calendar day of a timestamp; a naive one is taken as UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.date().isoformat()


def _number(part: object) -> int | None:
    if part is None:
        return None
    text = str(part).strip()
    if not text:
        return None
    try:
        number = float(text) if "." in text else int(text)  # spreadsheets write 1963.0
    except ValueError:
        number = None
    if number is None or number != int(number):
        raise RowError(f"not a whole number: {text!r}")
    return int(number)
