"""Issue 7: broken remembered state never stops the window from starting."""

import random
from pathlib import Path

import pytest
from bad_databases import build
from conftest import BUNDLED


@pytest.fixture
def start(qtbot):
    """Start the window as the app does, on the given settings."""
    from explorer._qt.app import make_app
    from explorer._qt.main_window import MainWindow

    def _start(settings, path=None):
        make_app()
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.open_initial(path)
        window.show()
        qtbot.waitExposed(window)
        return window

    return _start


def _overwrite(settings, data: bytes) -> None:
    Path(settings.q.fileName()).write_bytes(data)
    settings.q.sync()  # re-read the file, as a fresh start would


GARBAGE = [
    random.Random(3).randbytes(4096),
    b"\x00" * 100,
    b"[General\nlast_db=\nrecent=@Invalid(\ngeometry=@ByteArray(\xff\xfe\nfilters={not json\n",
    b"[General]\nlast_db=42\nrecent=7\ngeometry=@ByteArray(junk)\nfilters=[1, 2]\n"
    b"splitters=@ByteArray(\x01\x02)\n",
]


@pytest.mark.parametrize("garbage", GARBAGE, ids=["random", "nul", "broken-ini", "wrong-types"])
def test_corrupt_settings_file_starts_on_the_bundled_data(settings, start, garbage):
    _overwrite(settings, garbage)
    window = start(settings)
    assert window.session.store.path == BUNDLED
    assert window.session.store.records
    window.close()  # writes fresh settings over the garbage
    assert settings.get("last_db") == str(BUNDLED.resolve())


def test_last_database_gone_starts_on_the_bundled_data(settings, start, tmp_path):
    settings.set("last_db", str(tmp_path / "deleted.db"))
    window = start(settings)
    assert window.session.store.path == BUNDLED
    assert window.last_error is None  # a file that is gone is not worth an error box


def test_last_database_now_broken_says_so_and_starts_on_the_bundled_data(settings, start, tmp_path):
    settings.set("last_db", str(build("truncated", tmp_path)))
    window = start(settings)
    assert window.session.store.path == BUNDLED
    assert "damaged" in window.last_error


def test_missing_file_given_on_the_command_line(settings, start, tmp_path):
    window = start(settings, tmp_path / "typo.db")
    assert window.session.store.path == BUNDLED
    assert "no such file" in window.last_error
