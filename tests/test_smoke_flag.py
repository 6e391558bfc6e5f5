"""`timeline-explorer --smoke-test`: open, show, print the time to the first paint, exit 0."""

import os
import re
import subprocess
import sys

from conftest import ROOT


def _smoke(*args, config=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    return subprocess.run(
        [sys.executable, "-m", "explorer", "--smoke-test", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_test_paints_and_exits_zero(tmp_path):
    done = _smoke(config=tmp_path / "config")
    assert done.returncode == 0, done.stderr
    assert re.search(r"^first paint after \d+ ms$", done.stdout, re.MULTILINE), done.stdout
    # A smoke test leaves the user's remembered state alone.
    assert not (tmp_path / "config").exists()


def test_smoke_test_fails_on_a_database_it_cannot_open(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_text("not a database")
    done = _smoke(str(broken))
    assert done.returncode == 1
    assert "not an SQLite database" in done.stderr


BROKEN_PAINT = """
import sys
from explorer._qt import main_window
def paint(self, event):
    raise RuntimeError("broken paint")
main_window.MainWindow.paintEvent = paint
from explorer.cli import main
sys.exit(main(["--smoke-test"]))
"""


def test_smoke_test_fails_on_an_uncaught_exception_in_the_window():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", BROKEN_PAINT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "broken paint" in done.stderr
    assert "uncaught exception" in done.stderr
