"""dump-data writes what build-data reads: the bundled data dumps to its committed
files, and an edited database comes back from build-data row for row."""

from __future__ import annotations

import json

from conftest import BUNDLED, ROOT
from edit_helpers import editable_db, table_rows

from explorer.cli import main
from explorer.core.data import edit_ops
from explorer.core.data.edit_ops import EventDraft
from explorer.core.data.store import Store
from explorer.core.io.build import build
from explorer.core.view.editor import Editor
from explorer.core.view.session import Session


def test_the_bundled_data_dumps_to_its_committed_files(tmp_path, capsys):
    assert main(["dump-data", str(BUNDLED), "--data", str(tmp_path)]) == 0
    for name in ("events.json", "entities.json", "sources.json"):
        assert (tmp_path / name).read_bytes() == (ROOT / "data" / name).read_bytes(), name
    events = len(json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8")))
    assert f"events.json ({events})" in capsys.readouterr().out


def test_build_of_a_dump_gives_back_the_same_database(tmp_path):
    path = editable_db(tmp_path / "edited.db")
    session = Session(Store(path))
    editor = Editor(session)
    w = editor.writer
    change, entity = edit_ops.new_entity(w, "Initech", "company", "#abcdef")
    editor.do(change)
    editor.do(edit_ops.merge_entities(w, 1, 2))  # entity ids now 1, 3, 4: kept in the dump
    change, source = edit_ops.new_source(w, text="Pasted words, no file.", outlet="Wire")
    editor.do(change)
    draft = EventDraft(
        title="Initech appears",
        start="2024-02-29",
        entity_ids=[entity, 3],
        citations=[(source, "Pasted words", "claim"), (1, "quote 1", "denial")],
        disputed=True,
    )
    editor.do(edit_ops.new_event(w, draft))
    editor.do(edit_ops.delete_event(w, 1))
    session.close()
    editor.close()
    assert main(["dump-data", str(path), "--data", str(tmp_path / "dump")]) == 0
    build(tmp_path / "dump", tmp_path / "rebuilt.db")
    assert table_rows(tmp_path / "rebuilt.db") == table_rows(path)


def test_a_missing_database_is_a_bad_argument(tmp_path):
    assert main(["dump-data", str(tmp_path / "nope.db"), "--data", str(tmp_path)]) == 2
