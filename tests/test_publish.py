"""`publish` writes metadata a real Datasette accepts: facets by category and
entity, full-text search, a canned query; and prints the serve command."""

import json
import shlex
import sqlite3
import urllib.request

from cli_helpers import run
from conftest import BUNDLED
from datasette_server import free_port, running
from factory import make_db

from explorer.core.io.datasette_metadata import serve_command


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_publish_writes_metadata_datasette_serves(tmp_path, capsys):
    db = tmp_path / "team.db"
    db.write_bytes(BUNDLED.read_bytes())
    out, port = tmp_path / "meta.json", free_port()
    assert run("publish", db, "-o", out, "--license", "CC BY 4.0", "--port", port) == 0
    printed = capsys.readouterr().out.strip()
    assert shlex.split(printed)[:4] == ["datasette", "serve", "-i", str(db)]
    data = json.loads(out.read_text())
    assert data["license"] == "CC BY 4.0" and "Coinfea" in data["source"]
    events = data["databases"]["team"]["tables"]["events"]
    assert events["fts_table"] == "events_fts" and "category" in events["facets"]
    # The printed command itself serves it.
    with running(shlex.split(printed)[1:], f"http://127.0.0.1:{port}/team") as url:
        found = get(f"{url}/events.json?_search=Huawei&_shape=objects")
        assert found["rows"] and all("Huawei" in json.dumps(r) for r in found["rows"])
        assert set(found["facet_results"]) >= {"category"}
        links = get(f"{url}/event_entities.json?_labels=on")["facet_results"]["entity_id"]
        assert "ByteDance" in [r["label"] for r in links["results"]]
        rows = get(f"{url}/events_of_entity.json?entity=Huawei&_shape=array")
        assert rows and all(r["id"] for r in rows)
    assert serve_command(db, out, port) == printed


def test_a_database_without_full_text_search_is_published_with_a_note(tmp_path, capsys):
    db = make_db(tmp_path / "plain.db")
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE events_fts")
    assert run("publish", str(db)) == 0
    assert "sqlite-utils enable-fts" in capsys.readouterr().err
    data = json.loads((tmp_path / "metadata.json").read_text())
    assert "fts_table" not in data["databases"]["plain"]["tables"]["events"]


def test_publish_refuses_a_missing_database(tmp_path):
    assert run("publish", str(tmp_path / "nope.db")) == 2
