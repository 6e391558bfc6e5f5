"""`timeline-explorer validate`: check a database against docs/schema.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "validate"


def add_parser(sub) -> None:
    p = sub.add_parser(
        NAME,
        help="check a database against docs/schema.md",
        description="Check a database against docs/schema.md and list its problems. "
        "Exit 0 clean, 1 problems found, 2 missing or unreadable.",
    )
    p.add_argument("db", type=Path, metavar="DB", help="the database file to check")
    p.add_argument(
        "--sources",
        type=Path,
        action="append",
        metavar="DIR",
        help="folder of cited articles, to check quotes (repeatable)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.data.store import StoreError
    from ..core.data.validate import validate

    try:
        problems, unchecked = validate(args.db, args.sources or [])
    except StoreError as exc:
        print(f"validate: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    if unchecked:
        print(
            f"note: {unchecked} quotes not checked (source files not at hand; use --sources DIR)",
            file=sys.stderr,
        )
    print(f"{args.db}: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0
