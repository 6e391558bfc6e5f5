"""Long work in the core: how it tells its progress, how it is stopped, and
which databases are big enough for the window to work on them in a thread.

Loading columns, importing, exporting events, building and generating a
database all take a `progress` callback of one shape and stop the same way.
"""

from __future__ import annotations

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
