"""The Edit menu and what it acts on: the open session's Editor, or why there is none.

Each opened database is attached here (attach). A file that can be edited
gets an Editor; the bundled data and older files ask first (save a copy,
upgrade); a read-only, locked or WAL file is for viewing only, the reason in
the status bar and the menu's tips.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox

from ...core import paths
from ...core.data import dates, edit_ops
from ...core.data.changes import fill
from ...core.data.edit_ops import EditError, EventDraft
from ...core.data.store import StoreError
from ...core.data.store_writer import editable_copy, needs_upgrade, read_only_reason, upgrade
from ...core.io.formats import db_filter
from ...core.view.editor import Editor
from ..menu_action import add_action
from .event_editor import EventEditor
from .file_watch import FileWatch
from .saving import failed, save


def said(change) -> str:
    """A change's name in the user's language: its template translated, then filled."""
    template, *names = change.what
    return fill(QCoreApplication.translate("Changes", template), *names)


class EditControl(QObject):
    def __init__(self, window):
        """`window`: the WindowHost that also offers refresh_view() and reload()."""
        super().__init__(window)
        self.window = window
        self.editor: Editor | None = None
        self.view = None
        self.reason: str | None = self.tr("no database is open")
        self.asks: str | None = None  # "copy" or "upgrade": edits first ask for it
        self.viewer = None  # the source viewer, while it is open
        self.status = QLabel()
        window.statusBar().addPermanentWidget(self.status)
        self.watch = FileWatch(self)
        self.watch.changed_elsewhere.connect(self._changed_elsewhere)

    # Menu
    def build_menu(self, menu: QMenu) -> None:
        add = partial(add_action, self.window, menu)
        self.undo = add(self.tr("&Undo"), self.do_undo, QKeySequence.StandardKey.Undo)
        self.redo = add(self.tr("&Redo"), self.do_redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        menu.addSeparator()
        self.new_event = add(self.tr("&New Event…"), lambda: self.ask_new_event(), "Ctrl+N")
        # Enter and Del act on the table and the timeline only, never in a text field.
        self.edit_event = self._view_action(
            menu, self.tr("&Edit Event…"), self.ask_edit_event, "Return"
        )
        self.duplicate = add(self.tr("D&uplicate Event"), self.do_duplicate, "Ctrl+D")
        self.delete = self._view_action(menu, self.tr("&Delete Event…"), self.ask_delete, "Del")
        menu.addSeparator()
        self.sources = add(self.tr("&Sources…"), self.show_sources, "Ctrl+Shift+R")
        self.entities = add(self.tr("En&tities…"), self.show_entities, "Ctrl+Shift+N")
        menu.addSeparator()
        self.save_copy = add(self.tr("Save a &Copy to Edit…"), self.ask_save_copy)
        self._edit_actions = [
            self.new_event,
            self.edit_event,
            self.duplicate,
            self.delete,
            self.entities,
        ]
        self._update()

    def _view_action(self, menu: QMenu, text: str, slot, key: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())  # not slot(checked)
        menu.addAction(action)
        return action

    # Attaching an opened database
    def attach(self, view) -> None:
        """A new view (a database opened, or the same one shown anew)."""
        session = view.session
        path = session.store.path
        if self.editor is not None and self.editor.writer.store is session.store:
            self.editor.session = session  # the same store shown anew: the stack stays
            self.view = view
            session.events.edited.connect(self._edited, unique=True)
            self._connect_view(view)
            return
        if self.editor is not None:
            self.editor.close()
        if self.viewer is not None:  # it showed the sources of the file that was open
            self.viewer.close()
        self.view = view
        self.editor, self.asks = None, None
        if session.store.read_only_reason is not None:  # a database served by Datasette
            self.reason = session.store.read_only_reason
        elif session.store.sample_of is not None:  # a big file's first sample: edits wait
            self.reason = self.tr("still reading the file")
        else:
            self.reason = read_only_reason(path, paths.bundled_db())
        if path is None:  # served: nothing to copy or upgrade here
            pass
        elif self.reason and path.resolve() == paths.bundled_db().resolve():
            self.asks = "copy"
        elif self.reason is None and needs_upgrade(path):
            self.reason, self.asks = (
                self.tr("an older schema version: upgrade it to edit"),
                "upgrade",
            )
        if self.reason is None:
            try:
                self.editor = Editor(session)
            except sqlite3.Error as exc:
                self.reason = str(exc)
        if self.editor is not None:
            self.editor.events.history.connect(self._update)
            self.editor.events.stale.connect(self._stale)
            session.events.edited.connect(self._edited, unique=True)
        self._connect_view(view)
        self.watch.follow(path, self.editor.writer.conn if self.editor else session.store.db.conn)

    def _connect_view(self, view) -> None:
        self._categories = set(view.session.categories)  # what its legend and filters show
        if getattr(view, "edit_connected", False):  # a view put away and shown again
            self._update()
            return
        view.edit_connected = True
        # Enter edits a table row; on the timeline it opens the details (its keyboard
        # navigation), and a double-click on a mark edits it.
        view.table.addAction(self.edit_event)
        for widget in (view.table, view.timeline):
            widget.addAction(self.delete)
        view.table.doubleClicked.connect(lambda _index: self.ask_edit_event())
        view.timeline.lanes.points.sigClicked.connect(self._mark_clicked)
        view.timeline.scene().sigMouseClicked.connect(self._timeline_clicked)
        view.session.events.selection.connect(self._selection_changed)
        self._update()

    def _selection_changed(self, _event_id) -> None:
        self._update()

    def close(self) -> None:
        """The window closes: the editor finishes (see StoreWriter.close)."""
        if self.editor is not None:
            self.editor.close()
            self.editor = None

    def editable(self) -> bool:
        return self.editor is not None

    def _update(self) -> None:
        if not hasattr(self, "undo"):
            return
        editor = self.editor
        selected = self.view is not None and self.view.session.selection is not None
        for action in (self.undo, self.redo):
            action.setEnabled(False)
        if editor is not None:
            if editor.undo_name:
                self.undo.setEnabled(True)
                self.undo.setText(self.tr("&Undo %1").replace("%1", said(editor.undo_change)))
            else:
                self.undo.setText(self.tr("&Undo"))
            if editor.redo_name:
                self.redo.setEnabled(True)
                self.redo.setText(self.tr("&Redo %1").replace("%1", said(editor.redo_change)))
            else:
                self.redo.setText(self.tr("&Redo"))
        can = editor is not None or self.asks is not None
        for action in self._edit_actions:
            needs_selection = action in (self.edit_event, self.duplicate, self.delete)
            action.setEnabled(can and (selected or not needs_selection))
            action.setToolTip(self.reason or action.text().replace("&", ""))
        self.sources.setEnabled(self.view is not None)
        if self.viewer is not None:
            self.viewer.window_changed()
        self.save_copy.setEnabled(self.view is not None)
        if self.view is None:
            self.status.setText("")
        elif editor is None:
            self.status.setText(self.tr("View only: %1").replace("%1", self.reason or ""))
        else:
            self.status.setText(self.tr("Editing: changes are saved at once"))
        self.status.setToolTip(self.reason or "")

    def _edited(self, change) -> None:
        """Entities or categories changed: views built from them are built again."""
        if change.ids("entity") or set(self.editor.session.categories) != self._categories:
            self.window.refresh_view()

    # Making sure there is an editor
    def ready(self) -> bool:
        """An editor, after asking to save a copy or upgrade where needed."""
        if self.editor is not None:
            return True
        if self.asks == "copy":
            answer = QMessageBox.question(
                self.window,
                self.tr("Save a copy to edit"),
                self.tr("The bundled data is never changed. Save a copy of it and edit the copy?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.ask_save_copy()
        elif self.asks == "upgrade":
            answer = QMessageBox.question(
                self.window,
                self.tr("Upgrade the database"),
                self.tr(
                    "This file is of an older schema version. To edit it, it must be "
                    "upgraded to version 2 (sources get a text column); older versions of "
                    "Timeline Explorer will then no longer open it. Upgrade now?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.upgrade_and_reload()
        elif self.reason:
            self.window.show_message(self.tr("View only: %1").replace("%1", self.reason), 6000)
        return self.editor is not None

    def upgrade_and_reload(self) -> None:
        path = self.view.session.store.path
        try:
            upgrade(path)
        except (sqlite3.Error, OSError) as exc:
            failed(self.window, exc)
            return
        self.window.reload()

    def ask_save_copy(self) -> None:
        store = self.view.session.store
        start = self.window.settings.export_path(f"{store.path.stem}-copy.db")
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy to edit"), start, db_filter()
        )
        if target:
            self.save_copy_to(Path(target))

    def save_copy_to(self, target: Path) -> bool:
        """Copy the open file to `target`, upgraded and with source texts found beside the
        data stored, and open the copy."""
        source = self.view.session.store.path
        try:
            editable_copy(source, target, paths.default_source_dirs())
        except (sqlite3.Error, OSError, StoreError) as exc:
            failed(self.window, exc)
            return False
        return self.window.open_database(target)

    # Events
    def ask_new_event(self, draft: EventDraft | None = None) -> None:
        if not self.ready():
            return
        draft = draft or EventDraft(title="", start="")
        editor = self.editor

        def submit(d):
            return self._submit(lambda: edit_ops.new_event(editor.writer, d))

        EventEditor(editor, draft, submit, self.tr("New Event"), self.window).exec()

    def ask_edit_event(self, event_id: int | None = None) -> None:
        event_id = event_id if event_id is not None else self._selected()
        if event_id is None or not self.ready():
            return
        editor = self.editor
        snapshot = editor.writer.event(event_id)
        if snapshot is None:
            return

        def submit(d):
            return self._submit(lambda: edit_ops.edit_event(editor.writer, event_id, d))

        dialog = EventEditor(
            editor, EventDraft.of(snapshot), submit, self.tr("Edit Event"), self.window
        )
        dialog.exec()

    def cite_in_event(self, event_id: int, source_id: int, quote: str) -> None:
        """The event editor on `event_id`, with a citation of `quote` added."""
        if not self.ready():
            return
        editor = self.editor
        draft = EventDraft.of(editor.writer.event(event_id))
        draft.citations.append((source_id, quote, "claim"))

        def submit(d):
            return self._submit(lambda: edit_ops.edit_event(editor.writer, event_id, d))

        EventEditor(editor, draft, submit, self.tr("Cite in Event"), self.window).exec()

    def _submit(self, build) -> str | None:
        try:
            change = build()
        except EditError as exc:
            return str(exc)
        save(self.editor, change, self.window)
        return None

    def do_duplicate(self) -> None:
        event_id = self._selected()
        if event_id is not None and self.ready():
            self._run(lambda: edit_ops.duplicate_event(self.editor.writer, event_id))

    def ask_delete(self) -> None:
        event_id = self._selected()
        if event_id is None or not self.ready():
            return
        title = self.editor.writer.event(event_id)["row"]["title"]
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete event"),
            self.tr("Delete the event “%1”? Edit › Undo brings it back.").replace("%1", title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: edit_ops.delete_event(self.editor.writer, event_id))

    def _run(self, build) -> None:
        try:
            change = build()
        except EditError as exc:
            self.window.show_error(self.tr("Cannot edit"), str(exc))
            return
        save(self.editor, change, self.window)

    def _selected(self) -> int | None:
        return self.view.session.selection if self.view is not None else None

    # Undo and redo
    def do_undo(self) -> None:
        self._step(self.editor.undo if self.editor else None)

    def do_redo(self) -> None:
        self._step(self.editor.redo if self.editor else None)

    def _step(self, step) -> None:
        if step is None:
            return
        try:
            change = step()
        except (sqlite3.Error, OSError) as exc:
            failed(self.window, exc)
            return
        if change is not None:
            self.window.show_message(said(change), 3000)

    # The timeline
    def _mark_clicked(self, event_id: int, ev) -> None:
        if ev.double():
            self.ask_edit_event(event_id)

    def _timeline_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.RightButton or self.view is None:
            return
        box = self.view.timeline.view_box
        if not box.sceneBoundingRect().contains(ev.scenePos()):
            return
        point = box.mapSceneToView(ev.scenePos())
        lanes = self.view.session.result.lanes
        lane = round(point.y())
        entity = lanes[lane] if 0 <= lane < len(lanes) else None
        menu = QMenu(self.window)
        day = _day_of(point.x())
        name = self.view.session.store.entities.get(entity)
        text = self.tr("New Event on %1…").replace("%1", day)
        if name is not None:
            text = self.tr("New Event for %1 on %2…").replace("%1", name.name).replace("%2", day)
        action = menu.addAction(text)
        action.setEnabled(self.new_event.isEnabled())
        draft = EventDraft(title="", start=day, entity_ids=[entity] if name else [])
        action.triggered.connect(lambda: self.ask_new_event(draft))
        menu.popup(ev.screenPos().toPoint())
        self._context_menu = menu  # kept for tests
        ev.accept()

    # Sources and entities (their dialogs)
    def show_sources(self) -> None:
        from .source_viewer import SourceViewer

        if self.viewer is not None:  # open already: bring it to the front
            self.viewer.raise_()
            self.viewer.activateWindow()
            return
        self.viewer = SourceViewer(self, self.window)
        self.viewer.finished.connect(self._viewer_closed)
        self.viewer.show()

    def _viewer_closed(self) -> None:
        self.viewer.deleteLater()
        self.viewer = None

    def show_entities(self) -> None:
        if not self.ready():
            return
        from .entity_manager import EntityManager

        EntityManager(self.editor, self.window).exec()

    def _stale(self) -> None:
        """A change is in the file but not on screen: read the file again, once the
        failed step has unwound."""
        QTimer.singleShot(0, self.window.reload)

    # Another program changed the file
    def _changed_elsewhere(self) -> None:
        self.window.show_message(self.tr("The file was changed by another program: reloaded"), 6000)
        self.window.reload()


def _day_of(seconds: float) -> str:
    """The day (UTC) that holds a moment, any year: where a right-click was."""
    return dates.at_precision(seconds, "day").iso()
