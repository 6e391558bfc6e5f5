"""Start the window: `timeline-explorer [PATH]`."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..core import paths
from ..core.view.view_file import is_view_file
from . import i18n, style
from .main_window import MainWindow
from .settings import APPLICATION, ORGANIZATION, Settings
from .view_actions import open_view

_LOADED = time.perf_counter()


# Qt's offscreen platform (headless exports) says this whenever an image's
# canvas is resized; it is noise to a user of the command line.
_NOISE = "This plugin does not support propagateSizeHints()"
_previous_handler = None


def _quiet_noise(mode, context, message) -> None:
    if message == _NOISE:
        return
    if _previous_handler is not None:
        _previous_handler(mode, context, message)
    else:
        print(message, file=sys.stderr)


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application; a new one speaks `language` (None: the system's, see i18n.choose)."""
    global _previous_handler
    if _previous_handler is None:
        _previous_handler = qInstallMessageHandler(_quiet_noise)
    new = QApplication.instance() is None
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("timeline-explorer")  # matches resources/timeline-explorer.desktop
    app.setWindowIcon(QIcon(str(paths.resource("icons/timeline-explorer.svg"))))
    pg.setConfigOptions(antialias=True, background=style.BACKGROUND, foreground=style.FOREGROUND)
    if new or language:
        i18n.install(i18n.choose(language))
    return app


# Platforms that draw without a display server (QT_QPA_PLATFORM=offscreen, ...).
_HEADLESS = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
NO_DISPLAY = (
    "timeline-explorer: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
    "to make an image without a window run: timeline-explorer export -o out.png"
)


def display_missing(env=os.environ, platform: str = sys.platform) -> bool:
    """True when no Qt platform the window could use can be reached (Linux): Qt
    would otherwise abort with a message about libxcb that misleads."""
    if not platform.startswith("linux"):
        return False
    wayland = bool(env.get("WAYLAND_DISPLAY")) or _wayland_socket(env)
    reachable = {"xcb": bool(env.get("DISPLAY")), "wayland": wayland}
    # A list such as "wayland;xcb" is tried in turn; a name may carry ":options".
    names = [n.split(":")[0] for n in env.get("QT_QPA_PLATFORM", "").split(";") if n]
    if not names:
        return not any(reachable.values())
    kinds = ["wayland" if n.startswith("wayland") else n for n in names]
    # A platform we do not know (a plugin of the user's own) is given the benefit of the doubt.
    return not any(k in _HEADLESS or reachable.get(k, True) for k in kinds)


def _wayland_socket(env) -> bool:
    """Qt's wayland plugin falls back to $XDG_RUNTIME_DIR/wayland-0."""
    runtime = env.get("XDG_RUNTIME_DIR")
    return bool(runtime) and Path(runtime, "wayland-0").exists()


def run(
    path: Path | str | None,
    qt_args: list[str],
    smoke_test: bool = False,
    language: str | None = None,
) -> int:
    """`path`: a file, or a Datasette database's URL. `language`: --lang;
    without it the one chosen in View › Language, else the system's."""
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = make_app(qt_args, language)
    if smoke_test:  # the user's settings are left alone, their language too
        return _smoke_test(app, path or paths.bundled_db())
    i18n.install(i18n.choose(language, Settings().get(i18n.SETTING)))
    window = MainWindow()
    if path and is_view_file(path):
        if not open_view(window, path):  # the error shows over the last database
            window.open_initial(None)
    else:
        window.open_initial(path)
    window.show()
    return app.exec()


def _ms_since_start() -> float:
    """Milliseconds since the process started (Linux), else since this module loaded."""
    try:
        with open("/proc/self/stat") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        started = ticks / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _LOADED) * 1000


class _FirstPaint(QObject):
    """Once the window has painted, finish that frame, print the time and quit."""

    def __init__(self, app: QApplication):
        super().__init__()
        self.app, self.seen = app, False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print(f"first paint after {_ms_since_start():.0f} ms", flush=True)
        self.app.exit(0)


def _smoke_test(app: QApplication, path: Path) -> int:
    """`--smoke-test`: open `path`, show the window, exit 0 after the first paint.

    An exception raised in Qt's callbacks (printed, not fatal in a normal run) makes it exit 1.
    Settings go to a throwaway file, so a smoke test never changes the user's own.
    """
    errors = []
    sys.excepthook = lambda *exc: (errors.append(exc), sys.__excepthook__(*exc))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        if not window.open_database(path):
            print(f"smoke test: {window.last_error}", file=sys.stderr)
            return 1
        first_paint = _FirstPaint(app)
        window.installEventFilter(first_paint)
        window.show()
        QTimer.singleShot(30_000, lambda: app.exit(3))  # no paint at all: fail, never hang
        code = app.exec()
        if code == 3:
            print("smoke test: the window never painted", file=sys.stderr)
        window.close()
        app.processEvents()
    if errors and code == 0:
        print(f"smoke test: {len(errors)} uncaught exception(s), see above", file=sys.stderr)
        return 1
    return code
