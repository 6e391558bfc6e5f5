"""`timeline-explorer import`: read each input, report bad rows, write the database."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from . import FORMATS, FileError, UnknownFormat, csv_json, read, writer

USAGE_ERROR, FAILED, OK = 2, 1, 0


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


def run(files: list[Path], output: Path, fmt: str = "auto", maps=None, entity_kind=None) -> int:
    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        mapping = parse_maps(maps)
    except ValueError as exc:
        return _usage(str(exc))
    if fmt not in FORMATS:
        return _usage(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    for path in files:
        if not path.is_file():
            return _usage(f"{path}: no such file")
        if output.exists() and path.resolve() == output.resolve():
            return _usage(f"{path}: the output would overwrite this input")
    began = time.perf_counter()
    inputs, failed = [], []
    for path in files:
        try:
            parsed = read(path, fmt, mapping)
        except UnknownFormat as exc:
            return _usage(f"{path}: {exc}")
        except FileError as exc:
            say(f"{path.name}: not imported, {exc}")
            failed.append(path.name)
            continue
        if mapping and parsed.format not in ("csv", "json"):
            say(f"{path.name}: --map is ignored for {parsed.format} files")
        inputs.append((path, parsed))
    try:
        report = writer.write(
            output, inputs, entity_kind=entity_kind or writer.DEFAULT_KIND, say=say
        )
    except writer.WriteError as exc:
        say(f"import: {exc}")
        return FAILED
    seconds = time.perf_counter() - began
    summary = (
        f"{report.imported} events imported into {output} from {len(inputs)} file(s) "
        f"in {seconds:.1f} s; {report.rejected} row(s) skipped, "
        f"{report.already} already there"
    )
    failed += report.failed_files
    if failed:
        summary += f"; not imported: {', '.join(failed)}"
    if report.imported == 0 and report.already == 0:
        say(f"import: nothing imported, {output} not written ({summary})")
        return FAILED
    print(summary)
    return OK


def _usage(message: str) -> int:
    print(f"timeline-explorer import: error: {message}", file=sys.stderr)
    return USAGE_ERROR
