"""A big file's digest is worked out in a thread that yields the processor to
the window's own work; an export that hashes in its own thread keeps its priority."""

import hashlib
import threading

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
