"""Every file is written through atomic_target: readers see the old file or the
new one, permissions are kept, and temporaries a killed process left are removed."""

import os
import time

import pytest

from explorer.core import atomic
from explorer.core.atomic import Unchanged, atomic_target, default_mode


def test_a_new_file_gets_an_ordinary_mode(tmp_path):
    target = tmp_path / "new.txt"
    with atomic_target(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == default_mode()


def test_an_append_starts_from_a_copy_and_keeps_permissions(tmp_path):
    target = tmp_path / "log.txt"
    target.write_text("old\n")
    target.chmod(0o640)
    with atomic_target(target, copy_existing=True, sync=True) as tmp:
        assert tmp.read_text() == "old\n"
        with tmp.open("a") as fh:
            fh.write("more\n")
    assert target.read_text() == "old\nmore\n"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failure_or_unchanged_leaves_the_target_and_no_temporary(tmp_path):
    target = tmp_path / "keep.txt"
    target.write_text("precious")
    with pytest.raises(OSError, match="disk full"), atomic_target(target) as tmp:
        tmp.write_text("half")
        raise OSError("disk full")
    with atomic_target(target, copy_existing=True) as tmp:
        tmp.write_text("not wanted after all")
        raise Unchanged()
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_temporaries_left_by_a_killed_process_are_removed(tmp_path):
    target = tmp_path / "t.db"
    stale = tmp_path / ".t.db-abc12345.tmp"
    fresh = tmp_path / ".t.db-def45678.tmp"  # another process may still be writing it
    other = tmp_path / ".other.png-x_y12345.tmp"  # another writer of ours crashed here
    mine = tmp_path / ".notes-old.tmp"  # a user's file: not our pattern
    plain = tmp_path / "draft.tmp"
    for path in (stale, fresh, other, mine, plain):
        path.write_text("half")
    old = time.time() - atomic.STALE_AFTER - 60
    for path in (stale, other, mine, plain):
        os.utime(path, (old, old))
    with atomic_target(target) as tmp:
        tmp.write_text("new")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([fresh.name, mine.name, plain.name, "t.db"])
