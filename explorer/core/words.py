"""Words the core shows to people, in the interface's language.

The core may not import Qt, so it marks each user-visible string with
`translate(context, text)` (pyside6-lupdate finds the calls by that name) and
says dates with `say_date(year, month, day)` (and a time axis's months with
`month_short`). They speak English until the
window or an image export installs Qt's translation and QLocale with `use()`
(explorer/_qt/i18n.py); the language is one per process, as Qt's own is.
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable

# The interface's languages: code -> its name in that language. Adding one: README.
LANGUAGES = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"  # the language the source strings are written in

Translate = Callable[[str, str], str]
SayDate = Callable[[int, "int | None", "int | None"], str]


def english(_context: str, text: str) -> str:
    return text


MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def year_text(year: int) -> str:
    """An astronomical year as readers write it: 2025; "501 BCE" for -500."""
    if year >= 1:
        return str(year)
    return translate("Dates", "{year} BCE").format(year=1 - year)


def english_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """ "2022", "January 2025", "19 January 2025"."""
    if month is None:
        return year_text(year)
    name = calendar.month_name[month]
    said = f"{name} {year_text(year)}"
    return said if day is None else f"{day} {said}"


def english_month_short(month: int) -> str:
    return MONTH_ABBR[month - 1]


_translate: Translate = english
_say_date: SayDate = english_date
_month_short: Callable[[int], str] = english_month_short


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `text` for translation where it is defined; `translate` says it when shown."""
    return text


def translate(context: str, text: str) -> str:
    """`text` in the interface's language (`context` groups it for translators)."""
    return _translate(context, text)


def say_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """A date at its precision as people write it in the interface's language."""
    return _say_date(year, month, day)


def month_short(month: int) -> str:
    """A month's short name for a time axis: "Jan" in English."""
    return _month_short(month)


def use(
    translate_fn: Translate | None = None,
    say_date_fn: SayDate | None = None,
    month_short_fn: Callable[[int], str] | None = None,
) -> None:
    """Speak through these (None: English again)."""
    global _translate, _say_date, _month_short
    _translate = translate_fn or english
    _say_date = say_date_fn or english_date
    # Twelve names, asked for by every axis label of every frame: kept until the
    # language changes (Qt's locale lookup took 13 us a label, 1.5 ms a frame).
    _month_short = functools.lru_cache(maxsize=12)(month_short_fn or english_month_short)
