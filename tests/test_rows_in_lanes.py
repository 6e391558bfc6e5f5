"""Hiding lanes finds the rows still shown (a link in a kept lane), as a plain count does."""

import numpy as np
import pytest

from explorer.core.data.store import Store
from explorer.core.io.generate import generate


@pytest.fixture(scope="module")
def columns(tmp_path_factory):
    path = tmp_path_factory.mktemp("lanes") / "g.db"
    generate(path, 3000, 12, seed=4)
    return Store(path).columns


@pytest.mark.parametrize("kept", [0, 1, 3, 6, 11, 12])
def test_rows_in_lanes_match_a_plain_count(columns, kept):
    rng = np.random.default_rng(kept)
    lanes = np.zeros(len(columns.lane_entities), bool)
    lanes[rng.choice(len(lanes), size=min(kept, len(lanes)), replace=False)] = True
    plain = np.zeros(len(columns), bool)
    plain[columns.link_row[lanes[columns.link_lane]]] = True
    assert np.array_equal(columns.rows_in_lanes(lanes), plain)
