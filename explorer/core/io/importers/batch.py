"""Import several files into one database: read each input, report bad rows, write.

`import_files` is what `timeline-explorer import` and the window's File › Import call.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...jobs import Progress
from ...words import translate
from . import FORMATS, FileError, UnknownFormat, csv_json, read, writer


class ImportFailed(Exception):
    """Nothing was imported."""


class BadRequest(ImportFailed):
    """Nothing was imported because the request itself was wrong: a bad --map or
    format, a missing input, the output being an input, a file no importer knows."""


@dataclass
class Outcome:
    output: Path
    report: writer.Report
    files: int  # files read
    failed: list[str]  # files not imported
    seconds: float

    def summary(self) -> str:
        report = self.report
        text = translate(
            "ImportSummary",
            "{imported} events imported into {output} from {files} file(s) in {seconds} s; "
            "{rejected} row(s) skipped, {already} already there",
        ).format(
            imported=report.imported,
            output=self.output,
            files=self.files,
            seconds=f"{self.seconds:.1f}",
            rejected=report.rejected,
            already=report.already,
        )
        if report.kept:
            text += "; " + ", ".join(f"{n} {what}" for what, n in sorted(report.kept.items()))
        if self.failed:
            failed = translate("ImportSummary", "not imported: {files}")
            text += "; " + failed.format(files=", ".join(self.failed))
        return text


def parse_maps(items: list[str] | None) -> dict[str, str]:
    """["title=Headline", ...] -> {"title": "Headline"}; ValueError names a bad item."""
    mapping = {}
    for item in items or ():
        field, sep, column = item.partition("=")
        field, column = field.strip().lower(), column.strip()
        if not sep or not column:
            raise ValueError(f"--map expects FIELD=COLUMN, got {item!r}")
        if field not in csv_json.FIELDS:
            raise ValueError(
                f"--map: unknown field {field!r} (one of {', '.join(csv_json.FIELDS)})"
            )
        mapping[field] = column
    return mapping


def import_files(
    files: list[Path],
    output: Path,
    fmt: str = "auto",
    maps=None,
    entity_kind=None,
    *,
    say: Callable[[str], None] = lambda message: None,
    progress: Progress | None = None,
) -> Outcome:
    """Import `files` into `output`; ImportFailed (BadRequest: the request was wrong)
    when nothing was, jobs.Cancelled when `progress` returned False (then `output`
    is as it was)."""
    try:
        mapping = parse_maps(maps)
    except ValueError as exc:
        raise BadRequest(str(exc)) from None
    if fmt not in FORMATS:
        raise BadRequest(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    for path in files:
        if not path.is_file():
            raise BadRequest(f"{path}: no such file")
        if output.exists() and path.resolve() == output.resolve():
            raise BadRequest(f"{path}: the output would overwrite this input")
    began = time.perf_counter()
    inputs, failed = [], []
    for path in files:
        try:
            parsed = read(path, fmt, mapping)
        except UnknownFormat as exc:
            raise BadRequest(f"{path}: {exc}") from None
        except FileError as exc:
            say(f"{path.name}: not imported, {exc}")
            failed.append(path.name)
            continue
        if mapping and parsed.format not in ("csv", "json"):
            say(f"{path.name}: --map is ignored for {parsed.format} files")
        inputs.append((path, parsed))
    try:
        report = writer.write(
            output,
            inputs,
            entity_kind=entity_kind or writer.DEFAULT_KIND,
            say=say,
            progress=progress,
        )
    except writer.WriteError as exc:
        raise ImportFailed(str(exc)) from None
    outcome = Outcome(
        output, report, len(inputs), failed + report.failed_files, time.perf_counter() - began
    )
    if report.imported == 0 and report.already == 0:
        raise ImportFailed(f"nothing imported, {output} not written ({outcome.summary()})")
    return outcome
