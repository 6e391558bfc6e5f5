"""The editing dialogs driven as a user would: create, edit, cite by selection,
merge, delete, undo, redo; read-only files and the bundled data."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3

import pytest
from conftest import BUNDLED
from edit_helpers import SOURCE_TEXT, assert_window_shows_file, editable_db, table_rows
from factory import make_db
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from explorer._qt.edit.entity_manager import EntityManager
from explorer._qt.edit.event_editor import EventEditor
from explorer._qt.edit.source_viewer import SourceViewer
from explorer.core.data import edit_ops


@pytest.fixture
def win(qtbot, settings, tmp_path, monkeypatch):
    from explorer._qt.app import make_app
    from explorer._qt.main_window import MainWindow

    make_app()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a))
    window = MainWindow(settings)
    window.errors = errors
    qtbot.addWidget(window)
    window.open_database(editable_db(tmp_path / "edit.db"))
    return window


def with_dialog(kind, act):
    """Run `act(dialog)` on the next modal dialog of `kind` once it is open."""

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def titles(window):
    store = window.session.store
    return sorted(e.title for e in store.records.many(store.columns.ids.tolist()))


def test_create_edit_undo_redo_in_the_editor(win, qtbot):
    path = win.session.store.path

    def fill(editor: EventEditor):
        qtbot.keyClicks(editor.title, "Acme expands")
        qtbot.keyClicks(editor.start.edit, "2023-06")
        editor.entities.item(0).setCheckState(Qt.CheckState.Checked)
        editor.add_citation(1, "quote 2", "claim")
        editor.accept()

    with_dialog(EventEditor, fill)
    win.edit.new_event.trigger()
    assert "Acme expands" in titles(win)
    assert win.session.selection == 4
    assert "Acme expands" in win.view.table.model_.data(
        win.view.table.model_.index(win.view.table.model_.row_of(4), 1)
    )
    assert win.edit.undo.text().startswith("&Undo New Event")

    def retitle(editor: EventEditor):
        assert editor.start.precision.text() == "month precision"
        editor.title.setText("Acme expands its plant")
        editor.accept()

    with_dialog(EventEditor, retitle)
    win.edit.edit_event.trigger()
    assert "Acme expands its plant" in titles(win)
    assert "Acme expands its plant" in win.view.details.toPlainText()
    win.edit.undo.trigger()
    assert "Acme expands" in titles(win)
    win.edit.undo.trigger()
    assert "Acme expands" not in titles(win)
    win.edit.redo.trigger()
    assert "Acme expands" in titles(win)
    fresh = sqlite3.connect(path)
    assert fresh.execute("SELECT title FROM events WHERE id = 4").fetchone() == ("Acme expands",)
    fresh.close()
    assert_window_shows_file(win)


def test_a_quote_not_in_the_source_is_marked_and_refused(win, qtbot):
    def fill(editor: EventEditor):
        editor.title.setText("Made up")
        editor.start.set_text("2023")
        editor.add_citation(1, "words the article never used", "claim")
        item = editor.citations.item(0, 1)
        assert "Not verbatim" in item.toolTip()
        editor.accept()  # refused: stays open with the reason
        assert "word for word" in editor.problem.text()
        editor.reject()

    with_dialog(EventEditor, fill)
    win.edit.new_event.trigger()
    assert "Made up" not in titles(win)


def test_cite_by_selection_makes_an_event(win, qtbot):
    passage = "Ruritania banned widgets in January 2022"
    seen = {}

    def fill(editor: EventEditor):
        seen["quote"] = editor.citation_rows()[0][1]
        editor.title.setText("Ruritania bans widgets")
        editor.start.set_text("2022-01")
        editor.category.setCurrentText("sanction")  # a new category
        editor.accept()

    win.edit.sources.trigger()
    viewer: SourceViewer = win.edit.viewer  # not modal: events stay selectable
    assert viewer.isVisible() and not viewer.cite.isEnabled()
    assert viewer.select_passage(passage)
    assert viewer.new_event.isEnabled()
    with_dialog(EventEditor, fill)
    viewer.new_event.click()
    assert seen["quote"] == passage
    assert passage in SOURCE_TEXT
    assert "Ruritania bans widgets" in titles(win)
    assert "sanction" in win.view.filter_bar.category_actions  # the view was built anew
    # The new event is selected: the same passage can be cited in it again, and is marked.
    assert len(viewer.text.extraSelections()) == 1
    other = "Acme was founded in 2020"
    viewer.select_passage(other)
    assert viewer.cite.isEnabled()

    def add_second(editor: EventEditor):
        assert [q for _s, q, _r in editor.citation_rows()] == [passage, other]
        editor.accept()

    with_dialog(EventEditor, add_second)
    viewer.cite.click()
    assert len(viewer.text.extraSelections()) == 2
    assert_window_shows_file(win)
    viewer.close()
    # Search finds the new text at once.
    win.session.filters.set(search="bans")
    assert win.session.result.matched_visible >= 1


def test_merge_and_delete_entities_with_undo(win, qtbot):
    before = table_rows(win.session.store.path)

    def merge(manager: EntityManager):
        manager.merge(gone=2, keep=1)  # Globex into Acme
        manager.select(3)
        manager.delete()  # Ruritania is used: refused, says by whom
        assert "named by 1 event" in manager.problem.text()
        manager.accept()

    with_dialog(EntityManager, merge)
    win.edit.entities.trigger()
    assert set(win.session.store.entities) == {1, 3}
    shown = [e.name for rows in win.view.sidebar.model._rows for e in rows]
    assert "Globex" not in shown and "Acme" in shown  # the sidebar was built again
    win.edit.undo.trigger()
    assert set(win.session.store.entities) == {1, 2, 3}
    assert table_rows(win.session.store.path) == before
    assert_window_shows_file(win)


def test_delete_names_the_event_and_undo_brings_it_back(win, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    win.session.select(3)
    win.edit.delete.trigger()
    assert "Ruritania bans widgets" in asked[0]
    assert 3 not in win.session.store.columns.ids
    win.edit.undo.trigger()
    assert 3 in win.session.store.columns.ids
    assert_window_shows_file(win)


def test_a_failed_write_leaves_window_stack_and_file_agreeing(win, qtbot):
    path = win.session.store.path
    win.session.select(1)
    win.edit.duplicate.trigger()
    rows, count = table_rows(path), win.session.result.count
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER no_more BEFORE INSERT ON events BEGIN "
        "SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    conn.commit()
    conn.close()
    win.edit.duplicate.trigger()
    assert win.errors  # the user was told
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER no_more")
    conn.commit()
    conn.close()
    assert table_rows(path) == rows
    assert win.session.result.count == count
    assert win.edit.undo.text().startswith("&Undo Duplicate")
    assert_window_shows_file(win)


def test_read_only_file_is_view_only_with_the_reason(win, qtbot, tmp_path):
    copy = tmp_path / "ro.db"
    shutil.copy(win.session.store.path, copy)
    copy.chmod(0o444)
    win.open_database(copy)
    assert win.edit.editor is None
    assert not win.edit.new_event.isEnabled()
    assert "read-only" in win.edit.status.text()


def test_bundled_data_asks_to_save_a_copy(win, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from explorer.core.data.store import Store

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    before = BUNDLED.read_bytes()
    win.open_database(BUNDLED)
    assert win.edit.editor is None and win.edit.asks == "copy"
    assert "save a copy" in win.edit.status.text()
    win.session.select(1)
    win.edit.duplicate.trigger()  # asks (answered Yes): Save a Copy, then edit that
    assert win.edit.editor is None  # the save dialog was not answered here
    assert win.edit.save_copy_to(tmp_path / "mine.db")
    assert win.session.store.path == tmp_path / "mine.db"
    assert win.edit.editor is not None
    win.session.select(1)
    win.edit.duplicate.trigger()
    bundled = Store(BUNDLED)
    assert len(win.session.store.columns) == len(bundled.columns) + 1
    bundled.close()
    assert BUNDLED.read_bytes() == before


def test_another_program_changing_the_file_reloads_keeping_filters(win, qtbot):
    path = win.session.store.path
    editor = win.edit.editor
    win.session.select(1)
    win.edit.duplicate.trigger()  # our own write: no reload, the undo stack stays
    qtbot.wait(700)
    assert win.edit.editor is editor and editor.undo_name
    win.session.filters.set(disputed_only=False, hidden_entities={2})
    win.session.view.go_to(1.6e9, 1.65e9)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET title = 'Renamed elsewhere' WHERE id = 1")
    conn.commit()
    conn.close()
    # The file watcher notices (no call from the test); our own writes do not reload.
    qtbot.waitUntil(lambda: "Renamed elsewhere" in titles(win), timeout=5000)
    assert win.session.filters.hidden_entities == {2}
    assert win.session.view.range == (1.6e9, 1.65e9)


class FakeClick:
    """What pyqtgraph hands a click handler: enough of a MouseClickEvent."""

    def __init__(self, button, scene_pos, double=False):
        self._button, self._pos, self._double = button, scene_pos, double

    def button(self):
        return self._button

    def scenePos(self):
        return self._pos

    def screenPos(self):
        return self._pos

    def double(self):
        return self._double

    def accept(self):
        pass


def test_right_click_on_a_lane_offers_a_new_event_there(win, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMenu

    monkeypatch.setattr(QMenu, "popup", lambda *a: None)  # offscreen menus only warn
    win.show()
    qtbot.waitExposed(win)
    box = win.view.timeline.view_box
    lanes = win.session.result.lanes
    t0, t1 = win.session.view.range
    point = box.mapViewToScene(QPointF((t0 + t1) / 2, 1))  # the second lane, mid-range
    win.edit._timeline_clicked(FakeClick(Qt.MouseButton.RightButton, point))
    action = win.edit._context_menu.actions()[0]
    entity = win.session.store.entities[lanes[1]].name
    assert entity in action.text()
    seen = {}

    def look(editor: EventEditor):
        seen["start"], seen["entities"] = editor.start.text(), editor.checked_entities()
        editor.reject()

    with_dialog(EventEditor, look)
    action.trigger()
    assert seen["entities"] == [lanes[1]]
    assert len(seen["start"]) == 10  # a day: where the click was


def test_double_click_on_a_mark_edits_it(win, qtbot):
    seen = []
    with_dialog(EventEditor, lambda editor: (seen.append(editor.title.text()), editor.reject()))

    click = FakeClick(Qt.MouseButton.LeftButton, None, True)
    win.view.timeline.lanes.points.sigClicked.emit(3, click)  # a double click on event 3
    assert seen == ["Ruritania bans widgets"]


def test_an_older_file_is_view_only_until_upgraded(win, qtbot, tmp_path):
    old = tmp_path / "v1.db"
    make_db(old)
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE sources DROP COLUMN text")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    win.open_database(old)
    assert win.edit.editor is None and win.edit.asks == "upgrade"
    assert "older schema" in win.edit.status.text()
    with_dialog(EventEditor, lambda editor: editor.reject())
    win.edit.new_event.trigger()  # asks (answered Yes), upgrades, reopens, then edits
    assert win.edit.editor is not None
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == 2


def make_active(window):
    """Shortcuts need an active window, as a user's has; offscreen nothing activates
    it, and the one call that does is deprecated (with no replacement for tests)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def test_enter_and_del_act_on_the_table(win, qtbot, monkeypatch):
    win.show()
    qtbot.waitExposed(win)
    make_active(win)
    table = win.view.table
    win.session.select(2)
    table.setFocus()
    seen = []
    with_dialog(EventEditor, lambda editor: (seen.append(editor.title.text()), editor.reject()))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen == ["Globex deal with Acme"]
    make_active(win)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert 2 not in win.session.store.columns.ids
    search = win.view.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "ab")
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Home)
    qtbot.keyClick(search, Qt.Key.Key_Delete)  # in a text field Del deletes a letter
    assert search.text() == "" and len(win.session.store.columns) == 2


def test_add_a_source_from_an_html_file_then_cite_it(win, qtbot, tmp_path):
    from explorer._qt.edit.source_form import SourceForm

    page = tmp_path / "bugle.html"
    page.write_text(
        "<html><body><h1>Acme news</h1><p>Acme <b>opened</b> a plant on Tuesday.</p></body></html>",
        encoding="utf-8",
    )

    def fill(form: SourceForm):
        form.load(page)
        assert "<b>" not in form.text.toPlainText()
        form.outlet.setText("Daily Bugle")
        form.published.setText("2024-06-12")
        form.language.setText("en")
        form.url.setText("https://example.org/acme")
        form.accept()

    win.edit.sources.trigger()
    viewer = win.edit.viewer
    with_dialog(SourceForm, fill)
    viewer._add()
    source = viewer.source()
    assert source["file"] == "bugle.html" and source["outlet"] == "Daily Bugle"
    assert "Acme opened a plant on Tuesday." in viewer.text.toPlainText()
    assert viewer.select_passage("Acme opened a plant on Tuesday.")
    win.edit.undo.trigger()  # the source goes again
    assert all(s["file"] != "bugle.html" for s in win.session.store.sources())
    assert viewer.list.count() == 1  # the viewer follows the undo
    viewer.close()


def test_a_sample_shown_while_a_big_file_loads_is_not_edited(win, tmp_path, monkeypatch):
    from explorer._qt import load_preview, loading
    from explorer.core import jobs
    from explorer.core.data import packed_table
    from explorer.core.data.store import Store
    from explorer.core.data.store_writer import upgrade
    from explorer.core.io.generate import generate

    monkeypatch.setattr(jobs, "BIG_EVENTS", 0)
    monkeypatch.setattr(loading, "PREVIEW_FROM", 100)
    monkeypatch.setattr(loading, "PREVIEW_ROWS", 60)
    path = tmp_path / "very-big.db"
    generate(path, 2000, 12, seed=5)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        packed_table.drop(conn)  # read cold, as another tool's file: a sample shows first
        conn.commit()
    upgrade(path)
    show, seen = load_preview.LoadPreview.show, {}

    def shown(self, sample, cancel):
        told = show(self, sample, cancel)
        seen["editor"] = win.edit.editor
        seen["status"] = win.edit.status.text()
        seen["new"] = win.edit.new_event.isEnabled()
        return told

    monkeypatch.setattr(load_preview.LoadPreview, "show", shown)
    monkeypatch.setattr(loading, "Store", Store)
    assert win.open_database(path)
    assert seen == {"editor": None, "status": "View only: still reading the file", "new": False}
    assert win.edit.editor is not None and win.edit.new_event.isEnabled()


def test_a_date_is_typed_or_picked_at_its_precision(qtbot):
    from PySide6.QtCore import QDate

    from explorer._qt.edit.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.set_text("2025-01")
    assert field.precision.text() == "month precision" and field.problem() is None
    assert field.calendar.selectedDate() == QDate(2025, 1, 1)
    field.calendar.setSelectedDate(QDate(2024, 3, 9))
    field.calendar.clicked.emit(QDate(2024, 3, 9))
    assert field.text() == "2024-03-09" and field.precision.text() == "day precision"
    year = next(b for b in field.findChildren(QPushButton) if "Year" in b.text())
    year.click()
    assert field.text() == "2024"
    field.set_text("2024-02-30")
    assert field.problem() and "precision" not in field.precision.text()


def test_rename_recolour_and_change_kind_of_an_entity(win, qtbot):
    def edit(manager: EntityManager):
        manager.select(2)
        manager.name.setText("Globex Corporation")
        manager.kind.setCurrentText("government")
        manager.color.set_color("#123456")
        manager.apply()
        manager.select(1)
        manager.name.setText("Globex Corporation")  # taken: refused, says why
        manager.apply()
        assert "already exists" in manager.problem.text()
        manager.accept()

    with_dialog(EntityManager, edit)
    win.edit.entities.trigger()
    entity = win.session.store.entities[2]
    assert (entity.name, entity.kind, entity.color) == (
        "Globex Corporation",
        "government",
        "#123456",
    )
    assert set(win.session.lane_order[:2]) == {2, 3}  # governments first
    assert win.edit.undo.text() == "&Undo Edit “Globex”"
    win.edit.undo.trigger()
    assert win.session.store.entities[2].name == "Globex"
    assert_window_shows_file(win)


def test_a_change_written_but_not_shown_reloads_the_file(win, qtbot, monkeypatch):
    """Should showing a written change fail (a bug), the window reads the file again
    rather than disagree with it."""
    from explorer.core.data import store_writer

    def broken(*args, **kwargs):
        raise RuntimeError("a bug while updating the columns")

    monkeypatch.setattr(store_writer, "replace_events", broken)
    win.session.select(1)
    with pytest.raises(RuntimeError):
        win.edit.editor.do(edit_ops.duplicate_event(win.edit.editor.writer, 1))
    monkeypatch.undo()
    qtbot.waitUntil(lambda: len(win.session.store.columns) == 4)
    assert_window_shows_file(win)
    assert win.edit.editor.undo_name is None  # a new start: nothing to undo
