"""Random edits, undos and redos through the window's Edit control (Hypothesis,
few examples): after each, the window's table, entity list and details say what
the file says, and undoing everything gives back the original rows."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from edit_helpers import assert_window_shows_file, editable_db, machine_settings, table_rows
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QSettings

from explorer._qt.app import make_app
from explorer._qt.main_window import MainWindow
from explorer._qt.settings import Settings
from explorer.core.data import edit_ops
from explorer.core.data.edit_ops import EditError, EventDraft


class WindowEdits(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        make_app()
        self.folder = Path(tempfile.mkdtemp())
        self.path = editable_db(self.folder / "w.db")
        self.original = table_rows(self.path)
        ini = QSettings(str(self.folder / "s.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(Settings(ini))
        assert self.window.open_database(self.path)
        self.control = self.window.edit

    def teardown(self):
        while self.control.editor.undo_name:
            self.control.do_undo()
        assert table_rows(self.path) == self.original
        assert_window_shows_file(self.window)
        self.window.close()
        self.window.deleteLater()
        shutil.rmtree(self.folder, ignore_errors=True)

    def ids(self):
        return self.window.session.store.columns.ids.tolist()

    def run(self, build):
        self.control._run(lambda: build(self.control.editor.writer))

    @rule(title=st.sampled_from(["Alpha", "Beta"]), start=st.sampled_from(["2020", "2023-04"]))
    def create(self, title, start):
        draft = EventDraft(
            title=title,
            start=start,
            entity_ids=[1],
            category=title.lower(),
            citations=[(1, "quote 3", "claim")],
        )
        self.run(lambda w: edit_ops.new_event(w, draft))

    @precondition(lambda self: len(self.ids()) > 0)
    @rule(data=st.data())
    def select_and_delete(self, data):
        self.window.session.select(data.draw(st.sampled_from(self.ids())))
        event_id = self.window.session.selection
        if event_id is not None:
            self.run(lambda w: edit_ops.delete_event(w, event_id))

    @precondition(lambda self: len(self.window.session.store.entities) >= 2)
    @rule(data=st.data())
    def merge(self, data):
        keep, gone = data.draw(
            st.lists(
                st.sampled_from(sorted(self.window.session.store.entities)),
                min_size=2,
                max_size=2,
                unique=True,
            )
        )
        self.run(lambda w: edit_ops.merge_entities(w, keep, gone))

    @rule(name=st.sampled_from(["Initech", "Hooli"]))
    def new_entity(self, name):
        try:
            change, _ = edit_ops.new_entity(self.control.editor.writer, name, "company", "#336699")
        except EditError:
            return
        self.control._run(lambda: change)

    @rule()
    def undo(self):
        self.control.do_undo()

    @rule()
    def redo(self):
        self.control.do_redo()

    @invariant()
    def window_shows_file(self):
        assert_window_shows_file(self.window)


WindowEdits.TestCase.settings = machine_settings(examples=4, steps=8)
TestWindowEdits = WindowEdits.TestCase
