"""Benchmark: one edit on a big database, from accept to the repainted view.

    .venv/bin/python bench/edit_bench.py [--events 1000000] [--entities 200] [--edits 15]

Opens a writable copy of a synthetic database (bench/.cache/, as bench.py
makes it) in the window, offscreen, and times, for each edit, the call the
event editor's OK makes (Editor.do: the transaction, the columns and search
index for the changed rows, the new filter result) plus one turn of the event
loop and a repaint of the timeline. Edits alternate: a retitle, an edit that
also moves the event in time, a new event, a delete. Prints min / median / max in ms, the
two phases, and a filter change's redraw for comparison; and the process's CPU
time per edit, which a machine busy with other work inflates less than the
wall-clock time.

Measured 2026-12-02 on the shared 2-core development machine, busy with other
work (load average 4 to 5), 1M events, 200 entities, 32 edits per run, three
runs: accept to repainted view, median 77, 105 and 150 ms wall clock (a
retitle 71-132, an edit that moves the event 92-176, new 78-161, delete
70-146); CPU time of the process per edit, median 57, 59 and 65 ms. A filter
change's redraw took 113, 195 and 254 ms in the same runs: an edit costs less
than a filter change, and what varies is the wait for a CPU.
After merging main (times and BCE dates), one more run: median 91 ms wall
clock (retitle 72, moving edit 111, new 89, delete 90), CPU 40 ms; a filter
change 146 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench import CACHE, ensure_db  # noqa: E402

KINDS = ("retitle", "edit", "new", "delete")  # edit: a new title and a date that moves it


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--entities", type=int, default=200)
    parser.add_argument("--edits", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CACHE_HOME"] = str(CACHE / "xdg")
    source = ensure_db(args.events, args.entities)
    path = CACHE / f"edit-{args.events}.db"
    shutil.copyfile(source, path)

    from PySide6.QtCore import QSettings

    from explorer._qt.app import make_app
    from explorer._qt.main_window import MainWindow
    from explorer._qt.settings import Settings
    from explorer.core.data import edit_ops
    from explorer.core.data.edit_ops import EventDraft
    from explorer.core.data.store_writer import upgrade

    upgrade(path)
    app = make_app()
    settings = Settings(QSettings(str(CACHE / "edit-settings.ini"), QSettings.Format.IniFormat))
    settings.q.clear()
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    t = time.perf_counter()
    window.open_database(path)
    app.processEvents()
    print(f"opened {path.name} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    editor, session = window.edit.editor, window.session
    assert editor is not None, window.edit.reason
    viewport = window.view.timeline.viewport()
    session.view.zoom(0.3)
    app.processEvents()
    ids = session.store.columns.ids
    source_id = editor.writer.conn.execute("SELECT min(id) FROM sources").fetchone()[0]
    quote = editor.writer.conn.execute(
        "SELECT quote FROM citations WHERE source_id = ? LIMIT 1", [source_id]
    ).fetchone()[0]
    timings: dict[str, list[float]] = {kind: [] for kind in KINDS}
    cpu_ms: list[float] = []  # the process's CPU time: what a busy machine's waits leave out
    phases: dict[str, list[float]] = {
        "written and published": [],
        "painted": [],
        "a filter change, for comparison": [],
    }
    for i in range(args.edits):
        kind = KINDS[i % len(KINDS)]
        event_id = int(ids[(i * 7919 * 104729) % len(ids)])
        w = editor.writer
        if kind == "retitle":
            draft = EventDraft.of(w.event(event_id))
            draft.title = f"{draft.title} (retitled {i})"
            change = edit_ops.edit_event(w, event_id, draft)
        elif kind == "edit":
            draft = EventDraft.of(w.event(event_id))
            draft.title, draft.start, draft.end = (
                f"{draft.title} (edited {i})",
                "2021-06-0" + str(1 + i % 9),
                None,
            )
            change = edit_ops.edit_event(w, event_id, draft)
        elif kind == "new":
            draft = EventDraft(
                title=f"Benchmark event {i}",
                start="2022-03",
                entity_ids=[session.lane_order[0]],
                citations=[(source_id, quote, "claim")],
            )
            change = edit_ops.new_event(w, draft)
        else:
            change = edit_ops.delete_event(w, event_id)
        t, cpu = time.perf_counter(), time.process_time()
        editor.do(change)  # what the editor's OK does
        written = time.perf_counter()
        app.processEvents()
        viewport.repaint()
        timings[kind].append((time.perf_counter() - t) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)
        phases["written and published"].append((written - t) * 1000)
        phases["painted"].append((time.perf_counter() - written) * 1000)
    for i in range(6):  # the same redraw without an edit: a filter change
        t = time.perf_counter()
        session.filters.set(disputed_only=not i % 2)
        app.processEvents()
        viewport.repaint()
        phases["a filter change, for comparison"].append((time.perf_counter() - t) * 1000)
    print(f"{args.events:,} events, one edit from accept to the repainted view (ms):")
    for kind, values in timings.items():
        print(
            f"  {kind:7s} n={len(values):2d}  min {min(values):6.1f}  "
            f"median {statistics.median(values):6.1f}  max {max(values):6.1f}"
        )
    every = [v for values in timings.values() for v in values]
    print(f"  all     median {statistics.median(every):6.1f}")
    print(f"  all, CPU time of the process: median {statistics.median(cpu_ms):6.1f}")
    for name, values in phases.items():
        print(f"  {name}: median {statistics.median(values):6.1f}")
    window.close()
    path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
