"""A layout draws markers and bars from the columns; the Mark objects (records,
for labels) are made when first asked for, and agree with what is drawn."""

import numpy as np
from PySide6.QtCore import QEventLoop, QTimer


def settle(ms=300):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_marks_made_later_agree_with_the_arrays_drawn(window):
    session = window.session
    lanes = window.view.timeline.lanes
    start, end = session.view.bounds
    session.view.set_range(start, start + (end - start) / 3)
    lanes.settle()
    settle()
    lanes._layout_key = None
    lanes.layout_marks()
    laid = lanes._laid
    marks = lanes.marks
    assert len(marks) == len(laid.ids) > 0
    assert [m.event.id for m in marks] == laid.ids.tolist()
    assert [m.lane for m in marks] == laid.lanes.tolist()
    assert np.allclose([m.y for m in marks], laid.y)
    # Every marker drawn is a mark's, at the mark's place.
    where = {(m.event.id, m.y): m.x for m in marks}
    points = lanes.points
    for event_id, x, y in zip(points.ids.tolist(), points.x, points.y, strict=True):
        assert where[(event_id, y)] == x
    # Every bar drawn is a mark's span or period.
    bars = set(lanes.bars.ids.tolist())
    assert bars <= {m.event.id for m in marks}
    assert all(m.event.is_span or lanes._as_period(m.event) for m in marks if m.event.id in bars)


def test_a_search_that_only_dims_keeps_the_strips_and_redraws_the_marks(window):
    session = window.session
    lanes = window.view.timeline.lanes
    session.view.fit()
    settle()
    index, planned = lanes.index, lanes._plan[1]
    session.filters.set(search="Nvidia")
    settle()
    assert session.result.matched_mask is not None
    assert lanes.index is index and lanes._plan[1] is planned  # the same lanes and strips
    assert lanes._laid.dimmed.any() and not lanes._laid.dimmed.all()  # the marks dimmed anew
    session.filters.set(hide_unmatched=True)  # now it hides: lanes and strips anew
    settle()
    assert lanes.index is not index
