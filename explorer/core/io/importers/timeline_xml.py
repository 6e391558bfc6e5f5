"""The .timeline XML files of the desktop program Timeline (thetimelineproj)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from . import partial_dates
from .records import FileError, Parsed, RowError, guarded, make_event
from .textfile import TextFile

# Timeline writes "2013-03-30 11:16:00"; years may be negative (BC) or short.
_WHEN = re.compile(r"^(-?\d+)-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def read(file: TextFile) -> Parsed:
    try:  # from the bytes: the XML declaration names their encoding
        root = ET.fromstring(file.data)
    except ET.ParseError as exc:
        raise FileError(f"not valid XML ({exc})") from None
    if root.tag != "timeline":
        raise FileError(f"not a Timeline file (root element <{root.tag}>, expected <timeline>)")
    timetype = (root.findtext("timetype") or "gregoriantime").strip()
    if timetype != "gregoriantime":
        raise FileError(f"time type {timetype!r} holds no calendar dates")

    def rows():
        for i, element in enumerate(root.iterfind("events/event"), start=1):
            yield guarded(f"event {i}", _event, element, None)
        for i, element in enumerate(root.iterfind("eras/era"), start=1):
            yield guarded(f"era {i}", _event, element, "period")

    return Parsed("timeline", None, rows())


def _event(where: str, element: ET.Element, category: str | None):
    raw = ET.tostring(element, encoding="unicode").strip()
    start = _when(element.findtext("start"))
    end = _when(element.findtext("end")) if element.findtext("end") else None
    notes = []
    if _flag(element, "fuzzy"):
        notes.append("fuzzy: Timeline marks the date as approximate")
    if _flag(element, "ends_today"):
        notes.append("ends today: the span ran on to the day the file was saved")
    attributes = [("hyperlink", _text(element, "hyperlink"))]
    if _text(element, "progress") not in ("", "0"):
        attributes.append(("progress", _text(element, "progress")))
    return make_event(
        where,
        raw,
        _text(element, "text") or _text(element, "name"),
        start,
        end,
        summary=(element.findtext("description") or "").strip() or None,
        category=category or _text(element, "category") or None,
        note="; ".join(notes) or None,
        attributes=tuple((k, v) for k, v in attributes if v),
    )


def _when(text: str | None) -> str:
    """Timeline always stores a full date and time, local and with no zone: a
    time at midnight is taken as the day alone, any other to the minute (to the
    second where it has seconds). Years are astronomical, as in ISO 8601."""
    match = _WHEN.match((text or "").strip())
    if not match:
        raise RowError(f"cannot read the time {text!r}")
    year, month, day, hour, minute, second = match.groups()
    if not hour or (int(hour), int(minute), int(second or 0)) == (0, 0, 0):
        return partial_dates.from_parts(year, month, day)
    second = second if second and int(second) else None
    return partial_dates.from_parts(year, month, day, hour, minute, second)


def _text(element: ET.Element, tag: str) -> str:
    return " ".join((element.findtext(tag) or "").split())


def _flag(element: ET.Element, tag: str) -> bool:
    return _text(element, tag).lower() == "true"
