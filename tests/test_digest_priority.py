"""A big file's digest is worked out in a thread that yields the processor to
the window's own work; an export that hashes in its own thread keeps its priority."""

import hashlib
import threading
import time

from explorer.core import jobs
from explorer.core.io import provenance


def test_the_background_digest_runs_at_the_lowest_priority(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(provenance.os, "setpriority", lambda *args: calls.append(args))
    path = tmp_path / "big.db"
    path.write_bytes(b"x" * 5000)
    provenance.prime(path)
    assert provenance.file_sha256(path) == hashlib.sha256(b"x" * 5000).hexdigest()
    assert len(calls) == 1
    which, thread, nice = calls[0]
    assert which == provenance.os.PRIO_PROCESS and nice == 19
    assert thread != threading.get_native_id()  # the worker's, not the caller's


def test_a_digest_asked_for_at_once_keeps_the_callers_priority(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(provenance.os, "setpriority", lambda *args: calls.append(args))
    path = tmp_path / "small.db"
    path.write_bytes(b"y" * 10)
    assert provenance.file_sha256(path) == hashlib.sha256(b"y" * 10).hexdigest()
    assert calls == []


def test_a_held_digest_waits_and_an_export_that_wants_it_releases_it(tmp_path, monkeypatch):
    # The window holds the background digest while its view moves; it resumes
    # after the hold, or at once when an export asks for it.
    path = tmp_path / "held.db"
    path.write_bytes(b"z" * (3 << 20))  # three blocks
    jobs.hold(60)
    provenance.prime(path)
    future = provenance._digest(path, in_thread=True)
    time.sleep(0.3)
    assert not future.done()  # held before its first block (for a minute)
    assert provenance.file_sha256(path) == hashlib.sha256(b"z" * (3 << 20)).hexdigest()
    jobs.hold(0.2)  # a short hold ends by itself
    other = tmp_path / "other.db"
    other.write_bytes(b"w" * (2 << 20))
    provenance.prime(other)
    assert (
        provenance._digest(other, in_thread=True).result(timeout=5)
        == hashlib.sha256(b"w" * (2 << 20)).hexdigest()
    )
