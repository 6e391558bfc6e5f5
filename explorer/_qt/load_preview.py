"""A sample of a big file on screen while the whole file loads.

The view it stands in for is kept: cancelling (or a failure) brings it back.
When the whole file is in, the new view opens where the user left the sample:
same time range, same selection, same filters (saved under the file's path).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from ..core.data.store import Store
from ..core.view.session import Session
from .i18n import translate

if TYPE_CHECKING:  # the view imports every widget; only its type is needed here
    from .explorer_view import ExplorerView


class PreviewHost(Protocol):
    """What a sample on screen needs of the window."""

    session: Session | None

    def remember_current(self) -> None:
        """Save the current view's filters and layout (they open with the file again)."""
        ...

    def show_store(self, store: Store) -> None:
        """A session and a view for `store`, in place of the current ones (closed)."""
        ...

    def replace_view(self, view: ExplorerView | None) -> ExplorerView | None:
        """Show `view`; return the view it replaces, still open."""
        ...

    def set_busy(self, busy: bool) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)


class LoadPreview:
    def __init__(self, host: PreviewHost):
        self._host = host
        self._kept: ExplorerView | None = None  # the view the sample stands in for
        self._widgets: list = []
        self._cancel = None  # asks the load to stop, once the sample is shown

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel()

    @property
    def shown(self) -> bool:
        return bool(self._widgets)

    def show(self, sample, cancel):
        """Show `sample` (a Store); return the load's progress(done, total)."""
        host = self._host
        host.remember_current()
        self._kept = host.replace_view(None)  # kept open: it may come back
        host.show_store(sample)
        host.set_busy(True)
        self._cancel = cancel
        bar = QProgressBar()
        bar.setMaximumWidth(220)
        bar.setFormat(translate("LoadPreview", "reading all events: %p%"))
        bar.setToolTip(
            translate("LoadPreview", "The timeline shows a sample until every event is read")
        )
        button = QPushButton(translate("LoadPreview", "Cancel"))
        button.setToolTip(
            translate("LoadPreview", "Stop reading and go back to the database shown before")
        )

        def cancelled() -> None:
            button.setEnabled(False)
            button.setText(translate("LoadPreview", "Cancelling…"))
            cancel()

        button.clicked.connect(cancelled)
        for widget in (bar, button):
            host.statusBar().addWidget(widget)
        self._widgets = [bar, button]

        def progress(done: int, total: int) -> None:
            bar.setMaximum(max(total, 1))
            bar.setValue(done)

        return progress

    def undo(self) -> None:
        """Back to the view shown before the sample (the load was cancelled or failed)."""
        if not self.shown:
            return
        sample_view = self._host.replace_view(self._kept)
        if sample_view is not None:
            sample_view.discard()
        self._end()

    def where(self):
        """(time range, selected event) of the sample's session, or None."""
        if not self.shown:
            return None
        session = self._host.session
        return session.view.range, session.selection

    def finish(self, where) -> None:
        """The whole file is shown now: put the user where they were in the
        sample, and close the view the sample stood in for."""
        if not self.shown:
            return
        session = self._host.session
        (lo, hi), selected = where
        session.view.set_range(lo, hi)
        if selected is not None and session.store.columns.row_of(selected) is not None:
            session.select(selected)
        if self._kept is not None:
            self._kept.discard()
        self._end()

    def _end(self) -> None:
        for widget in self._widgets:
            self._host.statusBar().removeWidget(widget)
            widget.deleteLater()
        self._widgets, self._kept, self._cancel = [], None, None
        self._host.set_busy(False)
