"""Implementations of the headless subcommands; explorer/cli.py parses and dispatches."""
