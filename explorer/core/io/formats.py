"""Every file format, in one table: the command line's --format choices and help,
the window's file dialogs, the exporters and the importers all read it.

To add a format: a row here, its writer (event_export or _qt/export/render) or
reader (importers.read), and its section in docs/export.md or docs/import.md;
tests/test_formats.py says what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..words import QT_TRANSLATE_NOOP, translate

IMAGE, EVENTS = "image", "events"  # what a format holds


@dataclass(frozen=True)
class Format:
    name: str  # as given to --format
    label: str  # in a sentence: "as PNG, SVG or PDF"
    description: str  # in a file dialog: "PNG image (*.png)"
    holds: str  # IMAGE or EVENTS
    writes: str | None  # the suffix `export` writes; None: not exported
    reads: tuple[str, ...] = ()  # the suffixes `import` reads; (): not imported
    by_suffix: bool = True  # False: its suffix means another format unless asked for

    @property
    def save_filter(self) -> str:
        return f"{translate('Formats', self.description)} (*{self.writes})"


FORMATS = {
    f.name: f
    for f in (
        Format("png", "PNG", QT_TRANSLATE_NOOP("Formats", "PNG image"), IMAGE, ".png"),
        Format("svg", "SVG", QT_TRANSLATE_NOOP("Formats", "SVG drawing"), IMAGE, ".svg"),
        Format("pdf", "PDF", QT_TRANSLATE_NOOP("Formats", "PDF document"), IMAGE, ".pdf"),
        Format(
            "csv",
            "CSV",
            QT_TRANSLATE_NOOP("Formats", "CSV table"),
            EVENTS,
            ".csv",
            (".csv", ".tsv"),
        ),
        Format("json", "JSON", "JSON", EVENTS, ".json", (".json", ".jsonl", ".ndjson")),
        Format(
            "timesketch",
            "Timesketch",
            "Timesketch JSONL",
            EVENTS,
            ".jsonl",
            (".jsonl", ".ndjson", ".csv"),
        ),
        # TimelineJS writes .json too, which without --format means our own JSON
        Format(
            "timelinejs",
            "TimelineJS",
            "TimelineJS JSON",
            EVENTS,
            ".json",
            (".json", ".csv"),
            by_suffix=False,
        ),
        Format(
            "timeline",
            "Timeline",
            QT_TRANSLATE_NOOP("Formats", "Timeline XML"),
            EVENTS,
            None,
            (".timeline", ".xml"),
        ),
        Format(
            "ics", "iCalendar", QT_TRANSLATE_NOOP("Formats", "iCalendar"), EVENTS, None, (".ics",)
        ),
        Format(
            "plaso",
            "plaso",
            QT_TRANSLATE_NOOP("Formats", "plaso psort output"),
            EVENTS,
            None,
            (".csv", ".jsonl"),
        ),
    )
}
AUTO = "auto"  # --format auto: the format follows the file
DB_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def _globs(suffixes) -> str:
    return " ".join(f"*{s}" for s in dict.fromkeys(suffixes))


def all_files() -> str:
    return translate("Formats", "All files (*)")


def db_filter() -> str:
    """An open dialog's filter for databases."""
    databases = translate("Formats", "Timeline databases ({globs})")
    return f"{databases.format(globs=_globs(DB_SUFFIXES))};;{all_files()}"


def exported(holds: str | None = None) -> list[Format]:
    """The formats `export` writes (of one kind, if given), in table order."""
    return [f for f in FORMATS.values() if f.writes and holds in (None, f.holds)]


def imported() -> list[Format]:
    """The formats `import` reads, in table order."""
    return [f for f in FORMATS.values() if f.reads]


def written_as(suffix: str, holds: str | None = None) -> Format | None:
    """The format a file with this suffix is exported as, when none is named."""
    suffix = suffix.lower()
    return next(
        (f for f in exported(holds) if f.writes == suffix and f.by_suffix),
        None,
    )


def save_filter(holds: str) -> str:
    """A save dialog's filters, one per format; the chosen one names the format."""
    return ";;".join(f.save_filter for f in exported(holds))


def by_save_filter(chosen: str) -> Format | None:
    return next((f for f in FORMATS.values() if f.writes and f.save_filter == chosen), None)


def import_filter() -> str:
    """An open dialog's filter for every file `import` reads."""
    suffixes = [s for f in imported() for s in f.reads]
    files = translate("Formats", "Timeline files ({globs})").format(globs=_globs(suffixes))
    return f"{files};;{all_files()}"


def said(formats: list[Format]) -> str:
    """Their labels in a sentence: "PNG, SVG or PDF"."""
    labels = [f.label for f in formats]
    return ", ".join(labels[:-1]) + " or " + labels[-1] if len(labels) > 1 else "".join(labels)
