"""The desktop program Timeline's .timeline XML: both samples, plus eras and odd dates."""

import pytest
from import_helpers import count, events, query, run_import, sample, sample_names

from explorer.core.data.validate import validate

SAMPLES = {"documentation_release_versions.timeline": 59, "examples_example.timeline": 1}

OWN = """<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>2.4.0</version>
  <timetype>gregoriantime</timetype>
  <categories><category><name>Launch</name><color>255,0,0</color></category></categories>
  <events>
    <event>
      <start>2020-01-05 09:30:00</start><end>2020-03-01 00:00:00</end>
      <text>Grüße aus Köln</text><fuzzy>True</fuzzy><category>Launch</category>
      <description>First line.
Second line.</description>
      <hyperlink>https://example.org/launch</hyperlink>
    </event>
    <event><start>-300-01-01 00:00:00</start><end>-300-01-01 00:00:00</end><text>BC</text></event>
    <event><start>2020-02-30 00:00:00</start><end>2020-02-30 00:00:00</end><text>Bad</text></event>
  </events>
  <eras>
    <era><name>Pilot phase</name><start>2019-06-01 00:00:00</start>
      <end>2020-06-01 00:00:00</end><color>200,200,200</color></era>
  </eras>
</timeline>
"""


def test_every_sample_is_listed():
    assert sample_names("timeline-desktop") == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_imports(capsys, tmp_path, name):
    code, out, err = run_import(capsys, tmp_path / "t.db", sample("timeline-desktop", name))
    assert code == 0 and f"{SAMPLES[name]} events imported" in out and ": skipped, " not in err
    assert count(tmp_path / "t.db") == SAMPLES[name]


def test_release_history_content(capsys, tmp_path):
    db = tmp_path / "t.db"
    run_import(capsys, db, sample("timeline-desktop", "documentation_release_versions.timeline"))
    got = events(db)
    assert got["Timeline 0.20.0"] == ("2013-03-30T11:16", None, "Planned Release")
    assert got["Timeline 0.21.1"] == ("2013-07-07", None, "Correction Release")
    note, summary = query(db, "SELECT note, summary FROM events WHERE title = 'Timeline 0.20.0'")[0]
    assert note is None and "Added 'Save As' feature" in summary  # the time is in the date
    quote = query(db, "SELECT quote FROM citations WHERE event_id = 1")[0][0]
    assert quote.startswith("<event>") and "<text>Timeline 0.20.0</text>" in quote


def test_example_event(capsys, tmp_path):
    db = tmp_path / "t.db"
    run_import(capsys, db, sample("timeline-desktop", "examples_example.timeline"))
    assert events(db) == {"Test": ("2012-07-04T13:20", None, "Test")}


def test_own_file_with_era_fuzzy_and_bad_dates(capsys, tmp_path):
    src = tmp_path / "mine.timeline"
    src.write_text(OWN, encoding="utf-8")
    db = tmp_path / "t.db"
    code, out, err = run_import(capsys, db, src)
    assert code == 0 and "3 events imported" in out and "1 row(s) skipped" in out
    assert "mine.timeline event 3: skipped, no day 30 in 2020-02" in err
    assert events(db) == {
        "Grüße aus Köln": ("2020-01-05T09:30", "2020-03-01", "Launch"),
        "BC": ("-0300-01-01", None, None),  # astronomical, as Timeline counts: 301 BCE
        "Pilot phase": ("2019-06-01", "2020-06-01", "period"),
    }
    note, summary = query(db, "SELECT note, summary FROM events WHERE id = 1")[0]
    assert "fuzzy" in note and summary == "First line.\nSecond line."
    assert query(db, "SELECT key, value FROM attributes") == [
        ("hyperlink", "https://example.org/launch"),
        ("category colour", "#ff0000"),
        ("colour", "#c8c8c8"),
    ]
    link = "SELECT s.url, c.quote FROM citations c JOIN sources s ON s.id = c.source_id "
    assert query(db, link + "WHERE s.url IS NOT NULL") == [
        ("https://example.org/launch", "<hyperlink>https://example.org/launch</hyperlink>")
    ]


RICH = """<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>2.6.0</version>
  <timetype>gregoriantime</timetype>
  <categories />
  <events>
    <event>
      <start>2021-04-01 10:00:05</start><end>2021-04-01 10:00:05</end>
      <text />
      <description>Board approves the plan &amp; budget</description>
      <milestone>True</milestone>
    </event>
    <event>
      <start>2021-01-01 00:00:00</start><end>2021-12-31 17:30:00</end>
      <text>[7]Rollout</text>
    </event>
    <event>
      <start>2021-02-01 00:00:00</start><end>2021-03-01 00:00:00</end>
      <text>(7)Pilot</text><labels>alpha, beta</labels>
    </event>
    <event>
      <start>2021-05-01 00:00:00</start><end>2021-05-01 00:00:00</end>
      <text> (7) not in a container</text>
    </event>
  </events>
</timeline>
"""


def test_milestone_with_empty_text_containers_and_labels_are_kept(capsys, tmp_path):
    src = tmp_path / "rich.timeline"
    src.write_text(RICH, encoding="utf-8")
    db = tmp_path / "t.db"
    code, out, _ = run_import(capsys, db, src)
    assert code == 0 and "4 events imported" in out
    assert "1 milestones kept as events" in out and "1 labels kept as entities" in out
    assert events(db) == {
        "Board approves the plan & budget": ("2021-04-01T10:00:05", None, None),
        "Rollout": ("2021-01-01", "2021-12-31T17:30", None),
        "Pilot": ("2021-02-01", "2021-03-01", None),
        "(7) not in a container": ("2021-05-01", None, None),  # the space Timeline adds
    }
    lanes = query(
        db,
        "SELECT e.title, group_concat(n.name, '|') FROM events e JOIN event_entities l "
        "ON l.event_id = e.id JOIN entities n ON n.id = l.entity_id GROUP BY e.id ORDER BY e.id",
    )
    assert lanes == [("Rollout", "Rollout"), ("Pilot", "Rollout|alpha|beta")]
    notes = [n for (n,) in query(db, "SELECT note FROM events ORDER BY id")]
    assert "milestone" in notes[0] and notes[1] is None
    problems, unchecked = validate(db, [tmp_path])
    assert problems == [] and unchecked == 0


def test_early_text_timeline_is_named(capsys, tmp_path):
    src = tmp_path / "old.timeline"
    src.write_text(
        "# Written by Timeline 0.9.0 on 2009-07-01\nEVENT:2009-07-01 10:00:00;"
        "2009-07-01 10:00:00;Hello\n",
        encoding="utf-8",
    )
    code, _, err = run_import(capsys, tmp_path / "t.db", src)
    assert code == 1 and "an early Timeline text file" in err and "not valid XML" not in err


def test_numeric_timeline_is_refused(capsys, tmp_path):
    src = tmp_path / "num.timeline"
    src.write_text(OWN.replace("gregoriantime", "numtime"), encoding="utf-8")
    code, _, err = run_import(capsys, tmp_path / "t.db", src)
    assert code == 1 and "holds no calendar dates" in err
