"""The command line: `timeline-explorer [PATH]` opens the window; subcommands work headless.

Each subcommand is a module in explorer/commands/; this file only builds the parser
from them and dispatches. Exit codes (README, "Command line"): 0 done, 1 failed or
problems found, 2 bad arguments or a missing/unreadable input file.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from . import __version__
from .commands import MODULES
from .core.paths import location
from .core.words import LANGUAGES

COMMANDS = tuple(module.NAME for module in MODULES)
PROG = "timeline-explorer"
USAGE = f"""{PROG} [--smoke-test] [PATH]
       {PROG} COMMAND [options]   (see {PROG} COMMAND --help)"""


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr and exit 2, no usage dump or traceback."""

    def error(self, message):
        unknown = message.removeprefix("unrecognized arguments: ").split()
        if message.startswith("unrecognized arguments: ") and unknown[0].startswith("-"):
            hint = _did_you_mean(unknown[0].split("=")[0], list(self._option_string_actions))
            message += f"; {hint}" if hint else ""
        self.exit(2, f"{self.prog}: error: {message}\n")


def _add_window_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "path",
        nargs="?",
        type=location,
        metavar="PATH",
        help="a database (.db), a saved view (NAME.view.json) or a Datasette database's URL "
        "(http://host/DBNAME) to open in the window; "
        "without it the window opens the last database, or the bundled data",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the window's language (default: as chosen in View › Language, else the system's)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open PATH (default: the bundled data), show the window, print the time to "
        "its first paint in ms and exit 0",
    )


def _parser() -> argparse.ArgumentParser:
    """The whole command line as --help shows it: the window's arguments and every
    subcommand. Subcommands are parsed by their own parser (see main)."""
    parser = _Parser(
        prog=PROG,
        usage=USAGE,
        description="Explore a timeline database. With no COMMAND, open the window.",
        epilog="exit codes: 0 done, 1 failed or problems found, "
        "2 bad arguments or a missing/unreadable input file",
    )
    _add_window_arguments(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", prog=PROG)
    for module in MODULES:
        module.add_parser(sub)
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, usage=USAGE)
    _add_window_arguments(parser)
    return parser


def subcommand_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices


def _refuse(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


def _did_you_mean(word: str, names) -> str:
    close = difflib.get_close_matches(word, names, n=3, cutoff=0.7)
    return f"did you mean {' or '.join(close)}?" if close else ""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = _parser()
    if argv and argv[0] in COMMANDS:
        args = subcommand_parsers(parser)[argv[0]].parse_args(argv[1:])
        return args.func(args)
    if argv[:1] in (["-h"], ["--help"]):
        parser.print_help()
        return 0
    args, unknown = _window_parser().parse_known_args(argv)
    if isinstance(args.path, Path) and not args.path.exists():
        # A mistyped command (or a file that is not there) never opens the window.
        word = str(args.path)
        hint = _did_you_mean(word, COMMANDS) or f"commands: {', '.join(COMMANDS)}"
        return _refuse(f"{word!r} is neither a command nor a file; {hint}")
    if unknown:
        word = unknown[0]
        options = ("--help", "--version", "--smoke-test", "--lang")
        hint = _did_you_mean(word, options if word.startswith("-") else COMMANDS)
        return _refuse(f"unrecognized argument {word!r}" + (f"; {hint}" if hint else ""))
    from ._qt.app import run  # Qt is imported only for the window

    return run(args.path, [], smoke_test=args.smoke_test, language=args.lang)
