"""A cache of a big database's columns, so that it reopens in a fraction of a second.

Loading a million events from SQLite takes seconds; the columns (about 60 MB
for a million) load from a .npz file in milliseconds. The cache lives in the
user's cache folder, never beside the database, and its key is the file's
path, size, modification time and inode, so any change to the file (or to
its -wal) makes a new one. A cache that cannot be read or written is ignored.
Small answers worked out from the whole file (whether its search index is
stale) are kept beside the columns under the same key (`load_note`, `save_note`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

import numpy as np

from ..atomic import atomic_target
from ..jobs import is_big
from .columns import STORED, EventColumns, from_stored, stored

FORMAT = 5  # bump when EventColumns or its meaning changes


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "timeline-explorer" / "columns"


def _key(path: Path) -> str | None:
    try:
        parts = [str(path.resolve()), FORMAT]
        for p in (path, Path(f"{path}-wal")):
            if p.exists():
                st = p.stat()
                parts += [p.name, st.st_size, st.st_mtime_ns, st.st_ino]
    except OSError:
        return None
    return hashlib.sha1(json.dumps(parts).encode()).hexdigest()


def has(path: Path) -> bool:
    """Whether `path` has columns cached (and so opens quickly)."""
    key = _key(path)
    return key is not None and (cache_dir() / f"{key}.npz").is_file()


def load(path: Path) -> tuple[EventColumns, list] | None:
    key = _key(path)
    if key is None:
        return None
    try:
        with np.load(cache_dir() / f"{key}.npz", allow_pickle=False) as data:
            arrays = {name: data[name] for name in STORED}
            categories = json.loads(str(data["categories"]))
            skipped = [tuple(s) for s in json.loads(str(data["skipped"]))]
    except (OSError, KeyError, ValueError):
        return None
    return from_stored(categories, arrays), skipped


def save(path: Path, columns: EventColumns, skipped: list) -> None:
    if not is_big(len(columns)):  # smaller databases load fast enough without
        return

    def write(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            np.savez(
                fh,
                categories=np.array(json.dumps(columns.categories)),
                skipped=np.array(json.dumps(skipped)),
                **stored(columns),
            )

    _write(path, "npz", write)


def _write(path: Path, suffix: str, write) -> None:
    """`write(tmp)` the cache file `KEY.suffix` of `path` as it is now, whole or
    not at all; a cache folder that cannot be written is ignored."""
    key = _key(path)
    if key is None:
        return
    folder = cache_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_target(folder / f"{key}.{suffix}") as tmp:
            write(tmp)


def load_note(path: Path, kind: str):
    """The JSON kept by save_note for the file as it is now; None without one."""
    key = _key(path)
    if key is None:
        return None
    try:
        return json.loads((cache_dir() / f"{key}.{kind}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def save_note(path: Path, kind: str, value) -> None:
    """Keep `value` (JSON) for the file as it is now: any change to it makes a new key."""
    _write(path, f"{kind}.json", lambda tmp: tmp.write_text(json.dumps(value), encoding="utf-8"))
