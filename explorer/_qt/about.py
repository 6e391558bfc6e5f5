"""Help › About: the version, what the program is for, and the open database's sources."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from .. import __version__
from .window_host import WindowHost


def show_about(host: WindowHost) -> None:
    sources = ""
    if host.session is not None:
        rows = host.session.store.sources()
        sources = "".join(
            f"<li>{r.get('outlet') or '?'}: {r.get('title') or r.get('file')}</li>" for r in rows
        )
    QMessageBox.about(
        host.dialog_parent(),
        "About Timeline Explorer",
        f"<h3>Timeline Explorer {__version__}</h3>"
        "<p>See how a story unfolded over time: entity lanes, partial dates shown "
        "at their precision, and the source passage behind every event.</p>"
        f"<p><b>Data sources of the open database:</b><ul>{sources}</ul></p>",
    )
