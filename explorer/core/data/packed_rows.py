"""Every event row as two texts packed in SQL, and their parsing by numpy. Qt-free.

A million events as Python tuples take seconds to fetch; packed as numbers and
dates at a fixed width, numpy parses them in milliseconds. column_loader runs
the queries; rows the fast tests cannot vouch for are checked one by one by
event_rows.event_from_row, the single rule book.
"""

from __future__ import annotations

import numpy as np

from .columns import intervals

FIELDS = 5  # per row: rowid, id, ok, disputed, category
# Characters of a date read by numpy: -YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM fits;
# a longer one (more digits of a second) is read the slow way.
WIDTH = 32

# A row passes these cheap SQL tests and the date checks in numpy only when it
# is certainly valid by the rules of event_rows.event_from_row; every other
# row is checked there, in Python, and either kept (numbers read as years,
# padded dates) or skipped with a reason. A title must start with a character
# Python does not count as whitespace.
_TITLE_OK = (
    "typeof(title) = 'text' AND unicode(title) > 32 AND unicode(title) NOT BETWEEN 127 AND 160 "
    "AND unicode(title) NOT BETWEEN 8192 AND 8202 "
    "AND unicode(title) NOT IN (5760, 8232, 8233, 8239, 8287, 12288)"
)
_ROW_OK = " AND ".join(
    [
        "typeof(id) = 'integer'",
        _TITLE_OK,
        f"typeof(start) = 'text' AND length(start) <= {WIDTH}",
        f'(typeof("end") = \'null\' OR (typeof("end") = \'text\' AND length("end") <= {WIDTH}))',
        "typeof(disputed) IN ('integer', 'null')",
        "typeof(category) IN ('text', 'null')",
    ]
)


def packed_query(category_code: str, where: str) -> str:
    """For the rows `where` picks, two texts: FIELDS integers per event,
    comma-separated, and each event's start and end padded to WIDTH characters;
    then the row count and the last rowid. Packing in SQL and parsing with
    numpy is several times faster than fetching a million tuples."""
    return f"""
    SELECT group_concat(
        rowid || ',' || coalesce(CAST(id AS INTEGER), 0) || ',' ||
        coalesce(({_ROW_OK}), 0) || ',' ||
        coalesce(CAST(disputed AS INTEGER) != 0, 0) || ',' || {category_code},
        ','
    ), group_concat(printf('%!-{WIDTH}.{WIDTH}s%!-{WIDTH}.{WIDTH}s', start, "end"), ''),
    count(*), max(rowid)
    FROM (SELECT rowid, * FROM events WHERE {where})
    """


def number_table(packed: str | None, width: int) -> np.ndarray:
    if not packed:
        return np.empty((0, width), np.int64)
    return np.fromstring(packed, dtype=np.int64, sep=",").reshape(-1, width)


def _date_grid(packed: str | None, count: int) -> np.ndarray:
    """(count, 2 * WIDTH) ASCII codes; any other character becomes '?'."""
    raw = (packed or "").encode("ascii", errors="replace")
    if len(raw) != count * 2 * WIDTH:  # cannot happen: printf pads and cuts to WIDTH characters
        raise ValueError("dates did not come back at a fixed width")
    return np.frombuffer(raw, np.uint8).reshape(count, 2 * WIDTH)


_PAD = 8  # spaces after a date, so a zone can be read at any place without a bounds check


def parse_dates(chars: np.ndarray) -> tuple[dict, np.ndarray, np.ndarray, np.ndarray]:
    """(parts, precision, well_formed, empty) of dates as (n, WIDTH) ASCII codes
    padded with spaces: parts are columns.DATE_FIELDS as intervals() takes them;
    well_formed says the text has one of the forms dates.PartialDate.parse reads.

    Dates of ten characters or fewer with no sign (every date of a database
    written before times existed) take a reader five times quicker."""
    timed = ~(chars[:, 10:] == 32).all(axis=1) | (chars[:, 0] == 45)
    if not timed.any():
        return _dates_only(chars)
    if timed.all():
        return _dates_and_times(chars)
    plain, full = _dates_only(chars[~timed]), _dates_and_times(chars[timed])

    def merged(a, b):
        out = np.empty(len(chars), b.dtype)
        out[~timed], out[timed] = a, b
        return out

    parts = {k: merged(plain[0][k], full[0][k]) for k in full[0]}
    return parts, *(merged(a, b) for a, b in zip(plain[1:], full[1:], strict=True))


def _number(value: np.ndarray, a: int, b: int) -> np.ndarray:
    """The digits in columns [a, b) as a number."""
    return sum(value[:, i].astype(np.int64) * 10 ** (b - 1 - i) for i in range(a, b))


def _dates_only(chars: np.ndarray) -> tuple[dict, np.ndarray, np.ndarray, np.ndarray]:
    """parse_dates for YYYY, YYYY-MM and YYYY-MM-DD in the first ten columns."""
    digit = (chars[:, :10] >= 48) & (chars[:, :10] <= 57)
    space, dash = chars == 32, chars == 45
    value = chars[:, :10] - np.uint8(48)
    year4 = digit[:, 0:4].all(axis=1)
    month2 = dash[:, 4] & digit[:, 5:7].all(axis=1)
    day2 = month2 & dash[:, 7] & digit[:, 8:10].all(axis=1)
    is_year = year4 & space[:, 4:].all(axis=1)
    is_month = year4 & month2 & space[:, 7:].all(axis=1)
    is_day = year4 & day2
    precision = np.where(is_day, 2, np.where(is_month, 1, 0)).astype(np.int8)
    zeros = np.zeros(len(chars), np.int64)
    parts = dict.fromkeys(("hour", "minute", "second", "fraction", "digits", "offset"), zeros)
    parts.update(year=_number(value, 0, 4), month=_number(value, 5, 7), day=_number(value, 8, 10))
    return parts, precision, is_year | is_month | is_day, space.all(axis=1)


def _dates_and_times(chars: np.ndarray) -> tuple[dict, np.ndarray, np.ndarray, np.ndarray]:
    """parse_dates for every form: signed years, times, fractions and zones."""
    n = len(chars)
    negative = chars[:, 0] == 45
    c = np.concatenate([chars, np.full((n, _PAD), 32, np.uint8)], axis=1)
    if negative.any():  # read a signed year as if unsigned: the sign is kept aside
        c[negative, :-1] = c[negative, 1:]
    digit = (c >= 48) & (c <= 57)
    value = c - np.uint8(48)

    def number(a, b):
        return _number(value, a, b)

    def two(i):
        return digit[:, i] & digit[:, i + 1]

    has_year = digit[:, 0:4].all(axis=1)
    has_month = has_year & (c[:, 4] == 45) & two(5)
    has_day = has_month & (c[:, 7] == 45) & two(8)
    has_hour = has_day & (c[:, 10] == 84) & two(11)  # T
    has_minute = has_hour & (c[:, 13] == 58) & two(14)  # :
    has_second = has_minute & (c[:, 16] == 58) & two(17)
    has_fraction = has_second & (c[:, 19] == 46) & digit[:, 20]  # .
    digits = np.where(has_fraction, np.cumprod(digit[:, 20:30], axis=1).sum(axis=1), 0)
    precision = (has_month.astype(np.int8) + has_day + has_hour + has_minute + has_second).astype(
        np.int8
    )
    body = np.choose(precision, [4, 7, 10, 13, 16, 19]) + np.where(digits > 0, digits + 1, 0)
    # The zone: Z, +HH:MM or -HH:MM right after a time; nothing after a date.
    rows = np.arange(n)
    at = [c[rows, body + k] for k in range(6)]
    zone_z = at[0] == 90
    zone_sign = (at[0] == 43) | (at[0] == 45)
    zone_digits = [(a >= 48) & (a <= 57) for a in (at[1], at[2], at[4], at[5])]
    zone_off = zone_sign & np.logical_and.reduce(zone_digits) & (at[3] == 58)
    zone_len = np.where(has_hour, np.where(zone_z, 1, np.where(zone_off, 6, 0)), 0)
    tail = np.arange(c.shape[1])[None, :] >= (body + zone_len)[:, None]
    clean = ((c == 32) | ~tail).all(axis=1)

    def zone_number(i, j):
        return (at[i].astype(np.int64) - 48) * 10 + (at[j].astype(np.int64) - 48)

    offset = np.where(
        zone_off & has_hour,
        np.where(at[0] == 45, -1, 1) * (zone_number(1, 2) * 3600 + zone_number(4, 5) * 60),
        0,
    )
    fraction = np.zeros(n, np.int64)
    for k in range(int(digits.max(initial=0))):  # the fraction's digits as a whole number
        fraction = np.where(k < digits, fraction * 10 + value[:, 20 + k], fraction)
    year = number(0, 4)
    parts = {
        "year": np.where(negative, -year, year),
        "month": number(5, 7),
        "day": number(8, 10),
        "hour": np.where(has_hour, number(11, 13), 0),
        "minute": np.where(has_minute, number(14, 16), 0),
        "second": np.where(has_second, number(17, 19), 0),
        "fraction": fraction,
        "digits": digits,
        "offset": offset,
    }
    zone_ok = ~zone_off | ((zone_number(1, 2) <= 23) & (zone_number(4, 5) <= 59))
    well_formed = has_year & clean & zone_ok & (digits <= 9) & ~(negative & (year == 0))
    return parts, precision, well_formed, (chars == 32).all(axis=1)


def parse_chunk(packed_numbers, dates) -> tuple[np.ndarray, ...]:
    """rowid, id, ok, disputed, category, t0, t1, precision, span of a chunk."""
    table = number_table(packed_numbers, FIELDS)
    rowid, ids, ok, disputed, category = table.T
    grid = _date_grid(dates, len(table))
    start_parts, precision, start_ok, _ = parse_dates(grid[:, :WIDTH])
    end_parts, end_precision, end_ok, no_end = parse_dates(grid[:, WIDTH:])
    first, after, valid = intervals(start_parts, precision)
    span = ~no_end
    pick = {k: np.where(span, end_parts[k], start_parts[k]) for k in start_parts}
    _, end_after, end_valid = intervals(pick, np.where(span, end_precision, precision))
    ok = (ok == 1) & start_ok & valid & (no_end | (end_ok & end_valid)) & (end_after > first)
    after = np.where(span, end_after, after)
    return rowid, ids, ok, disputed, category, first, after, precision, span
