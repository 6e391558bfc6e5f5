"""The selected event: title, date as people say it, summary, entities, citations."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextBrowser

from ..core.data import dates
from ..core.view.session import Session
from .record_source import RecordSource
from .style import DARK_TEXT, INK, MUTED, WARNING_BACKGROUND, WARNING_TEXT

PLACEHOLDER = f"<p style='color:{MUTED}'>Select an event on the timeline or in the table.</p>"
READING = f"<p style='color:{MUTED}'>Reading the event…</p>"


def _css_color(value: str) -> str:
    """An entity's colour as #rrggbb; a malformed one (from a user's file) is grey."""
    color = QColor(value) if value else QColor()
    return color.name() if color.isValid() else DARK_TEXT


class DetailPanel(QTextBrowser):
    def __init__(self, session: Session, records: RecordSource | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.records = records or RecordSource(session.store, self)
        self._waiting = False  # the selection's record or citations are being read
        self.records.arrived.connect(self._records_arrived)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.setMinimumWidth(260)
        session.events.selection.connect(self.show_event)
        self.show_event(session.selection)

    def _on_link(self, url) -> None:
        if url.scheme() == "entity":
            self.session.only_entity(int(url.path()))

    def _records_arrived(self) -> None:
        if self._waiting:
            self.show_event(self.session.selection)

    def show_event(self, event_id) -> None:
        store = self.session.store
        found = self.records.records([event_id] if event_id is not None else [], "details")
        event = found.get(event_id)
        self._waiting = False
        if event is None:
            self.setHtml(PLACEHOLDER)
            return
        citations = self.records.citations(event.id, "details")
        if event.is_stand_in or citations is None:
            self._waiting = True
            self.setHtml(READING)
            return
        parts = [f"<h3 style='margin-bottom:2px'>{escape(event.title)}</h3>"]
        precision = {
            "second": "to the second",
            "minute": "to the minute",
            "hour": "hour known",
            "day": "exact day",
            "month": "month known",
            "year": "year known",
        }
        parts.append(
            f"<p style='color:{DARK_TEXT}'><b>{escape(event.spoken_date())}</b> "
            f"<span style='color:{MUTED}'>({precision[event.precision]}"
            f"{', span' if event.is_span else ''})</span>"
            f"{' · ' + escape(event.category) if event.category else ''}</p>"
        )
        if event.disputed:
            denials = [c for c in citations if c.role == "denial"]
            denial = f": “{escape(denials[0].quote)}”" if denials else ""
            parts.append(
                f"<p style='background:{WARNING_BACKGROUND};color:{WARNING_TEXT};padding:4px'>"
                f"<b>Disputed.</b> This claim was denied{denial}</p>"
            )
        if event.summary:
            parts.append(f"<p>{escape(event.summary)}</p>")
        links = []
        for entity_id in event.entity_ids:
            entity = store.entities[entity_id]
            links.append(
                f"<a href='entity:{entity_id}' style='color:{_css_color(entity.color)}'>"
                f"{escape(entity.name)}</a>"
            )
        if links:
            parts.append(
                f"<p><b>Entities</b> <span style='color:{MUTED}'>(click to show only one)</span>"
                "<br>" + " · ".join(links) + "</p>"
            )
        if event.note:
            parts.append(f"<p style='color:{MUTED}'><i>Date note:</i> {escape(event.note)}</p>")
        parts.append("<p><b>Sources</b></p>")
        for c in citations:
            published = ""
            if c.published and dates.is_valid(c.published):
                published = ", " + dates.PartialDate.parse(c.published).spoken()
            label = "Denial" if c.role == "denial" else "Quote"
            parts.append(
                f"<p style='margin-left:6px'><b>{escape(c.outlet or 'Unknown outlet')}</b>"
                f"{escape(published)}<br>"
                f"<i>{label} ({escape(c.language or '?')}):</i> "
                f"<span style='color:{INK}'>“{escape(c.quote)}”</span><br>"
                f"<span style='color:{MUTED}'>{escape(c.file or '')}</span></p>"
            )
        self.setHtml("".join(parts))
