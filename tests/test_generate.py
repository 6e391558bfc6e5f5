"""`timeline-explorer generate`: valid, deterministic, realistically uneven."""

import sqlite3
from collections import Counter

from explorer.cli import main
from explorer.core.data.store import Store
from explorer.core.data.validate import validate


def dump(path):
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_generated_database_is_valid_and_shaped(tmp_path):
    out = tmp_path / "g.db"
    assert (
        main(["generate", "--events", "3000", "--entities", "40", "--seed", "7", "-o", str(out)])
        == 0
    )
    problems, _ = validate(out)
    assert problems == []
    store = Store(out)
    assert len(store.records) == 3000 and len(store.entities) == 40
    precisions = Counter(e.precision for e in store.records.values())
    assert set(precisions) == {"day", "month", "year"}
    assert any(e.is_span for e in store.records.values())
    assert any(len(e.entity_ids) > 1 for e in store.records.values())
    activity = Counter(i for e in store.records.values() for i in e.entity_ids)
    busiest, quietest = activity.most_common()[0][1], activity.most_common()[-1][1]
    assert busiest > 10 * quietest  # very uneven, as real archives are
    assert (
        max(e.t0 for e in store.records.values()) - min(e.t0 for e in store.records.values())
        > 30 * 365 * 86400
    )


def test_same_seed_same_database(tmp_path):
    a, b, c = (tmp_path / n for n in ("a.db", "b.db", "c.db"))
    for path, seed in ((a, 1), (b, 1), (c, 2)):
        assert (
            main(
                [
                    "generate",
                    "--events",
                    "500",
                    "--entities",
                    "10",
                    "--seed",
                    str(seed),
                    "-o",
                    str(path),
                ]
            )
            == 0
        )
    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_bad_sizes_exit_2(tmp_path, capsys):
    assert main(["generate", "--events", "0", "--entities", "5", "-o", str(tmp_path / "x.db")]) == 2
    assert "--events" in capsys.readouterr().err


def test_times_fall_within_the_days_asked_for_to_the_second(tmp_path):
    out = tmp_path / "t.db"
    args = ["generate", "--events", "500", "--entities", "5", "--times", "--days", "1"]
    assert main([*args, "-o", str(out)]) == 0
    problems, _ = validate(out)
    assert problems == []
    store = Store(out)
    events = list(store.records.values())
    assert {e.precision for e in events} == {"second"}
    assert {e.start[:10] for e in events} == {"2025-01-19"}
    no_times = ["generate", "--events", "5", "--entities", "1", "--days", "3"]
    assert main([*no_times, "-o", str(out)]) == 2  # --days needs --times
