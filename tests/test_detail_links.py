"""The details panel shows an event's media link (from an import) as a link that
opens in the browser; other schemes are not opened."""

import json

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from explorer._qt.detail_panel import DetailPanel
from explorer.core.data.store import Store
from explorer.core.io.importers.batch import import_files
from explorer.core.view.session import Session

SLIDE = {
    "events": [
        {
            "start_date": {"year": "2015", "month": "3"},
            "text": {"headline": "Launch video"},
            "media": {
                "url": "https://youtu.be/abc123",
                "caption": "The launch, <b>live</b>",
                "credit": "Acme TV",
            },
        }
    ]
}


def test_media_link_shown_and_opened(qtbot, tmp_path, monkeypatch):
    src = tmp_path / "slides.json"
    src.write_text(json.dumps(SLIDE), encoding="utf-8")
    db = tmp_path / "m.db"
    import_files([src], db, "timelinejs")
    store = Store(db)
    panel = DetailPanel(Session(store))
    qtbot.addWidget(panel)
    panel.session.select(1)
    html = panel.toHtml()
    assert 'href="https://youtu.be/abc123"' in html and "The launch, live" in html
    assert "Acme TV" in html
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    panel.anchorClicked.emit(QUrl("https://youtu.be/abc123"))
    panel.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://youtu.be/abc123"]
    store.close()
