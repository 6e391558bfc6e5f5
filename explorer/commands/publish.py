"""`timeline-explorer publish`: Datasette metadata for serving a database to a team."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "publish"


def add_parser(sub) -> None:
    p = sub.add_parser(
        NAME,
        help="write Datasette metadata.json for a database and print the serve command",
        description="Write a Datasette metadata.json for DB (title, sources, licence, "
        "facets by category and entity, full-text search) and print the `datasette "
        "serve` command that serves DB read-only; see docs/datasette.md. DB is only read.",
    )
    p.add_argument("db", type=Path, metavar="DB", help="the database to publish")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="PATH",
        help="metadata file to write (default: metadata.json beside DB)",
    )
    p.add_argument("--license", default=None, metavar="NAME", help="licence of the data")
    p.add_argument("--license-url", default=None, metavar="URL", help="where the licence is")
    p.add_argument(
        "--port", type=int, default=8001, metavar="N", help="port in the printed command"
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADDR",
        help="address in the printed command (0.0.0.0 serves the whole network)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.data.store import SchemaError, Store, StoreError
    from ..core.io.datasette_metadata import metadata, serve_command, write

    if not 1 <= args.port <= 65535:
        print("timeline-explorer publish: error: --port 1-65535", file=sys.stderr)
        return 2
    try:
        store = Store(args.db)
    except StoreError as exc:
        print(f"publish: {exc}", file=sys.stderr)
        return 1 if isinstance(exc, SchemaError) else 2
    try:
        data, notes = metadata(store, args.license, args.license_url)
    finally:
        store.close()
    output = args.output or args.db.with_name("metadata.json")
    try:
        write(output, data)
    except OSError as exc:
        print(f"publish: could not write {output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"publish: note: {note}", file=sys.stderr)
    print(f"wrote {output}; serve {args.db.name} read-only with:", file=sys.stderr)
    print(serve_command(args.db, output, args.port, args.host))
    return 0
