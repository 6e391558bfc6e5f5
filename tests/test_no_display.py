"""Without a display the window says so in one line and how to export headless,
instead of Qt aborting with a message about a missing xcb library."""

import os
import subprocess
import sys

import pytest

from explorer._qt.app import display_missing


def _clean_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("XDG_RUNTIME_DIR", None)
    return {**env, **extra}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display servers of Linux")
@pytest.mark.parametrize("platform", [None, "xcb"])
def test_the_window_without_a_display_says_how_to_run_headless(platform):
    env = _clean_env(**({"QT_QPA_PLATFORM": platform} if platform else {}))
    done = subprocess.run(
        [sys.executable, "-m", "explorer"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display found" in lines[0] and "timeline-explorer export -o out.png" in lines[0]


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-1"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, True),  # asks for wayland only
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
    ],
)
def test_which_settings_reach_a_display(env, missing):
    assert display_missing(env, "linux") is missing


def test_other_systems_always_have_one():
    assert not display_missing({}, "win32") and not display_missing({}, "darwin")
