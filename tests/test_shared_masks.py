"""A filter result that shows every event shares the columns' read-only masks
and positions (tens of megabytes at ten million); one that hides any has its own."""

import numpy as np
import pytest
from factory import make_db

from explorer.core.data.store import Store
from explorer.core.view.session import Session


@pytest.fixture
def session(tmp_path):
    session = Session(Store(make_db(tmp_path / "shared.db")))
    yield session
    session.close()


def test_every_event_shown_shares_the_columns_arrays(session):
    columns, result = session.store.columns, session.result
    assert result.shown is columns.every_row and result.link_shown is columns.every_link
    assert result.positions is columns.every_position
    assert result.positions.tolist() == list(range(len(columns))) and result.count == 3
    with pytest.raises(ValueError):
        result.shown[0] = False  # nobody may change what every result shares
    session.filters.set(search="widgets")  # matches marked, none hidden: still shared
    assert session.result.shown is columns.every_row and session.result.matched_visible == 1


def test_a_filter_that_hides_gets_arrays_of_its_own(session):
    columns = session.store.columns
    session.filters.set(hidden_categories={"trade"})
    result = session.result
    assert result.shown is not columns.every_row and result.count == 2
    assert columns.every_row.all() and columns.every_link.all()  # the shared ones untouched
    session.filters.set(hidden_categories=set())
    assert session.result.positions is columns.every_position
    session.set_entities_visible([3], False)  # a whole lane
    assert session.result.count == 2 and session.result.shown is not columns.every_row
    assert np.array_equal(columns.ids[session.result.positions], [1, 2])
    assert session.shown_span() is not None
