"""Turn the dates other tools write into partial ISO dates, keeping only the precision given."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime

from ...data import dates
from .records import RowError

_YEAR_FIRST = re.compile(
    r"^(?P<y>[+-]?\d+)(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2})(?:[T ]\d{1,2}:\d{2}\S*)?)?)?$"
)
_DAY_FIRST = re.compile(r"^(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>\d{4})$")
_MONTHS = {
    name.casefold(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_WORDS = re.compile(
    r"^(?:(?P<d1>\d{1,2})\.? )?(?P<mon>[A-Za-z]+)\.?(?: (?P<d2>\d{1,2}),?)? (?P<y>\d{4})$"
)


def from_parts(year: object, month: object = None, day: object = None) -> str:
    """ "1963", "8", "9" -> "1963-08-09"; blank parts end the date at that precision."""
    y, m, d = (_number(part) for part in (year, month, day))
    if y is None:
        raise RowError("no year")
    if not 1 <= y <= 9999:
        raise RowError(f"year {y} is outside 1–9999, which the database cannot hold")
    if d is not None and m is None:
        raise RowError(f"a day ({d}) but no month")
    text = (
        f"{y:04d}" + (f"-{m:02d}" if m is not None else "") + (f"-{d:02d}" if d is not None else "")
    )
    try:
        return dates.PartialDate.parse(text).iso()
    except dates.PartialDateError as exc:
        raise RowError(str(exc)) from None


def loose(text: object) -> str:
    """A date as people type it in a spreadsheet: ISO (any precision, time ignored),
    31.12.2024, "January 2025", "19 January 2025", "January 19, 2025"."""
    text = " ".join(str(text or "").split())
    if not text:
        raise RowError("no date")
    for pattern in (_YEAR_FIRST, _DAY_FIRST):
        match = pattern.match(text)
        if match:
            return from_parts(match["y"], match["m"], match["d"])
    match = _WORDS.match(text)
    if match and match["mon"].casefold() in _MONTHS:
        return from_parts(match["y"], _MONTHS[match["mon"].casefold()], match["d1"] or match["d2"])
    raise RowError(f"cannot read the date {text!r} (write YYYY, YYYY-MM or YYYY-MM-DD)")


def timed(day: str, time: str | None = None) -> str:
    """A date with the time its file gives, as given: a time of day ("13:20:05.250")
    or the whole ISO timestamp with its offset ("2024-06-12T09:30:00+02:00").
    Every importer hands its time fields over here, so nothing is lost once dates
    hold times; until then the date stays the day (the time is in the note)."""
    return day


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
