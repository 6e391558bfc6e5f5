"""The command line: `timeline-explorer [PATH]` opens the window; subcommands work headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .commands import export, generate
from .core import paths
from .core.data import schema

COMMANDS = ("build-data", "validate", "export", "import", "generate")


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr and exit 2, no usage dump or traceback."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="timeline-explorer",
        description="Explore a timeline database. With no command, open the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser("build-data", help="build data/ai-chips.db from data/*.json")
    build.add_argument("--data", type=Path, default=paths.data_dir(), help="folder of JSON files")
    build.add_argument("-o", "--output", type=Path, default=paths.bundled_db())
    build.add_argument(
        "--sources", type=Path, action="append", help="folder of cited articles (repeatable)"
    )

    check = sub.add_parser("validate", help="check a database against docs/schema.md")
    check.add_argument("db", type=Path)
    check.add_argument(
        "--sources",
        type=Path,
        action="append",
        help="folder of cited articles, to check quotes (repeatable)",
    )
    check.set_defaults(func=_validate)
    build.set_defaults(func=_build_data)
    export.add_parser(sub)
    generate.add_parser(sub)

    imp = sub.add_parser("import", help="build a database from other tools' timeline files")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="DB")
    imp.add_argument(
        "--format",
        default="auto",
        choices=("auto", "csv", "json", "timesketch", "timelinejs", "timeline"),
    )
    imp.add_argument(
        "--map", action="append", metavar="FIELD=COLUMN", help="CSV/JSON column (repeatable)"
    )
    imp.add_argument(
        "--entity-kind",
        default="company",
        choices=schema.ENTITY_KINDS,
        help="kind of new entities made from groups and tags (default: company)",
    )
    imp.set_defaults(func=_import)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline-explorer", description=_parser().description)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "path", nargs="?", type=Path, help="database, or saved view (NAME.view.json), to open"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open PATH (default: the bundled data), show the window, print the time to "
        "its first paint in ms and exit 0",
    )
    parser.epilog = "commands: " + ", ".join(COMMANDS) + " (see COMMAND --help)"
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS or argv[:1] in (["-h"], ["--help"]):
        args = _parser().parse_args(argv)
        return args.func(args)
    args, qt_args = _gui_parser().parse_known_args(argv)
    from ._qt.app import run  # Qt is imported only for the window

    return run(args.path, qt_args, smoke_test=args.smoke_test)


def _build_data(args) -> int:
    from .core.io.build import BuildError, build

    sources = args.sources or paths.default_source_dirs()
    try:
        count = build(args.data, args.output, sources)
    except (BuildError, OSError, KeyError, ValueError) as exc:
        print(f"build-data: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({count} events)")
    return 0


def _validate(args) -> int:
    from .core.data.store import StoreError
    from .core.data.validate import validate

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


def _import(args) -> int:
    from .core.io.importers.command import run

    return run(args.files, args.output, args.format, args.map, args.entity_kind)
