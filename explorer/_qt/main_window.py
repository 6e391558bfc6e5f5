"""The main window: menus, opening databases, remembered state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from ..core import paths
from ..core.data.store import StoreError
from ..core.io.formats import DB_FILTER
from ..core.jobs import is_big
from ..core.view.session import Session
from . import (
    about,
    event_export_action,
    image_export_action,
    import_action,
    search_runner,
    view_actions,
)
from .explorer_view import ExplorerView
from .export.render import ImageOptions
from .load_preview import LoadPreview
from .loading import load_store
from .settings import Settings


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
        self._build_menus()
        geometry = self.settings.get("geometry")
        if isinstance(geometry, QByteArray | bytes):  # a hand-edited file may hold text
            self.restoreGeometry(geometry)

    # Opening
    def open_database(self, path: str | Path) -> bool:
        """Open `path`; on failure show why and keep the current database."""
        path = Path(path)
        if self._loading:  # a drop or a recent file while a big file loads
            self.statusBar().showMessage("Still opening a database: wait, or cancel it", 5000)
            return False
        preview = LoadPreview(self)
        self._loading = preview
        try:
            store = load_store(self, path, preview.show)
        except StoreError as exc:
            preview.undo()
            self.show_error("Cannot open database", str(exc))
            return False
        finally:
            self._loading = None
        if store is None:  # cancelled: the current database stays open
            preview.undo()
            self.statusBar().showMessage(f"Opening {path.name} was cancelled", 5000)
            return False
        where = preview.where()
        self.remember_current()
        self.show_store(store)
        preview.finish(where)
        self.settings.set("last_db", str(path.resolve()))
        self.settings.add_recent(str(path.resolve()))
        self._fill_recent()
        return True

    def show_store(self, store) -> None:
        """A session and a view for `store`, in place of the current ones."""
        session = Session(store)
        if is_big(len(store.events)):
            session.use_search_runner(search_runner.ThreadedSearch(store, self))
        session.filters.update_from(self.settings.filters_for(str(store.path.resolve())))
        view = ExplorerView(session)
        old = self.view
        self.session, self.view = session, view
        self.setCentralWidget(view)
        splitters = self.settings.get("splitters")
        if isinstance(splitters, dict):
            view.restore_splitters(splitters)
        if old is not None:
            old.session.close()
            old.deleteLater()
        self.show_title()
        session.events.result.connect(self.update_status)
        self.update_status(session.result)

    def show_title(self) -> None:
        self.setWindowTitle(f"{self.session.store.title} — Timeline Explorer")

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
        if not path and isinstance(last, str) and Path(last).is_file():
            candidates.append(last)
        candidates.append(paths.bundled_db())
        for candidate in candidates:
            if self.open_database(candidate):
                return

    def show_error(self, title: str, text: str) -> None:
        # Non-modal, so a failed open never blocks the event loop (or a test).
        self.last_error = text
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def update_status(self, result) -> None:
        store = self.session.store
        if store.sample_of is None:
            text = (
                f"{result.count} of {len(store.events)} events · "
                f"{len(result.lanes)} of {len(store.entities)} lanes"
            )
        else:  # the counts are of the sample
            text = (
                f"A sample of {len(store.events):,} of {store.sample_of:,} events while all "
                f"are read · {result.count:,} shown · {len(result.lanes)} lanes"
            )
        if result.matched_mask is not None:
            text += f" · {result.matched_visible} matches"
        if store.skipped:
            text += f" · {len(store.skipped)} broken rows skipped"
        if store.notes:
            text += " · changes not yet merged into the file are not shown"
        self.status.setText(text)
        self.status.setToolTip("\n".join([*store.notes, *store.skipped[:20]]))

    # Menus
    def _action(self, menu, text, slot, shortcut=None, tip=None, checkable=False) -> QAction:
        action = QAction(text, self)
        if shortcut:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        busy = [self._action(file, "&Open…", self._ask_open, QKeySequence.StandardKey.Open)]
        self.recent_menu = file.addMenu("Open &Recent")
        busy += [
            self._action(file, "Open &Bundled Data", self._open_bundled),
            self._action(file, "&Import…", lambda: import_action.ask_import(self), "Ctrl+I"),
            self._action(
                file, "Open Vie&w…", lambda: view_actions.ask_open_view(self), "Ctrl+Shift+O"
            ),
        ]
        self._action(file, "&Save View…", lambda: view_actions.ask_save_view(self), "Ctrl+Shift+S")
        file.addSeparator()
        busy += [
            self._action(
                file,
                "Export &Image…",
                lambda: image_export_action.ask_export_image(self),
                "Ctrl+E",
                "Save what is on screen as PNG, SVG or PDF",
            ),
            self._action(
                file,
                "Export &Events…",
                self._ask_export_events,
                "Ctrl+Shift+E",
                "Save the filtered events as CSV or JSON",
            ),
            self._action(
                file, "&Copy Image", self.copy_image, "Ctrl+Shift+C", "Copy the view as an image"
            ),
        ]
        self._busy_actions = busy  # off while a big file loads (see set_busy)
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        view = bar.addMenu("&View")
        self._action(view, "Zoom &In", lambda: self._view().zoom(0.6), ["+", "=", "Ctrl++"])
        self._action(view, "Zoom &Out", lambda: self._view().zoom(1 / 0.6), ["-", "Ctrl+-"])
        self._action(view, "Pan &Left", lambda: self._view().pan(-0.2), "Left")
        self._action(view, "Pan &Right", lambda: self._view().pan(0.2), "Right")
        self._action(view, "&Fit All", lambda: self._view().fit(), ["Home", "Ctrl+0"])
        view.addSeparator()
        self._action(view, "&Find…", self._focus_search, QKeySequence.StandardKey.Find)
        self._action(view, "Find &Next", lambda: self.session.next_match(), "F3")
        self._action(view, "Show &All Entities", lambda: self.session.show_all_entities(), "Ctrl+A")
        self._action(view, "&Clear Filters", self._clear_filters, "Ctrl+Shift+X")

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About Timeline Explorer", lambda: about.show_about(self))

    def _view(self):
        return self.session.view

    def _focus_search(self) -> None:
        self.view.filter_bar.search.setFocus()
        self.view.filter_bar.search.selectAll()

    def _clear_filters(self) -> None:
        self.session.filters.set(
            hidden_entities=(),
            hidden_categories=(),
            disputed_only=False,
            search="",
            hide_unmatched=False,
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent():
            self.recent_menu.addAction(path, lambda p=path: self.open_database(p))

    def _open_bundled(self) -> None:
        self.open_database(paths.bundled_db())

    def _ask_open(self) -> None:
        start = str(self.session.store.path.parent) if self.session else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open timeline database", start, DB_FILTER)
        if path:
            self.open_database(path)

    # Export
    def export_image(self, path: Path, options: ImageOptions | None = None) -> bool:
        return image_export_action.write_image(self, path, options)

    def copy_image(self) -> None:
        image_export_action.copy_image(self)

    def _ask_export_events(self) -> None:
        event_export_action.ask_export_events(self)

    def export_events(self, path: Path, fmt: str | None = None) -> bool:
        """Write the events in view; `fmt` defaults to what the file's suffix says."""
        return event_export_action.export_events(self, path, fmt)

    def export_folder(self, name: str) -> str:
        folder = self.settings.get("export_folder") or str(Path.home())
        return str(Path(folder) / name)

    # Drag and drop a database file onto the window
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_database(url.toLocalFile())
                break

    # Remembering
    def remember_current(self) -> None:
        if self.session is None:
            return
        self.settings.save_filters(
            str(self.session.store.path.resolve()), self.session.filters.as_dict()
        )
        self.settings.set("splitters", self.view.splitter_state())

    def closeEvent(self, event) -> None:
        if self._loading is not None:
            self._loading.cancel()  # the worker stops at its next chunk
        self.remember_current()
        self.settings.set("geometry", self.saveGeometry())
        self.settings.q.sync()
        super().closeEvent(event)
