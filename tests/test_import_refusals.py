"""Files refused with one line naming the format found and what to do."""

import json
import zipfile

import pytest
from import_helpers import run_import


def _xlsx(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")


CASES = {
    "early.timeline": (
        lambda p: p.write_text("# Written by Timeline 0.9.0\nEVENT:2009-01-01;2009-01-01;A\n"),
        "an early Timeline text file",
    ),
    "empty.json": (
        lambda p: p.write_text(json.dumps({"title": {"text": {"headline": "Mine"}}, "events": []})),
        "a TimelineJS file with no events",
    ),
    "nodate.csv": (
        lambda p: p.write_text("message,timestamp_desc,tag\nLogin,Event Time,x\n"),
        "a Timesketch file (message, timestamp_desc) without a datetime or timestamp column",
    ),
    "sheet.xlsx": (_xlsx, "an Excel workbook (.xlsx), not a CSV"),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("fmt", ["auto", "named"])
def test_refused_with_the_format_named(capsys, tmp_path, name, fmt):
    write, words = CASES[name]
    src = tmp_path / name
    write(src)
    named = {"early.timeline": "timeline", "empty.json": "timelinejs", "nodate.csv": "timesketch"}
    args = ["--format", named.get(name, "csv")] if fmt == "named" else []
    code, _, err = run_import(capsys, tmp_path / "t.db", src, args=args)
    assert code == 1 and words in err and len(err.strip().splitlines()) == 2
    assert not (tmp_path / "t.db").exists()
