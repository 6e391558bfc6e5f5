"""The bundled data in German: every event has a German title and summary in our
own words, and entities whose name differs have a German name."""

import json
import re

import pytest
from conftest import BUNDLED, ROOT, SEEDS

from explorer.core.data.store import Store

EVENTS = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
COPIED_WORDS = 8  # a run this long from an article is copying, not our own words


def test_every_bundled_event_has_a_german_title_and_summary():
    store = Store(BUNDLED)
    english = {e.id: e for e in store.records.values()}
    assert store.set_language("de") == "de"
    for event in store.records.values():
        original = english[event.id]
        assert event.title.strip() and event.title != original.title, event.id
        assert event.summary.strip() and event.summary != original.summary, event.id


def test_german_entity_names_where_they_differ():
    store = Store(BUNDLED)
    names = {e.name: store.entity_name(i, "de") for i, e in store.entities.items()}
    assert names["United States"] == "USA" and names["Southeast Asia"] == "Südostasien"
    assert names["ByteDance"] == "ByteDance"  # no translation: the name itself


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not at hand")
def test_german_texts_are_our_own_words_not_copied_from_the_articles():
    articles = " " + " ".join(" ".join(_words(p.read_text("utf-8"))) for p in SEEDS.iterdir()) + " "
    copied = []
    for ev in EVENTS:
        for key in ("title_de", "summary_de"):
            words = _words(ev[key])
            runs = (words[i : i + COPIED_WORDS] for i in range(len(words) - COPIED_WORDS + 1))
            copied += [(ev["id"], key) for run in runs if f" {' '.join(run)} " in articles]
    assert copied == []


def test_the_default_export_in_german_labels_the_stories_in_full(qapp):
    from test_picture import STORIES, full_labels, paint

    from explorer._qt.export.canvas import ExportCanvas
    from explorer._qt.export.render import ImageOptions
    from explorer.core.view.session import Session

    session = Session(Store(BUNDLED))
    session.set_language("de")
    session.view.fit()
    options = ImageOptions()
    canvas = ExportCanvas(session, *session.view.range, options.width, options.height)
    paint(canvas, options.width, options.height)
    labels = {m.event.id: m.event.title for m in canvas.lanes.marks}
    assert labels[2].startswith("USA ")  # the German titles are drawn
    assert full_labels(canvas.lanes) >= STORIES
    canvas.dispose()
