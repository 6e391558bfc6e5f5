"""Long work, one way: one progress signature and one Cancelled in the core; in
the window one Worker and one LongJob behind one progress dialog, and no
event-loop stepping (processEvents) anywhere in the Qt views."""

import re
import threading
from pathlib import Path

import pytest

from explorer.core import jobs
from explorer.core.jobs import Cancelled, is_big, tell

QT = Path(__file__).resolve().parents[1] / "explorer" / "_qt"
# Where processEvents is allowed, and why.
STEPS_EVENTS = {
    "export/canvas.py": "an exported image is laid out at its fixed size before it is painted",
    "app.py": "the smoke test lets the closed window go before it exits",
}


def test_progress_is_told_and_false_stops_the_work():
    heard = []
    tell(lambda done, total: heard.append((done, total)), 1, 4)
    tell(lambda done, total, text: heard.append((done, total, text)), 2, 4, "indexing")
    tell(None, 3, 4)  # no callback: nothing to tell
    assert heard == [(1, 4), (2, 4, "indexing")]
    with pytest.raises(Cancelled):
        tell(lambda done, total: False, 3, 4)


def test_big_is_one_threshold(monkeypatch):
    assert is_big(jobs.BIG_EVENTS) and not is_big(jobs.BIG_EVENTS - 1)
    monkeypatch.setattr(jobs, "BIG_EVENTS", 10)
    assert is_big(10) and not is_big(9)


def test_no_qt_module_steps_the_event_loop():
    stepping = {
        str(path.relative_to(QT))
        for path in QT.rglob("*.py")
        if re.search(r"\bprocessEvents\b", path.read_text(encoding="utf-8"))
    }
    assert stepping <= set(STEPS_EVENTS), stepping - set(STEPS_EVENTS)


def test_a_long_job_runs_off_the_gui_thread_and_shows_its_steps(qtbot, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from explorer._qt.jobs import LongJob

    labels, shown_by_then = [], []
    monkeypatch.setattr(QProgressDialog, "setLabelText", lambda self, text: labels.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress):
        for done in range(3):
            tell(progress, done, 3)
            shown_by_then.append(len(labels))  # the GUI showed the step before going on
        return threading.current_thread()

    ran_in = LongJob(parent, "Counting").run(work)
    assert ran_in is not threading.current_thread()
    assert labels == ["Counting: 0 of 3…", "Counting: 1 of 3…", "Counting: 2 of 3…"]
    assert shown_by_then == [1, 2, 3]


def test_cancelling_a_long_job_stops_it_at_its_next_step(qtbot):
    from PySide6.QtWidgets import QWidget

    from explorer._qt.jobs import LongJob

    parent = QWidget()
    qtbot.addWidget(parent)
    job = LongJob(parent, "Counting")
    steps = []

    def work(progress):
        for done in range(100):
            tell(progress, done, 100)
            steps.append(done)
            if done == 4:
                job.post(lambda _: job.cancel())  # as the Cancel button would

    with pytest.raises(Cancelled):
        job.run(work)
    assert steps == [0, 1, 2, 3, 4]


def test_a_long_job_hands_its_failure_to_the_gui_thread(qtbot):
    from explorer._qt.jobs import LongJob

    def work(progress):
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        LongJob(None, "Failing").run(work)
