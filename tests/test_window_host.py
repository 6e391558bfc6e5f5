"""The window's actions need only a WindowHost: a stand-in host runs them without
a MainWindow. The window itself changes its session and view in replace_view."""

import csv

from conftest import BUNDLED
from PySide6.QtWidgets import QWidget

from explorer._qt.export.event_export_action import export_events
from explorer._qt.view_actions import open_view, save_view
from explorer._qt.window_host import WindowHost
from explorer.core.data.store import Store
from explorer.core.view.session import Session


class StandIn:
    """Just what WindowHost names, recording what the actions asked of it."""

    def __init__(self, settings, session=None):
        self.settings, self.session = settings, session
        self.parent, self.opened, self.errors, self.messages = QWidget(), [], [], []

    def dialog_parent(self):
        return self.parent

    def open_database(self, path):
        self.opened.append(str(path))
        self.session = Session(Store(path))
        return True

    def show_error(self, title, text):
        self.errors.append(text)

    def show_message(self, text, ms):
        self.messages.append(text)


def test_the_window_and_a_stand_in_are_hosts(window, settings):
    assert isinstance(window, WindowHost)
    assert isinstance(StandIn(settings), WindowHost)
    assert not isinstance(object(), WindowHost)


def test_a_saved_view_opens_through_the_host(qtbot, settings, tmp_path):
    saving = StandIn(settings, Session(Store(BUNDLED)))
    saving.session.filters.set(search="Huawei")
    assert save_view(saving, tmp_path / "huawei.view.json")
    assert saving.messages == [f"Saved the view to {tmp_path / 'huawei.view.json'}"]
    opening = StandIn(settings)
    assert open_view(opening, tmp_path / "huawei.view.json")
    assert opening.opened == [str(BUNDLED.resolve())]
    assert opening.session.filters.search == "Huawei"
    assert not open_view(opening, tmp_path / "missing.view.json")
    assert len(opening.errors) == 1 and opening.opened == [str(BUNDLED.resolve())]


def test_events_export_through_the_host(qtbot, settings, tmp_path):
    host = StandIn(settings, Session(Store(BUNDLED)))
    host.session.filters.set(search="Nvidia", hide_unmatched=True)
    wanted = host.session.result.count
    assert export_events(host, tmp_path / "nvidia.csv")
    with open(tmp_path / "nvidia.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert 0 < len(rows) == wanted
    assert host.messages == [f"Wrote {wanted} events to {tmp_path / 'nvidia.csv'}"]


def test_replace_view_hands_back_the_old_view_still_open(window):
    from PySide6.QtWidgets import QApplication

    window.show()
    before_session, before_view = window.session, window.view
    kept = window.replace_view(None)
    QApplication.processEvents()
    assert kept is before_view and window.session is None and window.centralWidget() is None
    assert before_session.store.sources() and not kept.isVisible()  # still open, put away
    assert window.replace_view(kept) is None
    QApplication.processEvents()
    assert window.session is before_session and window.centralWidget() is before_view
    assert before_view.isVisible()
