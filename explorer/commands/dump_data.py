"""`timeline-explorer dump-data`: a database as the JSON files build-data reads."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

NAME = "dump-data"


def add_parser(sub) -> None:
    p = sub.add_parser(
        NAME,
        help="write a database as events.json, entities.json and sources.json",
        description=(
            "Write DB as the JSON files build-data reads, for review in version control; "
            "build-data of the dump gives back the same database."
        ),
    )
    p.add_argument("db", type=Path, metavar="DB", help="the database to dump")
    p.add_argument(
        "--data", type=Path, required=True, metavar="DIR", help="folder to write the files into"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.data.store import StoreError
    from ..core.io.dump import dump

    try:
        counts = dump(args.db, args.data)
    except StoreError as exc:
        print(f"timeline-explorer dump-data: error: {exc}", file=sys.stderr)
        return 2
    except (OSError, sqlite3.Error) as exc:
        print(f"dump-data: {exc}", file=sys.stderr)
        return 1
    wrote = ", ".join(f"{name} ({n})" for name, n in counts.items())
    print(f"wrote {wrote} in {args.data}")
    return 0
