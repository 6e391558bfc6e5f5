"""While the view zooms step by step, the last layout serves and labels follow
their marks; once it rests, marks and labels are laid out afresh."""

from PySide6.QtCore import QEventLoop, QTimer


def settle(ms=400):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_zoom_steps_reuse_the_layout_then_lay_out_at_rest(window):
    timeline = window.view.timeline
    lanes, labels, view = timeline.lanes, timeline.lanes.labels, window.session.view
    view.zoom(0.5)
    settle()
    timeline.viewport().repaint()
    assert labels.placed
    view.zoom(0.8)  # the first step after a rest lays out at once
    first = lanes._layout_key
    view.zoom(0.8)  # the next, right after: the layout serves on
    timeline.viewport().repaint()
    assert lanes._layout_key == first and lanes._rest.isActive()
    followed = dict(labels.placed)
    assert followed and labels._settle.isActive()
    settle()  # at rest: laid out and placed for this zoom
    timeline.viewport().repaint()
    assert lanes._layout_key != first and not lanes._rest.isActive()
    fresh = labels._layout(labels._device)
    assert {k: v.rect for k, v in labels.placed.items()} == {k: v.rect for k, v in fresh.items()}


def test_a_jump_to_another_zoom_lays_out_at_once(window):
    timeline = window.view.timeline
    lanes, view = timeline.lanes, window.session.view
    view.zoom(0.8)
    first = lanes._layout_key
    lo, hi = view.bounds
    view.set_range(lo + (hi - lo) * 0.5, lo + (hi - lo) * 0.52)
    assert lanes._layout_key != first and not lanes._rest.isActive()


def test_an_export_places_its_labels_afresh(window):
    from explorer._qt.timeline.lanes_plot import LanesPlot

    plot = LanesPlot(window.session, image=True)
    assert not plot.labels.follow_moves and window.view.timeline.lanes.labels.follow_moves
