"""The German interface: a complete explorer_de.ts, the language chosen as the
user expects, and the window in German (menus, dates, axis)."""

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from conftest import ROOT
from PySide6.QtCore import Qt

TS = ROOT / "resources" / "translations" / "explorer_de.ts"
LUPDATE = shutil.which("pyside6-lupdate", path=os.path.dirname(sys.executable))
DAY = 86400
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
MONTHS = MONTHS.split()
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[pn1-9]")


@pytest.fixture
def german(qapp):
    """The interface in German for one test, English again after it."""
    from explorer._qt import i18n

    assert i18n.install("de"), "explorer_de.qm missing: scripts/_setup.sh compiles it"
    yield
    i18n.install("en")


def _unfinished(ts) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            text = translation.text or ""
            if kind == "unfinished" or not text.strip():
                problems.append(f"{name}: {source!r} has no German")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{name}: {source!r} -> {text!r} changes the placeholders")
    return problems


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate not installed")
@pytest.mark.parametrize("ts", sorted(TS.parent.glob("*.ts")), ids=lambda p: p.stem)
def test_every_source_string_is_translated(ts, tmp_path):
    """lupdate over today's sources into a copy: a string added since the .ts was
    last updated comes in unfinished and fails here (run scripts/update-translations)."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(p) for p in (ROOT / "explorer").rglob("*.py"))
    subprocess.run(
        [LUPDATE, "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == []
    assert len(list(ET.parse(copy).getroot().iter("message"))) > 150


def test_no_literal_is_translated_inside_an_f_string():
    """lupdate does not look inside f-strings: such a string would never be translated."""
    hidden = re.compile(r"""\{translate\(\s*['"][^'"]*['"],\s*['"]""")
    found = [p.name for p in (ROOT / "explorer").rglob("*.py") if hidden.search(p.read_text())]
    assert found == []


def test_the_check_sees_a_missing_translation(tmp_path):
    broken = tmp_path / "broken.ts"
    text = TS.read_text(encoding="utf-8")
    text = text.replace("<translation>&amp;Datei</translation>", '<translation type="unfinished"/>')
    broken.write_text(text.replace("{count} Treffer", "Treffer"), encoding="utf-8")
    problems = _unfinished(broken)
    assert any("&File" in p for p in problems) and any("{count} matches" in p for p in problems)


@pytest.mark.parametrize(
    ("env", "expected"), [({"LANG": "de_DE.UTF-8"}, "de"), ({"LANG": "fr_FR.UTF-8"}, "en")]
)
def test_the_system_locale_chooses_the_language(env, expected):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    code = "from explorer._qt import i18n; print(i18n.system_language())"
    out = subprocess.run(
        [sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True
    )
    assert out.stdout.strip() == expected, out.stderr


def test_lang_flag_beats_the_remembered_choice_which_beats_the_system():
    from explorer._qt import i18n

    assert i18n.choose("de", "en") == "de"
    assert i18n.choose(None, "de") == "de"
    assert i18n.choose(None, "xx") == i18n.system_language()


def test_the_window_in_german(german, window, qtbot):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    view, session = window.view, window.session
    events = session.store.records.many(session.result.ids.tolist())
    day = next(e for e in events if e.precision == "day")
    session.select(day.id)
    said = day.spoken_date()
    assert re.fullmatch(rf"\d{{1,2}}\. ({'|'.join(MONTHS)}) \d{{4}}", said), said
    assert said in view.details.toPlainText()
    model = view.table.model_
    assert model.index(model.row_of(day.id), 0).data() == said
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Datum"
    assert "Ereignisse" in window.status.text()


def _axis_labels(window, first: datetime, days: int, px: int) -> list[str]:
    t0 = first.timestamp()
    window.session.view.set_range(t0, t0 + days * DAY)
    axis = window.view.timeline.lanes.getAxis("bottom")
    return [
        text
        for spacing, values in axis.tickValues(*window.session.view.range, px)
        for text in axis.tickStrings(values, 1, spacing)
    ]


def test_the_axis_says_german_months(german, window):
    months = _axis_labels(window, datetime(2024, 3, 15, tzinfo=UTC), 240, 1000)
    assert {"Aug.", "Sept.", "Okt."} <= set(months)
    days = _axis_labels(window, datetime(2024, 11, 20, tzinfo=UTC), 40, 1000)
    assert any(re.fullmatch(r"\d{1,2}\. (Nov|Dez)\.( 2024)?", text) for text in days), days


def test_partial_dates_in_german(german):
    from explorer.core.data.dates import PartialDate

    said = [PartialDate.parse(d).spoken() for d in ("2025-01-13", "2025-01", "2025")]
    assert said == ["13. Januar 2025", "Januar 2025", "2025"]
    assert PartialDate.parse("-0752-04-21").spoken() == "21. April 753 v. Chr."


def test_export_lang_de_words_the_image_in_german(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from explorer import cli
    from explorer._qt import i18n

    out = tmp_path / "de.png"
    try:
        args = ["export", "--lang", "de", "--category", "trade", "--entity", "United States"]
        assert cli.main([*args, "-o", str(out)]) == 0
    finally:
        i18n.install("en")
    provenance = QImage(str(out)).text("Provenance")
    assert "Entitäten: USA" in provenance and "Kategorien: Handel" in provenance


def test_an_image_title_says_its_range_in_german(german):
    from conftest import BUNDLED

    from explorer._qt.export.canvas import ExportCanvas
    from explorer.core.data.store import Store
    from explorer.core.view.framing import frame
    from explorer.core.view.session import Session

    session = Session(Store(BUNDLED))
    shown = frame(session, "2024-10", "2025-01")
    canvas = ExportCanvas(session, shown.t0, shown.t1, 1200, 600, shown.words)
    try:
        assert "Oktober 2024 – Januar 2025" in canvas.title.text
        assert canvas.footer.text.startswith("Quellen: ")
    finally:
        canvas.dispose()
        session.close()


def test_view_language_menu_remembers_the_choice_for_the_next_start(window, settings):
    from explorer._qt import i18n

    entries = {a.text(): a for a in window.language_menu.actions()}
    assert set(entries) == {"English", "Deutsch"} and entries["English"].isChecked()
    entries["Deutsch"].trigger()
    assert settings.get(i18n.SETTING) == "de"
    assert i18n.current() == "en"  # from the next start on, as the message says
    assert "Deutsch" in window.language_note.text() and "next time" in window.language_note.text()
    assert i18n.choose(None, settings.get(i18n.SETTING)) == "de"


def test_restart_starts_the_app_again_without_lang():
    from explorer._qt.language_menu import restart_command

    argv = ["/venv/bin/timeline-explorer", "--lang", "de", "my.db", "--lang=en"]
    assert restart_command(argv, "/venv/bin/python", False) == [
        "/venv/bin/python",
        "/venv/bin/timeline-explorer",
        "my.db",
    ]
    assert restart_command(["/opt/app/te", "x.db"], "/opt/app/te", True) == ["/opt/app/te", "x.db"]
    module = restart_command(["/src/explorer/__main__.py"], "python", False)
    assert module == ["python", "-m", "explorer"]


# Qt calls whose text argument a user reads: given a bare literal, it is never translated.
SHOWN = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setFormat",
    "setLabelText",
    "addRow",
    "addAction",
    "addMenu",
    "addButton",
    "addItem",
    "addItems",
    "addTab",
    "setTitle",
    "show_message",
    "show_error",
    "showMessage",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QAction",
    "QLineEdit",
    "QProgressDialog",
    "LongJob",
    "add_action",
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
    "information",
    "warning",
    "critical",
    "question",
    "about",
}
WORDS = re.compile(r"[A-Za-z]{3,}")


def _bare_literals(tree):
    import ast

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        if name not in SHOWN:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            elif isinstance(arg, ast.JoinedStr):
                parts = [v.value for v in arg.values if isinstance(v, ast.Constant)]
                text = "".join(str(p) for p in parts)
            else:
                continue
            if WORDS.search(re.sub(r"&\w+;|<[^>]*>|\{[^}]*\}", "", text)):  # markup is no word
                yield node.lineno, text


def test_every_shown_string_in_the_window_goes_through_translate():
    import ast

    found = []
    for path in sorted((ROOT / "explorer" / "_qt").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.name}:{line}: {text!r}" for line, text in _bare_literals(tree)]
    assert found == []


def test_titles_and_entity_names_in_german(german, window):
    from conftest import BUNDLED, entity_id

    from explorer.core.data.store import Store

    view, session = window.view, window.session
    original = Store(BUNDLED)  # no language set: the texts as written
    try:
        ids = session.result.ids.tolist()
        german_titles = {i: session.store.records.get(i).title for i in ids}
        assert all(german_titles[i] != original.records.get(i).title for i in ids)
    finally:
        original.close()
    event = session.store.records.get(ids[5])
    session.select(event.id)
    model = view.table.model_
    assert model.index(model.row_of(event.id), 1).data().removeprefix("⚠ ") == event.title
    assert event.title in view.details.toPlainText()
    usa = entity_id(session, "United States")
    assert view.sidebar.model.index_of(usa).data() == "USA"
    assert "USA" in [name for _, name in view.timeline.lane_axis._tickLevels[0]]
