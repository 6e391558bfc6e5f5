"""`timeline-explorer import`: build (or add to) a database from other tools' files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.data import schema
from ..core.io import formats

NAME = "import"


def add_parser(sub) -> None:
    p = sub.add_parser(
        NAME,
        help="build a database from other tools' timeline files",
        description="Build (or add to) a database from CSV, JSON, Timesketch, TimelineJS, "
        "Timeline, iCalendar or plaso (psort) files; see docs/import.md.",
    )
    p.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="files to import (one or more)"
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DB",
        help="database to write; an existing one is added to",
    )
    p.add_argument(
        "--format",
        default=formats.AUTO,
        choices=(formats.AUTO, *(f.name for f in formats.imported())),
        help="the files' format (default auto: from each file's extension and content)",
    )
    p.add_argument(
        "--map", action="append", metavar="FIELD=COLUMN", help="CSV/JSON column (repeatable)"
    )
    p.add_argument(
        "--entity-kind",
        default="company",
        choices=schema.ENTITY_KINDS,
        help="kind of new entities made from groups and tags (default: company)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.io.importers.batch import BadRequest, ImportFailed, import_files

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        outcome = import_files(
            args.files, args.output, args.format, args.map, args.entity_kind, say=say
        )
    except BadRequest as exc:
        print(f"timeline-explorer import: error: {exc}", file=sys.stderr)
        return 2
    except ImportFailed as exc:
        say(f"import: {exc}")
        return 1
    print(outcome.summary())
    return 0
