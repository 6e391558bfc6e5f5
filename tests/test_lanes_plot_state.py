"""The lanes plot before its first draw: nothing to lay out, nothing to fit."""

from conftest import BUNDLED

from explorer._qt.timeline.lane_heights import lanes_in_view
from explorer.core.data.store import Store
from explorer.core.view.session import Session


def test_a_lanes_plot_not_yet_drawn_lays_out_nothing(qtbot):
    from explorer._qt.app import make_app
    from explorer._qt.timeline.lanes_plot import LanesPlot

    make_app()
    session = Session(Store(BUNDLED))
    plot = LanesPlot(session)
    plot.layout_marks()
    plot._fit_lanes(to_top=True)
    assert plot.marks == [] and plot.spare_height() == 0.0
    plot.draw(session.result)
    assert len(plot.colors) == len(session.result.lanes) and plot.index is not None


def test_lanes_in_view_counts_a_lane_shown_in_part():
    # Lane i is centred on y = i and reaches half a lane either side.
    assert lanes_in_view(-0.5, 2.5, 10) == (0, 3)
    assert lanes_in_view(-0.5, 2.6, 10) == (0, 4)
    assert lanes_in_view(3.4, 20.0, 10) == (3, 10)
    assert lanes_in_view(-5.0, -1.0, 10) == (0, 0)
