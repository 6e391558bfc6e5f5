"""Run `timeline-explorer import` in tests and read back what it wrote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import SAMPLES

from explorer.cli import main
from explorer.core.data.validate import validate


def sample(*parts: str) -> Path:
    """A file from ../shared/samples; the test is skipped when the folder is absent."""
    if not SAMPLES.is_dir():
        pytest.skip("no ../shared/samples folder")
    return SAMPLES.joinpath(*parts)


def sample_names(folder: str) -> set[str]:
    return {p.name for p in sample(folder).iterdir() if p.is_file()}


def run_import(capsys, out: Path, *files, args=()) -> tuple[int, str, str]:
    """Exit code, stdout and stderr; a database written must validate cleanly."""
    try:
        code = main(["import", *(str(f) for f in files), "-o", str(out), *args])
    except SystemExit as exc:  # argparse refusing an argument
        code = exc.code
    printed = capsys.readouterr()
    if code == 0:
        problems, _ = validate(out)  # no source dirs: the quote-in-file check is not run
        assert problems == [], problems
    return code, printed.out, printed.err


def query(db: Path, sql: str, *params) -> list[tuple]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def events(db: Path) -> dict[str, tuple]:
    """title -> (start, end, category) for every event."""
    rows = query(db, 'SELECT title, start, "end", category FROM events')
    return {title: tuple(rest) for title, *rest in rows}


def count(db: Path, table: str = "events") -> int:
    return query(db, f"SELECT count(*) FROM {table}")[0][0]
