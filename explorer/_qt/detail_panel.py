"""The selected event: title, date as people say it, summary, entities, citations."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QTextBrowser

from ..core.data import dates
from ..core.view.session import Session
from .i18n import category_name, translate
from .record_source import RecordSource
from .style import DARK_TEXT, INK, MUTED, WARNING_BACKGROUND, WARNING_TEXT

LINK_SCHEMES = ("http", "https")  # opened in the browser; no file: or script links


def _muted(text: str) -> str:
    return f"<p style='color:{MUTED}'>{text}</p>"


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
        self.setAccessibleName(translate("DetailPanel", "Event details"))
        session.events.selection.connect(self.show_event)
        self.show_event(session.selection)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "entity":
            self.session.only_entity(int(url.path()))
        elif url.scheme() in LINK_SCHEMES:  # an event's media or hyperlink: the browser
            QDesktopServices.openUrl(url)

    def _records_arrived(self) -> None:
        if self._waiting:
            self.show_event(self.session.selection)

    def show_event(self, event_id) -> None:
        store = self.session.store
        found = self.records.records([event_id] if event_id is not None else [], "details")
        event = found.get(event_id)
        self._waiting = False
        if event is None:
            self.setHtml(
                _muted(translate("DetailPanel", "Select an event on the timeline or in the table."))
            )
            self.setAccessibleDescription(translate("DetailPanel", "No event selected"))
            return
        citations = self.records.citations(event.id, "details")
        if event.is_stand_in or citations is None:
            self._waiting = True
            self.setHtml(_muted(translate("DetailPanel", "Reading the event…")))
            return
        title, said = event.title, event.spoken_date()
        self.setAccessibleDescription(f"{said}: {title}")
        parts = [f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>"]
        precision = {
            "second": translate("DetailPanel", "to the second"),
            "minute": translate("DetailPanel", "to the minute"),
            "hour": translate("DetailPanel", "hour known"),
            "day": translate("DetailPanel", "exact day"),
            "month": translate("DetailPanel", "month known"),
            "year": translate("DetailPanel", "year known"),
        }
        if event.date_inferred:  # worked out from the text, not given: never "known"
            precision = {
                "second": translate("DetailPanel", "second inferred"),
                "minute": translate("DetailPanel", "minute inferred"),
                "hour": translate("DetailPanel", "hour inferred"),
                "day": translate("DetailPanel", "day inferred"),
                "month": translate("DetailPanel", "month inferred"),
                "year": translate("DetailPanel", "year inferred"),
            }
        category = category_name(event.category)
        span = translate("DetailPanel", ", span")
        parts.append(
            f"<p style='color:{DARK_TEXT}'><b>{escape(said)}</b> "
            f"<span style='color:{MUTED}'>({precision[event.precision]}"
            f"{span if event.is_span else ''})</span>"
            f"{' · ' + escape(category) if category else ''}</p>"
        )
        if event.disputed:
            denials = [c for c in citations if c.role == "denial"]
            if denials:
                said_so = translate(
                    "DetailPanel", "<b>Disputed.</b> This claim was denied: “{quote}”"
                )
            else:
                said_so = translate("DetailPanel", "<b>Disputed.</b> This claim was denied")
            quote = escape(denials[0].quote) if denials else ""
            parts.append(
                f"<p style='background:{WARNING_BACKGROUND};color:{WARNING_TEXT};padding:4px'>"
                f"{said_so.format(quote=quote)}</p>"
            )
        summary = event.summary
        if summary:
            parts.append(f"<p>{escape(summary)}</p>")
        links = []
        only_one = translate("DetailPanel", "(click to show only one)")
        entities_heading = translate("DetailPanel", "Entities")
        for entity_id in event.entity_ids:
            entity = store.entities[entity_id]
            links.append(
                f"<a href='entity:{entity_id}' style='color:{_css_color(entity.color)}'>"
                f"{escape(store.entity_name(entity_id))}</a>"
            )
        parts.append(_links(citations))
        if links:
            parts.append(
                f"<p><b>{entities_heading}</b> "
                f"<span style='color:{MUTED}'>{only_one}</span>"
                "<br>" + " · ".join(links) + "</p>"
            )
        if event.note:
            note = translate("DetailPanel", "Date note:")
            parts.append(f"<p style='color:{MUTED}'><i>{note}</i> {escape(event.note)}</p>")
        sources_heading = translate("DetailPanel", "Sources")
        parts.append(f"<p><b>{sources_heading}</b></p>")
        for c in citations:
            published = ""
            if c.published and dates.is_valid(c.published):
                published = ", " + dates.PartialDate.parse(c.published).spoken()
            label = (
                translate("DetailPanel", "Denial ({language}):")
                if c.role == "denial"
                else translate("DetailPanel", "Quote ({language}):")
            )
            # an imported file's source has its timeline's title; a media source its caption
            outlet = (
                c.outlet
                or c.title
                or (
                    translate("DetailPanel", "Link")
                    if c.url
                    else translate("DetailPanel", "Unknown outlet")
                )
            )
            parts.append(
                f"<p style='margin-left:6px'><b>{escape(outlet)}</b>"
                f"{escape(published)}<br>"
                f"<i>{label.format(language=escape(c.language or '?'))}</i> "
                f"<span style='color:{INK}'>“{escape(c.quote)}”</span><br>"
                f"<span style='color:{MUTED}'>{escape(c.file or '')}</span></p>"
            )
        self.setHtml("".join(parts))


def _links(citations) -> str:
    """The event's links (media, hyperlinks, calendar URLs: sources with a url), each
    named by its caption, else its credit, else the address, with the credit after."""
    seen, items = set(), []
    for c in citations:
        url = (c.url or "").strip()
        if QUrl(url).scheme() not in LINK_SCHEMES or url in seen:
            continue
        seen.add(url)
        name = c.title or c.outlet or url
        after = [c.outlet] if c.outlet and c.outlet != name else []
        after += [QUrl(url).host()] if name != url else []  # where the link leads
        said = "".join(f" · {escape(a)}" for a in after if a)
        items.append(
            f"<a href='{escape(url, quote=True)}'>{escape(name)}</a>"
            f"<span style='color:{MUTED}'>{said}</span>"
        )
    if not items:
        return ""
    heading = translate("DetailPanel", "Links")
    hint = translate("DetailPanel", "(open in the browser)")
    return (
        f"<p><b>{heading}</b> <span style='color:{MUTED}'>{hint}</span><br>"
        + "<br>".join(items)
        + "</p>"
    )
