"""Import never changes its inputs, never duplicates, writes atomically, and exits 0/1/2."""

import csv
import hashlib
import os
import time

import pytest
from factory import make_db
from import_helpers import count, query, run_import, sample

from explorer.core.io.importers import writer


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _all_samples():
    root = sample()
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "README.md")


def test_inputs_unchanged_and_reimport_adds_nothing(capsys, tmp_path):
    files = _all_samples()
    before = {f: (_digest(f), f.stat().st_mtime_ns) for f in files}
    db = tmp_path / "all.db"
    code, out, _ = run_import(capsys, db, *files)
    # cosmo.json's 3500 BCE is held; its ages of the universe are not
    assert code == 0 and "151 events imported" in out and "7 row(s) skipped" in out
    db_bytes = _digest(db)
    code, out, _ = run_import(capsys, db, *files)
    assert code == 0 and "0 events imported" in out and "151 already there" in out
    assert count(db) == 151 and _digest(db) == db_bytes
    assert {f: (_digest(f), f.stat().st_mtime_ns) for f in files} == before
    # one source per input file, besides the media sources (with their link)
    files_cited = query(db, "SELECT count(DISTINCT file) FROM sources")
    assert query(db, "SELECT count(*) FROM sources WHERE url IS NULL AND outlet IS NULL") == (
        files_cited
    )


def test_own_csv_bytes_unchanged_and_one_new_row_is_added(capsys, tmp_path):
    src = tmp_path / "mine.csv"
    src.write_text("title,date\nA,2020\nA,2020\n", encoding="utf-8")
    digest = _digest(src)
    db = tmp_path / "t.db"
    assert run_import(capsys, db, src)[0] == 0
    assert _digest(src) == digest and count(db) == 2  # a repeated row is a second record
    with src.open("a", encoding="utf-8") as fh:
        fh.write("B,2021\n")
    code, out, _ = run_import(capsys, db, src)
    assert code == 0 and "1 events imported" in out and "2 already there" in out
    assert count(db) == 3 and count(db, "sources") == 1


def test_appends_to_an_existing_database(capsys, tmp_path):
    db = make_db(tmp_path / "mine.db")
    code, _, _ = run_import(capsys, db, sample("timesketch", "sigma_events.csv"))
    assert code == 0 and count(db) == 3 + 4
    assert query(db, "SELECT title FROM events WHERE id = 1") == [("Acme founded",)]
    assert query(db, "SELECT count(*) FROM events WHERE import_key IS NULL") == [(3,)]


def test_a_database_not_following_the_schema_is_left_alone(capsys, tmp_path):
    other = tmp_path / "other.db"
    other.write_bytes(b"not a database at all")
    code, _, err = run_import(capsys, other, sample("timelinejs", "eras.json"))
    assert code == 1 and "is not a timeline database" in err
    assert other.read_bytes() == b"not a database at all"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--map", "title"], "--map expects FIELD=COLUMN"),
        (["--map", "colour=Red"], "unknown field 'colour'"),
        (["--format", "excel"], "invalid choice: 'excel'"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(capsys, tmp_path, args, message):
    code, _, err = run_import(
        capsys, tmp_path / "t.db", sample("timelinejs", "eras.json"), args=args
    )
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "t.db").exists()


def test_missing_binary_and_overwritten_inputs_exit_2(capsys, tmp_path):
    code, _, err = run_import(capsys, tmp_path / "t.db", tmp_path / "nope.csv")
    assert code == 2 and "no such file" in err
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02")
    code, _, err = run_import(capsys, tmp_path / "t.db", binary)
    assert code == 2 and "binary file" in err
    db = make_db(tmp_path / "in.db")
    code, _, err = run_import(capsys, db, db, args=["--format", "csv"])
    assert code == 2 and "would overwrite" in err


def test_nothing_imported_or_unwritable_exit_1_and_leave_no_files(capsys, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("title,date\n", encoding="utf-8")
    code, _, err = run_import(capsys, tmp_path / "t.db", empty)
    assert code == 1 and "nothing imported" in err
    code, _, err = run_import(capsys, tmp_path / "no" / "t.db", sample("timelinejs", "eras.json"))
    assert code == 1 and "cannot write" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.csv"]


def test_new_database_is_an_ordinary_file(capsys, tmp_path):
    db = tmp_path / "t.db"
    run_import(capsys, db, sample("timelinejs", "eras.json"))
    umask = os.umask(0)
    os.umask(umask)
    assert db.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_failure_midway_leaves_the_target_as_it_was(capsys, tmp_path, monkeypatch):
    db = make_db(tmp_path / "mine.db")
    digest = _digest(db)

    def boom(db):
        raise OSError("disk full")

    monkeypatch.setattr(writer, "_refresh_search", boom)
    code, _, err = run_import(capsys, db, sample("timelinejs", "eras.json"))
    assert code == 1 and "disk full" in err
    assert _digest(db) == digest and sorted(p.name for p in tmp_path.iterdir()) == ["mine.db"]


def test_hundred_thousand_rows(capsys, tmp_path):
    src = tmp_path / "big.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Headline", "Date", "Description", "Group"])
        for i in range(100_000):
            day = f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            out.writerow([f"Event {i}", day, f'Row {i}, quoted "text"', f"Group {i % 7}"])
    db = tmp_path / "big.db"
    began = time.perf_counter()
    code, out_text, err = run_import(capsys, db, src)
    seconds = time.perf_counter() - began
    with capsys.disabled():
        print(f"\n100,000-row CSV imported in {seconds:.1f} s")
    assert code == 0 and count(db) == 100_000
    assert query(db, "SELECT count(DISTINCT category) FROM events") == [(7,)]  # Group
    assert "big.csv: 100,000 rows read" in err and err.count("rows read") == 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.csv", "big.db"]
