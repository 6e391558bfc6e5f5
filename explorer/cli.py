"""The command line: `timeline-explorer [PATH]` opens the window; subcommands work headless.

Each subcommand is a module in explorer/commands/; this file only builds the parser
from them and dispatches.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .commands import MODULES

COMMANDS = tuple(module.NAME for module in MODULES)


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
    for module in MODULES:
        module.add_parser(sub)
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
