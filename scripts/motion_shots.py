"""Screenshots of the window while it zooms and once it rests (run under Xvfb):
what the user sees between the frames that reuse a layout and the layout at rest.

xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/motion_shots.py OUT DB
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from screenshots import Shots  # the sibling script: same folder


def main(out: Path, db: Path) -> None:
    shots = Shots(out, (1920, 1080))
    window = shots.window
    started = time.perf_counter()
    window.open_database(db)
    print(f"opened in {time.perf_counter() - started:.2f} s")
    view = window.session.view
    view.fit()

    def shoot(name: str, wait: int = 600) -> None:
        shots.shoot(name, wait)

    shoot("1-fit")
    columns = window.session.store.columns
    lo, hi = view.range
    centre = float(columns.x[len(columns) // 2])
    width = (hi - lo) / 40
    view.set_range(centre - width / 2, centre + width / 2)
    shoot("2-zoomed-at-rest")
    for _ in range(2):  # two quick steps: the layout of the first serves on
        view.zoom(0.75)
        window.view.timeline.viewport().repaint()
    shoot("3-zooming", wait=0)
    shoot("4-at-rest")
    shots.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
