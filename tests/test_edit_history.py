"""Random sequences of edits, undos and redos (Hypothesis): after each, the file,
the session and the search index agree, validate is clean, and undoing all of
them gives back the original rows."""

from __future__ import annotations

import shutil

import numpy as np
from edit_helpers import (
    SOURCE_TEXT,
    assert_well_ordered,
    columns_content,
    editable_db,
    machine_settings,
    table_rows,
)
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from explorer.core.data import edit_ops
from explorer.core.data.edit_ops import EditError, EventDraft
from explorer.core.data.store import Store
from explorer.core.data.validate import validate
from explorer.core.view.editor import Editor
from explorer.core.view.lanes import KIND_ORDER
from explorer.core.view.session import Session

WORDS = ["alpha", "bravo", "charlie", "delta", "echo"]
dates = st.sampled_from(
    ["2019", "2020-02", "2021-03-04", "2022", "2022-12-31", "2023-07"]
    + ["2022-12-31T23:59:30Z", "2023-07-01T08+02:00", "-0500", "0000-03"]  # times, BCE
)
quotes = (
    st.integers(0, len(SOURCE_TEXT) - 20)
    .flatmap(
        lambda a: st.integers(a + 5, min(a + 60, len(SOURCE_TEXT))).map(lambda b: SOURCE_TEXT[a:b])
    )
    .filter(str.strip)
)


class EditMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        import tempfile
        from pathlib import Path

        self.folder = Path(tempfile.mkdtemp())
        self.path = editable_db(self.folder / "edit.db")
        self.original = table_rows(self.path)
        self.session = Session(Store(self.path))
        self.editor = Editor(self.session)
        self.done = 0

    def teardown(self):
        while self.editor.undo_name:
            self.editor.undo()
        assert table_rows(self.path) == self.original
        self.check_matches_file()
        self.session.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _do(self, change):
        self.editor.do(change)

    def _ids(self):
        return self.session.store.columns.ids.tolist()

    @rule(
        word=st.sampled_from(WORDS),
        start=dates,
        quote=quotes,
        entities=st.lists(st.sampled_from([1, 2, 3]), max_size=2),
        disputed=st.booleans(),
    )
    def create(self, word, start, quote, entities, disputed):
        draft = EventDraft(
            title=f"Event {word}",
            start=start,
            entity_ids=[e for e in entities if e in self.session.store.entities],
            disputed=disputed,
            category=word[:3],
            citations=[(1, quote, "claim"), *([(1, quote, "denial")] if disputed else [])],
        )
        self._do(edit_ops.new_event(self.editor.writer, draft))

    @precondition(lambda self: len(self._ids()) > 0)
    @rule(data=st.data(), word=st.sampled_from(WORDS), end=st.sampled_from([None, "2024", "2030"]))
    def edit(self, data, word, end):
        event_id = data.draw(st.sampled_from(self._ids()))
        draft = EventDraft.of(self.editor.writer.event(event_id))
        draft.title, draft.end, draft.summary = f"{draft.title} {word}", end, word
        self._do(edit_ops.edit_event(self.editor.writer, event_id, draft))

    @precondition(lambda self: len(self._ids()) > 0)
    @rule(data=st.data())
    def delete(self, data):
        self._do(edit_ops.delete_event(self.editor.writer, data.draw(st.sampled_from(self._ids()))))

    @precondition(lambda self: len(self._ids()) > 0)
    @rule(data=st.data())
    def duplicate(self, data):
        event_id = data.draw(st.sampled_from(self._ids()))
        self._do(edit_ops.duplicate_event(self.editor.writer, event_id))

    @rule(word=st.sampled_from(WORDS), kind=st.sampled_from(["company", "person"]))
    def new_entity(self, word, kind):
        try:
            change, _ = edit_ops.new_entity(self.editor.writer, word.title(), kind, "#123456")
        except EditError:  # the name is taken
            return
        self._do(change)

    @precondition(lambda self: len(self.session.store.entities) >= 2)
    @rule(data=st.data())
    def merge(self, data):
        keep, gone = data.draw(
            st.lists(
                st.sampled_from(sorted(self.session.store.entities)),
                min_size=2,
                max_size=2,
                unique=True,
            )
        )
        self._do(edit_ops.merge_entities(self.editor.writer, keep, gone))

    @precondition(lambda self: len(self.session.store.entities) > 0)
    @rule(data=st.data(), color=st.sampled_from(["#ff0000", "#00aa00"]))
    def recolour_or_delete(self, data, color):
        entity_id = data.draw(st.sampled_from(sorted(self.session.store.entities)))
        try:
            change = edit_ops.delete_entity(self.editor.writer, entity_id)
        except EditError:  # in use: recolour it instead
            change = edit_ops.edit_entity(self.editor.writer, entity_id, color=color)
        self._do(change)

    @rule()
    def undo(self):
        self.editor.undo()

    @rule()
    def redo(self):
        self.editor.redo()

    @invariant()
    def check_matches_file(self):
        fresh = Store(self.path)
        try:
            shown = self.session.store
            assert columns_content(shown.columns) == columns_content(fresh.columns)
            assert_well_ordered(shown.columns)
            assert shown.entities == fresh.entities
            ids = fresh.columns.ids.tolist()
            assert shown.records.many(ids) == fresh.records.many(ids)
            assert self.session.result.count == len(fresh.columns)
            cols = shown.columns  # each lane's first start, worked out the slow way
            firsts = {}
            for row, code in zip(cols.link_row.tolist(), cols.link_lane.tolist(), strict=True):
                entity = int(cols.lane_entities[code])
                firsts[entity] = min(firsts.get(entity, np.inf), cols.t0[row])
            order = [e for e in self.session.lane_order if e in firsts]
            kinds = [KIND_ORDER.get(shown.entities[e].kind, 9) for e in order if e]
            assert kinds == sorted(kinds)
            for a, b in zip(order, order[1:], strict=False):
                if a and b and shown.entities[a].kind == shown.entities[b].kind:
                    assert firsts[a] <= firsts[b]
            for event in fresh.records.many(ids[-3:]):
                word = event.title.split()[-1]
                assert self.session.store.search_mask(word)[shown.columns.row_of(event.id)]
        finally:
            fresh.close()
        problems, _ = validate(self.path)
        assert problems == []
        # As the overview asks it: the next edit carries it over (checked above).
        self.session.store.columns.histogram(*self.session.view.range, 64)


EditMachine.TestCase.settings = machine_settings(examples=12, steps=12)
TestEdits = EditMachine.TestCase
