"""Plain records the core hands to views: events, entities and their citations."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import dates

# Events of this category are periods (such as a loophole's lifetime): drawn
# as a labelled band behind every lane.
PERIOD_CATEGORY = "period"


@dataclass(frozen=True)
class Entity:
    id: int
    name: str
    kind: str
    color: str


@dataclass(frozen=True)
class Citation:
    quote: str
    role: str  # "claim" or "denial"
    file: str | None
    outlet: str | None
    published: str | None
    language: str | None
    title: str | None
    url: str | None


@dataclass(frozen=True)
class Event:
    id: int
    title: str
    start: str
    end: str | None = None
    summary: str = ""
    category: str = ""
    disputed: bool = False
    note: str = ""
    entity_ids: tuple[int, ...] = ()
    # The sources give no date: it was worked out (the note says how), and is drawn so.
    date_inferred: bool = False
    # POSIX seconds the event covers, [t0, t1): derived from start and end.
    t0: float = field(init=False, compare=False)
    t1: float = field(init=False, compare=False)

    precision: str = field(init=False, compare=False)  # of the start: year, month or day

    def __post_init__(self) -> None:
        t0, t1 = dates.span_interval(self.start, self.end)
        object.__setattr__(self, "t0", t0)
        object.__setattr__(self, "t1", t1)
        object.__setattr__(self, "precision", dates.PartialDate.parse(self.start).precision)

    @classmethod
    def stand_in(cls, event_id, t0, t1, precision, span, category, disputed) -> Event:
        """Where and how an event is drawn, without its texts: shown until its
        record is read (the title is empty; start and end are not dates)."""
        event = object.__new__(cls)
        fields = {
            "id": event_id,
            "title": "",
            "start": "",
            "end": "…" if span else None,
            "summary": "",
            "category": category,
            "disputed": disputed,
            "note": "",
            "entity_ids": (),
            "date_inferred": False,
            "t0": t0,
            "t1": t1,
            "precision": precision,
        }
        for name, value in fields.items():
            object.__setattr__(event, name, value)
        return event

    @property
    def is_stand_in(self) -> bool:
        """Drawn from the columns until its record is read: no texts, no date."""
        return not self.start

    @property
    def is_span(self) -> bool:
        return bool(self.end)

    @property
    def is_period(self) -> bool:
        return self.category == PERIOD_CATEGORY

    def spoken_date(self) -> str:
        return dates.spoken_span(self.start, self.end)
