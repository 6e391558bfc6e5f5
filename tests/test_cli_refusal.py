"""A mistyped command or option is refused at once (exit 2, a suggestion) and never
opens the window; an existing path, or none, still does."""

import pytest
from cli_helpers import run
from conftest import BUNDLED

from explorer._qt import app as app_module


@pytest.fixture
def opened(monkeypatch):
    """The paths the window was asked to open (the window itself is not started)."""
    calls = []
    monkeypatch.setattr(app_module, "run", lambda path, *a, **k: calls.append(path) or 0)
    return calls


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["exprot", "-o", "x.png"], "did you mean export?"),
        (["valdate", "x.db"], "did you mean validate?"),
        (["improt", "a.csv"], "did you mean import?"),
        (["--smoke-tset"], "did you mean --smoke-test?"),
        (["export", "--wdth", "10", "-o", "x.png"], "did you mean --width?"),
        (["generate", "--event", "3", "--entities", "2", "--sed", "1", "-o", "x.db"], "--seed"),
    ],
)
def test_a_typo_is_refused_with_a_suggestion(opened, capsys, argv, hint):
    assert run(*argv) == 2
    err = capsys.readouterr().err
    assert hint in err and len(err.strip().splitlines()) == 1
    assert opened == []


def test_an_unknown_word_lists_the_commands_and_opens_nothing(opened, capsys):
    assert run("zzzz") == 2
    err = capsys.readouterr().err
    assert "neither a command nor a file" in err and "build-data" in err
    assert opened == []


def test_an_existing_path_or_none_opens_the_window(opened, tmp_path):
    view = tmp_path / "a.view.json"
    view.write_text("{}", encoding="utf-8")
    assert run(BUNDLED) == 0
    assert run(view) == 0
    assert run() == 0
    assert [str(p) if p else None for p in opened] == [str(BUNDLED), str(view), None]
