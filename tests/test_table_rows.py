"""The event table's lines in time order, found per block of rows without
listing them, are the shown rows in order, either way round; a line's row and
a row's line agree, across block edges."""

import numpy as np
import pytest

from explorer.core.view.table_rows import ListedRows, ShownRows


@pytest.mark.parametrize("n", [0, 1, 4, 5, 11, 16])
@pytest.mark.parametrize("descending", [False, True])
def test_lines_are_the_shown_rows_in_order(n, descending):
    shown = np.random.default_rng(n).random(n) < 0.6
    listed = np.flatnonzero(shown)[::-1] if descending else np.flatnonzero(shown)
    lines = ShownRows(shown, descending, block=4)
    assert len(lines) == len(listed)
    assert [lines[i] for i in range(len(lines))] == listed.tolist()
    for row in range(n):
        expected = ListedRows(listed).index(row)
        assert lines.index(row) == expected
        assert expected == -1 or lines[expected] == row
    assert lines.index(n) == -1
    with pytest.raises(IndexError):
        lines[len(lines)]
    if len(lines):
        assert lines[-1] == listed[-1]


def test_nothing_shown_has_no_lines():
    lines = ShownRows(np.zeros(9, bool), block=4)
    assert len(lines) == 0 and lines.index(3) == -1
