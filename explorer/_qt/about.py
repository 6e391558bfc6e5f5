"""Help › About: the version, what the program is for, and the open database's sources."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from .. import __version__
from .i18n import translate
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
        translate("About", "About Timeline Explorer"),
        f"<h3>Timeline Explorer {__version__}</h3><p>"
        + translate(
            "About",
            "See how a story unfolded over time: entity lanes, partial dates shown "
            "at their precision, and the source passage behind every event.",
        )
        + "</p><p><b>"
        + translate("About", "Data sources of the open database:")
        + f"</b><ul>{sources}</ul></p>",
    )
