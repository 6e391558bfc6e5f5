"""What an export carries so anyone can reproduce it: version, data, filters, time."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path

from ... import __version__
from .. import jobs
from ..data.dates import at_precision, iso_moment
from ..view.session import Session
from ..words import translate
from .event_export import ids_in_range


def no_filters() -> str:
    return translate("Provenance", "no filters")


# (path, size, mtime, inode): an export reads the file once, not each time.
_DIGESTS: dict[tuple, Future] = {}
_LOCK = threading.Lock()


def file_sha256(path: Path) -> str:
    jobs.release()  # someone waits for it: a digest in the background goes on now
    return _digest(path, in_thread=False).result()


def prime(path: Path) -> None:
    """Start working out the file's digest in a thread, so that the first export
    of a big file (seconds of hashing for gigabytes) need not wait for all of it."""
    _digest(path, in_thread=True)


def _digest(path: Path, in_thread: bool) -> Future:
    st = Path(path).stat()
    key = (str(Path(path).resolve()), st.st_size, st.st_mtime_ns, st.st_ino)
    with _LOCK:
        future = _DIGESTS.get(key)
        if future is None:
            future = _DIGESTS[key] = Future()
            start = True
        else:
            start = False
    if start:
        if in_thread:
            work = lambda: _fill(future, path, background=True)  # noqa: E731
            threading.Thread(target=work, daemon=True).start()
        else:
            _fill(future, path)
    return future


def _lower_priority() -> None:
    """Make the calling thread yield the processor to every other (Linux: a
    thread's own nice value). Hashing gigabytes takes a core for seconds: in the
    background it must not slow the first paint, a filter or a search."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux, or not allowed: as it is
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def _fill(future: Future, path: Path, background: bool = False) -> None:
    if background:
        _lower_priority()
    try:
        future.set_result(_sha256(path, background))
    except Exception as exc:  # noqa: BLE001  (told to whoever waits for it, not lost in a thread)
        future.set_exception(exc)


def _sha256(path: Path, background: bool = False) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            if background:
                jobs.wait_if_held()  # the view moves: its frames first
            digest.update(block)
    return digest.hexdigest()


def describe_range(t0: float, t1: float) -> str:
    """ "3 October 2019 – 30 March 2026" for a view range in seconds."""
    first, last = at_precision(t0, "day"), at_precision(max(t0, t1 - 1), "day")
    return f"{first.spoken()} – {last.spoken()}"


def describe_filters(session: Session) -> str:
    f, store = session.filters, session.store
    parts = []
    if f.hidden_entities:
        shown = [store.entity_name(e) for e in session.lane_order if e not in f.hidden_entities]
        if len(shown) <= 6:
            text = translate("Provenance", "entities: {names}").format(names=", ".join(shown))
        else:
            text = translate("Provenance", "entities: {count} shown").format(count=len(shown))
        parts.append(text)
    if f.hidden_categories:
        # a category's name in the interface's language where it has one (bundled data)
        shown = [
            translate("Category", c) for c in session.categories if c not in f.hidden_categories
        ]
        parts.append(translate("Provenance", "categories: {names}").format(names=", ".join(shown)))
    if f.disputed_only:
        parts.append(translate("Provenance", "disputed only"))
    if f.search.strip():
        if f.hide_unmatched:
            mode = translate("Provenance", "matches only")
        else:
            mode = translate("Provenance", "matches highlighted")
        search = translate("Provenance", "search: “{text}” ({mode})")
        parts.append(search.format(text=f.search.strip(), mode=mode))
    return "; ".join(parts) or no_filters()


def provenance(session: Session, t0: float, t1: float) -> dict:
    store = session.store
    # A served database is named by its URL, never with a token or password in it
    # (RemoteStore.location is redacted); its file is not ours to hash.
    where = (
        {"database_url": store.location}
        if store.remote
        else {"database_sha256": file_sha256(store.path)}
    )
    return {
        "app": f"Timeline Explorer {__version__}",
        "database": store.name,
        **where,
        "filters": session.filters.as_dict(),
        "filters_text": describe_filters(session),
        "time_range": [iso_moment(t0), iso_moment(t1)],
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }


MANY_CITED = 20_000  # shown events: past this, every source is named (the query would cost more)


def sources_line(session: Session, t0: float | None = None, t1: float | None = None) -> str:
    """The sources the image's events cite (those shown in [t0, t1)), as "outlet (date)"."""
    rows = session.store.sources()
    cited = _cited(session, t0, t1)
    if cited is not None:
        rows = [row for row in rows if row.get("id") in cited]
    parts = []
    for row in rows:
        outlet = row.get("outlet") or row.get("file") or translate("Provenance", "unknown source")
        published = row.get("published")
        parts.append(f"{outlet} ({published})" if published else outlet)
    if not parts:
        return ""
    return translate("Provenance", "Sources: {list}").format(list="; ".join(parts))


def _cited(session: Session, t0: float | None, t1: float | None) -> set | None:
    lo = float("-inf") if t0 is None else t0
    hi = float("inf") if t1 is None else t1
    ids = ids_in_range(session, lo, hi)
    if len(ids) > MANY_CITED:
        return None
    query = (
        "SELECT DISTINCT source_id FROM citations"
        " WHERE event_id IN (SELECT value FROM json_each(?))"
    )
    rows = session.store.db.execute(query, [json.dumps(ids)]).fetchall()
    return {row[0] for row in rows}
