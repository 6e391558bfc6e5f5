"""Screenshots of editing (run under Xvfb): the source viewer with a passage
selected, the event editor filled from it, and the new event on the timeline.

xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/edit_screenshots.py OUT/

Works on a copy of the bundled data (in OUT/), which stores the articles' texts
when ../shared/seeds is at hand; the bundled file is left alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from screenshots import Shots  # the sibling script: same folder

from explorer._qt.edit.event_editor import EventEditor
from explorer._qt.edit.source_viewer import SourceViewer
from explorer.core import paths

PASSAGE = (
    "ByteDance nutzt eine rechtliche Lücke, indem die GPUs außerhalb des chinesischen "
    "Staatsgebietes, beispielsweise in Südostasien, stationiert werden."
)


def main(out: Path) -> None:
    shots = Shots(out)
    window, app = shots.window, shots.app

    def grab(widget, name: str) -> None:
        shots.shoot(name, 500, widget)

    window.open_database(paths.bundled_db())
    copy = out / "edited-copy.db"
    copy.unlink(missing_ok=True)
    if not window.edit.save_copy_to(copy):
        sys.exit("could not save a copy")
    window.session.filters.set(hidden_entities=(), hidden_categories=(), search="")

    viewer = SourceViewer(window.edit, window)
    viewer.show()
    for row in range(viewer.list.count()):
        viewer.list.setCurrentRow(row)
        if viewer.select_passage(PASSAGE):
            break
    grab(viewer, "source-viewer")

    def fill(editor: EventEditor) -> None:
        editor.title.setText("ByteDance keeps its Nvidia GPUs outside China")
        editor.summary.setPlainText(
            "ByteDance places the GPUs outside Chinese territory, for example in "
            "Southeast Asia, using a legal gap in the US export rules."
        )
        editor.start.set_text("2025")
        editor.note.setText("Year as the article frames the plan ('bis 2025').")
        editor.category.setCurrentText("workaround")
        for i in range(editor.entities.count()):
            item = editor.entities.item(i)
            if item.text().startswith(("ByteDance ", "Nvidia ")):
                item.setCheckState(item.checkState().Checked)
        grab(editor, "event-editor")
        editor.accept()

    def look() -> None:
        dialog = app.activeModalWidget()
        if isinstance(dialog, EventEditor):
            fill(dialog)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(0, look)
    viewer.new_event.click()
    viewer.close()
    session = window.session
    event_id = session.selection
    row = session.store.columns.row_of(event_id)
    t0, t1 = session.store.columns.t0[row], session.store.columns.t1[row]
    span = t1 - t0
    session.view.go_to(t0 - 2 * span, t1 + 2 * span)
    grab(window, "new-event-on-timeline")
    shots.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots-edit"))
