"""A file and the same file served by Datasette, side by side: open, pan, zoom,
filter, search and export (bench/remote.md has the figures).

    .venv/bin/python bench/remote_bench.py --remote [--sizes 100000] [--entities 200]

The earlier form of bench/bench.py (its default mode), kept for the --remote rows.

Prints a table. Each size runs in its own process so peak memory is its own.
First paint is timed twice: cold (no column cache) and warm (reopened from it);
a very big file's cold first paint shows a sample of its events (see
explorer/_qt/loading.py), and "all read" is when every event is on screen.
Peak memory is taken before the warm reopen.
Databases are generated once into bench/.cache/ (seed 0); with --times every
event is a second-precise time (generate --times). Offscreen, no display.

`--remote` also times each file served by a local Datasette (`datasette serve
-i`, started here on a free port of 127.0.0.1) and opened by its URL: a row
"N remote" under the file's own. Its "warm" reopen uses the index kept for
a database served immutable (explorer/core/data/remote_cache.py). Figures:
bench/remote.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

CACHE = Path(__file__).parent / ".cache"
STEPS = 30


def measure(db: Path | str) -> dict:
    """Run inside a child process: open the window on `db` (a file or a URL)
    and time interactions."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from PySide6.QtCore import QSettings

    from explorer._qt.app import make_app
    from explorer._qt.export.render import ImageOptions, export_image
    from explorer._qt.main_window import MainWindow
    from explorer._qt.settings import Settings

    app = make_app()
    settings = Settings(QSettings(str(CACHE / "bench-settings.ini"), QSettings.Format.IniFormat))
    settings.q.clear()
    # Cold: no column cache yet (see explorer/core/column_cache.py).
    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)

    from explorer._qt.timeline.timeline_widget import TimelineWidget

    paints = [0, None]  # timeline paints so far; when the first one after an open began
    paint_event = TimelineWidget.paintEvent

    def counting_paint(view, ev):
        paints[0] += 1
        if paints[1] is None:
            paints[1] = time.perf_counter()
        return paint_event(view, ev)

    TimelineWidget.paintEvent = counting_paint

    def open_window():
        """(window, first paint, all loaded): a very big file first paints a sample."""
        window = MainWindow(settings)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        paints[1] = None
        started = time.perf_counter()
        window.open_database(db)
        app.processEvents()
        window.view.timeline.viewport().repaint()
        loaded = time.perf_counter() - started
        return window, (paints[1] or time.perf_counter()) - started, loaded

    window, first_paint, loaded = open_window()
    session, viewport = window.session, window.view.timeline.viewport()

    def timed(action) -> float:
        """The action and one turn of the event loop, which paints what changed
        (every step is checked to have painted the timeline at least once)."""
        before = paints[0]
        t = time.perf_counter()
        action()
        app.processEvents()
        if paints[0] == before:  # nothing painted yet: paint now, and count it
            viewport.repaint()
        return time.perf_counter() - t

    session.view.zoom(0.3)
    pans = [timed(lambda i=i: session.view.pan(0.02 if i % 2 else -0.02)) for i in range(STEPS)]
    zooms = [timed(lambda i=i: session.view.zoom(0.9 if i % 2 else 1 / 0.9)) for i in range(STEPS)]
    busiest = session.lane_order[0] if session.lane_order else None
    toggles = [
        timed(lambda i=i: session.set_entities_visible([busiest], bool(i % 2))) for i in range(6)
    ]

    def search(text: str) -> None:
        """Type `text` and wait for its answer: big databases search in a worker."""
        before = session.result
        session.filters.set(search=text)
        while text and session.result is before:
            app.processEvents()
            time.sleep(0.001)

    searches = [timed(lambda w=w: search(w)) for w in ("tariff", "probe deal", "")]
    out = CACHE / "bench-export.png"
    t = time.perf_counter()
    export_image(session, out, ImageOptions(1920, 1080))
    export = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    _, warm_paint, _ = open_window()  # the column cache is written by now
    return {
        "events": len(session.store.records),
        "first_paint": first_paint,
        "loaded": loaded,
        "warm_paint": warm_paint,
        "pan_median": statistics.median(pans),
        "pan_p95": _p95(pans),
        "zoom_median": statistics.median(zooms),
        "zoom_p95": _p95(zooms),
        "filter_toggle": statistics.median(toggles),
        "search": statistics.median(searches[:2]),
        "export_png": export,
        "peak_mb": peak_mb,
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ensure_db(events: int, entities: int, times: bool = False) -> Path:
    from explorer.core.io.generate import generate

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"synthetic-{events}-{entities}{'-times' if times else ''}.db"
    if not path.exists():
        t = time.perf_counter()
        generate(path, events, entities, seed=0, times=times)
        print(f"generated {path.name} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


def run_child(target: Path | str, timeout: int) -> dict | None:
    try:
        run = subprocess.run(
            [sys.executable, __file__, "--child", str(target)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    try:
        return json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        print(run.stderr[-2000:], file=sys.stderr)  # why the child failed
        return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--entities", type=int, default=200)
    parser.add_argument("--timeout", type=int, default=900, help="seconds per size")
    parser.add_argument("--times", action="store_true", help="second-precise times")
    parser.add_argument("--remote", action="store_true", help="also through a local Datasette")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        os.environ["XDG_CACHE_HOME"] = str(CACHE / "xdg")
        child = args.child
        print(json.dumps(measure(child if child.startswith("http") else Path(child))))
        return
    header = (
        f"{'events':>16} {'first paint cold/warm':>21} {'all read':>8} "
        f"{'pan med/p95':>14} {'zoom med/p95':>14} "
        f"{'filter':>8} {'search':>8} {'PNG 1080p':>9} {'peak MB':>8}"
    )
    print(header)
    for size in (int(s) for s in args.sizes.split(",")):
        db = ensure_db(size, args.entities, args.times)
        print_row(f"{size:,}", run_child(db, args.timeout), args.timeout)
        if args.remote:
            with datasette(db, immutable=True) as url:
                print_row(f"{size:,} remote", run_child(url, args.timeout), args.timeout)


def print_row(label: str, r: dict | None, timeout: int) -> None:
    if r is None:
        print(f"{label:>16} did not finish within {timeout} s")
        return
    ms = 1000
    print(
        f"{label:>16} {r['first_paint']:>13.2f}s/{r['warm_paint']:.2f}s {r['loaded']:>7.2f}s "
        f"{r['pan_median'] * ms:>6.1f}/{r['pan_p95'] * ms:<6.1f}ms "
        f"{r['zoom_median'] * ms:>6.1f}/{r['zoom_p95'] * ms:<6.1f}ms "
        f"{r['filter_toggle'] * ms:>6.0f}ms {r['search'] * ms:>6.0f}ms "
        f"{r['export_png']:>8.2f}s {r['peak_mb']:>8.0f}",
        flush=True,
    )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from datasette_server import datasette  # the tests' server, started the same way

    main()
