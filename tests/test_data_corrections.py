"""Corrections to the bundled data that a careful reading of the seeds found
(issue 17): disputed claims, inferred dates, citations, entities and colours."""

import json

from conftest import BUNDLED, ROOT

from explorer.core.data.store import Store

DATA = ROOT / "data"
EVENTS = {e["id"]: e for e in json.loads((DATA / "events.json").read_text(encoding="utf-8"))}
ENTITIES = json.loads((DATA / "entities.json").read_text(encoding="utf-8"))


def _lab(color: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB #rrggbb colour."""
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def _distance(a: str, b: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b), strict=True)) ** 0.5


def test_anonymous_overseas_plans_are_disputed_with_the_denial_cited():
    store = Store(BUNDLED)
    for event_id in (39, 41):
        assert store.records[event_id].disputed
        roles = {c.role for c in store.citations(event_id)}
        assert roles == {"claim", "denial"}, event_id
    files = {c.file[:3] for c in store.citations(39) if c.role == "claim"}
    assert files == {"001", "003"}  # 003's legality claim beside 001's ban


def test_inferred_dates_say_so_and_are_flagged():
    store = Store(BUNDLED)
    inferred = {e.id for e in store.records.values() if e.date_inferred}
    assert inferred == {5, 17}
    for event_id in inferred:
        assert store.records[event_id].note.startswith("Inferred year, not given")


def test_the_rental_loophole_no_longer_cites_buying_and_stationing_abroad():
    assert {c["source"][:3] for c in EVENTS[7]["citations"]} == {"001"}
    assert "Southeast Asia" not in EVENTS[7]["entities"]


def test_wording_follows_the_sources():
    assert (
        "umgehen" in EVENTS[27]["citations"][0]["quote"] and "get around" in EVENTS[27]["summary"]
    )
    assert "most popular AI app" in EVENTS[8]["summary"]
    assert all("estimated" in EVENTS[i]["title"] for i in (14, 15))
    assert "revenue" in EVENTS[12]["title"] and "earns" not in EVENTS[12]["title"]


def test_rivals_are_entities_and_close_colours_are_told_apart():
    assert {"Baidu", "Alibaba"} <= set(EVENTS[45]["entities"])
    colors = {e["name"]: e["color"] for e in ENTITIES}
    assert _distance(colors["Malaysia"], colors["Southeast Asia"]) >= 20
    assert _distance(colors["Meta"], colors["Doubao"]) >= 20
    names = sorted(colors)
    closest = min(_distance(colors[a], colors[b]) for a in names for b in names if a < b)
    assert closest >= 14


def test_source_notes_say_only_what_the_seeds_say():
    sources = json.loads((DATA / "sources.json").read_text(encoding="utf-8"))
    note = next(s["note"] for s in sources if s["file"].startswith("002"))
    assert "consistent with" not in note and "outside the seeds" in note
