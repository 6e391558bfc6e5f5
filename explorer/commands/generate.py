"""`timeline-explorer generate`: a synthetic database, for scale tests and benchmarks."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

NAME = "generate"


def add_parser(sub) -> None:
    p = sub.add_parser(
        NAME,
        help="write a synthetic database of realistic shape",
        description="Write a synthetic database (bursts, uneven entities, mixed "
        "precision), the same for the same seed; for scale tests and benchmarks.",
    )
    p.add_argument(
        "--events", type=int, required=True, metavar="N", help="how many events (1-50000000)"
    )
    p.add_argument(
        "--entities", type=int, required=True, metavar="M", help="how many entities (1-100000)"
    )
    p.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    p.add_argument(
        "--times",
        action="store_true",
        help="every event a second-precise UTC time (2025-01-19T14:30:05Z) instead of "
        "day, month and year dates",
    )
    p.add_argument(
        "--days",
        type=int,
        metavar="D",
        help="with --times: the events fall within D days from 19 January 2025 "
        "(default: 1975-2025)",
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="database to write"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.io.generate import generate

    if not (1 <= args.events <= 50_000_000 and 1 <= args.entities <= 100_000):
        print(
            "timeline-explorer generate: error: --events 1-50000000, --entities 1-100000",
            file=sys.stderr,
        )
        return 2
    if args.days is not None and not (args.times and 1 <= args.days <= 36_500):
        print("timeline-explorer generate: error: --days 1-36500, with --times", file=sys.stderr)
        return 2
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done:,} / {total:,} events", end="", file=sys.stderr, flush=True)

    try:
        generate(
            args.output, args.events, args.entities, args.seed, progress, args.times, args.days
        )
    except OSError as exc:
        print(f"\ngenerate: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    print(f"wrote {args.output} ({args.events:,} events, {time.perf_counter() - started:.1f} s)")
    return 0
