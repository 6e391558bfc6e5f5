"""`export --entity` names any entity; `--company` only entities of kind company."""

import json

from cli_helpers import run
from conftest import BUNDLED, ROOT

EVENTS = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
ENTITIES = json.loads((ROOT / "data" / "entities.json").read_text(encoding="utf-8"))
COMPANIES = sorted(e["name"] for e in ENTITIES if e["kind"] == "company")
OTHERS = sorted(e["name"] for e in ENTITIES if e["kind"] != "company")


def titles(path):
    return {row["title"] for row in json.loads(path.read_text(encoding="utf-8"))}


def with_entities(*names):
    return {e["title"] for e in EVENTS if set(names) & set(e["entities"])}


def test_entity_shows_an_entity_of_any_kind(tmp_path):
    out = tmp_path / "china.json"
    assert run("export", "--db", BUNDLED, "--entity", "china", "-o", out) == 0
    assert titles(out) == with_entities("China")


def test_entity_and_company_together_show_both(tmp_path):
    out = tmp_path / "both.json"
    args = ("--entity", "China", "--company", "Broadcom", "-o", out)
    assert run("export", "--db", BUNDLED, *args) == 0
    assert titles(out) == with_entities("China", "Broadcom")


def test_company_refuses_a_non_company_and_lists_the_companies(tmp_path, capsys):
    assert run("export", "--db", BUNDLED, "--company", "China", "-o", tmp_path / "x.json") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--entity" in err  # says which option names it
    known = err.split("known: ")[1].strip()
    assert known.split(", ") == COMPANIES
    assert not (tmp_path / "x.json").exists()


def test_unknown_company_lists_only_companies(tmp_path, capsys):
    assert run("export", "--db", BUNDLED, "--company", "Nope", "-o", tmp_path / "x.json") == 2
    err = capsys.readouterr().err
    assert "unknown company 'Nope'" in err
    assert not any(name in err for name in OTHERS)
