"""An auto-detected input file is opened once: detection and the reader share its text."""

import builtins
import io
import json

import pytest

from explorer.core.io import importers
from explorer.core.io.importers import ImportedEvent


@pytest.fixture
def opens(monkeypatch):
    """The paths opened, by any of open(), io.open and Path.open/read_bytes."""
    seen = []
    real = io.open

    def counting(file, *args, **kwargs):
        seen.append(str(file))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting)
    monkeypatch.setattr(io, "open", counting)  # what pathlib calls
    return seen


def titles(parsed):
    return [r.title for r in parsed.records if isinstance(r, ImportedEvent)]


def test_an_auto_detected_csv_is_opened_once(tmp_path, opens):
    path = tmp_path / "events.csv"
    path.write_text('title,start\nFirst,2020\n"Two\nlines",2021-03\n', encoding="utf-8")
    opens.clear()  # count from here: the writing above opened it too
    parsed = importers.read(path)
    assert parsed.format == "csv"
    assert titles(parsed) == ["First", "Two lines"]  # the title is one line
    assert opens.count(str(path)) == 1


def test_an_auto_detected_timelinejs_json_is_opened_once(tmp_path, opens):
    path = tmp_path / "story.json"
    events = [{"start_date": {"year": 2020}, "text": {"headline": "Launch"}}]
    path.write_text(json.dumps({"events": events}), encoding="utf-8")
    opens.clear()  # count from here: the writing above opened it too
    parsed = importers.read(path)
    assert parsed.format == "timelinejs"
    assert titles(parsed) == ["Launch"]
    assert opens.count(str(path)) == 1


def test_a_latin1_csv_is_still_read_as_latin1(tmp_path, opens):
    path = tmp_path / "old.csv"
    path.write_bytes("title;start\nCaf\xe9 opens;2019\n".encode("latin-1"))
    opens.clear()
    assert titles(importers.read(path)) == ["Café opens"]
    assert opens.count(str(path)) == 1
