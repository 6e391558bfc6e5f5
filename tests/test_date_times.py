"""Times of day, offsets and years before the common era (issue 20)."""

from datetime import UTC, datetime

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core import words
from explorer.core.data.columns import PRECISION_CODES, intervals
from explorer.core.data.dates import (
    PartialDate,
    PartialDateError,
    at_precision,
    civil,
    days_from_civil,
    iso_moment,
    parse_bound,
    year_text,
)
from explorer.core.data.packed_rows import WIDTH, parse_dates


def _posix(*fields) -> float:
    return datetime(*fields, tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("text", "precision", "start", "width", "spoken"),
    [
        ("2025-01-19T14Z", "hour", (2025, 1, 19, 14), 3600, "19 January 2025, 14:00–15:00 UTC"),
        ("2025-01-19T14:30Z", "minute", (2025, 1, 19, 14, 30), 60, "19 January 2025, 14:30 UTC"),
        (
            "2025-01-19T14:30+01:00",
            "minute",
            (2025, 1, 19, 13, 30),
            60,
            "19 January 2025, 14:30 UTC+01:00",
        ),
        ("2015-07-24T19:01:01Z", "second", (2015, 7, 24, 19, 1, 1), 1, None),
        ("2015-07-24T19:01:01.250Z", "second", (2015, 7, 24, 19, 1, 1, 250000), 0.001, None),
        ("2024-05-05T10:00:00", "second", (2024, 5, 5, 10), 1, "5 May 2024, 10:00:00"),
    ],
)
def test_times_are_their_period_in_utc(text, precision, start, width, spoken):
    d = PartialDate.parse(text)
    assert d.precision == precision
    assert d.iso() == text
    t0, t1 = d.interval()
    assert t0 == pytest.approx(_posix(*start))
    assert t1 - t0 == pytest.approx(width, abs=1e-6)
    if spoken:
        assert d.spoken() == spoken


@pytest.mark.parametrize(
    ("text", "spoken", "german"),
    [
        ("-0500", "501 BCE", "501 v. Chr."),
        ("0000", "1 BCE", "1 v. Chr."),
        ("0001", "1", "1"),
        ("-0752-04-21", "21 April 753 BCE", None),
        ("-9999", "10000 BCE", None),
    ],
)
def test_years_before_the_common_era(text, spoken, german):
    d = PartialDate.parse(text)
    assert d.iso() == text and d.spoken() == spoken
    if german:  # the era's words come from the interface's translation (core/words.py)
        words.use(lambda _context, text: {"{year} BCE": "{year} v. Chr."}.get(text, text))
        try:
            assert year_text(d.year) == german
        finally:
            words.use()


def test_year_zero_is_a_leap_year_and_follows_1_bce():
    assert PartialDate.parse("0000-02-29").precision == "day"
    with pytest.raises(PartialDateError):
        PartialDate.parse("-0001-02-29")
    assert PartialDate.parse("0000").interval()[1] == PartialDate.parse("0001").interval()[0]
    assert PartialDate.parse("-0001").interval()[1] == PartialDate.parse("0000").interval()[0]


def test_far_years_are_refused_naming_the_limit():
    with pytest.raises(PartialDateError, match="-9999 to 9999"):
        PartialDate.parse("-65000000")


@given(st.integers(-4_000_000, 3_000_000))
def test_calendar_arithmetic_agrees_with_numpy(days):
    c = civil(days * 86400.0)
    assert days_from_civil(c.year, c.month, c.day) == days
    day = np.datetime64(days, "D")
    month = day.astype("datetime64[M]")
    year = int(day.astype("datetime64[Y]").astype(np.int64)) + 1970
    assert (c.year, c.month, c.day) == (
        year,
        int(month.astype(np.int64)) % 12 + 1,
        int((day - month.astype("datetime64[D]")).astype(np.int64)) + 1,
    )


def test_moments_written_and_cut_to_a_precision():
    t = PartialDate.parse("2015-07-24T19:01:01.250Z").interval()[0]
    assert iso_moment(t) == "2015-07-24T19:01:01.250Z"
    assert iso_moment(PartialDate.parse("-0752").interval()[0]) == "-0752-01-01T00:00:00Z"
    assert at_precision(t, "minute").iso() == "2015-07-24T19:01Z"
    assert at_precision(t, "day").iso() == "2015-07-24"


def test_bounds_take_times():
    assert parse_bound("2025-01-19T12:00", upper=False) == _posix(2025, 1, 19, 12)
    assert parse_bound("2025-01-19 12:00", upper=True) == _posix(2025, 1, 19, 12, 1)
    assert parse_bound("-0499", upper=False) < parse_bound("0001", upper=False)


@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from(["hour", "minute", "second"]),
    st.sampled_from(["Z", "+05:30", "-11:00", ""]),
    st.booleans(),
)
def test_numpy_reads_every_time_as_python_does(moment, precision, zone, negative):
    """The column loader's fast parser and PartialDate.parse agree."""
    seconds = _posix(2000, 1, 1) + (moment - datetime(2000, 1, 1)).total_seconds()
    d = at_precision(seconds, precision)
    text = d.iso().rstrip("Z") + zone
    if negative and d.year > 0:
        text = "-" + text
    expected = PartialDate.parse(text)
    grid = np.array([list(text.ljust(WIDTH).encode())], np.uint8)
    parts, codes, ok, _ = parse_dates(grid)
    t0, t1, valid = intervals(parts, codes)
    assert ok[0] and valid[0]
    assert int(codes[0]) == PRECISION_CODES[expected.precision]
    assert (t0[0], t1[0]) == pytest.approx(expected.interval())
