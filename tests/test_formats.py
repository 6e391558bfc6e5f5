"""One table of formats: every writer, reader, dialog and doc follows it."""

import re

import pytest
from conftest import ROOT

from explorer.core.io import event_export, formats, importers

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXPORT_DOC = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
IMPORT_DOC = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
EXPORTED = {f.name for f in formats.exported()}
IMPORTED = {f.name for f in formats.imported()}


def test_every_writer_is_in_the_table_and_every_exported_format_has_one():
    from explorer._qt.export import render

    assert set(event_export.WRITERS) == {f.name for f in formats.exported(formats.EVENTS)}
    assert set(render.WRITERS) == {f.name for f in formats.exported(formats.IMAGE)}


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_every_imported_format_has_a_reader(tmp_path, name):
    empty = tmp_path / "empty"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(importers.FileError) as caught:
        importers.read(empty, name)
    assert not isinstance(caught.value, importers.UnknownFormat), caught.value


def test_a_format_not_in_the_table_has_no_reader(tmp_path):
    with pytest.raises(importers.UnknownFormat):
        importers.read(tmp_path / "x.xlsx", "xlsx")


def test_auto_picks_one_format_per_suffix_and_names_the_others():
    for fmt in formats.exported():
        found = formats.written_as(fmt.writes.upper())
        assert (found.name == fmt.name) == fmt.by_suffix, fmt.name
    assert formats.written_as(".txt") is None


@pytest.mark.parametrize("holds", [formats.IMAGE, formats.EVENTS])
def test_each_save_dialog_filter_names_one_format(holds):
    filters = formats.save_filter(holds).split(";;")
    assert [formats.by_save_filter(f).name for f in filters] == [
        f.name for f in formats.exported(holds)
    ]


def test_open_dialogs_offer_every_suffix_read():
    globs = set(re.findall(r"\*(\.\w+)", formats.import_filter()))
    assert globs == {s for f in formats.imported() for s in f.reads}
    assert set(re.findall(r"\*(\.\w+)", formats.db_filter())) == set(formats.DB_SUFFIXES)


def _choices(synopsis: str) -> set[str]:
    """The --format alternatives written in a command's synopsis."""
    return set(re.search(r"--format ([\w\\|]+)", synopsis).group(1).replace("\\", "").split("|"))


def _readme_row(command: str) -> str:
    return next(line for line in README.splitlines() if f"`timeline-explorer {command} " in line)


def _doc_synopsis(doc: str) -> str:
    return re.search(r"```bash\n(.*?)```", doc, re.S).group(1)


def test_readme_and_docs_name_every_format():
    assert _choices(_readme_row("export")) == {"auto", *EXPORTED}
    assert _choices(_doc_synopsis(EXPORT_DOC)) == {"auto", *EXPORTED}
    assert _choices(_readme_row("import")) == {"auto", *IMPORTED}
    assert _choices(_doc_synopsis(IMPORT_DOC)) == {"auto", *IMPORTED}
    export_heads = "\n".join(re.findall(r"^##.*", EXPORT_DOC, re.M))
    import_heads = "\n".join(re.findall(r"^##.*", IMPORT_DOC, re.M))
    for fmt in formats.exported():
        assert re.search(rf"\b{fmt.label}\b", export_heads), fmt.name
    for fmt in formats.imported():
        assert f"`--format {fmt.name}`" in import_heads, fmt.name
