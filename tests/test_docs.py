"""Docs that tests keep complete: the schema page and the README."""

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from explorer.cli import COMMANDS
from explorer.core.data import schema

SCHEMA_DOC = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_schema_doc_names_every_table_and_column():
    for table, columns in schema.REQUIRED.items():
        assert f"### {table}" in SCHEMA_DOC
        section = SCHEMA_DOC.split(f"### {table}")[1].split("###")[0]
        for column in columns:
            assert f"`{column}`" in section, (table, column)
    for kind in schema.ENTITY_KINDS:
        assert f"`{kind}`" in SCHEMA_DOC
    assert f"now **{schema.SCHEMA_VERSION}**" in SCHEMA_DOC


def test_the_by_hand_example_builds_a_valid_database(tmp_path):
    block = re.search(r"```bash\n(.*?)```", SCHEMA_DOC, re.S).group(1)
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", block], cwd=tmp_path, env=env, capture_output=True
    )
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "my.db").is_file()


def test_every_export_option_is_in_the_readme_and_export_doc():
    import argparse

    from explorer.cli import _parser

    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    export_doc = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    row = next(line for line in README.splitlines() if "`timeline-explorer export " in line)
    actions = [a.option_strings for a in sub.choices["export"]._actions]
    assert ["--preset"] in actions
    for names in actions:
        if names != ["-h", "--help"]:  # one spelling of each option (-o or --output) will do
            for text in (row, export_doc):
                assert any(re.search(re.escape(n) + r"(?![\w-])", text) for n in names), names


def test_readme_documents_every_command_and_has_two_setup_commands():
    for command in COMMANDS:
        assert f"timeline-explorer {command}" in README, command
    setup = README.split("## Set up")[1].split("##")[0]
    commands = re.findall(r"^```bash\n(.+?)\n```", setup, re.M | re.S)
    assert commands == ["bash scripts/run", "bash scripts/test"]


def test_the_architecture_page_names_every_package_and_module_of_the_core():
    """docs/architecture.md is where a newcomer starts: a new package or core module
    that it does not name fails here."""
    import pkgutil

    import explorer

    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    packages = [m.name for m in pkgutil.walk_packages(explorer.__path__, "explorer.") if m.ispkg]
    assert "explorer.core.data" in packages
    for package in packages:
        folder = package.removeprefix("explorer.").split(".")[-1] + "/"
        assert folder in page, package
    core = [
        m.name.rsplit(".", 1)[1]
        for m in pkgutil.walk_packages(explorer.__path__, "explorer.")
        if m.name.startswith("explorer.core.") and not m.ispkg and m.name.count(".") == 3
    ]
    for module in core:  # explorer.core.<layer>.<module>
        assert f"`{module}`" in page or f"{module}.py" in page, module


def test_the_readme_has_one_exit_code_table_for_every_command():
    header = next(line for line in README.splitlines() if line.startswith("| exit code |"))
    columns = [c.strip(" `") for c in header.strip("|").split("|")[1:]]
    assert sorted(columns) == sorted(COMMANDS)
    table = README.split(header)[1].split("\n\n")[0]
    rows = [line.split("|")[1].strip() for line in table.splitlines()[2:]]
    assert rows == ["0", "1", "2"]
    assert README.count("| exit code |") == 1
