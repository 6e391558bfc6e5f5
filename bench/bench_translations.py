"""What reading events in another language costs: records with and without
translations, and a search over translated texts.

    .venv/bin/python bench/bench_translations.py [--events 100000] [--runs 5]

Generates a database (seed 0) into bench/.cache/, copies it with a German title
for every event, and prints medians. Qt-free.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path

import sqlite_utils

from explorer.core.data import schema
from explorer.core.data.store import Store
from explorer.core.io.generate import generate

CACHE = Path(__file__).parent / ".cache"
READ = 20_000  # records read per run: a window's record cache


def databases(events: int) -> tuple[Path, Path]:
    CACHE.mkdir(exist_ok=True)
    plain, german = CACHE / f"tr-{events}.db", CACHE / f"tr-{events}-de.db"
    if not plain.exists():
        generate(plain, events, 200, seed=0)
    if not german.exists():
        shutil.copy(plain, german)
        db = sqlite_utils.Database(german)
        db.execute(
            "INSERT INTO translations (kind, id, lang, field, text) "
            "SELECT 'event', id, 'de', 'title', 'DE ' || title FROM events"
        )
        schema.fill_search_index(db)
        db.conn.commit()
        db.conn.close()
    return plain, german


def read_ms(path: Path, lang: str | None, runs: int) -> float:
    """Median milliseconds to read READ records, spread over the file, from a fresh store."""
    times = []
    for _ in range(runs):
        store = Store(path)
        store.set_language(lang)
        ids = store.columns.ids[:: max(len(store.columns) // READ, 1)][:READ].tolist()
        start = time.perf_counter()
        store.records.many(ids)
        times.append(1000 * (time.perf_counter() - start))
        store.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    plain, german = databases(args.events)
    print(f"{READ:,} records of {args.events:,} events, median of {args.runs} (ms)")
    print(f"  no translations                {read_ms(plain, None, args.runs):8.1f}")
    print(f"  translated file, originals     {read_ms(german, None, args.runs):8.1f}")
    print(f"  translated file, in German     {read_ms(german, 'de', args.runs):8.1f}")
    store = Store(german)
    start = time.perf_counter()
    found = int(store.search_mask("DE").sum())
    took = 1000 * (time.perf_counter() - start)
    print(f"  search a German word (FTS)     {took:8.1f}  ({found:,} found)")


if __name__ == "__main__":
    main()
