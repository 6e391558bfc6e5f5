"""Screenshots of the real window (run under Xvfb): full view, a zoom, a company filter.

xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py out/
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from explorer._qt.app import make_app
from explorer._qt.main_window import MainWindow
from explorer.core.data.dates import PartialDate


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    window = MainWindow()
    window.open_initial(sys.argv[2] if len(sys.argv) > 2 else None)
    window.setGeometry(0, 0, 1600, 1000)
    window.show()
    session = window.session
    session.filters.set(hidden_entities=(), hidden_categories=(), search="", disputed_only=False)
    session.view.fit()

    def shoot(name: str) -> None:
        settle()
        path = out / f"{name}.png"
        window.screen().grabWindow(0).save(str(path))
        print(path)

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
    window.close()
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out"))
