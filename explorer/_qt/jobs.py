"""Long work off the GUI thread, one way: a Worker (a thread of its own) runs
every database job of the window (opening a big file, importing, exporting
events, searching, reading records) and hands its outcome back to the GUI
thread; a LongJob is work a person waits for, behind the one progress dialog.

Our own class on a one-thread ThreadPoolExecutor, not superqt's create_worker:
superqt reports progress and stops only at a generator's yields, while the
core reports through a callback (core/jobs.Progress) from deep inside SQLite
reads and imports.
"""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.data.store import StoreError, connect_readonly
from ..core.jobs import Cancelled
from .i18n import number, translate

DATABASE_ERRORS = (StoreError, sqlite3.DatabaseError)  # the file went away or broke
_ASK_POLL = 0.05  # seconds between looks at whether a worker still waits for an answer


class Worker(QObject):
    # Emitted from the worker thread; Qt queues it to this object's (the GUI) thread.
    _call = Signal(object, object)

    def __init__(
        self,
        name: str,
        parent=None,
        *,
        database: Path | None = None,
        connect=None,
        newest_only=False,
    ):
        """`database`: jobs get a read-only connection of their own to this file;
        `connect()`, when given instead, makes that connection (Store.worker_connection).
        `newest_only`: a job still queued when a newer one comes is skipped,
        since what asked for it has moved on."""
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        if connect is None and database is not None:
            connect = lambda: connect_readonly(database)  # noqa: E731
        self._connect, self._conn = connect, None  # opened in the worker, used only there
        self._newest_only, self._latest = newest_only, None
        self.closed = False
        self._call.connect(self._on_call)

    def _on_call(self, fn, value) -> None:
        fn(value)

    def submit(self, job, done=None, failed=None) -> None:
        """Run `job()` (with a database `job(connection)`) in the worker; then
        `done(result)` or `failed(exception)` on the GUI thread. Without
        `failed`, the exception is raised there."""
        key = self._latest = object()
        self._pool.submit(self._run, key, job, done, failed or _raise)

    def _run(self, key, job, done, failed) -> None:
        if self._newest_only and key is not self._latest:
            return
        try:
            if self._connect is None:
                result = job()
            else:
                if self._conn is None:
                    self._conn = self._connect()
                result = job(self._conn)
        except Exception as exc:  # handed to the GUI thread
            self.post(failed, exc)
            return
        if done is not None:
            self.post(done, result)

    def post(self, fn, value=None) -> None:
        """From the worker thread: `fn(value)` on the GUI thread, soon."""
        if not self.closed:
            try:
                self._call.emit(fn, value)
            except RuntimeError:  # the window went away under the worker
                self.closed = True

    def ask(self, fn, value):
        """From the worker thread: `fn(value)` on the GUI thread, waiting for its
        answer; None once the worker is closed (the GUI may not answer then)."""
        answer, ready = [None], threading.Event()

        def call(v) -> None:
            try:
                answer[0] = fn(v)
            finally:
                ready.set()

        self.post(call, value)
        while not ready.wait(_ASK_POLL):
            if self.closed:
                return None
        return answer[0]

    def close(self) -> None:
        self.closed, self._latest = True, None
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.deleteLater()  # calls already queued to the GUI thread are made first


def _raise(exc: Exception) -> None:
    raise exc


def progress_dialog(parent: QWidget | None, title: str, cancel) -> QProgressDialog:
    """The progress dialog of every long job: window-modal, shown once the work
    takes 300 ms, and its Cancel calls `cancel()`."""
    cancel_text = translate("LongJob", "Cancel")
    dialog = QProgressDialog(f"{title}…", cancel_text, 0, 1, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    # The dialog starts its show timer only in setValue(minimum): start it now,
    # so work that never knows its total (an import) shows it too.
    dialog.setValue(0)
    dialog.setRange(0, 0)  # a busy bar until a step tells a total
    dialog.canceled.connect(cancel)
    return dialog


class LongJob:
    """Work a person waits for, run in a Worker while a local event loop keeps
    the window painting. Its steps show in a progress dialog (from `at_least`
    items on, or whenever a step says what it does), or in `told(done, total)`
    when something else shows them (a big file's sample does)."""

    def __init__(
        self, parent: QWidget | None, title: str, describe=None, at_least: int = 0, detach=False
    ):
        """`detach`: Cancel returns at once, leaving the work to end on its own in
        the background (its outcome dropped): for work that may wait on a server."""
        self.parent, self.title, self.at_least = parent, title, at_least
        self._detach, self._stop = detach, None
        self.describe = describe or (
            lambda done, total: translate("LongJob", "{title}: {done} of {total}…").format(
                title=title, done=number(done), total=number(total)
            )
        )
        self.told = None
        self.cancelled = False
        self._dialog: QProgressDialog | None = None
        self._worker: Worker | None = None

    def cancel(self) -> None:
        self.cancelled = True
        if self._detach and self._stop is not None:
            self._stop()

    def progress(self, done: int, total: int, text: str = "") -> bool:
        """The core's Progress, called in the worker: the GUI shows the step and
        answers whether to go on."""
        return bool(self._worker.ask(lambda step: self.show(*step), (done, total, text)))

    def post(self, fn, value=None) -> None:
        """From the work: `fn(value)` on the GUI thread."""
        self._worker.post(fn, value)

    def show(self, done: int, total: int, text: str = "") -> bool:
        """Show a step on the GUI thread; False once cancelled."""
        if self.cancelled:
            return False
        if self.told is not None:
            self.told(done, total)
            return True
        if not text and total < self.at_least:
            return True
        if self._dialog is None:
            self._dialog = progress_dialog(self.parent, self.title, self.cancel)
        if total:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
        self._dialog.setLabelText(text or self.describe(done, total))
        return not (self.cancelled or self._dialog.wasCanceled())

    def run(self, work):
        """`work(progress)` in a worker; its result, or what it raised (Cancelled
        when cancelled). The GUI keeps handling events until it ends."""
        self._worker = Worker(self.title)
        loop, outcome = QEventLoop(), {}

        def ended(key):
            def end(value) -> None:
                outcome[key] = value
                loop.quit()

            return end

        self._worker.submit(lambda: work(self.progress), ended("result"), ended("error"))
        self._stop = lambda: ended("error")(Cancelled())
        loop.exec()
        self._stop = None
        if not outcome:  # the application quits: the work stops at its next step
            self.cancelled = True
            outcome["error"] = Cancelled()
        self._worker.close()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]
