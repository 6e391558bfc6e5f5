"""What a reader sees on the bundled data: the four stories labelled in full at the
fit view, and events drawn as their period (a year, a month, a day) once it is
wider than a marker, never as a point that reads as a finer date."""

import pytest
from conftest import BUNDLED
from PySide6.QtCore import QEventLoop, QPointF, QTimer
from PySide6.QtGui import QImage, QPainter

from explorer._qt.export.canvas import ExportCanvas
from explorer._qt.export.render import ImageOptions
from explorer.core.data.dates import PartialDate
from explorer.core.data.store import Store
from explorer.core.view.session import Session

# The 2022 controls, the January 2025 rule, the Broadcom 5 nm chip; the rental
# loophole (7) is a period: its band carries its title.
STORIES = {2, 40, 18}
LOOPHOLE = 7


def full_labels(lanes) -> set[int]:
    """Events whose label shows the whole title, word for word (on one line or two)."""
    titles = {m.event.id: m.event.title for m in lanes.marks}
    return {
        event_id
        for (event_id, _), label in lanes.labels.placed.items()
        if label.full and " ".join(label.lines) == titles[event_id]
    }


def paint(canvas: ExportCanvas, width: int, height: int) -> None:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    canvas.scene().render(painter)
    painter.end()


@pytest.fixture
def session(qapp):
    s = Session(Store(BUNDLED))
    s.view.fit()
    return s


@pytest.fixture
def default_export(session):
    """The default export's canvas of the bundled data, painted once."""
    options = ImageOptions()
    t0, t1 = session.view.range
    canvas = ExportCanvas(session, t0, t1, options.width, options.height)
    paint(canvas, options.width, options.height)
    yield canvas
    canvas.dispose()


def test_the_default_export_labels_the_four_stories_in_full(session, default_export):
    assert full_labels(default_export.lanes) >= STORIES
    loophole = session.store.records[LOOPHOLE].title
    assert loophole in {title for _, _, title in default_export.lanes.periods._periods}


def settle(ms=300):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_the_window_at_fit_labels_the_four_stories_in_full(window):
    window.resize(1600, 1000)
    window.show()
    window.session.view.fit()
    settle()
    window.view.timeline.lanes.labels.update()
    settle()
    assert full_labels(window.view.timeline.lanes) >= STORIES


def marker_ids(lanes) -> set[int]:
    return set(lanes.points.ids.tolist())


@pytest.mark.parametrize("days", [7, 31])
def test_zoomed_in_a_month_precise_event_is_its_month_with_no_point(window, days):
    window.resize(1600, 1000)
    window.show()
    start = PartialDate.parse("2025-01-13").interval()[0]
    window.session.view.set_range(start, start + days * 86400)
    settle()
    lanes = window.view.timeline.lanes
    month_events = {m.event.id for m in lanes.marks if m.event.precision == "month"}
    assert 40 in month_events  # the January 2025 rule is in view
    assert not month_events & marker_ids(lanes)  # no point that reads as a day
    bars = set(lanes.bars.ids.tolist())
    assert month_events <= bars
    # Day-precise events, a day wider than a marker here, are their days too.
    assert {47, 48} <= bars and not {47, 48} & marker_ids(lanes)


def test_at_the_fit_view_a_year_is_a_bar_and_a_day_a_point(window):
    window.resize(1600, 1000)
    window.show()
    window.session.view.fit()
    settle()
    lanes = window.view.timeline.lanes
    assert 2 not in marker_ids(lanes)  # "2022": the whole year, no point at 1 July
    assert 2 in set(lanes.bars.ids.tolist())
    assert 47 in marker_ids(lanes)


def test_hovering_a_label_tells_its_whole_title(window):
    window.resize(1600, 1000)
    window.show()
    window.session.view.fit()
    settle()
    labels = window.view.timeline.lanes.labels
    (event_id, _), label = next(
        (key, label) for key, label in labels.placed.items() if not label.full
    )
    x0, y0, x1, y1 = label.rect
    inverse, _ = labels.deviceTransform(
        labels.getViewBox().scene().views()[0].viewportTransform()
    ).inverted()
    at = inverse.map(QPointF((x0 + x1) / 2, (y0 + y1) / 2))
    assert labels.label_at(at) == event_id
    labels.hoverEvent(FakeHover(at))
    assert labels.toolTip() == window.session.store.records[event_id].title


class FakeHover:
    """The two things EventLabelsItem.hoverEvent asks of pyqtgraph's HoverEvent."""

    def __init__(self, pos):
        self._pos = pos

    def isExit(self):
        return False

    def pos(self):
        return self._pos


def test_the_loophole_is_its_band_and_bars_and_no_label_covers_them(default_export):
    assert LOOPHOLE not in marker_ids(default_export.lanes)  # no star to read as its date
    labels = default_export.lanes.labels
    bars = [box for box, (event_id, _) in labels._obstacles if event_id == LOOPHOLE]
    assert len(bars) >= 3  # one per lane it names
    for label in labels.placed.values():
        x0, y0, x1, y1 = label.rect
        assert not any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in bars)


def test_while_panning_labels_move_with_the_view_then_are_placed_afresh(window, qtbot):
    window.resize(1600, 1000)
    window.show()
    window.session.view.fit()
    window.session.view.zoom(0.5)
    settle()
    labels = window.view.timeline.lanes.labels
    before = dict(labels.placed)
    window.session.view.pan(0.01)
    window.view.timeline.viewport().repaint()
    shifts = {
        round(label.rect[0] - before[key].rect[0], 3)
        for key, label in labels.placed.items()
        if key in before
    }
    assert len(shifts) == 1 and shifts != {0.0}  # every label moved by the pan, alike
    qtbot.waitUntil(lambda: labels._laid_out is None or labels._settle.isActive() is False)
    settle()
    fresh = labels._layout(labels._device)
    assert {k: v.rect for k, v in labels.placed.items()} == {k: v.rect for k, v in fresh.items()}
