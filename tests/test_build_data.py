"""The bundled dataset: built from data/*.json, sourced, and committed as built."""

import json
import re
import sqlite3

import pytest
from conftest import BUNDLED, ROOT, SEEDS

from explorer.cli import main
from explorer.core.data.dates import PartialDate
from explorer.core.data.store import Store
from explorer.core.data.validate import validate
from explorer.core.io.build import build

DATA = ROOT / "data"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not at hand")


def dump(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_committed_database_equals_a_fresh_build(tmp_path):
    fresh = tmp_path / "fresh.db"
    build(DATA, fresh)
    assert dump(fresh) == dump(BUNDLED)


def test_build_data_command(tmp_path, capsys):
    out = tmp_path / "x.db"
    assert main(["build-data", "-o", str(out)]) == 0
    assert "48 events" in capsys.readouterr().out or out.is_file()


@needs_seeds
def test_every_quote_is_verbatim_in_its_article():
    problems, unchecked = validate(BUNDLED, [SEEDS])
    assert problems == [] and unchecked == 0


def test_dataset_size_and_shape():
    store = Store(BUNDLED)
    assert len(store.records) >= 30
    assert len(store.entities) >= 15
    kinds = {e.kind for e in store.entities.values()}
    assert {"company", "government", "product", "place"} <= kinds
    names = {e.name for e in store.entities.values()}
    assert {"ByteDance", "Nvidia", "Huawei", "Broadcom", "United States"} <= names


def test_every_event_is_cited_and_titled_in_english_words():
    events = json.loads((DATA / "events.json").read_text(encoding="utf-8"))
    for ev in events:
        assert ev["citations"], ev["id"]
        assert re.fullmatch(r"[\x20-\x7e–’]+", ev["title"]), ev["title"]  # no German copy
        PartialDate.parse(ev["start"])


def test_disputed_claims_cite_their_denial():
    store = Store(BUNDLED)
    disputed = [e for e in store.records.values() if e.disputed]
    assert disputed
    for event in disputed:
        assert any(c.role == "denial" for c in store.citations(event.id)), event.title


def test_rental_loophole_is_a_span_closed_in_january_2025():
    store = Store(BUNDLED)
    [loophole] = [e for e in store.records.values() if "loophole" in e.title.lower() and e.is_span]
    assert (loophole.start, loophole.end) == ("2023", "2025-01")


def test_disagreeing_doubao_user_counts_stay_separate_facts():
    store = Store(BUNDLED)
    doubao = next(e.id for e in store.entities.values() if e.name == "Doubao")
    counts = [e for e in store.records.values() if doubao in e.entity_ids and "users" in e.title]
    files = {c.file for e in counts for c in store.citations(e.id)}
    assert len(counts) >= 3 and len(files) >= 3
