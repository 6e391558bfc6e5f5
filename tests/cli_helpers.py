"""Run `timeline-explorer` in tests as a shell would."""

from explorer.cli import main


def run(*args) -> int:
    """The exit code; argparse's SystemExit (a refused argument) becomes one too."""
    try:
        return main([str(a) for a in args])
    except SystemExit as exc:
        return exc.code
