"""Screenshots of the window at every time scale (run under Xvfb): the Timesketch
sample at the minute level, a generated day of 10,000 second-precise events, a
history timeline from 3100 BCE, and the axis at each scale from a minute to
5,000 years.

xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/time_screenshots.py out/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from screenshots import Shots, settle  # the sibling script: same folder

from explorer.core.data.dates import parse_bound
from explorer.core.io import importers
from explorer.core.io.generate import generate
from explorer.core.io.importers.writer import write

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "samples" / "timesketch" / "sigma_events.csv"
HISTORY = ROOT / "docs" / "examples" / "history.csv"
# name -> (from, to): the axis at each scale, on the history or the day of events
SCALES = {
    "minute": ("2025-01-19T14:00:00Z", "2025-01-19T14:00:59Z"),
    "hour": ("2025-01-19T14:00Z", "2025-01-19T14:59Z"),
    "day": ("2025-01-19T00Z", "2025-01-19T23Z"),
}
HISTORY_SCALES = {
    "years": ("1960", "1995"),
    "centuries": ("1000", "1600"),
    "millennia": ("-3100", "2025"),
}


def main(out: Path) -> None:
    work = Path(tempfile.mkdtemp())
    sketch, day, history = work / "timesketch.db", work / "day.db", work / "history.db"
    write(sketch, [(SAMPLE, importers.read(SAMPLE))])
    generate(day, 10_000, 12, seed=1, times=True, days=1)
    write(history, [(HISTORY, importers.read(HISTORY))], entity_kind="place")
    shots = Shots(out)
    window, shoot = shots.window, shots.shoot

    def show(first: str, last: str) -> None:
        window.session.view.go_to(parse_bound(first, upper=False), parse_bound(last, upper=True))

    window.open_database(sketch)
    show("2015-07-24T18:58Z", "2015-07-24T19:05Z")
    shoot("timesketch-minutes")
    window.open_database(day)
    settle(1500)
    window.session.view.fit()
    shoot("day-of-10000-seconds")
    for name, (first, last) in SCALES.items():
        show(first, last)
        shoot(f"axis-{name}")
    window.open_database(history)
    window.session.view.fit()
    records = window.session.store.records
    window.session.select(next(i for i, e in records.items() if e.title.startswith("Founding")))
    shoot("history")
    for name, (first, last) in HISTORY_SCALES.items():
        show(first, last)
        shoot(f"axis-{name}")
    shots.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out"))
