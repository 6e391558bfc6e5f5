"""`timeline-explorer export --view PATH.view.json`: the view's data, and flags beside it."""

import json

import pytest
from cli_helpers import run
from conftest import BUNDLED
from factory import make_db

from explorer.core.data.store import Store
from explorer.core.view import view_file
from explorer.core.view.choices import apply_choices
from explorer.core.view.session import Session

FLAGS = {
    "company": ["Huawei", "Nvidia", "ByteDance"],
    "category": ["trade", "regulation", "product"],
    "search": "chips",
    "date_from": "2023",
    "date_to": "2024-06",
}


def as_args(flags) -> list[str]:
    args = [a for name in flags.get("company", []) for a in ("--company", name)]
    args += [a for name in flags.get("category", []) for a in ("--category", name)]
    args += ["--search", flags["search"]] if flags.get("search") else []
    args += ["--from", flags["date_from"]] if flags.get("date_from") else []
    return args + (["--to", flags["date_to"]] if flags.get("date_to") else [])


def save_view_of(db, path, flags):
    """A view saved from a session the flags were applied to, as the window would."""
    session = Session(Store(db))
    apply_choices(
        session,
        flags.get("company", ()),
        (),
        flags.get("category", ()),
        flags.get("search", ""),
        flags.get("date_from"),
        flags.get("date_to"),
    )
    view_file.save(path, session)
    session.store.close()
    return path


def titles(path):
    return [row["title"] for row in json.loads(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_view_exports_what_the_same_flags_export(tmp_path, suffix):
    view = save_view_of(BUNDLED, tmp_path / "v.view.json", FLAGS)
    by_view, by_flags = tmp_path / f"view{suffix}", tmp_path / f"flags{suffix}"
    assert run("export", "--view", view, "-o", by_view) == 0
    assert run("export", "--db", BUNDLED, *as_args(FLAGS), "-o", by_flags) == 0
    assert by_view.read_text(encoding="utf-8") == by_flags.read_text(encoding="utf-8")
    if suffix == ".json":
        assert 0 < len(titles(by_view)) < 48


@pytest.mark.parametrize(
    "override",
    [
        {"category": ["market"]},
        {"search": "Tomahawk"},
        {"company": ["Broadcom"]},
        {"date_from": "2024", "date_to": "2025"},
    ],
)
def test_flags_beside_a_view_replace_their_part(tmp_path, override):
    view = save_view_of(BUNDLED, tmp_path / "v.view.json", FLAGS)
    mixed, flags = tmp_path / "mixed.json", tmp_path / "flags.json"
    assert run("export", "--view", view, *as_args(override), "-o", mixed) == 0
    assert run("export", "--db", BUNDLED, *as_args({**FLAGS, **override}), "-o", flags) == 0
    assert titles(mixed) == titles(flags)
    alone = tmp_path / "alone.json"
    assert run("export", "--view", view, "-o", alone) == 0
    assert titles(mixed) != titles(alone)  # the flag really changed something


def test_the_view_names_its_database(tmp_path):
    db = make_db(tmp_path / "small.db")
    view = save_view_of(db, tmp_path / "small.view.json", {})
    out = tmp_path / "small.json"
    assert run("export", "--view", view, "-o", out) == 0
    wanted = ["Acme founded", "Globex deal with Acme", "Ruritania bans widgets"]
    assert sorted(titles(out)) == wanted


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such view file"),
        ("[1, 2", "bad JSON"),
        ('{"format": "timeline-explorer-view", "version": 9}', "version 9"),
    ],
)
def test_a_bad_view_exits_2_with_one_line(tmp_path, capsys, content, message):
    view = tmp_path / "bad.view.json"
    if content is not None:
        view.write_text(content, encoding="utf-8")
    assert run("export", "--view", view, "-o", tmp_path / "out.csv") == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out.csv").exists()


def test_a_view_whose_database_is_gone_exits_2(tmp_path, capsys):
    db = make_db(tmp_path / "small.db")
    view = save_view_of(db, tmp_path / "small.view.json", {})
    db.unlink()
    assert run("export", "--view", view, "-o", tmp_path / "out.csv") == 2
    assert "its database is gone" in capsys.readouterr().err
