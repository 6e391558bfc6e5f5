"""The event table's rows: which row of the columns each line of the table shows.

In time order (the table's first sort) the lines are the shown rows, and a
table asks for a few dozen at a time: `ShownRows` finds the i-th from counts
per block of rows instead of listing all of them (at ten million, listing is
an array of up to 80 MB made at every filter change). Another sort lists
them (`ListedRows`). Both answer len(), [line] -> row and index(row) -> line.
"""

from __future__ import annotations

import numpy as np

from ..data.sort_keys import DATE, sort_rows
from .filters import FilterResult


class ShownRows:
    """The rows `shown` marks, in order (`descending`: last first), as a
    sequence that does not list them: the count of marked rows before each
    block of BLOCK rows (one pass), then a look inside one block per line."""

    BLOCK = 4096

    def __init__(self, shown: np.ndarray, descending: bool = False, block: int = BLOCK):
        self.shown, self.descending, self.block = shown, descending, block
        full = len(shown) - len(shown) % block
        counts = np.count_nonzero(shown[:full].reshape(-1, block), axis=1)
        tail = [np.count_nonzero(shown[full:])] if full < len(shown) else []
        self.before = np.concatenate([[0], np.cumsum(np.concatenate([counts, tail]))])
        self.before = self.before.astype(np.int64)

    def __len__(self) -> int:
        return int(self.before[-1])

    def __getitem__(self, line: int) -> int:
        n = len(self)
        line = int(line) + (n if line < 0 else 0)
        if not 0 <= line < n:
            raise IndexError(line)
        k = n - 1 - line if self.descending else line
        b = int(np.searchsorted(self.before, k, side="right")) - 1
        lo = b * self.block
        return lo + int(np.flatnonzero(self.shown[lo : lo + self.block])[k - self.before[b]])

    def index(self, row: int) -> int:
        """The line showing `row`; -1 when it is not shown."""
        if not 0 <= row < len(self.shown) or not self.shown[row]:
            return -1
        b = row // self.block
        k = int(self.before[b]) + int(np.count_nonzero(self.shown[b * self.block : row]))
        return len(self) - 1 - k if self.descending else k


class ListedRows:
    """The rows listed in an array, in the table's order."""

    def __init__(self, rows: np.ndarray):
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, line: int) -> int:
        return int(self.rows[line])

    def index(self, row: int) -> int:
        at = np.flatnonzero(self.rows == row)
        return int(at[0]) if len(at) else -1


def table_rows(store, result: FilterResult, column: int, descending: bool = False):
    """The table's lines for `result` sorted by `column` (sort_keys' codes)."""
    if column == DATE:
        return ShownRows(result.shown, descending)
    return ListedRows(sort_rows(store, result.positions, column, descending))
