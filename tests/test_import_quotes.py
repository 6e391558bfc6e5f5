"""Every imported quote is found in its file: `validate --sources` is clean on a
database imported from each sample of other tools and from each of our exports."""

import pytest
from cli_helpers import run
from conftest import BUNDLED, SAMPLES
from import_helpers import sample

from explorer.core.data.validate import validate

SAMPLE_FILES = sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.name != "README.md")
EXPORTS = {"csv": "out.csv", "json": "out.json", "timesketch": "out.jsonl", "timelinejs": "tl.json"}


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_import_validates_against_its_file(capsys, tmp_path, path):
    sample()  # skips without ../shared/samples
    db = tmp_path / "s.db"
    assert run("import", path, "-o", db) == 0
    assert run("validate", db, "--sources", path.parent) == 0
    assert validate(db, [path.parent]) == ([], 0)  # and every quote was looked for


@pytest.mark.parametrize("fmt", sorted(EXPORTS))
def test_own_export_import_validates(capsys, tmp_path, fmt):
    out = tmp_path / EXPORTS[fmt]
    assert run("export", "--db", BUNDLED, "--format", fmt, "-o", out) == 0
    db = tmp_path / "back.db"
    assert run("import", out, "-o", db) == 0
    assert run("validate", db, "--sources", tmp_path) == 0
    problems, _ = validate(db, [tmp_path])
    assert problems == []
