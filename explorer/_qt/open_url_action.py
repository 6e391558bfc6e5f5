"""File › Open URL…: a timeline database served by Datasette, by its address."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit

from ..core.paths import is_url
from .i18n import translate
from .window_host import WindowHost

EXAMPLE = "http://127.0.0.1:8001/ai-chips"


def ask_open_url(host: WindowHost) -> bool:
    """Ask for a database's URL (the last one offered again) and open it."""
    last = host.settings.get("last_url")
    url, ok = QInputDialog.getText(
        host.dialog_parent(),
        translate("OpenUrl", "Open URL"),
        translate(
            "OpenUrl",
            "Address of a timeline database served by Datasette, such as\n{example}\n"
            "(a token, if the server needs one, comes from TIMELINE_EXPLORER_TOKEN "
            "or is asked for):",
        ).format(example=EXAMPLE),
        QLineEdit.EchoMode.Normal,
        last if isinstance(last, str) else "",
    )
    url = url.strip()
    if not ok or not url:
        return False
    if not is_url(url):
        host.show_error(
            translate("OpenUrl", "Cannot open URL"),
            translate(
                "OpenUrl", "{url} is not an http:// or https:// address, such as {example}"
            ).format(url=url, example=EXAMPLE),
        )
        return False
    opened = host.open_database(url)
    if opened:
        host.settings.set("last_url", host.session.store.location)
    return opened
