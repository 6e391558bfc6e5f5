"""Issue 7 in the command line: `validate` and `export` on every corpus case and
on failing writes: a message on stderr, the documented exit code, no traceback,
and the database (and any existing export target) left exactly as it was."""

import errno
import json
import os
import subprocess
import sys

import pytest
from bad_databases import CASES, LockedBy, build, snapshot
from conftest import BUNDLED, ROOT
from factory import make_db

from explorer.cli import main

STRUCTURE = ("missing_table", "missing_column", "newer_version")


def run(*args):
    try:
        return main([str(a) for a in args])
    except SystemExit as exc:
        return exc.code


def expected_validate_code(name):
    case = CASES[name]
    if case.error:
        return 1 if name in STRUCTURE else 2  # schema problems vs. not readable at all
    return 1 if case.problems or case.skipped else 0


@pytest.mark.parametrize("name", CASES)
def test_validate_exit_code_and_message(tmp_path, capsys, name):
    case = CASES[name]
    path = build(name, tmp_path)
    before = snapshot(path)
    assert run("validate", path) == expected_validate_code(name)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    for expected in case.problems or ((case.error,) if case.error else ()):
        assert expected in out + err, (expected, out, err)
    assert snapshot(path) == before


@pytest.mark.parametrize("name", CASES)
def test_export_events_or_refuse(tmp_path, capsys, name):
    case = CASES[name]
    path = build(name, tmp_path)
    before = snapshot(path)
    out = tmp_path / "out.json"
    code = run("export", "--db", path, "-o", out)
    stdout, err = capsys.readouterr()
    assert "Traceback" not in stdout + err
    if case.error:
        assert code == expected_validate_code(name) and case.error in err  # as validate
        assert not out.exists()
    else:
        assert code == 0, err
        assert {r["id"] for r in json.loads(out.read_text(encoding="utf-8"))} == case.events
        if case.skipped:
            assert f"warning: {len(case.skipped)} broken rows skipped" in err
    assert snapshot(path) == before


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("odd_text", ".svg"),
        ("odd_text", ".csv"),
        ("huge_title", ".svg"),
        ("zero_events", ".png"),
        ("one_event", ".pdf"),
        ("same_day", ".png"),
        ("extreme_years", ".png"),
    ],
)
def test_image_exports_of_odd_databases(tmp_path, capsys, qapp, name, suffix):
    path = build(name, tmp_path)
    before = snapshot(path)
    out = tmp_path / f"out{suffix}"
    assert run("export", "--db", path, "--width", 800, "--height", 500, "-o", out) == 0
    assert out.stat().st_size > 0
    if suffix == ".svg":
        import xml.etree.ElementTree as ET

        ET.parse(out)  # control characters must not make the SVG unreadable
    assert snapshot(path) == before


def _cli(*args, timeout=90):
    """The installed command as a user runs it, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "explorer", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=timeout,  # the harness's limit: a hang fails the test, never the suite
    )


def test_locked_database_answers_instead_of_hanging(tmp_path):
    path = make_db(tmp_path / "busy.db")
    data = path.read_bytes()
    with LockedBy(path):
        checked = _cli("validate", path)
        exported = _cli("export", "--db", path, "-o", tmp_path / "out.csv")
    assert checked.returncode == exported.returncode == 2
    for done in (checked, exported):
        assert "locked by another program" in done.stderr
        assert "Traceback" not in done.stderr
    assert path.read_bytes() == data
    assert not (tmp_path / "out.csv").exists()


def test_path_with_spaces_and_non_ascii_from_a_shell(tmp_path):
    path = build("odd_path", tmp_path)
    before = snapshot(path)
    done = _cli("validate", path)
    assert done.returncode == 0, done.stderr
    out = path.parent / "Ausgabe ü 日本.csv"
    done = _cli("export", "--db", path, "-o", out)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").count("\n") == 4
    out.unlink()
    assert snapshot(path) == before


# Writing the export: what test_export_cli.py does not cover already.
def export_bundled(*args):
    return run("export", "--db", BUNDLED, *args)


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_target_that_is_a_folder(tmp_path, capsys):
    target = tmp_path / "events.csv"
    target.mkdir()
    (target / "inside.txt").write_text("mine")
    assert export_bundled("-o", target) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err
    assert leftovers(tmp_path) == ["events.csv"]
    assert leftovers(target) == ["inside.txt"]


def test_missing_folder(tmp_path, capsys):
    assert export_bundled("-o", tmp_path / "no such folder" / "out.csv") == 1
    assert "No such file or directory" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_unwritable_folder(tmp_path, capsys, monkeypatch):
    """As root chmod does not stop writes: make creating the temporary file fail."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert export_bundled("-o", tmp_path / "out.json") == 1
    assert "cannot write" in (err := capsys.readouterr().err) and "Permission denied" in err
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".json", ".svg"])
def test_read_only_existing_target(tmp_path, capsys, monkeypatch, suffix):
    target = tmp_path / f"keep{suffix}"
    target.write_text("precious")

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    assert export_bundled("-o", target) == 1
    assert "Permission denied" in capsys.readouterr().err
    assert target.read_text() == "precious"
    assert leftovers(tmp_path) == [target.name]


def test_full_disk_while_writing_an_image(tmp_path, capsys, monkeypatch, qapp):
    from explorer._qt.export import render

    target = tmp_path / "keep.svg"
    target.write_text("precious")

    def full(session, tmp, options, info):
        tmp.write_text("half an image")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setitem(render.WRITERS, "svg", full)
    assert export_bundled("-o", target) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err
    assert target.read_text() == "precious"
    assert leftovers(tmp_path) == ["keep.svg"]
