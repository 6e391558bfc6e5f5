"""Paint a scene item by item, each under a clip of its own, for Qt's SVG writer.

QGraphicsScene.render clips everything to the target rectangle. When a painter
under that clip restores a state that clipped further (the plot's view box, a
text item), QPainter replays the outer clip to the engine, and QSvgGenerator
then treats clipping as off while keeping the name of the clip before: later
clips are dropped or written under a stale name, so lane names vanish and
marks spill past the plot. Here the painter's base state never clips; each item
gets the clip of its clipping ancestors, set afresh, so no clip outlives it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

_Flag = QGraphicsItem.GraphicsItemFlag


def paint_scene(scene: QGraphicsScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    """Paint `source` of `scene` into `target`, as QGraphicsScene.render would
    (aspect ratio ignored), on a painter with no clip and no transform."""
    base = QTransform.fromTranslate(target.left(), target.top())
    base.scale(target.width() / source.width(), target.height() / source.height())
    base.translate(-source.left(), -source.top())
    for item in scene.items(Qt.SortOrder.AscendingOrder):  # bottom first
        if not item.isVisible() or item.flags() & _Flag.ItemHasNoContents:
            continue
        painter.save()
        clip = _clip(item, base)
        if clip is not None:
            painter.setClipPath(clip)  # in device coordinates: no transform yet
        painter.setTransform(item.deviceTransform(base))
        painter.setOpacity(item.effectiveOpacity())
        option = QStyleOptionGraphicsItem()
        option.exposedRect = item.boundingRect()
        item.paint(painter, option, None)
        painter.restore()


def _clip(item: QGraphicsItem, base: QTransform) -> QPainterPath | None:
    """The device area `item` may paint in: its own shape if it clips to it,
    and the shapes of ancestors that clip their children."""
    clip = None
    node, flag = item, _Flag.ItemClipsToShape
    while node is not None:
        if node.flags() & flag:
            shape = node.deviceTransform(base).map(node.shape())
            clip = shape if clip is None else clip.intersected(shape)
        node, flag = node.parentItem(), _Flag.ItemClipsChildrenToShape
    return clip
