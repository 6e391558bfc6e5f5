"""The interface's language: which one, installing it, and dates said in it.

The language is chosen once per start (`--lang`, else View › Language as
remembered, else the system locale) and installed process-wide: our own
translations (resources/translations/explorer_LANG.qm, compiled from the .ts
by scripts/_setup.sh), Qt's own (qtbase_LANG.qm: standard buttons, file
dialogs), QLocale's default (month names, number grouping), and the core's
words (core/words.py). Switching takes effect on the next start: every widget
would otherwise have to be built again.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from ..core import paths, words

LANGUAGES = words.LANGUAGES  # View › Language shows their names
DEFAULT = words.SOURCE_LANGUAGE
SETTING = "language"  # the remembered choice, in Settings

_translators: list[QTranslator] = []
_current = DEFAULT


def translations_dir():
    return paths.resource("translations")


def system_language() -> str:
    """The system locale's language when we have it (LANG=de_DE.UTF-8: "de"), else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT


def choose(requested: str | None = None, remembered: object = None) -> str:
    """`--lang`, else the remembered choice, else the system's language."""
    for code in (requested, remembered):
        if isinstance(code, str) and code in LANGUAGES:
            return code
    return system_language()


def current() -> str:
    return _current


def install(language: str) -> bool:
    """Make `language` the interface's; False when its translation file is missing
    (the interface then stays English, dates still follow the language)."""
    global _current
    app = QCoreApplication.instance()
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    _current = language if language in LANGUAGES else DEFAULT
    complete = True
    if _current != DEFAULT:
        for name, folders in (("explorer", [translations_dir()]), ("qtbase", _qt_translations())):
            translator = QTranslator(app)
            if any(translator.load(f"{name}_{_current}", str(f)) for f in folders):
                app.installTranslator(translator)
                _translators.append(translator)
            elif name == "explorer":
                complete = False
    QLocale.setDefault(_locale_for(_current))
    words.use(QCoreApplication.translate, say_date, month_short)
    return complete


def _qt_translations() -> list[Path]:
    """Where Qt's own .qm files are: Qt's idea, and PySide6's folder (a frozen app's
    Qt may not know where the bundle put them)."""
    here = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [here, Path(PySide6.__file__).parent / "Qt" / "translations"]


def _locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks `language` (de_AT keeps "Jänner"), else
    the language's main one."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def say_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """ "13. Januar 2025", "Januar 2025", "2025" (English: "13 January 2025")."""
    if month is None:
        return words.year_text(year)  # never "2.025"; "501 v. Chr."
    if day is None:
        # Translators: a Qt date format (QDate::toString) for a month of a year.
        fmt = QCoreApplication.translate("Dates", "MMMM yyyy")
    else:
        # Translators: a Qt date format (QDate::toString) for a day.
        fmt = QCoreApplication.translate("Dates", "d MMMM yyyy")
    # QDate says no year before 1 as people write it: format a leap year's date
    # with the year left as a marker, then put the year's own words in.
    text = QLocale().toString(QDate(2000, month, day or 1), fmt.replace("yyyy", "'\x01'"))
    return text.replace("\x01", words.year_text(year))


def month_short(month: int) -> str:
    """ "Jan" / "Jan." for the axis."""
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat)


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

# The bundled data's categories: shown through category_name(); a category of
# a user's own database shows as it is written.
_CATEGORIES = (
    QT_TRANSLATE_NOOP("Category", "budget"),
    QT_TRANSLATE_NOOP("Category", "infrastructure"),
    QT_TRANSLATE_NOOP("Category", "market"),
    QT_TRANSLATE_NOOP("Category", "partnership"),
    QT_TRANSLATE_NOOP("Category", "period"),
    QT_TRANSLATE_NOOP("Category", "politics"),
    QT_TRANSLATE_NOOP("Category", "product"),
    QT_TRANSLATE_NOOP("Category", "regulation"),
    QT_TRANSLATE_NOOP("Category", "trade"),
)


def category_name(category: str | None) -> str:
    return translate("Category", category) if category else ""


def number(value: int) -> str:
    """ "1,234" / "1.234"."""
    return QLocale().toString(value)
