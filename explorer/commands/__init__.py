"""One module per headless subcommand, each with NAME, add_parser(sub) and
run(args) -> exit code; explorer/cli.py builds the parser from them and dispatches.

The commands print and choose exit codes; the core they call returns results and
raises errors.
"""

from . import build_data, dump_data, export, generate, import_, publish, validate

MODULES = (build_data, validate, export, import_, generate, dump_data, publish)
