"""One module per subcommand; the core returns and raises, the commands print."""

import ast
import pkgutil

import pytest
from conftest import ROOT

from explorer import cli, commands
from explorer.core.io.importers.batch import BadRequest, ImportFailed, import_files


def test_every_command_module_is_wired_into_the_parser():
    found = {m.name for m in pkgutil.iter_modules(commands.__path__)}
    assert found == {m.__name__.rsplit(".", 1)[1] for m in commands.MODULES}
    parser_commands = next(a for a in cli._parser()._actions if a.dest == "command").choices
    assert list(parser_commands) == list(cli.COMMANDS)
    for module in commands.MODULES:
        assert parser_commands[module.NAME].get_default("func") is module.run


def test_the_core_never_prints_or_exits():
    for path in (ROOT / "explorer" / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                assert node.id != "print", path
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                assert (node.value.id, node.attr) not in {
                    ("sys", "exit"),
                    ("sys", "stdout"),
                    ("sys", "stderr"),
                }, path


@pytest.mark.parametrize(
    ("maps", "error"),
    [(["title"], BadRequest), (None, ImportFailed)],
)
def test_import_raises_and_says_nothing(tmp_path, capsys, maps, error):
    bad = tmp_path / "bad.csv"
    bad.write_text("nothing,here\n1,2\n", encoding="utf-8")
    with pytest.raises(error) as caught:
        import_files([bad], tmp_path / "out.db", "csv", maps)
    assert (type(caught.value) is BadRequest) == (error is BadRequest)
    assert capsys.readouterr() == ("", "")
    assert not (tmp_path / "out.db").exists()
