"""Start the window: `timeline-explorer [PATH]`."""

from __future__ import annotations

import sys
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from .main_window import MainWindow
from .settings import APPLICATION, ORGANIZATION


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    pg.setConfigOptions(antialias=True, background="w", foreground="#1f2937")
    return app


def run(path: Path | None, qt_args: list[str]) -> int:
    app = make_app(qt_args)
    window = MainWindow()
    window.open_initial(path)
    window.show()
    return app.exec()
