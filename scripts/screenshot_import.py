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

from screenshots import Shots

from explorer._qt.import_action import run_import


def main(out: Path, source: Path, title: str) -> None:
    shots = Shots(out)
    window = shots.window
    db = Path(tempfile.mkdtemp()) / f"{source.stem}.db"
    assert run_import(window, [source], db)
    shots.shoot("import-summary", 800)
    session = window.session
    found = [e for e in session.store.records.values() if e.title == title]
    session.select(found[0].id)
    shots.shoot("details-media-link", 800)
    shots.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
