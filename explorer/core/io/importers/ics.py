"""iCalendar (.ics) files, as the Timeline desktop program imports them: each VEVENT
an event, all-day events at day precision, recurring events expanded (the
`icalendar` package reads the file, `recurring-ical-events` expands the rules)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from . import partial_dates
from .records import Credit, FileError, Parsed, Rejected, RowError, guarded, make_event
from .textfile import TextFile

# Recurring events are expanded up to a year after the calendar's last dated event
# (a rule without an end would go on for ever), and to this many occurrences at most.
RECUR_AFTER_LAST = timedelta(days=366)
MAX_OCCURRENCES = 10_000
_BLOCK = re.compile(r"^BEGIN:VEVENT\r?$.*?^END:VEVENT\r?$", re.M | re.S)


def looks_like(file: TextFile) -> bool:
    return file.data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].upper() == b"BEGIN:VCALENDAR"


def read(file: TextFile) -> Parsed:
    import icalendar  # here, not at the top: the window starts ~40 ms sooner without it

    try:
        calendar = icalendar.Calendar.from_ical(file.text)
    except ValueError as exc:
        raise FileError(f"not a readable iCalendar file ({exc})") from None
    events = list(calendar.walk("VEVENT"))
    if not events:
        raise FileError("an iCalendar file without events (VEVENT): nothing to import")
    written = dict(zip((id(e) for e in events), _BLOCK.findall(file.text), strict=False))
    title = str(calendar.get("X-WR-CALNAME") or "") or None

    def rows():
        for i, found in enumerate(_occurrences(calendar, events), start=1):
            if isinstance(found, Rejected):
                yield found
                continue
            component, recurring = found
            quote = written.get(id(component)) or written.get(id(recurring))
            yield guarded(f"event {i}", _event, component, quote, recurring)

    return Parsed("ics", title, rows())


def _occurrences(calendar, events):
    """(component, its series' master or None) per event: single events as they are,
    then every occurrence of each recurring one within the bounded range."""
    series = [e for e in events if e.get("RRULE") or e.get("RDATE") or e.get("RECURRENCE-ID")]
    uids = {str(e.get("UID")) for e in series}
    for event in events:
        if str(event.get("UID")) not in uids:
            yield event, None
    if not series:
        return
    import recurring_ical_events  # only for a calendar that has recurring events

    masters = {str(e.get("UID")): e for e in series if not e.get("RECURRENCE-ID")}
    points = [_moment(e.get(key).dt) for e in events for key in ("DTSTART", "DTEND") if e.get(key)]
    first, last = min(points), max(points) + RECUR_AFTER_LAST
    made = 0
    try:
        for occurrence in recurring_ical_events.of(calendar).after(first.date()):
            if _moment(occurrence["DTSTART"].dt) > last:
                return
            uid = str(occurrence.get("UID"))
            if uid in uids:
                if made == MAX_OCCURRENCES:
                    yield Rejected("recurring events", f"expanded to {made:,} occurrences, no more")
                    return
                made += 1
                yield occurrence, masters.get(uid)
    except ValueError as exc:  # recurring_ical_events.InvalidCalendar: a broken rule
        yield Rejected("recurring events", f"cannot expand them ({exc})")


def _event(where: str, component, quote: str | None, master):
    """One event, or one occurrence of the recurring event `master`."""
    start_value = component.get("DTSTART")
    if start_value is None:
        raise RowError("no DTSTART")
    start, start_zone = _when(start_value.dt)
    end, end_zone = None, None
    if component.get("DTEND") is not None:
        end, end_zone = _when(component["DTEND"].dt, exclusive=True)
    elif component.get("DURATION") is not None:
        end, end_zone = _when(start_value.dt + component["DURATION"].dt, exclusive=True)
    notes = [f"time zone {start_zone}" if start_zone else ""]
    if end_zone and end_zone != start_zone:
        notes.append(f"ends in time zone {end_zone}")
    if master is not None:
        rule = master.get("RRULE")
        notes.append(
            "an occurrence of a recurring event" + (f" ({rule.to_ical().decode()})" if rule else "")
        )
    raw = (quote or component.to_ical().decode()) + f"\n{start_value.dt.isoformat()}"
    categories = _categories(component)
    url = str(component.get("URL") or "").strip()
    line = re.search(r"^URL[;:].*$", quote or "", re.M)
    attributes = [
        ("location", str(component.get("LOCATION") or "").strip()),
        ("categories", ", ".join(categories[1:])),
        ("uid", str(component.get("UID") or "").strip()),
        ("status", str(component.get("STATUS") or "").strip()),
    ]
    return make_event(
        where,
        raw,
        str(component.get("SUMMARY") or "") or str(component.get("LOCATION") or ""),
        start,
        end,
        summary=str(component.get("DESCRIPTION") or "").strip() or None,
        category=categories[0] if categories else None,
        note="; ".join(n for n in notes if n) or None,
        attributes=tuple((k, v) for k, v in attributes if v),
        credits=(Credit(None, line.group(0), url, None, in_file=True),) if url and line else (),
        quote=quote,
        kept=_said(component, master),
    )


def _said(component, master) -> tuple[str, ...]:
    """For the summary: occurrences made, and what the database has no place for."""
    said = ["recurring event occurrences expanded"] if master is not None else []
    if component.walk("VALARM"):
        said.append("alarms not kept")
    said += [f"{key.lower()}s not kept" for key in ("ATTENDEE", "ORGANIZER") if component.get(key)]
    return tuple(said)


def _when(value, exclusive: bool = False) -> tuple[str, str | None]:
    """The date and time as the calendar shows them, with the event's UTC offset
    (none for a floating time), and the name of its time zone for the note.

    An all-day event is day-precise and its DTEND is the day after it ends."""
    if not isinstance(value, datetime):
        day = value - timedelta(days=1) if exclusive else value
        return partial_dates.from_parts(day.year, day.month, day.day), None
    if value.tzinfo is None:
        zone = "floating (the reader's local time)"
    else:
        zone = getattr(value.tzinfo, "key", None) or value.tzname() or str(value.tzinfo)
    return partial_dates.from_datetime(value), zone


def _moment(value) -> datetime:
    """Any DTSTART or DTEND as a naive datetime, for the range of expansion only."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)  # an all-day date


def _categories(component) -> list[str]:
    found = component.get("CATEGORIES")
    values = found if isinstance(found, list) else [found] if found else []
    return [str(c) for v in values for c in getattr(v, "cats", [v]) if str(c).strip()]
