"""The sidebar and table models, tested without widgets."""

import pytest
from PySide6.QtCore import Qt

from explorer._qt.entity_model import CountRole, EntityIdRole, EntityTreeModel
from explorer._qt.event_table_model import EventIdRole, EventTableModel
from explorer.core.data.store import Store
from explorer.core.view.session import Session

pytestmark = pytest.mark.usefixtures("qapp")  # swatch icons need a QGuiApplication


def test_entity_model_is_a_sound_tree(qtmodeltester, small_db):
    model = EntityTreeModel(Session(Store(small_db)))
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Governments",
        "Companies",
    ]


def test_unchecking_writes_the_session_and_updates_only_its_row(qtbot, small_db):
    session = Session(Store(small_db))
    model = EntityTreeModel(session)
    acme = model.index_of(1)
    assert acme.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.setData(acme, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert 1 in session.filters.hidden_entities
    assert signal.args[0].data(EntityIdRole) == 1
    assert model.index_of(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    companies = model.index(1, 0)
    assert companies.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked


def test_counts_follow_other_filters(small_db):
    session = Session(Store(small_db))
    model = EntityTreeModel(session)
    assert model.index_of(1).data(CountRole) == 2
    session.filters.set(hidden_categories={"trade"})
    assert model.index_of(1).data(CountRole) == 1
    assert model.index_of(1, column=1).data() == 1


def test_event_table_model(qtmodeltester, small_db):
    session = Session(Store(small_db))
    model = EventTableModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(2, 0).data() == "15 January 2022"
    assert model.index(1, 2).data() == "Acme, Globex"
    session.set_entities_visible([3], False)
    assert model.rowCount() == 2
    assert [model.index(r, 0).data(EventIdRole) for r in range(2)] == [1, 2]
