"""Markers: copied from their atlas where their events are, in their lane's colour;
found by the mouse within a few pixels, and nowhere else."""

from PySide6.QtCore import QEventLoop, QPointF, QTimer
from PySide6.QtGui import QColor

from explorer._qt.timeline.markers_item import REACH


def settle(ms=300):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _lone_marker(points):
    """Index of a marker with no other marker within 3 x REACH pixels."""
    transform = points.deviceTransform_()
    px, py = points._device_xy(transform)
    for i in range(len(px)):
        others = (px - px[i]) ** 2 + (py - py[i]) ** 2
        others[i] = float("inf")
        if others.min() > (3 * REACH) ** 2:
            return i, transform
    raise AssertionError("every marker has a neighbour")


def test_a_marker_is_drawn_in_its_lane_colour_where_its_event_is(window):
    window.session.view.fit()
    settle()
    lanes = window.view.timeline.lanes
    points = lanes.points
    i, transform = _lone_marker(points)
    event_id = int(points.ids[i])
    mark = next(m for m in lanes.marks if m.event.id == event_id and m.y == points.y[i])
    at = transform.map(QPointF(points.x[i], points.y[i]))
    image = window.view.timeline.grab().toImage()
    view = window.view.timeline.mapFromScene(points.mapToScene(QPointF(points.x[i], points.y[i])))
    inside = QColor(image.pixel(view.x(), view.y()))
    lane = lanes.colors[mark.lane]
    # The marker's fill is its lane's colour (or a paler one for an inferred date).
    assert abs(inside.hue() - lane.hue()) <= 12 or lane.saturation() < 40, (inside, lane)
    assert inside != QColor(image.pixel(view.x() + 3 * REACH, view.y() - 3 * REACH))
    assert at is not None


def test_the_mouse_finds_a_marker_within_reach_and_nothing_beyond(window):
    window.session.view.fit()
    settle()
    points = window.view.timeline.lanes.points
    i, transform = _lone_marker(points)
    centre = transform.map(QPointF(points.x[i], points.y[i]))
    inverse, _ = transform.inverted()
    near = inverse.map(centre + QPointF(REACH - 1, 0))
    far = inverse.map(centre + QPointF(REACH + 2, 0))
    assert points.index_at(near) == i
    assert points.index_at(far) is None
    clicked = []
    points.sigClicked.connect(lambda event_id, _ev: clicked.append(event_id))

    class Click:
        def button(self):
            from PySide6.QtCore import Qt

            return Qt.MouseButton.LeftButton

        def pos(self):
            return near

        def double(self):
            return False

        def accept(self):
            pass

    points.mouseClickEvent(Click())
    assert clicked == [int(points.ids[i])]
    assert window.session.selection == int(points.ids[i])  # a click selects its event


def test_looks_added_later_are_drawn_beside_those_drawn_before(qtbot):
    import numpy as np
    import pyqtgraph as pg

    from explorer._qt.timeline.markers_item import MarkersItem

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(300, 200)
    plot.setXRange(0, 4, padding=0)
    plot.setYRange(0, 2, padding=0)
    plot.show()
    qtbot.waitExposed(plot)
    markers = MarkersItem()
    plot.addItem(markers)
    red, blue, green = (QColor(220, 0, 0), QColor(0, 0, 220), QColor(0, 170, 0))
    shapes = ["s"]

    def show(colors):
        looks = np.array([[c.rgba(), 0, 0, 0, 0] for c in colors], np.int64)
        x = np.arange(1, len(colors) + 1, dtype=float)
        markers.set_markers(x, np.ones(len(colors)), np.arange(len(colors)), looks, shapes)
        image = plot.grab().toImage()
        view = plot.getViewBox()
        return [
            QColor(image.pixel(plot.mapFromScene(view.mapViewToScene(QPointF(xi, 1.0)))))
            for xi in x
        ]

    def near(a, b):
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 90

    first = show([red, blue])
    assert near(first[0], red) and near(first[1], blue)
    later = show([red, blue, green])  # a third look: drawn into the same atlas
    assert [near(c, want) for c, want in zip(later, (red, blue, green), strict=True)] == [True] * 3
    assert len(markers.looks) == 3
