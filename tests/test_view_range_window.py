"""A saved view whose range lies outside the data widens the window's limits with it."""

import json

import pytest
from conftest import BUNDLED

from explorer._qt.view_actions import open_view
from explorer.core.data.dates import parse_bound
from explorer.core.view import view_file


def test_a_view_before_the_data_shows_its_range_in_the_window(window, tmp_path):
    path = tmp_path / "early.view.json"
    view_file.save(path, window.session)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["range"] = {"from": "2010-01-01", "to": "2012-01-01"}  # the data starts in 2019
    path.write_text(json.dumps(data), encoding="utf-8")

    assert open_view(window, path)

    session = window.session
    assert session.store.path == BUNDLED
    early = (parse_bound("2010-01-01", upper=False), parse_bound("2012-01-01", upper=False))
    assert session.view.range == pytest.approx(early, abs=1.0)
    shown = window.view.timeline.view_box.viewRange()[0]
    assert shown == pytest.approx(list(session.view.range), abs=60.0)
