"""A big file's sample: a few events from all over the file, exactly as the
whole load reads them. Qt-free."""

import numpy as np
import pytest
from factory import generated_db

from explorer.core.data.store import Store
from explorer.core.io.generate import generate


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return generated_db(tmp_path_factory, 3000, 20, 3)


def _by_id(columns):
    order = np.argsort(columns.ids)
    return columns.ids[order], columns.t0[order], columns.t1[order], columns.category[order]


def test_a_sample_is_part_of_the_whole_read_the_same_way(generated):
    whole, sample = Store(generated), Store(generated, sample=300)
    assert sample.sample_of == 3000 and whole.sample_of is None
    assert 0 < len(sample.columns) <= 300
    assert sample.weight == 3000 / len(sample.columns) and whole.weight == 1.0
    ids, t0, t1, category = _by_id(sample.columns)
    rows = whole.columns.rows_of(ids)
    assert len(rows) == len(ids)  # every sampled event is one of the file's
    np.testing.assert_array_equal(whole.columns.t0[rows], t0)
    np.testing.assert_array_equal(whole.columns.t1[rows], t1)
    names = [sample.columns.categories[c] for c in category]
    assert names == [whole.columns.categories[c] for c in whole.columns.category[rows]]


def test_a_sample_keeps_each_events_lanes(generated):
    whole, sample = Store(generated), Store(generated, sample=300)

    def lanes(columns, event_id):
        row = columns.row_of(event_id)
        return sorted(columns.lane_entities[columns.link_lane[columns.link_row == row]].tolist())

    for event_id in sample.columns.ids[:50].tolist():
        assert lanes(sample.columns, event_id) == lanes(whole.columns, event_id)


def test_a_sample_comes_from_all_over_the_file(generated):
    sample = Store(generated, sample=300)
    rowids = np.sort(sample.columns.rowids)
    assert rowids[0] <= 3000 * 0.05 and rowids[-1] >= 3000 * 0.9
    assert np.diff(rowids).max() <= 3000 / 20  # no big part of the file left out


def test_a_sample_of_an_empty_file_is_empty(tmp_path):
    path = tmp_path / "empty.db"
    generate(path, 0, 3, seed=1)
    sample = Store(path, sample=100)
    assert len(sample.columns) == 0 and sample.sample_of == 0
