"""Screenshots of an import from another tool (run under Xvfb): the window right
after File › Import (the summary in the status bar) and the details panel of an
event whose media is kept as a link.

xvfb-run -a -s "-screen 0 1600x1000x24" \
    .venv/bin/python scripts/screenshot_import.py out/ FILE TITLE
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from screenshots import settle

from explorer._qt.app import make_app
from explorer._qt.import_action import run_import
from explorer._qt.main_window import MainWindow


def main(out: Path, source: Path, title: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    window = MainWindow()
    window.setGeometry(0, 0, 1600, 1000)
    window.show()
    db = Path(tempfile.mkdtemp()) / f"{source.stem}.db"
    assert run_import(window, [source], db)
    settle(800)
    window.screen().grabWindow(0).save(str(out / "import-summary.png"))
    session = window.session
    found = [e for e in session.store.records.values() if e.title == title]
    session.select(found[0].id)
    settle(800)
    window.screen().grabWindow(0).save(str(out / "details-media-link.png"))
    print(out / "import-summary.png", out / "details-media-link.png", sep="\n")
    window.close()
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
