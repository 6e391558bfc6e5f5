"""A database served by a real Datasette reads as the same file opened locally:
events, lanes, counts, records, citations and search results."""

import numpy as np
import pytest
from datasette_server import BUNDLED

from explorer.core.data.datasette_client import RemoteError
from explorer.core.data.remote_store import RemoteStore, open_store
from explorer.core.data.store import Store, _substring
from explorer.core.view.session import Session

WORDS = ["ByteDance", "chip", "Nvidia GPU", "export control", "zzzznothing", "'; DROP TABLE", "ban"]


def same_store(remote: RemoteStore, local: Store) -> None:
    for name in ("ids", "t0", "t1", "precision", "span", "disputed", "category"):
        assert np.array_equal(getattr(remote.columns, name), getattr(local.columns, name)), name
    assert remote.columns.categories == local.columns.categories
    assert remote.entities == local.entities
    assert remote.title == local.title
    assert remote.skipped == local.skipped
    a, b = Session(remote), Session(local)
    assert a.lane_order == b.lane_order
    assert a.result.count == b.result.count
    assert np.array_equal(a.result.shown, b.result.shown)
    assert np.array_equal(remote.title_rank, local.title_rank)


def test_bundled_data_served_reads_as_the_file(served):
    remote, local = RemoteStore(served), Store(BUNDLED)
    same_store(remote, local)
    ids = local.columns.ids.tolist()
    # More rows than the server's max_returned_rows: asked in smaller chunks.
    assert remote.records.many(ids) == local.records.many(ids)
    assert remote.citations_of(ids) == local.citations_of(ids)
    for text in WORDS:
        assert np.array_equal(remote.search_mask(text), local.search_mask(text)), text
    assert remote.remote and remote.read_only_reason
    assert remote.host.startswith("127.0.0.1:") and remote.location == served


def test_a_big_file_served_reads_as_the_file(served_big, big_file):
    remote, local = open_store(served_big), Store(big_file)
    assert len(remote.records) == 100_000
    same_store(remote, local)
    some = local.columns.ids[::997].tolist()
    assert remote.records.many(some) == local.records.many(some)
    for text in WORDS[:4]:
        assert np.array_equal(remote.search_mask(text), local.search_mask(text)), text


def test_search_without_a_full_text_index_matches_words_as_the_file_does(served, monkeypatch):
    remote, local = RemoteStore(served), Store(BUNDLED)
    monkeypatch.setattr(remote, "has_fts", False)
    for text in ["bytedance", "Huawei chips", "%", "2022"]:
        found = set(remote.columns.ids[remote.search_mask(text)].tolist())
        assert found == _substring(local.db, text), text
    assert remote.search_mask("bytedance").any()


def test_opening_reports_progress_and_can_cancel(served_big):
    from explorer.core.jobs import Cancelled

    seen = []

    def progress(done, total, text=""):
        seen.append((done, total))
        return done == 0  # stop after the first page

    with pytest.raises(Cancelled):
        RemoteStore(served_big, progress)
    assert seen[0] == (0, 100_000) and seen[-1][0] > 0


def test_a_database_served_immutable_reopens_from_the_kept_index():
    from datasette_server import datasette, proxy_to

    with datasette(BUNDLED, immutable=True) as url, proxy_to(url) as proxy:
        first = RemoteStore(proxy.url)
        proxy.fault, proxy.match = "500", "FROM events WHERE rowid >"  # pages fail from now on
        again = RemoteStore(proxy.url)  # from the index kept in the cache folder
        same_store(again, Store(BUNDLED))
        assert again.records.many([1]) == first.records.many([1])


def test_a_database_served_mutable_is_read_afresh(proxy):
    RemoteStore(proxy.url)
    proxy.fault, proxy.match = "500", "FROM events WHERE rowid >"
    with pytest.raises(RemoteError, match="HTTP 500"):
        RemoteStore(proxy.url)


def test_export_from_a_url_writes_what_the_file_writes(served, tmp_path):
    from cli_helpers import run

    remote, local = tmp_path / "remote.json", tmp_path / "local.json"
    assert run("export", "--db", served, "--search", "Huawei", "-o", remote) == 0
    assert run("export", "--db", BUNDLED, "--search", "Huawei", "-o", local) == 0
    assert remote.read_bytes() == local.read_bytes()


def test_translations_come_with_a_served_database(served):
    remote, local = RemoteStore(served), Store(BUNDLED)
    assert remote.languages == local.languages
    ids = local.columns.ids.tolist()
    for lang in local.languages:
        assert remote.set_language(lang) == local.set_language(lang)
        assert remote.records.many(ids) == local.records.many(ids)
        assert np.array_equal(remote.title_rank, local.title_rank)
        assert [remote.entity_name(e) for e in remote.entities] == [
            local.entity_name(e) for e in local.entities
        ]
    assert remote.translations_of(ids[:5]) == local.translations_of(ids[:5])
