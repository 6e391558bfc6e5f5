"""Write a file so that readers see the old one or the new one, never half of one.

Every file the program writes (databases, exports, caches, saved views) goes
through atomic_target.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STALE_AFTER = 3600  # seconds unchanged: a temporary file left by a killed process


class Unchanged(Exception):
    """Raised inside atomic_target: the target stays as it was, and that is no error."""


def default_mode() -> int:
    """The mode a plain open() gives a new file: 0666 less the umask."""
    mask = os.umask(0)  # the only way to read the umask is to set it
    os.umask(mask)
    return 0o666 & ~mask


# Ours, beside any target: ".NAME-" + mkstemp's 8 random characters + ".tmp".
_OURS = re.compile(r"\..+-[a-z0-9_]{8}\.tmp")


def remove_stale(target: Path) -> None:
    """Remove our temporary files in `target`'s folder (of any target: a crash
    may have left one beside another file) that nothing has written to for
    STALE_AFTER seconds. Only names of our pattern: never a user's own files."""
    cutoff = time.time() - STALE_AFTER
    with contextlib.suppress(OSError):
        for old in target.parent.glob(".*-*.tmp"):
            with contextlib.suppress(OSError):
                if _OURS.fullmatch(old.name) and old.stat().st_mtime < cutoff:
                    old.unlink()


@contextmanager
def atomic_target(
    target: str | Path, *, copy_existing: bool = False, sync: bool = False
) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` on success.

    On any error (or Unchanged) the temporary file is removed and an existing
    target is left as it was. The temporary file is in the same folder, so the
    rename is atomic, and it gets the target's permissions (or a new file's).
    `copy_existing`: the temporary starts as a copy of the target, to append to.
    `sync`: flush it to disk before the rename (for databases worth keeping).
    """
    target = Path(target)
    remove_stale(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        existed = target.exists()
        if copy_existing and existed:
            shutil.copyfile(target, tmp)
        # mkstemp makes 0600 files; give the result the mode a plain open() would.
        os.chmod(tmp, target.stat().st_mode & 0o777 if existed else default_mode())
        try:
            yield tmp
        except Unchanged:
            return
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise OSError(f"nothing was written to {target}")
        if sync:
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
