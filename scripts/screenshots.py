"""Screenshots of the real window (run under Xvfb): full view, a zoom, a company filter.

xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py out/

`Shots` and `settle` are shared by the other screenshot scripts in this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from explorer._qt.app import make_app
from explorer._qt.main_window import MainWindow
from explorer.core.data.dates import PartialDate


def settle(ms: int = 400) -> None:
    """Let the window work for `ms` (layouts at rest, records from workers)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shots:
    """The main window on screen at `size`, and PNGs of the screen into `out`."""

    def __init__(self, out: Path, size: tuple[int, int] = (1600, 1000)):
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.app = make_app()
        self.window = MainWindow()
        self.window.setGeometry(0, 0, *size)
        self.window.show()

    def shoot(self, name: str, wait: int = 400, widget=None) -> Path:
        """The screen (or `widget` alone) as out/NAME.png, after `wait` ms (0: at
        once, the frame as it is now)."""
        if wait:
            settle(wait)
        else:
            self.window.view.timeline.viewport().repaint()
            self.app.processEvents()
        path = self.out / f"{name}.png"
        image = widget.grab() if widget is not None else self.window.screen().grabWindow(0)
        image.save(str(path))
        print(path)
        return path

    def close(self) -> None:
        self.window.close()
        self.app.quit()


def main(out: Path) -> None:
    shots = Shots(out)
    window, shoot = shots.window, shots.shoot
    window.open_initial(sys.argv[2] if len(sys.argv) > 2 else None)
    session = window.session
    session.filters.set(hidden_entities=(), hidden_categories=(), search="", disputed_only=False)
    session.view.fit()
    shoot("full")
    jan = PartialDate.parse("2025-01").interval()
    session.view.set_range(jan[0] - 5 * 86400, jan[1] + 5 * 86400)
    shown = session.store.records.many(session.result.ids.tolist())
    session.select(next(e.id for e in shown if e.start.startswith("2025-01-19")))
    shoot("zoom-jan-2025")
    week = PartialDate.parse("2025-01-16").interval()[0]
    session.view.set_range(week, week + 7 * 86400)
    shoot("zoom-week-jan-2025")
    names = {e.name: i for i, e in session.store.entities.items()}
    session.filters.set(
        hidden_entities=set(names.values()) - {names["ByteDance"], names["Broadcom"]}
    )
    session.select(None)
    session.view.fit()
    shoot("bytedance-broadcom")
    session.filters.set(hidden_entities=(), search="Huawei")
    shoot("search-huawei")
    session.filters.set(search="")
    shots.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out"))
