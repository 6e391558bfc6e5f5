"""Entity (and category) names: any case, a unique prefix, candidates for an ambiguous
prefix and the closest names for a typo, from the core and on the command line."""

import json

import pytest
from cli_helpers import run
from conftest import BUNDLED, ROOT

from explorer.core.data.store import Store
from explorer.core.view.choices import ChoiceError, apply_choices
from explorer.core.view.session import Session

ENTITIES = json.loads((ROOT / "data" / "entities.json").read_text(encoding="utf-8"))
NAMES = {e["name"] for e in ENTITIES}


@pytest.fixture(scope="module")
def session():
    return Session(Store(BUNDLED))


def shown(session):
    hidden = session.filters.hidden_entities
    return {e.name for i, e in session.store.entities.items() if i not in hidden}


def test_a_unique_prefix_in_any_case_names_the_entity(session):
    assert [n for n in NAMES if n.lower().startswith("byte")] == ["ByteDance"]
    apply_choices(session, companies=["byte"])
    assert shown(session) == {"ByteDance"}
    apply_choices(session, entities=["CHIN"])
    assert shown(session) == {"China"}


def test_an_ambiguous_prefix_lists_its_candidates(session):
    candidates = sorted(n for n in NAMES if n.startswith("B"))
    assert len(candidates) > 1
    with pytest.raises(ChoiceError) as caught:
        apply_choices(session, entities=["b"])
    assert "ambiguous" in str(caught.value)
    assert str(caught.value).endswith(", ".join(candidates))


def test_a_typo_gets_the_closest_names(session):
    with pytest.raises(ChoiceError, match=r"did you mean ByteDance\?"):
        apply_choices(session, companies=["Bytedanse"])
    with pytest.raises(ChoiceError, match=r"unknown category 'politcs'; did you mean politics"):
        apply_choices(session, categories=["politcs"])


def test_the_command_prints_the_core_message(tmp_path, capsys):
    out = tmp_path / "x.json"
    assert run("export", "--db", BUNDLED, "--company", "Nvidai", "-o", out) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "timeline-explorer export: error: unknown company 'Nvidai'; did you mean Nvidia?"
    )
    assert run("export", "--db", BUNDLED, "--company", "nvid", "-o", out) == 0
    assert out.exists()
