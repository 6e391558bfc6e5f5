from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.data.dates import (
    PartialDate,
    PartialDateError,
    end_before_start,
    from_seconds,
    is_valid,
    spoken_span,
)


@pytest.mark.parametrize(
    ("text", "precision", "spoken"),
    [
        ("2022", "year", "2022"),
        ("2025-01", "month", "January 2025"),
        ("2025-01-19", "day", "19 January 2025"),
        ("2024-02-29", "day", "29 February 2024"),
    ],
)
def test_parse_and_say(text, precision, spoken):
    d = PartialDate.parse(text)
    assert d.precision == precision
    assert d.spoken() == spoken
    assert d.iso() == text


@pytest.mark.parametrize(
    "bad",
    [
        "2023-02-29",
        "2023-02-30",
        "2023-13",
        "2023-00",
        "2023-04-31",
        "23",
        "2023/01",
        "",
        None,
        2023,
        "2023-1",
        "-0000",
        "10000",
        "-10000",
        "2023-01-01T24:00Z",
        "2023-01-01T10:60Z",
        "2023-01-01T10:00+01",
        "2023-01-01T10:00+01:60",
        "2023-01-01 10:00",
        "2023-01T10:00Z",
        "2023-01-01T10:00:00.Z",
    ],
)
def test_rejects_bad_dates(bad):
    with pytest.raises(PartialDateError):
        PartialDate.parse(bad)
    assert not is_valid(bad)


def test_year_covers_the_whole_year():
    t0, t1 = PartialDate.parse("2022").interval()
    assert from_seconds(t0).date() == date(2022, 1, 1)
    assert from_seconds(t1).date() == date(2023, 1, 1)


def test_month_end_and_leap_february():
    t0, t1 = PartialDate.parse("2024-02").interval()
    assert (t1 - t0) / 86400 == 29
    t0, t1 = PartialDate.parse("2023-02").interval()
    assert (t1 - t0) / 86400 == 28
    assert PartialDate.parse("2024-12").last_day() == date(2024, 12, 31)


def test_span_and_order():
    assert spoken_span("2023", "2025-01") == "2023 – January 2025"
    assert end_before_start("2023-06", "2023-05")
    assert not end_before_start("2023-06", "2023")  # the year includes June
    assert not end_before_start("2023", "2025-01")


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_real_day_round_trips(day):
    text = day.isoformat()
    parsed = PartialDate.parse(text)
    assert parsed.first_day() == day == parsed.last_day()
    assert PartialDate.parse(parsed.iso()) == parsed


@given(st.text(max_size=12))
def test_random_text_parses_or_raises_cleanly(text):
    try:
        d = PartialDate.parse(text)
    except PartialDateError:
        return
    lo, hi = d.interval()
    assert lo < hi
