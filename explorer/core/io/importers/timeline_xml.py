"""The .timeline XML files of the desktop program Timeline (thetimelineproj)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

from . import partial_dates
from .records import Credit, FileError, Parsed, RowError, guarded, make_event
from .textfile import TextFile

# Timeline writes "2013-03-30 11:16:00"; years may be negative (BC) or short.
_WHEN = re.compile(r"^(-?\d+)-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
# Timeline before 0.10 wrote a text file: "# Written by Timeline 0.9.0 ..." then
# lines such as "EVENT:start;end;text".
_EARLY = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:# Written by Timeline|(?:PREFERRED-PERIOD|CATEGORY|EVENT):)"
)
_CONTAINER = re.compile(r"^\[(-?\d+)\](.*)$", re.S)  # "[3]Project": a container
_SUBEVENT = re.compile(r"^\((-?\d+)\)(.*)$", re.S)  # "(3)Task": in container 3
_HYPERLINK = re.compile(r"<hyperlink>.*?</hyperlink>", re.S)
_ELEMENTS = {("events", "event"), ("eras", "era")}  # quoted as written


def read(file: TextFile) -> Parsed:
    if _EARLY.match(file.data):
        raise FileError(
            "an early Timeline text file (Timeline before 0.10, not XML); open it in "
            "Timeline 1.x or 2.x and save it, which writes the XML this import reads"
        )
    try:  # from the bytes: the XML declaration names their encoding
        root = ET.fromstring(file.data)
    except ET.ParseError as exc:
        raise FileError(f"not valid XML ({exc})") from None
    if root.tag != "timeline":
        raise FileError(f"not a Timeline file (root element <{root.tag}>, expected <timeline>)")
    timetype = (root.findtext("timetype") or "gregoriantime").strip()
    if timetype != "gregoriantime":
        raise FileError(f"time type {timetype!r} holds no calendar dates")
    written = _written(file.data)
    colours = {
        _text(c, "name"): _hex(_text(c, "color")) for c in root.iterfind("categories/category")
    }
    containers = {}
    for element in root.iterfind("events/event"):
        match = _CONTAINER.match(element.findtext("text") or "")
        if match:
            containers[match[1]] = " ".join(match[2].split())

    def rows():
        kinds = (("events/event", "event", None), ("eras/era", "era", "period"))
        for path, tag, category in kinds:
            for i, element in enumerate(root.iterfind(path), start=1):
                quote = written[tag][i - 1] if i <= len(written[tag]) else None
                context = (category, quote, colours, containers)
                yield guarded(f"{tag} {i}", _event, element, context)

    return Parsed("timeline", None, rows())


def _event(where: str, element: ET.Element, context):
    category, quote, colours, containers = context
    raw = ET.tostring(element, encoding="unicode").strip()  # import_key, as before
    start = _when(element.findtext("start"))
    end = _when(element.findtext("end")) if element.findtext("end") else None
    notes, kept, entities = [], [], []
    if _flag(element, "fuzzy"):
        notes.append("fuzzy: Timeline marks the date as approximate")
    if _flag(element, "ends_today"):
        notes.append("ends today: the span ran on to the day the file was saved")
    title = _text(element, "text") or _text(element, "name")
    description = (element.findtext("description") or "").strip() or None
    if _flag(element, "milestone"):
        end = None
        kept.append("milestones kept as events")
        notes.append("a milestone")
        if not title and description:  # Timeline shows a milestone's description
            title = _shorten(" ".join(description.split()))
    for pattern, kind in ((_CONTAINER, "container"), (_SUBEVENT, "subevent")):
        # Timeline writes " (x)" for a plain event whose text starts with "(" or "["
        match = pattern.match(element.findtext("text") or "")
        if match and (kind == "container" or match[1] in containers):
            title = " ".join(match[2].split())
            entities.append(containers.get(match[1]) or title)
            kept.append("containers kept as entities")
    labels = [n.strip() for n in _text(element, "labels").split(",") if n.strip()]
    if labels:
        entities += labels
        kept.append("labels kept as entities")
    kept += [f"{tag}s not kept" for tag in ("icon", "alert") if _text(element, tag)]
    category = category or _text(element, "category") or None
    attributes = [("hyperlink", _text(element, "hyperlink"))]
    if _text(element, "progress") not in ("", "0"):
        attributes.append(("progress", _text(element, "progress")))
    colour = colours.get(category) or _hex(_text(element, "color"))
    if colour:
        attributes.append(("category colour" if category in colours else "colour", colour))
        kept.append("colours kept as attributes")
    return make_event(
        where,
        raw,
        title,
        start,
        end,
        summary=description,
        category=category,
        note="; ".join(notes) or None,
        entities=tuple(dict.fromkeys(entities)),
        attributes=tuple((k, v) for k, v in attributes if v),
        credits=_link(element, quote),
        quote=quote,
        kept=tuple(dict.fromkeys(kept)),
    )


def _link(element: ET.Element, quote: str | None) -> tuple[Credit, ...]:
    """The event's hyperlink, as a source holding the link (the details panel shows it)."""
    url = _text(element, "hyperlink")
    written = _HYPERLINK.search(quote or "")
    if not (url and written):
        return ()
    return (Credit(None, written.group(0), url, None, in_file=True),)


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


def _written(data: bytes) -> dict[str, list[str]]:
    """Each <event> and <era> element exactly as the file writes it, in order."""
    parser = expat.ParserCreate()
    path: list[str] = []
    starts: list[int] = []
    found: dict[str, list[str]] = {"event": [], "era": []}
    spans: list[tuple[str, int, int]] = []

    def start(name, _attrs):
        path.append(name)
        starts.append(parser.CurrentByteIndex)

    def end(name):
        begin = starts.pop()
        if tuple(path[-2:]) in _ELEMENTS and len(path) == 3:
            spans.append((name, begin, data.index(b">", parser.CurrentByteIndex) + 1))
        path.pop()

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.Parse(data, True)
    for name, begin, stop in spans:
        chunk = data[begin:stop]
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError:
            text = chunk.decode("latin-1")
        found[name].append(text.replace("\r\n", "\n"))
    return found


def _hex(rgb: str) -> str | None:
    """Timeline's "255,128,0" as "#ff8000"."""
    parts = rgb.split(",")
    if len(parts) != 3 or not all(p.strip().isdigit() and int(p) < 256 for p in parts):
        return None
    return "#" + "".join(f"{int(p):02x}" for p in parts)


def _shorten(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _text(element: ET.Element, tag: str) -> str:
    return " ".join((element.findtext(tag) or "").split())


def _flag(element: ET.Element, tag: str) -> bool:
    return _text(element, tag).lower() == "true"
