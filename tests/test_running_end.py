"""The latest end among the first k (shown) rows, kept per block of rows, is the
plain running maximum for every k, across block edges and with rows left out."""

import numpy as np
import pytest

from explorer.core.data.columns import RunningEnd


@pytest.mark.parametrize("n", [0, 1, 3, 4, 5, 8, 13])
@pytest.mark.parametrize("hide", [False, True])
def test_upto_is_the_plain_running_maximum(n, hide):
    rng = np.random.default_rng(n)
    t1 = rng.uniform(0, 100, n)
    shown = rng.random(n) < 0.5 if hide else None
    reach = RunningEnd(t1, shown, block=4)
    values = np.where(shown, t1, -np.inf) if hide else t1
    plain = np.maximum.accumulate(values) if n else values
    for k in range(n + 1):
        assert reach.upto(k) == (plain[k - 1] if k else -np.inf), k
    assert reach.upto(n + 5) == reach.upto(n) and reach.upto(-1) == -np.inf


def test_nothing_shown_ends_nowhere():
    t1 = np.arange(10.0)
    assert RunningEnd(t1, np.zeros(10, bool), block=4).upto(10) == -np.inf
