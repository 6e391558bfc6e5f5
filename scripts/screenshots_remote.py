"""Screenshots of the window on a database served by Datasette (run under Xvfb):
File › Open URL…, the bundled data through a local server with an event
selected (its citations read from the server), then the message when that
server went away.

xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_remote.py out/
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer._qt import open_url_action
from explorer.core import paths

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from datasette_server import datasette  # noqa: E402 (the tests' server, started the same way)
from screenshots import Shots, settle  # noqa: E402


def main(out: Path) -> None:
    shots = Shots(out)
    window = shots.window

    def shoot(name: str) -> None:
        shots.shoot(name, 600)

    with datasette(paths.bundled_db(), immutable=True) as url:
        window.settings.set("last_url", url)

        def grab_dialog() -> None:  # File › Open URL… while it asks
            dialog = QApplication.activeModalWidget()
            shoot("remote-open-url-dialog")
            dialog.reject()

        QTimer.singleShot(800, grab_dialog)
        open_url_action.ask_open_url(window)
        assert window.open_database(url), window.last_error
        session = window.session
        session.filters.set(hidden_entities=(), hidden_categories=(), search="")
        session.view.fit()
        session.select(next(e.id for e in session.store.records.many(session.result.ids[-6:])))
        settle(1500)  # records and citations come from the server
        shoot("remote-window")
    window.open_database(url)  # the server went away: the message, over the open database
    settle(600)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    box.move(560, 400)
    shoot("remote-server-gone")
    shots.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out"))
