"""Network faults, each one clear message (a RemoteError), no hang, no
traceback; in the window the database open before stays open."""

import pytest
from datasette_server import BUNDLED, refused_url

from explorer.core.data.datasette_client import TOKEN_VARIABLE, DatasetteClient, RemoteError
from explorer.core.data.remote_store import RemoteStore
from explorer.core.data.store import Store

EVENTS_PAGE = "FROM events WHERE rowid >"  # the request that reads the event columns
BUNDLED_EVENTS = len(Store(BUNDLED).records)
FAULTS = [
    ("hang", "did not answer within 0.5 seconds"),
    ("cut", "stopped sending"),
    ("bad json", "not valid JSON"),
    ("500", "failed (HTTP 500"),
    ("404", "(HTTP 404)"),
]


def open_through(url: str, **kw) -> RemoteStore:
    return RemoteStore(url, client=DatasetteClient(url, timeout=0.5, **kw))


@pytest.mark.parametrize(("fault", "says"), FAULTS)
def test_each_fault_is_one_clear_message(proxy, fault, says):
    proxy.fault, proxy.match = fault, EVENTS_PAGE
    with pytest.raises(RemoteError) as caught:
        open_through(proxy.url)
    message = str(caught.value)
    assert says in message and "127.0.0.1" in message
    assert "Traceback" not in message and "\n" not in message


def test_a_refused_connection_says_so():
    with pytest.raises(RemoteError, match="connection was refused"):
        open_through(refused_url())


def test_not_a_datasette_address_says_so(proxy):
    proxy.fault, proxy.match = "bad json", ".json"
    with pytest.raises(RemoteError, match="not valid JSON"):
        open_through(proxy.url)
    with pytest.raises(RemoteError, match="name the database"):
        DatasetteClient("http://127.0.0.1:1/")


def test_a_token_comes_from_the_environment_and_is_sent_as_bearer(proxy, monkeypatch):
    proxy.fault, proxy.match = "token", ""
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    with pytest.raises(RemoteError) as caught:
        open_through(proxy.url)
    assert caught.value.needs_token and TOKEN_VARIABLE in str(caught.value)
    monkeypatch.setenv(TOKEN_VARIABLE, proxy.token.removeprefix("Bearer "))
    store = open_through(proxy.url)
    assert len(store.records) == BUNDLED_EVENTS and proxy.seen_auth[-1] == proxy.token
    assert "s3cret" not in store.location


def test_credentials_in_the_url_are_never_kept():
    client = DatasetteClient("http://user:pw@127.0.0.1:9/db?_token=abc#x")
    assert client.address.url == "http://127.0.0.1:9/db"


def test_reading_records_after_the_server_went_away_raises_a_remote_error(proxy):
    store = open_through(proxy.url)
    proxy.fault, proxy.match = "500", ""
    with pytest.raises(RemoteError, match="HTTP 500"):
        store.records.many(store.columns.ids[:3].tolist())
    with pytest.raises(RemoteError):
        store.search_mask("chip")


def test_a_page_stopped_by_the_time_limit_is_asked_again_in_halves(proxy):
    proxy.fault, proxy.match = "interrupted", "LIMIT 50000"  # only the first size is too slow
    store = open_through(proxy.url)
    assert len(store.records) == BUNDLED_EVENTS


def test_a_search_stopped_by_the_time_limit_says_so(proxy):
    store = open_through(proxy.url)
    proxy.fault, proxy.match = "interrupted", "MATCH"
    with pytest.raises(RemoteError, match="time limit"):
        store.search_mask("chip")


def test_an_address_copied_from_a_table_page_opens_its_database(served):
    store = RemoteStore(f"{served}/events?_sort=start")
    assert store.location == served and len(store.records) == BUNDLED_EVENTS
    with pytest.raises(RemoteError, match="HTTP 404"):
        RemoteStore(served.rsplit("/", 1)[0] + "/no-such-db")
