"""A full-text index out of step with events (inserts after `enable-fts` without
triggers) is noticed on open; search still finds every event; validate says so."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from cli_helpers import run

from explorer.core.data.store import Store
from explorer.core.data.validate import validate

SCHEMA_DOC = Path(__file__).parent.parent / "docs" / "schema.md"
SQLITE_UTILS = Path(sys.executable).parent / "sqlite-utils"


def _doc_commands(db: Path) -> list[list[str]]:
    """The sqlite-utils lines of docs/schema.md's example, run on `db`."""
    block = SCHEMA_DOC.read_text(encoding="utf-8").split("## Building a database by hand")[1]
    lines = re.search(r"```bash\n(.*?)```", block, re.S).group(1).splitlines()
    return [line.replace("my.db", str(db)) for line in lines if "sqlite-utils" in line]


def _sh(line: str) -> None:
    subprocess.run(line.replace("sqlite-utils", str(SQLITE_UTILS), 1), shell=True, check=True)


SECOND = '{"id": 2, "title": "A second plant", "start": "2025-01", "summary": "Bigger."}'


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """The docs' example database, built once with the sqlite-utils command line."""
    if not SQLITE_UTILS.exists():
        pytest.skip("no sqlite-utils command beside the interpreter")
    db = tmp_path_factory.mktemp("example") / "my.db"
    for line in _doc_commands(db):
        _sh(line)
    return db


@pytest.fixture
def made_by_hand(example, tmp_path):
    db = tmp_path / "my.db"
    shutil.copy(example, db)
    return db


def _insert_second(db: Path) -> None:
    """What `sqlite-utils insert my.db events -` does (the Python API: no process start)."""
    with sqlite_utils.Database(db) as data:
        data["events"].insert(json.loads(SECOND))
        data["citations"].insert({"event_id": 2, "source_id": 1, "quote": "x"})


def test_docs_example_uses_triggers_so_a_later_insert_is_indexed(made_by_hand):
    _insert_second(made_by_hand)
    assert validate(made_by_hand)[0] == []
    store = Store(made_by_hand)
    try:
        assert store.search_gap is None and store.search_mask("second").sum() == 1
    finally:
        store.close()


def test_stale_index_found_searched_and_reported(made_by_hand, tmp_path, capsys):
    with sqlite_utils.Database(made_by_hand) as data:  # the example as it was: no triggers
        data["events"].disable_fts()
        data["events"].enable_fts(["title", "summary"])
    _insert_second(made_by_hand)
    before = made_by_hand.read_bytes()
    store = Store(made_by_hand)
    try:
        assert store.search_gap is not None and store.search_gap.missing.tolist() == [2]
        assert store.search_mask("second").sum() == 1  # only in the rows the index lacks
        assert store.search_mask("plant").sum() == 2  # the index and the rest together
        assert any("rebuild-fts" in n for n in store.notes)
    finally:
        store.close()
    assert made_by_hand.read_bytes() == before  # nothing written to the user's file
    problems, _ = validate(made_by_hand)
    assert [p.table for p in problems] == ["events_fts"]
    assert "lacks 1 events" in problems[0].message and "rebuild-fts" in problems[0].message
    out = tmp_path / "found.json"
    assert run("export", "--db", made_by_hand, "--search", "second", "-o", out) == 0
    assert '"A second plant"' in out.read_text(encoding="utf-8")
    _sh(f"sqlite-utils rebuild-fts {made_by_hand} events")  # the command the note names
    assert validate(made_by_hand)[0] == []


def test_deleted_and_middle_rows_are_told_apart(made_by_hand):
    with sqlite_utils.Database(made_by_hand) as data:
        data["events"].disable_fts()
        data["events"].insert_all(
            [{"id": i, "title": f"Event {i}", "start": "2024", "disputed": 0} for i in (5, 9)]
        )
        data["events"].enable_fts(["title", "summary"])  # indexes 1, 5, 9; no triggers
        data.execute("DELETE FROM events WHERE id = 5")
        data["events"].insert({"id": 7, "title": "In the middle", "start": "2024"})
    store = Store(made_by_hand)
    try:
        gap = store.search_gap
        assert gap.missing.tolist() == [7] and gap.extra == 1 and gap.external
        assert store.search_mask("middle").sum() == 1
    finally:
        store.close()
