"""TimelineJS: its JSON (title, events, eras) and its Google-spreadsheet CSV template."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import unquote, urlsplit

from ...data import translations
from ..formats_out import OWN_KEY
from . import json_spans, partial_dates, textfile
from .records import Credit, FileError, Parsed, RowError, guarded, make_event

SHEET_COLUMNS = ("year", "headline")  # enough to tell the spreadsheet template apart
_TAG = re.compile(r"<[^>]*>")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""")


def json_looks_like(data) -> bool:
    events = data.get("events") if isinstance(data, dict) else None
    eras = data.get("eras") if isinstance(data, dict) else None
    slides = [*(events or ()), *(eras if isinstance(eras, list) else ())]
    return isinstance(events, list) and any(
        isinstance(e, dict) and isinstance(e.get("start_date"), dict) for e in slides
    )


def sheet_looks_like(columns) -> bool:
    return set(SHEET_COLUMNS) <= {c.strip().lower() for c in columns}


def json_is_empty(data) -> bool:
    """A TimelineJS document (a title slide, or an events list) without a single slide."""
    if not isinstance(data, dict) or data.get("events") or data.get("eras"):
        return False
    titled = isinstance(data.get("title"), dict) and "text" in data["title"]
    return titled or data.get("events") == []


def read_json(file: textfile.TextFile) -> Parsed:
    try:
        data = json.loads(file.text)
    except json.JSONDecodeError as exc:
        raise FileError(f"not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if json_is_empty(data):
        raise FileError(
            "a TimelineJS file with no events (only a title slide): nothing to import; "
            "add slides with a start_date to its events list"
        )
    if not json_looks_like(data):
        raise FileError("not TimelineJS JSON (no events with a start_date)")
    title = _text_of(data.get("title"), "headline")

    def rows():
        for kind, category in (("events", None), ("eras", "period")):
            written = json_spans.list_items(file.text, kind)  # the quotes, as written
            for i, item in enumerate(data.get(kind) or (), start=1):
                quote = written[i - 1] if i <= len(written) else None
                yield guarded(f"{kind[:-1]} {i}", _json_event, item, quote, category)

    return Parsed("timelinejs", title or None, rows())


def _json_event(where: str, item, quote: str | None, category):
    if not isinstance(item, dict):
        raise RowError("expected an object")
    raw = json.dumps(item, ensure_ascii=False)  # import_key, as before quotes were as written
    start_date, end_date = item.get("start_date"), item.get("end_date")
    if not isinstance(start_date, dict):
        raise RowError("no start_date")
    media = item.get("media") if isinstance(item.get("media"), dict) else {}
    return _event(
        where,
        raw,
        quote=quote,
        media_written=json_spans.member_text(quote, "media") if quote and media else None,
        headline=_text_of(item, "headline"),
        text=_text_of(item, "text"),
        start=_date(start_date),
        end=_date(end_date) if isinstance(end_date, dict) else None,
        category=category,
        group=item.get("group"),
        display=item.get("display_date"),
        time=None,  # in the date
        media=media,
        unique_id=item.get("unique_id"),
        own=item.get(OWN_KEY) if isinstance(item.get(OWN_KEY), dict) else {},
        dropped=_dropped(media.get("thumbnail"), item.get("background")),
    )


def read_sheet(file: textfile.TextFile) -> Parsed:
    table = textfile.table(file)
    col = {n.strip().lower(): n for n in table.names}
    title = None
    for _, fields, _ in table.rows():
        if _is_title(table, col, fields):
            title = plain(_sheet_row(table, col, fields)("headline")) or None
            break

    def rows():
        for line, fields, raw in table.rows():
            if not _is_title(table, col, fields):
                yield guarded(f"line {line}", _sheet_event, raw, table, col, fields)

    return Parsed("timelinejs", title, rows())


def _sheet_event(where: str, raw: str, table, col, fields):
    row = _sheet_row(table, col, fields)
    kind = row("type").lower()
    end = None
    if row("end year"):
        end = _sheet_date(row("end year"), row("end month"), row("end day"), row("end time"))
    media = {k: row(f"media {k}") for k in ("credit", "caption")}
    return _event(
        where,
        raw,
        headline=plain(row("headline")),
        text=plain(row("text")),
        start=_sheet_date(row("year"), row("month"), row("day"), row("time")),
        end=end,
        category="period" if kind == "era" else None,
        group=row("group"),
        display=row("display date"),
        time=row("time") if not partial_dates.clock(row("time")) else None,
        media={"url": row("media"), **media},
        # the row as written is the quote; its media cell alone when written as read
        media_written=row("media") if row("media") and row("media") in raw else raw,
        unique_id=None,
        dropped=_dropped(row("media thumbnail"), row("background")),
    )


def _is_title(table, col, fields) -> bool:
    """The title slide names the timeline (the source's title); it is not an event."""
    try:
        return _sheet_row(table, col, fields)("type").lower() == "title"
    except RowError:
        return False


def _sheet_row(table, col, fields):
    values = table.as_dict(fields)
    return lambda name: values.get(col.get(name, ""), "") or ""


def _event(
    where, raw, *, headline, text, start, end, category, group, display, time, media,
    media_written, unique_id, own=None, quote=None, dropped=(),
):  # fmt: skip
    """own: what our own export keeps beside the slide (OWN_KEY); its fields win."""
    own = own or {}
    link = _media_credit(media, media_written)
    kept = [link[1]] if link else []
    kept += dropped
    title = headline or _shorten(text)
    if not title and link:  # a media-only slide, as TimelineJS shows it
        title = link[0].title or link[0].outlet or _media_name(str(media.get("url") or ""))
        kept.append("media-only slides titled from their media")
    notes = [
        f"shown as {plain(str(display))}" if display else "",
        f"time {time}" if time else "",
    ]
    attributes = [
        ("media", str(media.get("url") or "").strip()),
        ("media caption", plain(str(media.get("caption") or ""))),
        ("unique_id", str(unique_id or "").strip()),
    ]
    fields = {
        "summary": text or None,
        "category": category,
        "note": "; ".join(n for n in notes if n) or None,
        "entities": tuple(n for n in [plain(str(group or ""))] if n),
    }
    for key in ("summary", "category", "note"):
        if key in own:
            fields[key] = str(own[key]) if own[key] not in (None, "") else None
    if "start" in own:  # the partial dates as written, an end equal to the start too
        start, end, fields["keep_end"] = own["start"], own.get("end"), True
    if isinstance(own.get("entities"), list):
        fields["entities"] = tuple(dict.fromkeys(str(n) for n in own["entities"] if n))
    fields["translations"] = tuple(t for _, t in translations.from_keys(own))
    return make_event(
        where,
        raw,
        title,
        start,
        end,
        **fields,
        disputed=own.get("disputed") is True,
        date_inferred=own.get("date_inferred") is True,
        attributes=tuple((k, v) for k, v in attributes if v),
        credits=(link[0],) if link else (),
        quote=quote,
        kept=tuple(kept),
    )


def _media_credit(media: dict, written: str | None) -> tuple[Credit, str] | None:
    """The slide's media as a citation whose source holds its link, caption and
    credit, quoting the media as the file writes it; and what the summary says."""
    url = str(media.get("url") or "").strip()
    credit = str(media.get("credit") or "").strip()
    caption = plain(str(media.get("caption") or ""))
    href = _HREF.search(credit)
    link = url if _is_link(url) else href.group(1) if href else None
    if not written or not (link or plain(credit) or caption):
        return None
    said = "media kept as links" if link else "media credits kept as citations"
    return Credit(plain(credit) or None, written, link, caption or None, in_file=True), said


def _dropped(thumbnail, background) -> list[str]:
    """What a slide carries that the database has no place for, for the summary."""
    said = [(thumbnail, "media thumbnails not kept"), (background, "slide backgrounds not kept")]
    return [text for value, text in said if value]


def _is_link(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https") and " " not in url


def _media_name(url: str) -> str:
    """A media file's name and host ("portrait.jpg (upload.wikimedia.org)"), or
    the words of media written as HTML (an embedded tweet)."""
    if not _is_link(url):
        return _shorten(plain(url))
    parts = urlsplit(url)
    name = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return f"{name} ({parts.netloc})" if name else parts.netloc


def _date(parts: dict) -> str | None:
    """A TimelineJS date object; its years count as TimelineJS shows them (-500 is
    500 BCE), its time is the clock time it gives, with no zone."""
    if not str(parts.get("year") or "").strip():
        raise RowError("a date without a year")
    milli = str(parts.get("millisecond") or "").strip()
    return partial_dates.from_parts(
        partial_dates.historical_year(parts.get("year")),
        *(parts.get(k) for k in ("month", "day", "hour", "minute", "second")),
        f"{int(milli):03d}" if milli.isdigit() else None,
    )


def _sheet_date(year, month, day, time) -> str:
    """A spreadsheet row's date and, where it reads as a clock time, its time."""
    hms = partial_dates.clock(time) if day else None
    return partial_dates.from_parts(
        partial_dates.historical_year(year), month, day, *(hms or (None, None, None))
    )


def _text_of(item, key: str) -> str:
    text = item.get("text") if isinstance(item, dict) else None
    return plain(str(text.get(key) or "")) if isinstance(text, dict) else ""


def plain(markup: str) -> str:
    """TimelineJS text is HTML: drop the tags, decode entities, fold whitespace."""
    return " ".join(html.unescape(_TAG.sub(" ", markup or "")).split())


def _shorten(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
