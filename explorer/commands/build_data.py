"""`timeline-explorer build-data`: the bundled database from data/*.json."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core import paths

NAME = "build-data"


def add_parser(sub) -> None:
    p = sub.add_parser(
        NAME,
        help="build data/ai-chips.db from data/*.json",
        description="Rebuild the bundled database from its human-editable JSON source.",
    )
    p.add_argument(
        "--data",
        type=Path,
        default=paths.data_dir(),
        metavar="DIR",
        help="folder of JSON files (default: data/)",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=paths.bundled_db(),
        metavar="DB",
        help="database to write (default: data/ai-chips.db)",
    )
    p.add_argument(
        "--sources",
        type=Path,
        action="append",
        metavar="DIR",
        help="folder of cited articles (repeatable)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.io.build import BuildError, build

    if not args.data.is_dir():  # a missing input is a bad argument (exit 2), as everywhere
        print(f"timeline-explorer build-data: error: {args.data}: no such folder", file=sys.stderr)
        return 2
    sources = args.sources or paths.default_source_dirs()
    try:
        count = build(args.data, args.output, sources)
    except (BuildError, OSError, KeyError, ValueError) as exc:
        print(f"build-data: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({count} events)")
    return 0
