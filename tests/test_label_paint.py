"""On screen, label lines are drawn from texts laid out once and glyphs from
images drawn once; a file draws them afresh as text and paths. Both look alike."""

from PySide6.QtCore import QEventLoop, QTimer


def settle(ms=300):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_labels_on_screen_look_as_those_drawn_afresh(window):
    window.session.view.fit()
    settle()
    labels = window.view.timeline.lanes.labels
    grabs = []
    for mode in (False, {"antialias": True}):  # on screen; as in an export
        labels._exportOpts = mode
        labels.place_afresh()
        settle(200)
        grabs.append(window.view.timeline.grab().toImage())
    labels._exportOpts = False
    assert len(labels.placed) >= 10
    a, b = grabs
    pixels = [(x, y) for y in range(a.height()) for x in range(a.width())]
    differ = sum(a.pixel(x, y) != b.pixel(x, y) for x, y in pixels)
    boxes = [label.rect for label in labels.placed.values()]
    label_area = sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in boxes)
    # The same texts in the same places: at most a few edge pixels of glyphs differ.
    assert differ < 0.02 * label_area, (differ, label_area)
