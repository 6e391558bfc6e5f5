"""Benchmarks of the window: open, pan, zoom, filter, search and export.

    .venv/bin/python bench/bench.py [--sizes 1000,100000,1000000] [--entities 200] [--times]
    .venv/bin/python bench/bench.py --peer-steps [--sizes ...] [--json FILE] [--runs 5]
    .venv/bin/python bench/bench.py [--peer-steps] --remote [--sizes 100000]

Prints one table; each size runs in its own process so peak memory is its own.
With --runs N each size runs N times, one process after the other, and every
figure printed is the median of the N (the JSON keeps each run and the range):
on a shared machine single runs of a step's p95 vary by a factor of two.
Databases are generated once (seed 0) into $BENCH_CACHE (default
/tmp/timeline-explorer-bench), never into the project; with --times every
event is a second-precise time (generate --times). Offscreen, no display.
docs/performance.md says how each column is timed and gives the figures.

Default mode (1600x1000): first paint cold (no column cache) and warm
(reopened from it), pan by +-2 % and zoom by x0.9 / x1/0.9 on a window 0.3 of
the span, 30 steps each.

--peer-steps (1920x1080, the steps of the web peer's harness): 20 zoom steps,
each to 0.75 of the previous window's width, from the fitted window, centred
on the busiest burst; 20 pan steps on a window a tenth of the data's span
wide, each shifting it by a fifth of its width. Every step is timed from the
view change to the end of its paint.

--remote (either mode) also times each database served by a local Datasette
(`datasette serve -i`, started on a free port of 127.0.0.1 by the tests'
tests/datasette_server.py) and opened by its URL: a row "N remote" under the
file's own, "remote": true in its JSON. Its warm reopen uses the index kept for
a database served immutable (explorer/core/data/remote_cache.py); its export
names the URL, so there is no file digest to wait for (digest_wait is null).
Figures: bench/remote.md.
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

CACHE = Path(os.environ.get("BENCH_CACHE", "/tmp/timeline-explorer-bench"))
STEPS = 30
PEER_STEPS = 20
PEER_ZOOM = 0.75  # each zoom step's width over the previous one's
PEER_PAN_WINDOW = 0.1  # of the data's span
PEER_PAN_SHIFT = 0.2  # of the window's width


class Window:
    """The main window on one database, offscreen, with every timeline paint
    counted and the end of the last one noted."""

    def __init__(self, db: Path | str, size: tuple[int, int]):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSettings

        from explorer._qt.app import make_app
        from explorer._qt.settings import Settings
        from explorer._qt.timeline.timeline_widget import TimelineWidget

        self.app = make_app()
        self.db, self.size = db, size
        self.settings = Settings(
            QSettings(str(CACHE / "bench-settings.ini"), QSettings.Format.IniFormat)
        )
        self.settings.q.clear()
        self.paints, self.first_end, self.last_end = 0, None, None
        paint_event = TimelineWidget.paintEvent

        def counting_paint(view, ev):
            result = paint_event(view, ev)
            self.paints += 1
            self.last_end = time.perf_counter()
            if self.first_end is None:
                self.first_end = self.last_end
            return result

        TimelineWidget.paintEvent = counting_paint

    def open(self) -> tuple[float, float]:
        """(end of the first timeline paint, every event read and painted),
        seconds from the call that opens the database."""
        from explorer._qt.main_window import MainWindow

        self.window = MainWindow(self.settings)
        self.window.resize(*self.size)
        self.window.show()
        self.app.processEvents()
        self.first_end = None
        started = time.perf_counter()
        self.window.open_database(self.db)
        self.app.processEvents()
        self.window.view.timeline.viewport().repaint()
        loaded = time.perf_counter() - started
        self.session = self.window.session
        return (self.first_end or time.perf_counter()) - started, loaded

    def timed(self, action) -> float:
        """The action and one turn of the event loop, to the end of the paint of
        what changed (a step that painted nothing is painted now, and counted)."""
        before = self.paints
        t = time.perf_counter()
        action()
        self.app.processEvents()
        if self.paints == before:
            self.window.view.timeline.viewport().repaint()
        return self.last_end - t

    def search(self, text: str) -> None:
        """Type `text` and wait for its answer: big databases search in a worker."""
        session = self.session
        before = session.result
        session.filters.set(search=text)
        while text and session.result is before:
            self.app.processEvents()
            time.sleep(0.001)

    def common(self) -> dict:
        """Filter toggles, searches, a 1080p PNG export, and peak memory."""
        import resource

        from explorer._qt.export.render import ImageOptions, export_image
        from explorer.core.io.provenance import file_sha256

        session = self.session
        busiest = session.lane_order[0] if session.lane_order else None
        toggles = [
            self.timed(lambda i=i: session.set_entities_visible([busiest], bool(i % 2)))
            for i in range(6)
        ]
        searches = [self.timed(lambda w=w: self.search(w)) for w in ("tariff", "probe deal", "")]
        # An export names the file's SHA-256, hashed in a thread from the open on
        # (explorer/core/io/provenance.py): how long it still had to wait, apart.
        # A served database is named by its URL: nothing to hash.
        digest_wait = None
        if not session.store.remote:
            t = time.perf_counter()
            file_sha256(session.store.path)
            digest_wait = time.perf_counter() - t
        out = CACHE / "bench-export.png"
        t = time.perf_counter()
        export_image(session, out, ImageOptions(1920, 1080))
        export = time.perf_counter() - t
        return {
            "digest_wait": digest_wait,
            "filter": statistics.median(toggles),
            "search": statistics.median(searches[:2]),
            "export_png": export,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }


def _stats(name: str, values: list[float]) -> dict:
    return {
        f"{name}_median": statistics.median(values),
        f"{name}_p95": _p95(values),
        f"{name}_max": max(values),
    }


def measure(db: Path | str) -> dict:
    """Run inside a child process: today's steps at 1600x1000 (`db` a file or a URL)."""
    w = Window(db, (1600, 1000))
    # Cold: no column cache yet (see explorer/core/data/column_cache.py).
    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)
    first_paint, loaded = w.open()
    view = w.session.view
    view.zoom(0.3)
    pans = [w.timed(lambda i=i: view.pan(0.02 if i % 2 else -0.02)) for i in range(STEPS)]
    zooms = [w.timed(lambda i=i: view.zoom(0.9 if i % 2 else 1 / 0.9)) for i in range(STEPS)]
    figures = w.common()
    events = len(w.session.store.records)
    w.window.close()
    warm_paint, _ = w.open()  # the column cache is written by now
    return {
        "events": events,
        "first_paint": first_paint,
        "all_read": loaded,
        "warm_paint": warm_paint,
        **_stats("pan", pans),
        **_stats("zoom", zooms),
        **figures,
    }


def busiest_burst(columns, t0: float, t1: float, buckets: int = 400) -> float:
    """The middle of the bucket of [t0, t1] holding the most events."""
    import numpy as np

    counts = np.bincount(
        np.clip(((columns.x - t0) * (buckets / (t1 - t0))).astype(np.int64), 0, buckets - 1),
        minlength=buckets,
    )
    return t0 + (int(counts.argmax()) + 0.5) * (t1 - t0) / buckets


def measure_peer(db: Path | str) -> dict:
    """Run inside a child process: the web peer's steps at 1920x1080 (`db` a file or a URL)."""
    w = Window(db, (1920, 1080))
    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)
    first_paint, loaded = w.open()
    view = w.session.view
    view.fit()
    w.app.processEvents()
    f0, f1 = view.range
    centre = busiest_burst(w.session.store.columns, f0, f1)
    widths = [(f1 - f0) * PEER_ZOOM**k for k in range(1, PEER_STEPS + 1)]
    zooms = [w.timed(lambda s=s: view.set_range(centre - s / 2, centre + s / 2)) for s in widths]
    lanes = w.window.view.timeline.lanes
    rest_zoom = w.timed(lanes.settle)  # the layout once the zoom rests (REST_MS later)
    lo, hi = view.bounds
    width = (hi - lo) * PEER_PAN_WINDOW
    shift = width * PEER_PAN_SHIFT
    start = min(max(centre - width / 2, lo), hi - width - PEER_STEPS * shift)
    view.set_range(start, start + width)
    w.app.processEvents()
    pans = [
        w.timed(lambda k=k: view.set_range(start + k * shift, start + width + k * shift))
        for k in range(1, PEER_STEPS + 1)
    ]
    rest_pan = w.timed(lanes.settle)
    return {
        "events": len(w.session.store.records),
        "first_paint": first_paint,
        "all_read": loaded,
        **_stats("zoom", zooms),
        **_stats("pan", pans),
        "rest_layout": max(rest_zoom, rest_pan),
        **w.common(),
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ensure_db(events: int, entities: int, times: bool = False) -> Path:
    from explorer.core.io.generate import generate

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"synthetic-{events}-{entities}{'-times' if times else ''}.db"
    if not path.exists():
        t = time.perf_counter()
        generate(path, events, entities, seed=0, times=times)
        print(f"generated {path.name} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


def _row(label: str, width: int, r: dict, peer: bool) -> str:
    ms = 1000
    paint = (
        f"{r['first_paint']:>10.2f}s" if peer else f"{r['first_paint']:.2f}s/{r['warm_paint']:.2f}s"
    )
    return (
        f"{label:>{width}} {paint:>11} {r['all_read']:>7.2f}s "
        f"{r['pan_median'] * ms:>5.1f}/{r['pan_p95'] * ms:>5.1f}/{r['pan_max'] * ms:<6.1f}ms "
        f"{r['zoom_median'] * ms:>5.1f}/{r['zoom_p95'] * ms:>5.1f}/{r['zoom_max'] * ms:<6.1f}ms "
        f"{r['filter'] * ms:>6.0f}ms {r['search'] * ms:>6.0f}ms "
        f"{r['export_png']:>8.2f}s {r['peak_rss_mb']:>8.0f} {r['load']:>5.2f}"
        + (f" {r['rest_layout'] * ms:>6.0f}ms" if peer else "")
    )


def median_of(runs: list[dict]) -> dict:
    """Each figure's median over the runs (one run: itself); with several, every
    run's own figures are kept under "runs" and the range of each under "range"."""
    if len(runs) == 1:
        return runs[0]
    keys = [k for k, v in runs[0].items() if type(v) in (int, float)]  # not None, not bools
    out = {**runs[0], **{k: statistics.median(r[k] for r in runs) for k in keys}}
    out["range"] = {k: [min(r[k] for r in runs), max(r[k] for r in runs)] for k in keys}
    out["runs"] = runs
    return out


def run_child(target: Path | str, peer: bool, timeout: int) -> dict | str:
    """The child's figures on `target` (a file or a URL), or why there are none."""
    try:
        run = subprocess.run(
            [sys.executable, __file__, "--child", str(target)] + (["--peer-steps"] if peer else []),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return f"did not finish within {timeout} s"
    try:
        return json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        print(run.stderr[-2000:], file=sys.stderr)  # why the child failed
        return f"failed (exit status {run.returncode}; its stderr is above)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--entities", type=int, default=200)
    parser.add_argument("--peer-steps", action="store_true", help="the web peer's steps, 1920x1080")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure here")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per size")
    parser.add_argument("--times", action="store_true", help="second-precise times")
    parser.add_argument("--remote", action="store_true", help="also through a local Datasette")
    parser.add_argument(
        "--runs", type=int, default=1, help="runs per size: each figure the median of them"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        os.environ["XDG_CACHE_HOME"] = str(CACHE / "xdg")
        target = args.child if args.child.startswith("http") else Path(args.child)
        print(json.dumps((measure_peer if args.peer_steps else measure)(target)))
        return
    if args.remote:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from datasette_server import datasette  # the tests' server, started the same way
    width = 16 if args.remote else 10
    paint = "first paint" if args.peer_steps else "paint cold/warm"
    print(
        f"{'events':>{width}} {paint:>11} {'all read':>8} {'pan med/p95/max':>20} "
        f"{'zoom med/p95/max':>20} {'filter':>8} {'search':>8} {'PNG 1080p':>9} "
        f"{'peak MB':>8} {'load':>5}" + (f" {'at rest':>8}" if args.peer_steps else "")
    )
    results = []

    def run(label: str, target: Path | str, extra: dict) -> None:
        runs = []
        for _ in range(args.runs):
            load = os.getloadavg()[0]  # the 1-minute load average as the run starts
            r = run_child(target, args.peer_steps, args.timeout)
            if isinstance(r, str):
                print(f"{label:>{width}} {r}", flush=True)
                return
            runs.append({**r, "load": load})
        r = median_of(runs)
        r.update(extra)
        results.append(r)
        print(_row(label, width, r, args.peer_steps), flush=True)

    for size in (int(s) for s in args.sizes.split(",")):
        db = ensure_db(size, args.entities, args.times)
        run(f"{size:,}", db, {})
        if args.remote:
            with datasette(db, immutable=True) as url:
                run(f"{size:,} remote", url, {"remote": True})
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
