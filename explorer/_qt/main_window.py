"""The main window: menus, the open database, remembered state. The menus'
actions live in import_action, view_actions, export/*_action and about, which
see the window as a WindowHost; the session and view change only in replace_view."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from ..core import jobs, paths
from ..core.data.datasette_client import redact
from ..core.data.store import StoreError
from ..core.io import provenance
from ..core.io.formats import db_filter
from ..core.jobs import is_big
from ..core.paths import is_url
from ..core.view.filters import FilterState
from ..core.view.session import Session
from . import about, i18n, import_action, open_url_action, search_runner, view_actions
from .edit.edit_control import EditControl
from .explorer_view import ExplorerView
from .export.event_export_action import ask_export_events, export_events
from .export.image_export_action import ask_export_image, copy_image, write_image
from .export.render import ImageOptions
from .i18n import translate
from .language_menu import language_menu
from .load_preview import LoadPreview
from .loading import load_store
from .menu_action import add_action
from .settings import Settings
from .status_line import status_line

# A big file's digest (for exports) and its records are worked out in the
# background, and wait while the user works (jobs.hold): for this long after the
# view moves, and after a filter or search changes (a search of ten million
# events takes up to half a second in its own worker).
HOLD_S = 0.2
FILTER_HOLD_S = 1.0


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.session: Session | None = None
        self.view: ExplorerView | None = None
        self.last_error: str | None = None
        self._loading: LoadPreview | None = None  # set while a file loads
        self.setAcceptDrops(True)
        self.resize(1600, 1000)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.edit = EditControl(self)
        self._build_menus()
        geometry = self.settings.get("geometry")
        if isinstance(geometry, QByteArray | bytes):  # a hand-edited file may hold text
            self.restoreGeometry(geometry)

    # Opening
    def open_database(self, path: str | Path) -> bool:
        """Open `path` (a file, or a Datasette database's URL); on failure show
        why and keep the current database."""
        remote = is_url(path)
        path = redact(path) if remote else Path(path)
        if self._loading:  # a drop or a recent file while a big file loads
            self.show_message(
                translate("MainWindow", "Still opening a database: wait, or cancel it"), 5000
            )
            return False
        preview, error = LoadPreview(self), None
        self._loading = preview
        try:
            store = load_store(self, path, preview.show)
        except StoreError as exc:
            preview.undo()
            store, error = None, exc
        finally:
            self._loading = None
        if store is None and error is not None:
            imported = None if remote else import_action.offer_import(self, path)
            if imported is None:  # not a timeline file either
                self.show_error(translate("MainWindow", "Cannot open database"), str(error))
            return bool(imported)
        if store is None:  # cancelled: the current database stays open
            preview.undo()
            name = path if remote else path.name
            text = translate("MainWindow", "Opening {name} was cancelled")
            self.show_message(text.format(name=name), 5000)
            return False
        where = preview.where()
        self.remember_current()
        self.show_store(store)
        preview.finish(where)
        self.settings.set("last_db", store.location)
        self.settings.add_recent(store.location)
        self._fill_recent()
        return True

    @staticmethod
    def _hold_background(*_) -> None:
        jobs.hold(HOLD_S)  # the view moves: its frames come first

    @staticmethod
    def _hold_background_longer(*_) -> None:
        jobs.hold(FILTER_HOLD_S)  # a filter or search: its answer comes first

    def show_store(self, store, keep_store: bool = False) -> None:
        """A session and a view for `store`, in place of the current ones (closed;
        `keep_store`: the current session shows `store` too, which stays open)."""
        session = Session(store)
        session.set_language(i18n.current())  # titles and names in the interface's language
        if store.remote or is_big(len(store.records)):
            runner = search_runner.ThreadedSearch(store, self, self._read_failed)
            session.use_search_runner(runner)
            session.view.events.range.connect(self._hold_background)
            session.filters.events.changed.connect(self._hold_background_longer)
            if not store.remote:
                provenance.prime(store.path)  # a big file's digest, for its first export
        session.filters.update_from(self.settings.filters_for(store.location))
        view = ExplorerView(session)
        splitters = self.settings.get("splitters")
        old = self.replace_view(view)
        if isinstance(splitters, dict):
            view.restore_splitters(splitters)
        if old is not None:
            old.discard(keep_store)
        session.events.result.connect(self.update_status)
        view.records.failed.connect(self._read_failed)

    def _read_failed(self, text: str) -> None:
        """A read the open database could not answer: what shows stays, and says why."""
        self.show_message(translate("MainWindow", "Could not read: {why}").format(why=text), 15000)

    def _keeping_view(self, show) -> None:
        """Run `show()` (which shows a new session) keeping filters, range and selection."""
        old = self.session
        t0, t1 = old.view.range
        selected = old.selection
        self.remember_current()
        show()
        if self.session is not old:
            self.session.view.go_to(t0, t1)
            if selected is not None and self.session.store.columns.row_of(selected) is not None:
                self.session.select(selected)
                self.session.view.go_to(t0, t1)

    def refresh_view(self) -> None:
        """The same store shown anew, after an edit changed its entities or categories."""
        self._keeping_view(lambda: self.show_store(self.session.store, keep_store=True))

    def reload(self) -> None:
        """Read the open file again (another program changed it, or it was upgraded)."""
        self._keeping_view(lambda: self.open_database(self.session.store.path))

    def replace_view(self, view: ExplorerView | None) -> ExplorerView | None:
        """Show `view` (None: none) and its session; return the view it replaces,
        still open: the caller closes it, or keeps it to bring back."""
        old = self.view
        if old is not None:
            self.takeCentralWidget()
            old.hide()  # as setCentralWidget hides the widget it replaces
            old.setParent(self)  # Qt's to delete, never Python's: no double delete
        self.view, self.session = view, (view.session if view else None)
        if view is not None:
            self.setCentralWidget(view)
            if view.isHidden() and view.testAttribute(
                Qt.WidgetAttribute.WA_WState_ExplicitShowHide
            ):
                view.show()  # put away (hidden) earlier: Qt would keep it hidden
            store = view.session.store
            if store.remote:  # says where it comes from, and that it cannot change here
                title = translate("MainWindow", "{title} — {host}, read-only — Timeline Explorer")
                self.setWindowTitle(title.format(title=store.title, host=store.host))
            else:
                title = translate("MainWindow", "{title} — Timeline Explorer")
                self.setWindowTitle(title.format(title=store.title))
            self.update_status(view.session.result)
            self.edit.attach(view)
        return old

    def set_busy(self, busy: bool) -> None:
        """While a big file loads (its sample on screen), nothing else may open
        or export: an export would hold only the sample."""
        for action in self._busy_actions:
            action.setEnabled(not busy)
        self.recent_menu.setEnabled(not busy)

    def open_initial(self, path: str | Path | None) -> None:
        """The given file, else the last one, else the bundled data."""
        candidates = [path] if path else []
        last = self.settings.get("last_db")
        if not path and isinstance(last, str) and (is_url(last) or Path(last).is_file()):
            candidates.append(last)
        candidates.append(paths.bundled_db())
        for candidate in candidates:
            if self.open_database(candidate):
                return

    def dialog_parent(self) -> QWidget:
        return self

    def show_message(self, text: str, ms: int) -> None:
        self.statusBar().showMessage(text, ms)

    def timeline_size(self) -> QSize:
        return self.view.timeline.size()

    def show_error(self, title: str, text: str) -> None:
        # Non-modal, so a failed open never blocks the event loop (or a test).
        self.last_error = text
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def update_status(self, result) -> None:
        text, tip = status_line(self.session.store, result)
        self.status.setText(text)
        self.status.setToolTip(tip)

    # Menus: what each entry does lives in the action modules
    def _build_menus(self) -> None:
        bar, add = self.menuBar(), partial(add_action, self)

        file = bar.addMenu(translate("MainWindow", "&File"))
        busy = [
            add(
                file,
                translate("MainWindow", "&Open…"),
                self._ask_open,
                QKeySequence.StandardKey.Open,
            ),
            add(
                file,
                translate("MainWindow", "Open &URL…"),
                lambda: open_url_action.ask_open_url(self),
                "Ctrl+L",
                translate("MainWindow", "Open a timeline database served by Datasette"),
            ),
        ]
        self.recent_menu = file.addMenu(translate("MainWindow", "Open &Recent"))
        busy += [
            add(
                file,
                translate("MainWindow", "Open &Bundled Data"),
                lambda: self.open_database(paths.bundled_db()),
            ),
            add(
                file,
                translate("MainWindow", "&Import…"),
                lambda: import_action.ask_import(self),
                "Ctrl+I",
            ),
            add(
                file,
                translate("MainWindow", "Open Vie&w…"),
                lambda: view_actions.ask_open_view(self),
                "Ctrl+Shift+O",
            ),
        ]
        add(
            file,
            translate("MainWindow", "&Save View…"),
            lambda: view_actions.ask_save_view(self),
            "Ctrl+Shift+S",
        )
        file.addSeparator()
        image_tip = translate("MainWindow", "Save what is on screen as PNG, SVG or PDF")
        events_tip = translate("MainWindow", "Save the filtered events as CSV or JSON")
        copy_tip = translate("MainWindow", "Copy the view as an image")
        busy += [
            add(
                file,
                translate("MainWindow", "Export &Image…"),
                lambda: ask_export_image(self),
                "Ctrl+E",
                image_tip,
            ),
            add(
                file,
                translate("MainWindow", "Export &Events…"),
                lambda: ask_export_events(self),
                "Ctrl+Shift+E",
                events_tip,
            ),
            add(
                file,
                translate("MainWindow", "&Copy Image"),
                self.copy_image,
                "Ctrl+Shift+C",
                copy_tip,
            ),
        ]
        self._busy_actions = busy  # off while a big file loads (see set_busy)
        file.addSeparator()
        add(file, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.edit.build_menu(bar.addMenu(translate("MainWindow", "&Edit")))

        view = bar.addMenu(translate("MainWindow", "&View"))
        add(
            view,
            translate("MainWindow", "Zoom &In"),
            lambda: self.session.view.zoom(0.6),
            ["+", "=", "Ctrl++"],
        )
        add(
            view,
            translate("MainWindow", "Zoom &Out"),
            lambda: self.session.view.zoom(1 / 0.6),
            ["-", "Ctrl+-"],
        )
        add(view, translate("MainWindow", "Pan &Left"), lambda: self.session.view.pan(-0.2), "Left")
        add(
            view, translate("MainWindow", "Pan &Right"), lambda: self.session.view.pan(0.2), "Right"
        )
        fit_tip = translate("MainWindow", "Fit the range to the events the filters show")
        add(
            view,
            translate("MainWindow", "&Fit All"),
            lambda: self.session.fit_shown(),
            ["Home", "Ctrl+0"],
            fit_tip,
        )
        view.addSeparator()
        find = QKeySequence.StandardKey.Find
        add(
            view,
            translate("MainWindow", "&Find…"),
            lambda: self.view.filter_bar.focus_search(),
            find,
        )
        add(view, translate("MainWindow", "Find &Next"), lambda: self.session.next_match(), "F3")
        add(
            view,
            translate("MainWindow", "Show &All Entities"),
            lambda: self.session.show_all_entities(),
            "Ctrl+A",
        )
        no_filters = FilterState().as_dict()
        clear = lambda: self.session.filters.set(**no_filters)  # noqa: E731
        add(view, translate("MainWindow", "&Clear Filters"), clear, "Ctrl+Shift+X")
        view.addSeparator()
        self.language_menu = language_menu(self, view)
        about_text = translate("MainWindow", "&About Timeline Explorer")
        add(
            bar.addMenu(translate("MainWindow", "&Help")),
            about_text,
            lambda: about.show_about(self),
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent():
            self.recent_menu.addAction(path, lambda p=path: self.open_database(p))

    def _ask_open(self) -> None:
        start = self.session.store.folder if self.session else ""
        title = translate("MainWindow", "Open timeline database")
        path, _ = QFileDialog.getOpenFileName(self, title, start, db_filter())
        if path:
            self.open_database(path)

    # Export (export/*_action.py)
    def export_image(self, path: Path, options: ImageOptions | None = None) -> bool:
        return write_image(self, path, options)

    def copy_image(self) -> None:
        copy_image(self)

    def export_events(self, path: Path, fmt: str | None = None) -> bool:
        """Write the events in view; `fmt` defaults to what the file's suffix says."""
        return export_events(self, path, fmt)

    # Drag and drop a database file onto the window
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(_openable(u) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if _openable(url):  # a file, or a link to a Datasette database
                self.open_database(url.toLocalFile() if url.isLocalFile() else url.toString())
                break

    # Remembering
    def remember_current(self) -> None:
        if self.session is None:
            return
        self.settings.save_filters(self.session.store.location, self.session.filters.as_dict())
        self.settings.set("splitters", self.view.splitter_state())

    def closeEvent(self, event) -> None:
        if self._loading is not None:
            self._loading.cancel()  # the worker stops at its next chunk
        self.remember_current()
        self.edit.close()
        self.settings.set("geometry", self.saveGeometry())
        self.settings.q.sync()
        super().closeEvent(event)


def _openable(url) -> bool:
    return url.isLocalFile() or url.scheme() in ("http", "https")
