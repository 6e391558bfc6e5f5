"""Long work in the core: how it tells its progress, how it is stopped, and
which databases are big enough for the window to work on them in a thread.

Loading columns, importing, exporting events, building and generating a
database all take a `progress` callback of one shape and stop the same way.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol

# Events: from this many on, a database is big. The window then opens it in a
# worker thread behind a progress dialog, searches it and reads its records in
# worker threads, and keeps its columns in the cache (column_cache.py).
BIG_EVENTS = 50_000


def is_big(event_count: int) -> bool:
    return event_count >= BIG_EVENTS


class Progress(Protocol):
    """`progress(done, total)` hears how far long work is (`total` 0: not known);
    `text`, when given, says what it is doing. Returning False stops the work
    (with Cancelled); None or True lets it go on. A callback for work that never
    gives text may take only `done` and `total`."""

    def __call__(self, done: int, total: int, text: str = "", /) -> bool | None: ...


class Cancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


def tell(progress: Progress | None, done: int, total: int, text: str = "") -> None:
    """Tell `progress` (if any) how far the work is; raise Cancelled when it says stop."""
    if progress is None:
        return
    answer = progress(done, total, text) if text else progress(done, total)
    if answer is False:
        raise Cancelled()


# Background work that can wait (a file's digest, records read ahead) waits
# while the window's view moves: on a small machine's two cores it would slow
# the frames by half, through the interpreter's lock and shared caches.
_RESUME_AT = 0.0  # time.monotonic() before which held work waits
HOLD_CHECK = 0.05  # seconds between looks at the hold


def hold(seconds: float) -> None:
    """Have background work that can wait (`wait_if_held`) wait until `seconds` from now."""
    global _RESUME_AT
    _RESUME_AT = max(_RESUME_AT, time.monotonic() + seconds)


def release() -> None:
    """End any hold at once (someone waits for the held work)."""
    global _RESUME_AT
    _RESUME_AT = 0.0


def wait_if_held() -> None:
    """In a background thread, wait while a hold lasts; on the main thread, never."""
    if threading.current_thread() is threading.main_thread():
        return
    while time.monotonic() < _RESUME_AT:
        time.sleep(HOLD_CHECK)
