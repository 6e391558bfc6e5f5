"""Exported events for other tools: Timesketch JSONL and TimelineJS JSON (docs/export.md).

Both take the rows of `event_export.event_rows` and carry every field our own
importers need to give back the same events: Timesketch rows are marked with
`data_type` OWN_DATA_TYPE and hold the partial dates as `start` and `end`;
TimelineJS slides keep what TimelineJS has no place for under OWN_KEY.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from ..data import dates, translations
from ..data.records import PERIOD_CATEGORY

OWN_DATA_TYPE = "timeline_explorer:event"
OWN_KEY = "timeline_explorer"
NO_CATEGORY = "Event Time"  # Timesketch needs a timestamp_desc on every row


def timesketch_row(row: dict) -> dict:
    """One Timesketch event: its required fields, then ours as extra attributes."""
    t0, _ = dates.PartialDate.parse(row["start"]).interval()
    return {
        "message": row["title"],
        # The instant in UTC, as Timesketch writes it; the source's offset stays in start.
        "datetime": dates.iso_moment(t0).removesuffix("Z") + "+00:00",
        "timestamp": round(t0 * 1_000_000),
        "timestamp_desc": row["category"] or NO_CATEGORY,
        "data_type": OWN_DATA_TYPE,
        "event_id": row["id"],
        "title": row["title"],
        "summary": row["summary"],
        "start": row["start"],
        "end": row["end"],
        "category": row["category"],
        "disputed": bool(row["disputed"]),
        "note": row["note"],
        "entities": row["entities"],
        "tag": row["entities"],
        "citations": row["citations"],
        **_optional(row),
    }


def write_timesketch(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(timesketch_row(row), ensure_ascii=False) + "\n")


def timelinejs(rows: list[dict], title: str) -> dict:
    """A TimelineJS document: a title slide, events, and eras for `period` events."""
    events, eras = [], []
    for row in rows:
        is_period = row["category"] == PERIOD_CATEGORY
        (eras if is_period else events).append(_slide(row, is_period))
    document = {
        "title": {"text": {"headline": _html(title), "text": f"{len(rows)} events"}},
        "events": events,
    }
    if eras:
        document["eras"] = eras
    return document


def write_timelinejs(rows: list[dict], path: Path, title: str) -> None:
    with path.open("w", encoding="utf-8") as fh:
        json.dump(timelinejs(rows, title), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def _slide(row: dict, is_period: bool) -> dict:
    slide = {"start_date": date_parts(row["start"])}
    if row["end"] or is_period:  # an era needs an end; the importer drops end == start
        slide["end_date"] = date_parts(row["end"] or row["start"])
    slide["text"] = {"headline": _html(row["title"]), "text": _html(row["summary"] or "")}
    if row["entities"]:
        slide["group"] = row["entities"][0]
    if row["citations"]:
        slide["media"] = _media(row["citations"][0])
    slide["unique_id"] = f"event-{row['id']}"
    slide[OWN_KEY] = {
        "start": row["start"],
        "end": row["end"],
        "summary": row["summary"],
        "category": row["category"],
        "disputed": bool(row["disputed"]),
        "note": row["note"],
        "entities": row["entities"],
        **_optional(row),
    }
    return slide


def _optional(row: dict) -> dict:
    """The row's optional fields, for our importers: the date_inferred flag where
    set, and translated titles and summaries (title_de, ...)."""
    flag = {"date_inferred": True} if row.get("date_inferred") else {}
    return {**flag, **{k: row[k] for k, _ in translations.from_keys(row)}}


def date_parts(text: str) -> dict:
    """ "2024-06" -> {"year": 2024, "month": 6}: only the parts the precision has.
    Years as TimelineJS shows them (-500 is 500 BCE: our -0499); a time as the
    source's clock showed it (TimelineJS has no zones), milliseconds at most."""
    date = dates.PartialDate.parse(text)
    parts = {
        "year": date.year if date.year >= 1 else date.year - 1,
        "month": date.month,
        "day": date.day,
        "hour": date.hour,
        "minute": date.minute,
        "second": date.second,
        "millisecond": int(date.fraction[:3].ljust(3, "0")) if date.fraction else None,
    }
    return {k: v for k, v in parts.items() if v is not None}


def _media(citation: dict) -> dict:
    credit = ", ".join(p for p in (citation["outlet"], citation["published"]) if p)
    return {
        "url": citation["url"] or "",
        "credit": _html(credit or citation["file"] or ""),
        "caption": _html(citation["quote"]),
    }


def _html(text: str) -> str:
    """TimelineJS reads text as HTML: escape it, keep line breaks."""
    return html.escape(text, quote=False).replace("\n", "<br>")
