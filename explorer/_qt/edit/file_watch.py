"""Notice when another program changes the open database.

QFileSystemWatcher tells that the file (or its -wal) changed; SQLite's
`PRAGMA data_version` on our own connection tells whether it was another
connection that committed (our own writes leave it as it is), so the window
reloads only for changes it did not make.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300  # a writer's burst of changes is one reload


class FileWatch(QObject):
    changed_elsewhere = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.check)
        self._conn: sqlite3.Connection | None = None
        self._paths: list[str] = []
        self._version: int | None = None

    def follow(self, path: Path, conn: sqlite3.Connection) -> None:
        """Watch `path` through `conn` (the connection this window writes with, if any)."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._conn = conn
        self._paths = [str(path), f"{path}-wal"]
        self._version = self._data_version()
        self._rewatch()

    def _rewatch(self) -> None:
        # A file replaced by a rename is no longer watched: add it again.
        missing = [p for p in self._paths if Path(p).exists() and p not in self._watcher.files()]
        if missing:
            self._watcher.addPaths(missing)

    def _poke(self, _path: str) -> None:
        self._timer.start()

    def _data_version(self) -> int | None:
        try:
            return self._conn.execute("PRAGMA data_version").fetchone()[0]
        except (sqlite3.Error, AttributeError):
            return None

    def check(self) -> None:
        """Tell if another connection committed since the last look."""
        self._rewatch()
        version = self._data_version()
        if version is not None and self._version is not None and version != self._version:
            self._version = version
            self.changed_elsewhere.emit()
        self._version = version
