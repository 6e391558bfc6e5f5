"""A sample of a big file on screen while the whole file loads.

The view it stands in for is kept: cancelling (or a failure) brings it back.
When the whole file is in, the new view opens where the user left the sample:
same time range, same selection, same filters (saved under the file's path).
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QPushButton


class LoadPreview:
    def __init__(self, window):
        self._window = window
        self._kept = None  # (session, view) that the sample stands in for
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
        window = self._window
        window.remember_current()
        self._kept = (window.session, window.view)
        if window.view is not None:
            window.takeCentralWidget()  # kept alive, not deleted: it may come back
        window.view = None
        window.show_store(sample)
        window.set_busy(True)
        self._cancel = cancel
        bar = QProgressBar()
        bar.setMaximumWidth(220)
        bar.setFormat("reading all events: %p%")
        bar.setToolTip("The timeline shows a sample until every event is read")
        button = QPushButton("Cancel")
        button.setToolTip("Stop reading and go back to the database shown before")

        def cancelled() -> None:
            button.setEnabled(False)
            button.setText("Cancelling…")
            cancel()

        button.clicked.connect(cancelled)
        for widget in (bar, button):
            window.statusBar().addWidget(widget)
        self._widgets = [bar, button]

        def progress(done: int, total: int) -> None:
            bar.setMaximum(max(total, 1))
            bar.setValue(done)

        return progress

    def undo(self) -> None:
        """Back to the view shown before the sample (the load was cancelled or failed)."""
        if not self.shown:
            return
        window = self._window
        sample_view = window.takeCentralWidget()
        sample_view.session.close()
        sample_view.deleteLater()
        window.session, window.view = self._kept
        if window.view is not None:
            window.setCentralWidget(window.view)
            window.show_title()
            window.update_status(window.session.result)
        self._end()

    def where(self):
        """(time range, selected event) of the sample's session, or None."""
        if not self.shown:
            return None
        session = self._window.session
        return session.view.range, session.selection

    def finish(self, where) -> None:
        """The whole file is shown now: put the user where they were in the
        sample, and close the view the sample stood in for."""
        if not self.shown:
            return
        session = self._window.session
        (lo, hi), selected = where
        session.view.set_range(lo, hi)
        if selected is not None and session.store.columns.row_of(selected) is not None:
            session.select(selected)
        _, view = self._kept
        if view is not None:
            view.session.close()
            view.deleteLater()
        self._end()

    def _end(self) -> None:
        for widget in self._widgets:
            self._window.statusBar().removeWidget(widget)
            widget.deleteLater()
        self._widgets, self._kept, self._cancel = [], None, None
        self._window.set_busy(False)
