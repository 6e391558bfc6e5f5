"""Help › About: the version, what the program is for, and the open database's sources."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from .. import __version__


def show_about(window) -> None:
    sources = ""
    if window.session is not None:
        rows = window.session.store.sources()
        sources = "".join(
            f"<li>{r.get('outlet') or '?'}: {r.get('title') or r.get('file')}</li>" for r in rows
        )
    QMessageBox.about(
        window,
        "About Timeline Explorer",
        f"<h3>Timeline Explorer {__version__}</h3>"
        "<p>See how a story unfolded over time: entity lanes, partial dates shown "
        "at their precision, and the source passage behind every event.</p>"
        f"<p><b>Data sources of the open database:</b><ul>{sources}</ul></p>",
    )
