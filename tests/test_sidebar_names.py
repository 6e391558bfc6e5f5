"""Entity names in the sidebar: whole at the default width, else cut in the middle."""

from PySide6.QtCore import Qt

from explorer._qt.entity_model import EntityIdRole


def _entity_rows(tree):
    model = tree.model()
    for k in range(model.rowCount()):
        kind = model.index(k, 0)
        for r in range(model.rowCount(kind)):
            yield model.index(r, 0, kind)


def test_names_fit_or_are_cut_in_the_middle_with_the_whole_name_as_tooltip(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    tree = window.view.sidebar.tree
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    metrics = tree.fontMetrics()
    for index in _entity_rows(tree):
        name = index.data(Qt.ItemDataRole.DisplayRole)
        assert index.data(EntityIdRole) is not None
        assert name in index.data(Qt.ItemDataRole.ToolTipRole)
        # the text's room: the cell less the checkbox and swatch before it
        room = tree.visualRect(index).width() - 40
        assert metrics.horizontalAdvance(name) <= room, name
