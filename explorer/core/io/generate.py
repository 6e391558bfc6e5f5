"""Synthetic databases of realistic shape, for scale tests and benchmarks.

Bursts and quiet periods over decades, entities of very uneven activity
(Zipf-like), day/month/year precision mixed, some spans and multi-entity
events, every event cited. Deterministic for a seed. With `times`, every event
is a second-precise UTC time instead (a log, a night of breaking news), over the
decades or over the first `days` days from TIMES_FROM.
"""

from __future__ import annotations

import calendar
import random
import sqlite3
from pathlib import Path

import sqlite_utils

from ..atomic import atomic_target
from ..data import dates, schema
from ..jobs import Progress, tell

FIRST_YEAR, LAST_YEAR = 1975, 2025
TIMES_FROM = "2025-01-19"  # where a few days of timed events begin
KINDS = ("company", "company", "company", "government", "product", "person", "place")
CATEGORIES = ("regulation", "trade", "partnership", "product", "budget", "market", "politics")
WORDS = (
    "chip",
    "export",
    "deal",
    "probe",
    "launch",
    "ban",
    "tariff",
    "order",
    "merger",
    "lawsuit",
    "recall",
    "filing",
    "budget",
    "factory",
    "supply",
    "license",
    "rule",
    "sanction",
    "talks",
    "report",
    "outage",
    "breach",
)
BATCH = 50_000


def generate(
    path: Path,
    events: int,
    entities: int,
    seed: int = 0,
    progress: Progress | None = None,
    times: bool = False,
    days: int | None = None,
) -> None:
    """Write a valid database of `events` events and `entities` entities to `path`;
    with `times`, second-precise times (over `days` days from TIMES_FROM if given)."""
    rng = random.Random(seed)
    with atomic_target(path) as tmp:
        db = sqlite_utils.Database(tmp)
        schema.create(db, indexes=False)  # indexes after the bulk insert: much faster
        conn = db.conn
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        db["metadata"].insert({"key": "title", "value": f"Synthetic timeline, {events:,} events"})
        _sources(conn, rng)
        weights = _entities(conn, rng, entities)
        clock = _Clock(rng, days) if times else None
        _events(conn, rng, events, weights, progress, clock)
        schema.create_indexes(db)
        schema.fill_search_index(db)
        conn.commit()
        conn.close()


def _sources(conn: sqlite3.Connection, rng: random.Random) -> None:
    rows = [
        (
            i,
            f"source-{i:03d}.txt",
            None,
            f"Outlet {i}",
            f"{rng.randint(FIRST_YEAR, LAST_YEAR)}",
            "en",
            None,
        )
        for i in range(1, 51)
    ]
    conn.executemany(
        "INSERT INTO sources (id, file, url, outlet, published, language, title) "
        "VALUES (?,?,?,?,?,?,?)",
        rows,
    )


def _entities(conn: sqlite3.Connection, rng: random.Random, count: int) -> list[float]:
    rows = []
    for i in range(1, count + 1):
        hue = (i * 0.618033988749895) % 1.0
        rows.append(
            (i, f"Entity {i:04d} {rng.choice(WORDS).title()}", rng.choice(KINDS), _hex(hue))
        )
    conn.executemany("INSERT INTO entities (id, name, kind, color) VALUES (?,?,?,?)", rows)
    # Zipf-like activity: entity k is about 1/k as busy as entity 1.
    return [1.0 / (k**0.9) for k in range(1, count + 1)]


def _hex(hue: float) -> str:
    import colorsys

    r, g, b = colorsys.hls_to_rgb(hue, 0.45, 0.55)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


def _burst_days(rng: random.Random, n: int) -> list[int]:
    """Days since FIRST_YEAR: a quiet background plus bursts around random news peaks."""
    span = (LAST_YEAR - FIRST_YEAR + 1) * 365
    peaks = [rng.randrange(span) for _ in range(60)]
    days = []
    for _ in range(n):
        if rng.random() < 0.35:
            day = rng.randrange(span)
        else:
            day = int(rng.choice(peaks) + rng.gauss(0, 20))
        days.append(min(max(day, 0), span - 1))
    return days


def _date(day: int, precision: str) -> str:
    year = FIRST_YEAR + day // 365
    month = min(12, (day % 365) // 31 + 1)
    if precision == "year":
        return f"{year:04d}"
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    dom = min((day % 365) % 31 + 1, calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{dom:02d}"


class _Clock:
    """Second-precise start and end texts with bursts, for `times`."""

    def __init__(self, rng: random.Random, days: int | None):
        if days:
            self.t0 = dates.PartialDate.parse(TIMES_FROM).interval()[0]
            self.span = days * 86400
        else:
            self.t0 = dates.PartialDate.parse(str(FIRST_YEAR)).interval()[0]
            self.span = dates.PartialDate.parse(str(LAST_YEAR)).interval()[1] - self.t0
        self.rng = rng
        self.peaks = [rng.randrange(int(self.span)) for _ in range(60)]

    def start_end(self) -> tuple[str, str | None]:
        rng = self.rng
        if rng.random() < 0.35:
            at = rng.randrange(int(self.span))
        else:
            at = int(rng.choice(self.peaks) + rng.gauss(0, self.span / 400))
        at = min(max(at, 0), int(self.span) - 1)
        end = None
        if rng.random() < 0.03:
            end = dates.iso_moment(self.t0 + min(at + rng.randint(60, 7200), self.span - 1))
        return dates.iso_moment(self.t0 + at), end


def _events(conn, rng, count, weights, progress, clock: _Clock | None = None) -> None:
    entity_ids = list(range(1, len(weights) + 1))
    cumulative = list(_accumulate(weights))
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        days = _burst_days(rng, n)
        events, links, cites = [], [], []
        for offset, day in enumerate(days):
            event_id = done + offset + 1
            roll = rng.random()
            precision = "day" if roll < 0.7 else "month" if roll < 0.9 else "year"
            start = _date(day, precision)
            end = None
            if clock is not None:
                start, end = clock.start_end()
            elif rng.random() < 0.04:
                end = _date(
                    min(day + rng.randint(30, 2000), (LAST_YEAR - FIRST_YEAR + 1) * 365 - 1),
                    "month",
                )
                if end < start[: len(end)]:
                    end = None
            words = rng.sample(WORDS, 3)
            title = f"{words[0].title()} {words[1]} {words[2]} #{event_id}"
            disputed = 1 if rng.random() < 0.02 else 0
            events.append(
                (
                    event_id,
                    title,
                    f"Synthetic event {event_id}.",
                    start,
                    end,
                    rng.choice(CATEGORIES),
                    disputed,
                    None,
                )
            )
            owners = {rng.choices(entity_ids, cum_weights=cumulative)[0]}
            while rng.random() < 0.2 and len(owners) < 4:
                owners.add(rng.choices(entity_ids, cum_weights=cumulative)[0])
            links.extend((event_id, e, None) for e in owners)
            cites.append(
                (event_id, rng.randint(1, 50), f"{' '.join(words)} (item {event_id})", "claim")
            )
        conn.executemany(
            'INSERT INTO events (id, title, summary, start, "end", category, disputed, note) '
            "VALUES (?,?,?,?,?,?,?,?)",
            events,
        )
        conn.executemany(
            "INSERT INTO event_entities (event_id, entity_id, role) VALUES (?,?,?)", links
        )
        conn.executemany(
            "INSERT INTO citations (event_id, source_id, quote, role) VALUES (?,?,?,?)", cites
        )
        done += n
        tell(progress, done, count)


def _accumulate(values):
    total = 0.0
    for v in values:
        total += v
        yield total
