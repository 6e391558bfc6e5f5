"""The damaged and odd databases of bad_databases.py, served by one Datasette:
a served file keeps and skips the same rows, for the same reasons, as the
file opened locally, and one that breaks the schema is refused the same way."""

import pytest
from bad_databases import CASES, build
from datasette.utils import tilde_encode
from datasette_server import free_port, running

from explorer.core.data.remote_store import RemoteStore
from explorer.core.data.store import SchemaError, Store

# Not here: files Datasette itself cannot open, cases about the file on disk
# (its -wal; odd_path, whose folder's "?" makes Datasette 0.65 see no tables),
# and the schema version, which Datasette does not let a client read.
SKIPPED = {"wal_mode", "wal_with_pending_changes", "odd_path"}
SERVED = [name for name, case in CASES.items() if case.error is None and name not in SKIPPED] + [
    "missing_table",
    "missing_column",
]


@pytest.fixture(scope="module")
def odd_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd")
    files = {name: build(name, folder) for name in SERVED}
    port = free_port()
    args = ["serve", *map(str, files.values()), "-h", "127.0.0.1", "-p", str(port)]
    root = f"http://127.0.0.1:{port}"
    with running(args, f"{root}/{tilde_encode(files['one_event'].stem)}"):
        yield {name: (path, f"{root}/{tilde_encode(path.stem)}") for name, path in files.items()}


@pytest.mark.parametrize("name", SERVED)
def test_a_served_odd_file_reads_as_the_file_does(odd_server, name):
    path, url = odd_server[name]
    if CASES[name].error:
        with pytest.raises(SchemaError, match=CASES[name].error):
            RemoteStore(url)
        return
    remote, local = RemoteStore(url), Store(path)
    assert sorted(remote.records) == sorted(local.records)
    assert remote.skipped == local.skipped
    assert remote.broken_links == local.broken_links
    ids = sorted(local.records)
    assert remote.records.many(ids) == local.records.many(ids)
    assert remote.citations_of(ids) == local.citations_of(ids)
