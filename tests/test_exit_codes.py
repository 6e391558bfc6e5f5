"""One meaning per exit code for every subcommand: 2 for a missing input file."""

import pytest
from cli_helpers import run


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "{missing}"],
        ["export", "--db", "{missing}", "-o", "{out}.csv"],
        ["export", "--view", "{missing}.view.json", "-o", "{out}.csv"],
        ["import", "{missing}.csv", "-o", "{out}.db"],
        ["build-data", "--data", "{missing}", "-o", "{out}.db"],
    ],
)
def test_a_missing_input_file_exits_2(tmp_path, capsys, argv):
    names = {"missing": tmp_path / "missing", "out": tmp_path / "out"}
    assert run(*(a.format(**names) for a in argv)) == 2
    assert "no such" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
